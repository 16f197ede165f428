#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite through ctest.
# The last line is ctest's summary ("N% tests passed, M tests failed out of K").
# --sanitize: the same suite built with ASan + UBSan (gcc) in build-asan/; any report fails the test.
# --all: the ordinary suite, then the sanitizer suite (what CI runs); the last two lines are their
#        summaries, and it fails if either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--all" ]; then
  shift
  normal=$(mktemp) sanitized=$(mktemp)
  bash scripts/test.sh "$@" | tee "$normal"
  rc_normal=${PIPESTATUS[0]}
  bash scripts/test.sh --sanitize "$@" | tee "$sanitized"
  rc_sanitized=${PIPESTATUS[0]}
  echo
  echo "ordinary suite:  $(grep -E '^[0-9]+% tests passed' "$normal" | tail -1)"
  echo "sanitizer suite: $(grep -E '^[0-9]+% tests passed' "$sanitized" | tail -1)"
  rm -f "$normal" "$sanitized"
  [ "$rc_normal" -eq 0 ] && [ "$rc_sanitized" -eq 0 ]
  exit $?
fi
if [ "${1:-}" = "--sanitize" ]; then
  shift
  # CXXFLAGS seeds CMAKE_CXX_FLAGS (compile and link) when build-asan/ is configured: a cache made
  # with other flags is dropped. shift-base is recoverable only so that tests/ubsan.supp can
  # suppress it in SystemC's headers; halt_on_error still stops at any other report.
  # -O1 -g1 (build type None: no other optimisation flags) is ASan's recommended level and keeps
  # the second build of the CI run short; stack traces still name functions and lines.
  export BUILD_DIR=build-asan BUILD_TYPE=None
  # The Verilated RTL (rtl/) is left to the ordinary suite: its generated models are large, and
  # building them again under ASan would add minutes to CI for code the project does not write.
  export CMAKE_ARGS="-DINT4SIM_RTL=OFF ${CMAKE_ARGS:-}"
  export CXXFLAGS="-O1 -g1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -fsanitize-recover=shift-base -Wno-maybe-uninitialized"
  grep -qxF "CMAKE_CXX_FLAGS:STRING=$CXXFLAGS" build-asan/CMakeCache.txt 2>/dev/null || rm -f build-asan/CMakeCache.txt
  export ASAN_OPTIONS=detect_leaks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/ubsan.supp
fi
bash scripts/setup.sh || exit 1
BUILD_DIR=${BUILD_DIR:-build}
log=$(mktemp)
(cd "$BUILD_DIR" && ctest -j"$(nproc)" --output-on-failure "$@") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
grep -E '^[0-9]+% tests passed' "$log" | tail -1
rm -f "$log"
exit "$rc"
