#!/usr/bin/env bash
# Performance measurements in one go (docs/performance.md). Sets up and builds in Release
# (scripts/setup.sh), then measures:
#   1. the MAC array's GEMM kernels against oneDNN's int8 GEMMs, both single-threaded, on the
#      forward / input-gradient / weight-gradient GEMMs of ResNet-18's conv layers at batch 32
#      (build/bench/bench_kernels, Google Benchmark; CPU time);
#   2. one ResNet-18 training step at batch 32, bit-accurate: wall and CPU time, peak RSS, and the
#      SystemC kernel's share of the samples (perf, when it may record);
#   3. the same step timing-only (best of 3), and its SystemC share;
#   4. SCALE-Sim-compatible timing on SCALE-Sim v2's own AlexNet topology, 32x32 output-stationary:
#      SCALE-Sim's cycle count for it over our time, against SCALE-Sim v2's 850,960 cycles in 189 s;
#   5. scaling: run time against MACs (ResNet-18 at batch 1..32), a linear fit and a plot.
# Prints a table; the last line is one line of JSON. Outputs go to $OUT (default out/bench).
# QUICK=1: shorter benchmark runs and fewer scaling points. The figures are only as quiet as the
# machine: the load average at the start is printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${OUT:-out/bench}
QUICK=${QUICK:-0}
export SYSTEMC_DISABLE_COPYRIGHT_MESSAGE=1

BUILD_TYPE=Release bash scripts/setup.sh
BIN=$BUILD_DIR/int4sim
KERNELS=$BUILD_DIR/bench/bench_kernels
test -x "$KERNELS" || { echo "bench: $KERNELS was not built (is libbenchmark-dev installed?)" >&2; exit 1; }
mkdir -p "$OUT"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
log() { echo "bench: $*" >&2; }

# run_timed NAME COMMAND...: runs it with stdout/stderr to $OUT/NAME.log; "$OUT/NAME.time" gets
# "wall_s user_s sys_s maxrss_kb" (microsecond timers: /usr/bin/time's 10 ms steps are too coarse).
run_timed() {
  local name=$1
  shift
  /usr/bin/python3 scripts/timed_run.py "$OUT/$name" "$@" || { echo "bench: '$*' failed (see $OUT/$name.log)" >&2; exit 1; }
}

# systemc_share NAME COMMAND...: percentage of perf samples in libsystemc (empty if perf cannot record).
PERF_OK=0
if command -v perf >/dev/null 2>&1 && perf record -q -o "$OUT/perf_probe.data" -- true >/dev/null 2>&1; then PERF_OK=1; fi
rm -f "$OUT/perf_probe.data"
systemc_share() {
  local name=$1
  shift
  [ "$PERF_OK" = 1 ] || { echo ""; return; }
  perf record -q -F 499 -o "$OUT/$name.perf" -- "$@" >/dev/null 2>&1 || { echo ""; return; }
  perf report -i "$OUT/$name.perf" --no-children --sort dso -g none --stdio 2>/dev/null |
    awk '/libsystemc/ { gsub("%", "", $1); s += $1 } END { printf "%.2f", s + 0 }'
}

# 1. GEMM kernels against oneDNN, single-threaded (the simulator runs on one core).
MIN_TIME=0.1
[ "$QUICK" = 1 ] && MIN_TIME=0.02
log "GEMM kernels vs oneDNN (bench_kernels, about a minute)"
OMP_NUM_THREADS=1 "$KERNELS" --benchmark_min_time="$MIN_TIME" --benchmark_out="$OUT/kernels.json" \
  --benchmark_out_format=json >"$OUT/kernels.txt" 2>&1

# 2. ResNet-18, batch 32, bit-accurate; then its SystemC share under perf (a second run).
log "ResNet-18 batch-32 training step, bit-accurate"
run_timed step_b32 "$BIN" run --workload resnet18 --batch 32 --out "$OUT/resnet18_b32"
log "SystemC share: ResNet-18 batch 8, bit-accurate, under perf"
SC_SHARE_STEP=$(systemc_share step_b32 "$BIN" run --workload resnet18 --batch 8 --out "$OUT/resnet18_b8_perf")

# 3. Timing-only, best of 3.
log "ResNet-18 batch-32 training step, timing-only"
for i in 1 2 3; do run_timed "timing_b32_$i" "$BIN" run --workload resnet18 --batch 32 --timing-only --out "$OUT/resnet18_b32_timing"; done
SC_SHARE_TIMING=$(systemc_share timing_b32 "$BIN" run --workload resnet18 --batch 32 --timing-only --out "$OUT/resnet18_b32_timing")

