#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), then configures and builds int4sim in build/.
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake pkg-config git
  libsystemc-dev libboost-program-options-dev libspdlog-dev catch2 nlohmann-json3-dev
  libdnnl-dev libopenmpi-dev openmpi-bin libbenchmark-dev
  python3-numpy python3-matplotlib python3-torch dataset-fashion-mnist pybind11-dev python3-dev
  verilator yosys
  libonnx-dev libprotobuf-dev protobuf-compiler python3-onnx python3-torchvision)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-Release}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^-- ' || true
test -x "$BUILD_DIR/int4sim" || { echo "setup: build failed" >&2; exit 1; }
