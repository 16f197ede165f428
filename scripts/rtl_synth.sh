#!/usr/bin/env bash
# Synthesizes the RTL blocks with Yosys (generic gates, `synth`), fails on a latch, a wire with
# conflicting drivers (checked before optimization can hide it) or any construct
# Yosys cannot map, and prints each block's cell count (docs/rtl.md, "Area"):
#   bash scripts/rtl_synth.sh [OUT_DIR]     (default: build/rtl_synth; one log per block there)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v yosys >/dev/null || { echo "rtl_synth: yosys not found (apt-get install yosys, or scripts/setup.sh)" >&2; exit 2; }
out=${1:-build/rtl_synth}
mkdir -p "$out"
A=rtl/array G=rtl/gqu
# name | top module | parameter commands (chparam) | sources
blocks=(
  "pe|int4_pe||$A/acc_pkg.sv $A/int4_pe.sv"
  "array_4x4|int4_array|chparam -set ROWS 4 -set COLS 4 int4_array;|$A/acc_pkg.sv $A/delay_line.sv $A/int4_pe.sv $A/int4_array.sv"
  "gqu_lane|gqu_lane||$G/gqu_fround.sv $G/gqu_fmul.sv $G/gqu_lane.sv"
)
printf "%-16s %10s %10s %8s\n" block cells flipflops latches
for b in "${blocks[@]}"; do
  IFS='|' read -r name top params sources <<<"$b"
  log="$out/$name.log"
  # flattened: the counts are of the whole block
  if ! yosys -q -l "$log" -p "read_verilog -sv $sources; $params hierarchy -top $top; proc; check -assert; synth -flatten; check -assert; select -assert-none t:\$_DLATCH*; tee -o $out/$name.stat stat" >/dev/null 2>&1; then
    echo "rtl_synth: $name failed, see $log" >&2
    exit 1
  fi
  cells=$(awk '/Number of cells:/ {print $4; exit}' "$out/$name.stat")
  ffs=$(grep -E '\$_S?DFF' "$out/$name.stat" | awk '{s += $2} END {print s + 0}')
  printf "%-16s %10s %10s %8s\n" "$name" "$cells" "$ffs" 0
done