# 4. SCALE-Sim v2's AlexNet topology (topologies/conv_nets/alexnet.csv) with its scale.cfg: 32x32, os.
log "SCALE-Sim-compatible timing, AlexNet"
cat >"$OUT/alexnet.csv" <<'EOF'
Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
Conv1     ,224         ,224        ,11           ,11          ,3       ,96        ,4      ,
Conv2     ,27         ,27        ,5            ,5           ,96      ,256       ,1      ,
Conv3     ,13          ,13         ,3            ,3           ,256     ,384       ,1      ,
Conv4     ,13          ,13         ,3            ,3           ,384     ,384       ,1      ,
Conv5     ,13          ,13         ,3            ,3           ,384     ,256       ,1      ,
EOF
SCALESIM_SET=(--set array.rows=32 --set array.cols=32 --set array.dataflow=os)
# The layers' GEMMs through `gemm --compat scalesim` (one process each): SCALE-Sim's cycle count.
i=0
while read -r m n k; do
  i=$((i + 1))
  run_timed "alexnet_gemm_$i" "$BIN" gemm --m "$m" --n "$n" --k "$k" --timing-only --compat scalesim "${SCALESIM_SET[@]}" \
    --json "$OUT/alexnet_gemm_$i.json"
done < <("$BIN" workload "$OUT/alexnet.csv" --json "$OUT/alexnet_workload.json" >/dev/null &&
  /usr/bin/python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
for l in d["layers"]: print(l["gemm"]["m"], l["gemm"]["n"], l["gemm"]["k"])' "$OUT/alexnet_workload.json")
# The whole topology in one process, best of 5.
for j in 1 2 3 4 5; do
  run_timed "alexnet_run_$j" "$BIN" run --workload "$OUT/alexnet.csv" --timing-only --forward-only --batch 1 \
    "${SCALESIM_SET[@]}" --out "$OUT/alexnet_run"
done

# 5. Scaling with MACs.
BATCHES=(1 2 4 8 16)
[ "$QUICK" = 1 ] && BATCHES=(1 2 4)
log "scaling: ResNet-18 at batch ${BATCHES[*]} (and 32), bit-accurate and timing-only"
for b in "${BATCHES[@]}"; do
  run_timed "scale_b$b" "$BIN" run --workload resnet18 --batch "$b" --out "$OUT/scale_b$b"
  run_timed "scale_timing_b$b" "$BIN" run --workload resnet18 --batch "$b" --timing-only --out "$OUT/scale_timing_b$b"
done

# The table and the JSON line.
MACHINE_MODEL=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
MACHINE_CPUS=$(nproc)
MACHINE_FLAGS=$(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -xE 'avx2|avx512f|avx512bw|avx512_vnni|avx_vnni|amx_tile|amx_int8' | tr '\n' ' ')
/usr/bin/python3 - "$OUT" "$LOAD_AT_START" "$MACHINE_MODEL" "$MACHINE_CPUS" "$MACHINE_FLAGS" "$SC_SHARE_STEP" "$SC_SHARE_TIMING" \
  "${BATCHES[*]}" <<'EOF'
import json, os, sys
out, load, model, cpus, flags, sc_step, sc_timing, batches = sys.argv[1:9]
batches = [int(b) for b in batches.split()]

def timed(name):
    wall, user, sys_, rss = open(os.path.join(out, name + ".time")).read().split()
    return {"wall": float(wall), "cpu": float(user) + float(sys_), "rss_mb": int(rss) / 1024}

def report(d):
    return json.load(open(os.path.join(out, d, "report.json")))

# 1. kernels
bench = json.load(open(os.path.join(out, "kernels.json")))
gemms = {}
tiles = []
for b in bench["benchmarks"]:
    parts = b["name"].split("/")
    if parts[0] == "gemm":
        gemms.setdefault((parts[1], parts[2]), {})[parts[3]] = b
    elif parts[0] == "tile":
        tiles.append(b)
have_onednn = all("onednn" in v for v in gemms.values()) and gemms
def secs(b):  # CPU time of one iteration
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b.get("time_unit", "ns")]
    return b["cpu_time"] * scale
tot = {"int4sim": [0.0, 0.0], "onednn": [0.0, 0.0]}
by_phase = {}
rows = []
agree = True
for (layer, phase), v in gemms.items():
    w = v["int4sim"]["weight"]
    for impl, b in v.items():
        tot[impl][0] += w * b["macs"]
        tot[impl][1] += w * secs(b)
        p = by_phase.setdefault(phase, {"int4sim": [0.0, 0.0], "onednn": [0.0, 0.0]})
        p[impl][0] += w * b["macs"]
        p[impl][1] += w * secs(b)
    if have_onednn:
        agree &= v["int4sim"]["checksum"] == v["onednn"]["checksum"]
        rows.append((layer, phase, v["int4sim"]["macs"], w, v["int4sim"]["macs"] / secs(v["int4sim"]) / 1e9,
                     v["onednn"]["macs"] / secs(v["onednn"]) / 1e9, secs(v["onednn"]) / secs(v["int4sim"])))
