#!/usr/bin/env bash
# scripts/plot_report.py and scripts/plot_sweep.py draw PNGs from the shipped report and sweep
# (tests/data/). Exit 77 (skipped) when matplotlib is not installed.
set -u
src=$1 work=$2
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || { echo "python3-matplotlib not installed: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work" || exit 1
png() { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] && [ "$(stat -c %s "$1")" -gt 10000 ]; }
/usr/bin/python3 "$src/scripts/plot_report.py" "$src/tests/data/report_smallcnn.json" -o "$work/report.png" || exit 1
png "$work/report.png" || { echo "plot_report.py: no PNG"; exit 1; }
/usr/bin/python3 "$src/scripts/plot_sweep.py" "$src/tests/data/sweep_smallcnn.csv" -o "$work/sweep.png" || exit 1
png "$work/sweep.png" || { echo "plot_sweep.py: no PNG"; exit 1; }
echo "wrote $work/report.png and $work/sweep.png"
