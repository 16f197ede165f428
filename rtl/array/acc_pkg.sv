// The accumulator's addition (docs/numerics.md, "Accumulation order"), shared by the PEs and the
// column adders: a + b through an accumulator of `bits` (16..32) bits held in ACC_W, saturating or
// wrapping (two's complement) after every addition.
package acc_pkg;
  localparam int ACC_W = 32;

  function automatic logic [ACC_W-1:0] acc_add(input logic [ACC_W-1:0] a, input logic signed [33:0] b,
                                               input logic sat, input logic [5:0] bits);
    logic signed [33:0] s, hi, lo;
    /* verilator lint_off UNUSEDSIGNAL */
    logic signed [33:0] wrapped;  // only its low ACC_W bits are the result
    /* verilator lint_on UNUSEDSIGNAL */
    logic [5:0] sh;
    s = $signed({{2{a[ACC_W-1]}}, a}) + b;
    hi = (34'sd1 <<< (bits - 6'd1)) - 34'sd1;
    lo = -(34'sd1 <<< (bits - 6'd1));
    sh = 6'd34 - bits;
    wrapped = (s <<< sh) >>> sh;
    if (sat) acc_add = s > hi ? hi[ACC_W-1:0] : (s < lo ? lo[ACC_W-1:0] : s[ACC_W-1:0]);
    else acc_add = wrapped[ACC_W-1:0];
  endfunction
endpackage
