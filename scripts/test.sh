#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite through ctest.
# The last line is ctest's summary ("N% tests passed, M tests failed out of K").
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
BUILD_DIR=${BUILD_DIR:-build}
log=$(mktemp)
(cd "$BUILD_DIR" && ctest -j"$(nproc)" --output-on-failure "$@") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
grep -E '^[0-9]+% tests passed' "$log" | tail -1
rm -f "$log"
exit "$rc"
