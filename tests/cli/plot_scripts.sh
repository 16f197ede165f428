#!/usr/bin/env bash
# scripts/plot_report.py and scripts/plot_sweep.py draw PNGs from the shipped report and sweep
# (tests/data/), and from copies given the error figures of a run or sweep with --errors all
# (out_rel_err per layer-phase; a mean_out_rel_err column for --color-by). Exit 77 (skipped) when
# matplotlib is not installed.
set -u
src=$1 work=$2
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || { echo "python3-matplotlib not installed: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work" || exit 1
png() { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] && [ "$(stat -c %s "$1")" -gt 10000 ]; }
/usr/bin/python3 "$src/scripts/plot_report.py" "$src/tests/data/report_smallcnn.json" -o "$work/report.png" || exit 1
png "$work/report.png" || { echo "plot_report.py: no PNG"; exit 1; }
/usr/bin/python3 "$src/scripts/plot_sweep.py" "$src/tests/data/sweep_smallcnn.csv" -o "$work/sweep.png" || exit 1
png "$work/sweep.png" || { echo "plot_sweep.py: no PNG"; exit 1; }

# The error figures: a report with out_rel_err (--errors all) and one with the operands' SQNR only
# (out_rel_err null: the panel falls back to w_sqnr_db, a_sqnr_db); a sweep with mean_out_rel_err
# and a 3-objective front named in its sweep.json.
mkdir -p "$work/errs" || exit 1
/usr/bin/python3 - "$src/tests/data" "$work/errs" <<'PY' || exit 1
import csv, json, sys
data, out = sys.argv[1], sys.argv[2]
for name, all_errors in (("report_all.json", True), ("report_operands.json", False)):
    rep = json.load(open(f"{data}/report_smallcnn.json"))
    for i, l in enumerate(rep["layers"]):
        if l["kind"] not in ("conv", "fc"):
            continue
        for j, ph in enumerate(("fwd", "dgrad", "wgrad")):
            if ph == "dgrad" and i == 0:
                continue  # the first layer has no dgrad GEMM
            p = l["phases"][ph]
            p["out_rel_err"] = 0.05 * (i + 1) * (j + 1) if all_errors else None
            if ph == "fwd":
                p["w_sqnr_db"], p["a_sqnr_db"] = 18.0 + i, 24.0 + i
    json.dump(rep, open(f"{out}/{name}", "w"))
rows = list(csv.reader(open(f"{data}/sweep_smallcnn.csv")))
at = rows[0].index("status")
for n, r in enumerate(rows):
    r.insert(at, "mean_out_rel_err" if n == 0 else f"{0.1 + 0.01 * (n % 7):.3f}")
csv.writer(open(f"{out}/sweep.csv", "w", newline="")).writerows(rows)
json.dump({"pareto": ["cycles", "energy_pj", "mean_out_rel_err"]}, open(f"{out}/sweep.json", "w"))
PY
for r in all operands; do
  /usr/bin/python3 "$src/scripts/plot_report.py" "$work/errs/report_$r.json" -o "$work/report_$r.png" || exit 1
  png "$work/report_$r.png" || { echo "plot_report.py ($r): no PNG"; exit 1; }
done
/usr/bin/python3 "$src/scripts/plot_sweep.py" "$work/errs/sweep.csv" --color-by mean_out_rel_err -o "$work/sweep_err.png" || exit 1
png "$work/sweep_err.png" || { echo "plot_sweep.py --color-by: no PNG"; exit 1; }
# --color-by a column the csv does not have, or one without numbers: one line, exit 2, no PNG.
for col in mean_nothing gq.policy; do
  /usr/bin/python3 "$src/scripts/plot_sweep.py" "$src/tests/data/sweep_smallcnn.csv" --color-by $col -o "$work/bad.png" 2>"$work/bad.err"
  rc=$?
  [ $rc -eq 2 ] && [ "$(wc -l <"$work/bad.err")" -eq 1 ] && grep -q "^plot_sweep.py: error: --color-by $col: " "$work/bad.err" \
    && [ ! -e "$work/bad.png" ] || { echo "plot_sweep.py --color-by $col: exit $rc, $(cat "$work/bad.err")"; exit 1; }
done
echo "wrote $work/report.png, $work/sweep.png, $work/report_all.png, $work/report_operands.png and $work/sweep_err.png"
