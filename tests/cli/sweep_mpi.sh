#!/usr/bin/env bash
# mpirun -np 2 int4sim sweep gives the same sweep.csv, byte for byte, as the local sweep (and the
# same report per point), with the points spread over both ranks.
# usage: sweep_mpi.sh MPIEXEC INT4SIM WORKDIR
set -u
mpiexec=$1 bin=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
args=(--workload smallcnn --timing-only --forward-only
      --grid array.rows=4,8,16,32 --grid array.cols=8,16 --grid gq.policy=lbt,minmax --grid buf.double_buffer=true,false)
"$bin" sweep "${args[@]}" --jobs 2 --out "$work/local" >"$work/local.out" 2>"$work/local.err" || { cat "$work/local.err"; exit 1; }
"$mpiexec" --allow-run-as-root --oversubscribe -np 2 "$bin" sweep "${args[@]}" --out "$work/mpi" \
  >"$work/mpi.out" 2>"$work/mpi.err" || { echo "mpirun failed"; cat "$work/mpi.err"; exit 1; }
cmp "$work/local/sweep.csv" "$work/mpi/sweep.csv" || { echo "sweep.csv differs between the local and the MPI sweep"; exit 1; }
for p in 0000 0017 0031; do
  cmp "$work/local/points/$p/report.json" "$work/mpi/points/$p/report.json" || exit 1
done
# Both ranks ran points (sweep.log: "... rank R").
ranks=$(grep -o ' rank [0-9]*' "$work/mpi/sweep.log" | sort -u | wc -l)
[ "$ranks" -eq 2 ] || { echo "expected points run on 2 ranks, got $ranks"; cat "$work/mpi/sweep.log"; exit 1; }
# Nothing on stderr but the per-point progress lines (no MPI warnings about fork or spawn).
if grep -v '^sweep: ' "$work/mpi.err"; then echo "unexpected stderr from the MPI sweep"; exit 1; fi
# Three ranks, two jobs each: still the same file.
"$mpiexec" --allow-run-as-root --oversubscribe -np 3 "$bin" sweep "${args[@]}" --jobs 2 --out "$work/mpi3" \
  >/dev/null 2>"$work/mpi3.err" || { cat "$work/mpi3.err"; exit 1; }
cmp "$work/local/sweep.csv" "$work/mpi3/sweep.csv" || exit 1
echo "MPI sweeps (2 and 3 ranks) == local sweep: $(($(wc -l <"$work/local/sweep.csv") - 1)) rows"
