#!/usr/bin/env bash
# The quick start's simulation, exactly as scripts/quickstart.sh runs it (its exec line, with the
# binary under test), in an empty folder: no out/ exists, as on a fresh clone. It must succeed,
# write out/quickstart/report.json and layers.csv, and announce both.
set -u
src=$1 bin=$2 work=$3
line=$(grep -E '^exec \./build/int4sim ' "$src/scripts/quickstart.sh") || { echo "no exec line in scripts/quickstart.sh"; exit 1; }
args=${line#exec ./build/int4sim }
args=${args%\"\$@\"}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
# shellcheck disable=SC2086
"$bin" $args >stdout.txt 2>stderr.txt
rc=$?
[ $rc -eq 0 ] || { echo "exit $rc"; cat stderr.txt; exit 1; }
[ -s stderr.txt ] && { echo "unexpected stderr:"; cat stderr.txt; exit 1; }
for f in out/quickstart/report.json out/quickstart/layers.csv; do
  [ -s "$f" ] || { echo "$f missing"; exit 1; }
  grep -qx "wrote $f" stdout.txt || { echo "no 'wrote $f' line"; exit 1; }
done
grep -q '"complete": true' out/quickstart/report.json || { echo "report not complete"; exit 1; }
echo "quick start in an empty folder: $(grep -c . out/quickstart/layers.csv) lines of layers.csv"
