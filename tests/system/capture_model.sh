#!/usr/bin/env bash
# scripts/capture_trace.py --model end to end (trace format version 2): captures a PyTorch model for
# 2 iterations at batch 2 with outputs and the model's weights into OUT, reads it back with
# trace_check (every tensor's shape against the simulator's layer, Y = conv(A, W) in the simulator's
# layout, the recorded W of iteration 1 = the ONNX file's stored weights bit for bit), checks which modules were
# recorded and which were not, and replays it with int4sim: a complete report in which every
# recorded quantized layer has its gradient figures; then a bit-accurate run of the trace's model on
# its stored initial weights (--weights-from-model). Exit 77 = skipped (python3-torch missing).
#   capture_model.sh INT4SIM TRACE_CHECK OUT RECORDED NOT_RECORDED capture_trace.py-arguments...
# RECORDED is the number of recorded layers, NOT_RECORDED the modules left out, comma-separated.
set -u
int4sim=$1 checker=$2 out=$3 recorded=$4 not_recorded=$5
shift 5
src=$(cd "$(dirname "$0")/../.." && pwd)
if ! /usr/bin/python3 -c "import torch, numpy, torchvision" 2>/dev/null; then
  echo "skipped: /usr/bin/python3 cannot import torch, numpy and torchvision (python3-torch, python3-torchvision)"
  exit 77
fi
rm -rf "$out" "$out.tmp"
# From the source folder: --model PKG.MODULE:CALLABLE imports from the current directory.
(cd "$src" && /usr/bin/python3 scripts/capture_trace.py "$@" --iterations 2 --batch 2 --save-outputs --threads 1 \
  --model-weights --int4sim "$int4sim" --out "$out") || exit 1
check=$("$checker" "$out") || { echo "$check"; exit 1; }
echo "$check"
# The model was exported with its weights: the recorded W must have been compared with them.
case "$check" in *"W at iteration 1 = the model's stored weights, bit for bit"*) ;; *) echo "capture_model: W not compared"; exit 1 ;; esac
/usr/bin/python3 - "$out/manifest.json" "$recorded" "$not_recorded" <<'PY' || exit 1
import json, sys
m = json.load(open(sys.argv[1]))
names = [l["name"] for l in m["layers"]]
left = sorted(m["producer"]["not_recorded"])
want_left = sorted(n for n in sys.argv[3].split(",") if n)
assert m["version"] == 2 and m["model"] == "model.onnx", m["version"]
assert len(names) == int(sys.argv[2]), f"{len(names)} recorded layers, expected {sys.argv[2]}: {names}"
assert left == want_left, f"not recorded: {left}, expected {want_left}"
print(f"capture_model: {len(names)} layers recorded, not recorded: {left or 'none'}")
PY
"$int4sim" replay --trace "$out" --out "$out/replay" --log-level warn >/dev/null || exit 1
/usr/bin/python3 - "$out/replay/report.json" "$out/manifest.json" <<'PY' || exit 1
import json, sys
r, m = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert r["complete"] is True
recorded = {l["name"] for l in m["layers"]}
layers = {l["name"]: l for l in r["layers"]}
for name in recorded:
    l = layers[name]
    if l["quantized"]:
        hist = l["gradient_by_iteration"]
        assert len(hist) == 2 and all(h["g_max"] > 0 and h["E_G"] is not None for h in hist), name
    ops = l["operands_by_iteration"]
    assert len(ops) == 2 and all(o["w_sqnr_db"] is not None and o["a_sqnr_db"] is not None for o in ops), name
print(f"capture_model: replayed {len(r['layers'])} layers, {r['totals']['cycles']} cycles")
PY
# The model in the trace stores its initial weights: a bit-accurate run on them, and a refusal
# where they cannot apply.
"$int4sim" run --workload "$out/model.onnx" --weights-from-model --batch 2 --out "$out/weights_run" --log-level warn >/dev/null ||
  exit 1
msg=$("$int4sim" run --workload "$out/model.onnx" --weights-from-model --timing-only --out "$out/no" 2>&1)
[ $? -eq 2 ] && [ "$msg" = "int4sim: error: --weights-from-model: a timing-only run uses no values (drop --timing-only)" ] ||
  { echo "capture_model: expected the timing-only refusal, got: $msg"; exit 1; }
rm -rf "$out"