rate = lambda t: t[0] / t[1] if t[1] else 0.0
ratio = rate(tot["int4sim"]) / rate(tot["onednn"]) if have_onednn else None
phase_ratio = {p: rate(v["int4sim"]) / rate(v["onednn"]) for p, v in by_phase.items()} if have_onednn else {}
min_ratio = min(r[6] for r in rows) if rows else None

# 2, 3
step = timed("step_b32")
step_report = report("resnet18_b32")
timing_runs = [timed("timing_b32_%d" % i) for i in (1, 2, 3)]
timing = min(timing_runs, key=lambda t: t["wall"])
timing_cpu = min(t["cpu"] for t in timing_runs)

# 4
SCALESIM_CYCLES, SCALESIM_SECONDS = 850960, 189.0
scalesim_rate = SCALESIM_CYCLES / SCALESIM_SECONDS
gemm_runs = []
i = 1
while os.path.exists(os.path.join(out, "alexnet_gemm_%d.json" % i)):
    g = json.load(open(os.path.join(out, "alexnet_gemm_%d.json" % i)))
    gemm_runs.append((g["scalesim_cycles"], g["cycles"], timed("alexnet_gemm_%d" % i)))
    i += 1
compat_cycles = sum(c for c, _, _ in gemm_runs)
gemm_wall = sum(t["wall"] for _, _, t in gemm_runs)
gemm_cpu = sum(t["cpu"] for _, _, t in gemm_runs)
alex = [timed("alexnet_run_%d" % j) for j in range(1, 6)]
alex_wall = min(t["wall"] for t in alex)
alex_cpu = min(t["cpu"] for t in alex)
alex_native = report("alexnet_run")["totals"]["cycles"]
alex_wall_c, alex_cpu_c = max(alex_wall, 1e-6), max(alex_cpu, 1e-6)
vs_scalesim = compat_cycles / alex_wall_c / scalesim_rate
vs_scalesim_cpu = compat_cycles / alex_cpu_c / scalesim_rate

# 5
points = []
for b in batches:
    t, tt = timed("scale_b%d" % b), timed("scale_timing_b%d" % b)
    points.append((b, report("scale_b%d" % b)["totals"]["macs"], t, tt))
points.append((32, step_report["totals"]["macs"], step, timing))
def fit(xs, ys):
    n = len(xs); mx = sum(xs) / n; my = sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs); sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    b = sxy / sxx; a = my - b * mx
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys)); ss_tot = sum((y - my) ** 2 for y in ys)
    return a, b, 1 - ss_res / ss_tot if ss_tot else 1.0
