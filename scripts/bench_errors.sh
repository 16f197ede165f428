#!/usr/bin/env bash
# The cost of each --errors level (docs/report.md) on one bit-accurate ResNet-18 training step at
# batch 32 (docs/performance.md, "Quantization figures"): the same step at --errors none, gradient,
# operands (the default) and all, ROUNDS times in turn (none, gradient, operands, all, none, ...),
# so that a drift of the machine's speed spreads over every level. Prints, per level, the median
# wall and CPU seconds and the ratio of the medians to `none`; the last line is one line of JSON.
# Sets up and builds in Release (scripts/setup.sh). Outputs in $OUT (default out/bench_errors).
# WORKLOAD, BATCH, ROUNDS (default resnet18, 32, 3) change the step.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-out/bench_errors}
WORKLOAD=${WORKLOAD:-resnet18}
BATCH=${BATCH:-32}
ROUNDS=${ROUNDS:-3}
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1
BUILD_TYPE=Release bash scripts/setup.sh
mkdir -p "$OUT"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
  for level in none gradient operands all; do
    echo "bench_errors: round $round, --errors $level" >&2
    /usr/bin/python3 scripts/timed_run.py "$OUT/${level}_$round" "$BUILD_DIR/int4sim" run --workload "$WORKLOAD" --batch "$BATCH" --errors "$level" \
      --out "$OUT/${level}_$round" || { echo "bench_errors: --errors $level failed (see $OUT/${level}_$round.log)" >&2; exit 1; }
  done
done
/usr/bin/python3 - "$OUT" "$ROUNDS" "$WORKLOAD" "$BATCH" "$LOAD_AT_START" "$(nproc)" <<'PY'
import json, os, statistics, sys
out, rounds, workload, batch, load, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
levels = ["none", "gradient", "operands", "all"]
# timed_run.py's "wall_s user_s sys_s maxrss_kb": wall, and CPU = user + sys
times = {l: [[float(x) for x in open(os.path.join(out, "%s_%d.time" % (l, r))).read().split()] for r in range(1, rounds + 1)]
         for l in levels}
med = {l: (statistics.median(t[0] for t in times[l]), statistics.median(t[1] + t[2] for t in times[l])) for l in levels}
# Every level simulates the same step: the cycles must agree.
cycles = {l: json.load(open(os.path.join(out, "%s_1" % l, "report.json")))["totals"]["cycles"] for l in levels}
assert len(set(cycles.values())) == 1, cycles
print("%s batch %s, one bit-accurate step, median of %d rounds (%s cores; load average at start %s)" % (workload, batch, rounds, cores, load))
print("%-9s %9s %9s %9s %9s" % ("--errors", "wall s", "cpu s", "wall/none", "cpu/none"))
for l in levels:
    print("%-9s %9.2f %9.2f %9.3f %9.3f" % (l, med[l][0], med[l][1], med[l][0] / med["none"][0], med[l][1] / med["none"][1]))
print(json.dumps({"workload": workload, "batch": int(batch), "rounds": rounds, "cores": int(cores), "load_average_at_start": load,
                  "wall_s": {l: round(med[l][0], 2) for l in levels}, "cpu_s": {l: round(med[l][1], 2) for l in levels},
                  "wall_vs_none": {l: round(med[l][0] / med["none"][0], 3) for l in levels},
                  "cpu_vs_none": {l: round(med[l][1] / med["none"][1], 3) for l in levels}}))
PY
