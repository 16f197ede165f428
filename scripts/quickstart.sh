#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs int4sim's main job on its built-in default:
# two training steps of ResNet-20 (CIFAR shapes) through the SystemC model, bit-accurate, with the
# per-layer table on stdout and report.json + layers.csv in out/quickstart/ (made if missing).
# tests/cli/quickstart_empty_folder.sh runs the line below in an empty folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec ./build/int4sim run --workload resnet20 --iterations 2 --out out/quickstart "$@"
