#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs int4sim's main job on its built-in default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec ./build/int4sim run --workload resnet20 --iterations 2 --out out/quickstart "$@"
