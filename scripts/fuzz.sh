#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang-14, ASan + UBSan) in build-fuzz/ and runs each one.
#   scripts/fuzz.sh SECONDS [TARGET...]   fuzz each target for SECONDS, starting from fuzz/corpus/TARGET;
#                                         new inputs go to $FUZZ_SCRATCH/corpus/TARGET (default build-fuzz/scratch)
#   scripts/fuzz.sh 0 [TARGET...]         regression: replay fuzz/corpus/TARGET once (-runs=0), no fuzzing
# Prints a table (target, runs, new coverage, result) and exits 1 if any target found something
# (crash, sanitizer report, leak, timeout > 10 s, > 2 GiB); the reproducer is named in the table.
set -uo pipefail
cd "$(dirname "$0")/.."
SECS=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]  (0 replays the corpus)}
shift
[[ "$SECS" =~ ^[0-9]+$ ]] || { echo "fuzz: SECONDS must be a whole number, got '$SECS'" >&2; exit 2; }

PACKAGES=(cmake pkg-config clang-14 libclang-rt-14-dev
  libsystemc-dev libboost-program-options-dev libspdlog-dev catch2 nlohmann-json3-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD_DIR=build-fuzz
cmake -S . -B "$BUILD_DIR" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINT4SIM_FUZZ=ON >/dev/null ||
  { echo "fuzz: cmake configure failed" >&2; exit 1; }
cmake --build "$BUILD_DIR" -j"$(nproc)" --target fuzzers 2>&1 | grep -vE '^\[ *[0-9]+%\]|^-- ' || true
mapfile -t ALL < "$BUILD_DIR/fuzz/fuzzers.txt"
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi

SCRATCH=${FUZZ_SCRATCH:-$BUILD_DIR/scratch}
mkdir -p "$SCRATCH/logs" "$SCRATCH/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
findings=0
rows=()
for t in "${TARGETS[@]}"; do
  bin="$BUILD_DIR/fuzz/$t"
  seeds="fuzz/corpus/$t"
  log="$SCRATCH/logs/$t.log"
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    rows+=("$t|-|-|NOT BUILT (or no fuzz/corpus/$t)"); findings=1; continue
  fi
  args=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$t-")
  [ -f "fuzz/$t.dict" ] && args+=(-dict="fuzz/$t.dict")
  if [ "$SECS" -eq 0 ]; then
    "$bin" "${args[@]}" -runs=0 "$seeds" >"$log" 2>&1
  else
    mkdir -p "$SCRATCH/corpus/$t"
    "$bin" "${args[@]}" -max_total_time="$SECS" "$SCRATCH/corpus/$t" "$seeds" >"$log" 2>&1
  fi
  rc=$?
  runs=$(grep -oE '^stat::number_of_executed_units:[[:space:]]+[0-9]+' "$log" | awk '{print $2}' | tail -1)
  new=$(grep -oE '^stat::new_units_added:[[:space:]]+[0-9]+' "$log" | awk '{print $2}' | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  if [ "$rc" -eq 0 ]; then
    result="ok (cov ${cov:-?})"
  else
    findings=1
    what=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-zA-Z-]+|runtime error: .*|int4sim fuzz finding: .*|ALARM: .*' "$log")
    artifact=$(grep -m1 -oE 'Test unit written to [^ ]+' "$log" | awk '{print $5}')
    result="FINDING (exit $rc): ${what:-see $log} ${artifact:+-> $artifact}"
  fi
  rows+=("$t|${runs:-?}|${new:-0}|$result")
done

echo
printf '%-20s %12s %8s  %s\n' target runs "new cov" result
for r in "${rows[@]}"; do
  IFS='|' read -r t runs new result <<<"$r"
  printf '%-20s %12s %8s  %s\n' "$t" "$runs" "$new" "$result"
done
echo "fuzz: $([ "$SECS" -eq 0 ] && echo "replayed fuzz/corpus" || echo "${SECS} s per target"); logs in $SCRATCH/logs"
exit "$findings"
