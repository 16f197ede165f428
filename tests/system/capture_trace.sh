#!/usr/bin/env bash
# scripts/capture_trace.py end to end: captures NETWORK for 2 iterations at batch 2 (after 2 short
# warm-up steps, with outputs) into OUT and reads it back with trace_check. Exit 77 = skipped
# (python3-torch or the Fashion-MNIST package missing).
set -u
checker=$1
network=$2
out=$3
data=/usr/share/datasets/fashion-mnist
if ! /usr/bin/python3 -c "import torch, numpy" 2>/dev/null; then
  echo "skipped: /usr/bin/python3 cannot import torch and numpy (python3-torch)"
  exit 77
fi
if [ ! -r "$data/train-images-idx3-ubyte.gz" ] || [ ! -r "$data/train-labels-idx1-ubyte.gz" ]; then
  echo "skipped: no Fashion-MNIST in $data (dataset-fashion-mnist)"
  exit 77
fi
rm -rf "$out" "$out.tmp"
/usr/bin/python3 "$(dirname "$0")/../../scripts/capture_trace.py" --network "$network" --iterations 2 --batch 2 \
  --warmup 2 --warmup-batch 8 --save-outputs --threads 1 --out "$out" || exit $?
"$checker" "$out" || exit $?
rm -rf "$out"