gmacs = [p[1] / 1e9 for p in points]
fit_wall = fit(gmacs, [p[2]["wall"] for p in points])
fit_cpu = fit(gmacs, [p[2]["cpu"] for p in points])
fit_timing = fit(gmacs, [p[3]["cpu"] for p in points])
plot = os.path.join(out, "scaling.png")
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(gmacs, [p[2]["cpu"] for p in points], "o-", label="bit-accurate (CPU s)")
    ax.plot(gmacs, [p[2]["wall"] for p in points], "s--", label="bit-accurate (wall s)")
    ax.plot(gmacs, [p[3]["cpu"] for p in points], "^-", label="timing-only (CPU s)")
    for b, x, t, _ in points:
        ax.annotate("b%d" % b, (x / 1e9, t["cpu"]), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.set_xlabel("MACs of the step (G)")
    ax.set_ylabel("run time (s)")
    ax.set_title("ResNet-18 training step: run time vs MACs")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(plot, dpi=120)
except Exception as e:  # no matplotlib: the table still has the points
    plot = None

f = lambda x, d=2: "n/a" if x is None or x == "" else ("%.*f" % (d, float(x)))
print()
print("int4sim performance (scripts/bench.sh)")
print("machine: %s, %s CPUs; flags: %s; load average at start: %s" % (model, cpus, flags.strip() or "-", load))
print()
print("GEMM kernels, ResNet-18 conv GEMMs at batch 32 (single thread, CPU time; oneDNN %s)" % bench["context"].get("onednn", "absent"))
print("%-22s %-6s %12s %6s %14s %14s %8s" % ("layer", "phase", "MACs", "count", "int4sim GMAC/s", "oneDNN GMAC/s", "ratio"))
for r in sorted(rows, key=lambda r: (r[0], ["fwd", "dgrad", "wgrad"].index(r[1]))):
    print("%-22s %-6s %12d %6d %14.1f %14.1f %8.2f" % r)
print()
met = lambda ok: "met" if ok else "NOT met"
lines = [
    ("GEMM throughput vs oneDNN (MAC-weighted)", "%sx (fwd %s, dgrad %s, wgrad %s; worst shape %s)" % (
        f(ratio), f(phase_ratio.get("fwd")), f(phase_ratio.get("dgrad")), f(phase_ratio.get("wgrad")), f(min_ratio)),
     ">= 0.50x", met(ratio is not None and ratio >= 0.5)),
    ("  same results as oneDNN (checksums)", "yes" if agree else "NO", "", ""),
    ("ResNet-18 b32 step, bit-accurate", "%s s wall, %s s CPU" % (f(step["wall"], 1), f(step["cpu"], 1)), "< 60 s", met(step["wall"] < 60)),
    ("ResNet-18 b32 step, timing-only", "%s s wall, %s s CPU (best of 3)" % (f(timing["wall"]), f(timing_cpu)), "< 1 s", met(timing["wall"] < 1)),
    ("SystemC kernel share", "%s %% bit-accurate (b8), %s %% timing-only" % (f(sc_step, 1), f(sc_timing, 1)), "< 10 %",
     met(sc_step != "" and sc_timing != "" and float(sc_step) < 10 and float(sc_timing) < 10) if sc_step != "" else "perf unavailable"),
    ("SCALE-Sim-compatible AlexNet (32x32 os)", "%d SCALE-Sim cycles in %s s wall (%s s CPU): %s cycles/s" % (
        compat_cycles, f(alex_wall, 3), f(alex_cpu, 3), "%.3g" % (compat_cycles / alex_wall_c)), "", ""),
    ("  vs SCALE-Sim v2 (850,960 cycles in 189 s)", "%sx wall, %sx CPU" % (f(vs_scalesim, 0), f(vs_scalesim_cpu, 0)), ">= 10,000x", met(vs_scalesim >= 1e4)),
    ("  one gemm process per layer", "%s s wall, %s s CPU: %sx" % (f(gemm_wall, 3), f(gemm_cpu, 3), f(compat_cycles / max(gemm_wall, 1e-6) / scalesim_rate, 0)), "", ""),
    ("Peak RSS, bit-accurate step", "%s MB" % f(step["rss_mb"], 0), "< 2048 MB", met(step["rss_mb"] < 2048)),
    ("Scaling: CPU s = a + b * GMACs", "a %s s, b %s s/GMAC, R^2 %s" % (f(fit_cpu[0]), f(fit_cpu[1], 4), f(fit_cpu[2], 4)), "linear", met(fit_cpu[2] > 0.99)),
]
for name, value, target, status in lines:
    print("%-44s %-62s %-11s %s" % (name, value, target, status))
print()
print("scaling points (ResNet-18, one step): batch, GMACs, bit-accurate wall s / CPU s / RSS MB, timing-only CPU s")
for b, x, t, tt in points:
    print("  %3d %9.2f %8.2f %8.2f %7.0f %8.3f" % (b, x / 1e9, t["wall"], t["cpu"], t["rss_mb"], tt["cpu"]))
if plot:
    print("plot: %s" % plot)
print("details: %s/ (kernels.txt, *.log, report.json of each run)" % out)
print(json.dumps({
    "gemm_vs_onednn": None if ratio is None else round(ratio, 3),
    "gemm_vs_onednn_by_phase": {k: round(v, 3) for k, v in phase_ratio.items()},
    "gemm_vs_onednn_worst_shape": None if min_ratio is None else round(min_ratio, 3),
    "gemm_same_as_onednn": agree,
    "resnet18_step_s": round(step["wall"], 2), "resnet18_step_cpu_s": round(step["cpu"], 2),
    "timing_only_s": round(timing["wall"], 3), "timing_only_cpu_s": round(timing_cpu, 3),
    "systemc_share_pct": None if sc_step == "" else float(sc_step),
    "systemc_share_timing_only_pct": None if sc_timing == "" else float(sc_timing),
    "vs_scalesim": round(vs_scalesim), "vs_scalesim_cpu": round(vs_scalesim_cpu),
    "scalesim_compat_cycles": compat_cycles, "alexnet_native_cycles": alex_native,
    "peak_rss_mb": round(step["rss_mb"]),
    "scaling_s_per_gmac": round(fit_cpu[1], 5), "scaling_r2": round(fit_cpu[2], 5),
    "load_average_at_start": load,
}))
EOF
