#!/usr/bin/env bash
# The output corpus: what int4sim prints and writes for a fixed set of commands, kept in
# tests/corpus/ and compared byte for byte, so that a restructuring that should change no figure
# provably changes none, and a change that moves figures on purpose shows exactly which.
#
#   tests/cli/output_corpus.sh BINARY WORKDIR            regenerate into WORKDIR and compare (ctest output_corpus)
#   tests/cli/output_corpus.sh BINARY WORKDIR --update   regenerate and replace tests/corpus/ (commit it with
#                                                    a message saying which figures moved and why)
#
# Each command runs inside WORKDIR with relative output paths, so its stdout ("wrote PATH" lines
# included) is as reproducible as its files. Wall times never enter the corpus (sweep.log is left out).
set -u
bin=$1 work=$2 mode=${3:-check}
src=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$src/tests/corpus
rm -rf "$work" && mkdir -p "$work/out" || exit 1
cd "$work/out" || exit 1

failed=0
# c NAME ARGS...: runs `int4sim ARGS` here, its stdout into NAME.stdout; a non-zero exit is a failure.
c() {
  local name=$1; shift
  if ! "$bin" "$@" >"$name.stdout" 2>"$work/$name.stderr"; then
    echo "FAILED (exit $?): int4sim $*"; sed 's/^/  | /' "$work/$name.stderr"; failed=$((failed + 1))
  fi
}

# Every built-in network, timing only, batch 2.
for net in resnet20 resnet18 resnet34 resnet50 mobilenetv2 vgg16 smallcnn bert_layer; do
  c "run_${net}_timing" run --workload "$net" --batch 2 --timing-only --out "run_${net}_timing"
done
# smallcnn and resnet20 bit-accurate, 2 iterations, every gradient policy.
for net in smallcnn resnet20; do
  for policy in lbt fixed minmax dsgc pwf; do
    c "run_${net}_${policy}" run --workload "$net" --batch 2 --iterations 2 --set gq.policy=$policy --out "run_${net}_${policy}"
  done
done
# GEMMs: 20 shapes x every dataflow, verified against the golden model, with SCALE-Sim's figures.
shapes="1x1x1 4x4x4 7x5x3 16x16x16 31x33x17 32x32x32 33x65x9 64x64x64 100x10x50 128x32x256
        256x128x64 3x200x40 200x3x40 17x17x300 512x16x32 48x96x72 1x128x128 128x1x128 96x96x1 255x129x65"
for df in ws os is; do
  for s in $shapes; do
    IFS=x read -r m n k <<<"$s"
    c "gemm_${df}_${s}" gemm --m "$m" --n "$n" --k "$k" --verify --compat scalesim --set array.dataflow=$df \
      --json "gemm_${df}_${s}.json"
  done
done
# Gradient operands through the GQU: every policy.
for policy in lbt fixed minmax dsgc pwf; do
  c "gemm_grad_${policy}" gemm --grad-a --m 96 --n 32 --k 72 --verify --set gq.policy=$policy --json "gemm_grad_${policy}.json"
done
# The shipped trace, replayed.
c replay_smallcnn_fmnist replay --trace "$src/traces/smallcnn_fmnist" --out replay_smallcnn_fmnist
# The golden gradient quantizer, every policy side by side.
c gq_compare gq --synthetic 4 --numel 50000 --compare --compare-arith --json gq_compare.json
# A small sweep (its journal and log hold wall times: only sweep.csv and sweep.json are kept).
c sweep_small sweep --workload smallcnn --timing-only --grid array.rows=16,32 --grid buf.double_buffer=true,false \
  --jobs 2 --out sweep_small
rm -rf sweep_small/done.jsonl sweep_small/sweep.log sweep_small/points
# Compiled programs as assembly.
c asm_smallcnn run --workload smallcnn --timing-only --emit-asm asm_smallcnn.s --out asm_smallcnn_run
c asm_resnet20 run --workload resnet20 --timing-only --emit-asm asm_resnet20.s --out asm_resnet20_run
rm -rf asm_smallcnn_run asm_resnet20_run
sed -i '/^wrote asm_.*_run\//d' asm_smallcnn.stdout asm_resnet20.stdout

[ $failed -eq 0 ] || { echo "$failed command(s) failed"; exit 1; }
files=$(find . -type f | wc -l)
if [ "$mode" = "--update" ]; then
  rm -rf "$corpus" && mkdir -p "$corpus" && cp -r . "$corpus/" || exit 1
  echo "output corpus: $files files written to tests/corpus/"
  exit 0
fi
[ -d "$corpus" ] || { echo "no tests/corpus/: run tests/cli/output_corpus.sh BINARY DIR --update"; exit 1; }
if diff -r -q "$corpus" . >"$work/diff.txt"; then
  echo "output corpus: all $files files byte-identical"
  exit 0
fi
echo "output corpus: $(wc -l <"$work/diff.txt") file(s) differ or are missing:"
head -40 "$work/diff.txt"
first=$(grep -m1 -oE '^Files [^ ]+ and [^ ]+' "$work/diff.txt" | awk '{print $2, $4}')
[ -n "$first" ] && { echo "first difference:"; diff $first | head -20; }
exit 1
