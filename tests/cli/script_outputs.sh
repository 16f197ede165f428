#!/usr/bin/env bash
# The Python scripts follow the executable's output rules (scripts/outpaths.py): a path that cannot
# be written is refused before any work with exit 2 and one line naming it (no traceback), and
# nothing is written anywhere; missing parent folders are made; each written file is announced.
# Exit 77 (skipped) without matplotlib; the torch scripts' rows are skipped without torch.
set -u
src=$1 work=$2
py=/usr/bin/python3
$py -c 'import matplotlib' 2>/dev/null || { echo "python3-matplotlib not installed: skipped"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
echo "not a folder" >afile
fails=0
# refuse EXPECTED_LINE CMD...: exit 2, exactly that line on stderr, nothing on stdout, folder unchanged
refuse() {
  local expected=$1; shift
  local before; before=$(find . | sort)
  "$@" >out.txt 2>err.txt
  local rc=$?
  local after; after=$(find . -not -name out.txt -not -name err.txt | sort)
  if [ $rc -ne 2 ] || [ "$(cat err.txt)" != "$expected" ] || [ -s out.txt ] || [ "$before" != "$after" ]; then
    echo "FAIL: $*"; echo "  exit $rc, expected 2"; echo "  stderr: $(cat err.txt)"; echo "  wanted: $expected"
    [ -s out.txt ] && echo "  stdout: $(cat out.txt)"
    [ "$before" != "$after" ] && echo "  files changed: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"
    fails=$((fails + 1))
  fi
  rm -f out.txt err.txt
}
report=$src/tests/data/report_smallcnn.json sweep=$src/tests/data/sweep_smallcnn.csv
refuse "plot_report.py: error: afile/r.png: cannot be made: afile is not a directory" \
  $py "$src/scripts/plot_report.py" "$report" -o afile/r.png
refuse "plot_report.py: error: /proc/int4sim/r.png: cannot write in /proc (No such file or directory)" \
  $py "$src/scripts/plot_report.py" "$report" -o /proc/int4sim/r.png
refuse "plot_report.py: error: $work: is a directory (a file is expected here)" \
  $py "$src/scripts/plot_report.py" "$report" -o "$work"
refuse "plot_report.py: error: newdir/: ends in '/' (a file is expected here)" \
  $py "$src/scripts/plot_report.py" "$report" -o newdir/
refuse "plot_report.py: error: nothere.json: cannot open file" \
  $py "$src/scripts/plot_report.py" nothere.json -o r.png
refuse "plot_sweep.py: error: afile/s.png: cannot be made: afile is not a directory" \
  $py "$src/scripts/plot_sweep.py" "$sweep" -o afile/s.png
refuse "plot_sweep.py: error: $src/tests: is a directory" \
  $py "$src/scripts/plot_sweep.py" "$src/tests" -o s.png
if $py -c 'import torch' 2>/dev/null; then
  refuse "train_fmnist.py: error: afile/fm: cannot be made: afile is not a directory" \
    $py "$src/scripts/train_fmnist.py" --tiny --policy lbt --bits 4 --out afile/fm
  refuse "capture_trace.py: error: afile/tr: cannot be made: afile is not a directory" \
    $py "$src/scripts/capture_trace.py" --network smallcnn --iterations 1 --batch 2 --out afile/tr
  refuse "export_onnx.py: error: afile/m.onnx: cannot be made: afile is not a directory" \
    $py "$src/scripts/export_onnx.py" --model smallcnn --out afile/m.onnx
  refuse "export_onnx.py: error: m.txt: expected a file name ending in .onnx (int4sim reads a model by that extension)" \
    $py "$src/scripts/export_onnx.py" --model smallcnn --out m.txt
  refuse "export_onnx.py: error: --model torchvision:nosuchnet: torchvision.models has no model 'nosuchnet'" \
    $py "$src/scripts/export_onnx.py" --model torchvision:nosuchnet --out m.onnx
  refuse "export_onnx.py: error: --model nosuchmodule:build: No module named 'nosuchmodule'" \
    $py "$src/scripts/export_onnx.py" --model nosuchmodule:build --out m.onnx
  refuse "export_onnx.py: error: --input 3xx4: expected positive sizes joined by 'x' (3x224x224, or 128x768)" \
    $py "$src/scripts/export_onnx.py" --model smallcnn --input 3xx4 --out m.onnx
  $py "$src/scripts/export_onnx.py" --model smallcnn --out new/m.onnx >out.txt 2>err.txt \
    && [ -s new/m.onnx ] && grep -qx "wrote new/m.onnx" out.txt \
    || { echo "FAIL: export_onnx.py into a new folder: $(cat err.txt)"; fails=$((fails + 1)); }
else
  echo "python3-torch not installed: train_fmnist.py, capture_trace.py and export_onnx.py rows skipped"
fi
# Missing parents are made, and the file is announced.
$py "$src/scripts/plot_report.py" "$report" -o new/deeper/r.png >out.txt 2>err.txt \
  && [ -s new/deeper/r.png ] && grep -qx "wrote new/deeper/r.png" out.txt \
  || { echo "FAIL: plot_report.py into a new folder: $(cat err.txt)"; fails=$((fails + 1)); }
$py "$src/scripts/plot_sweep.py" "$sweep" -o new/s.png >out.txt 2>err.txt \
  && [ -s new/s.png ] && grep -qx "wrote new/s.png" out.txt \
  || { echo "FAIL: plot_sweep.py into a new folder: $(cat err.txt)"; fails=$((fails + 1)); }
[ -z "$(find . -name '*.tmp.*')" ] || { echo "FAIL: temporary files left"; fails=$((fails + 1)); }
[ $fails -eq 0 ] && echo "script output paths: all refusals and writes as expected"
[ $fails -eq 0 ]
