// Float32 rounding and packing, shared by the multiplier, the divider and the integer-to-float
// conversions, so that round-to-nearest-even, subnormals and overflow live in one place.
// The value to round is mant * 2^expo, plus something below mant's LSB when sticky_in is set
// (only the divider sets it, and its quotient always keeps a guard bit above that).
module gqu_fround #(
  parameter int W = 48  // significand width; at least 24
) (
  input  logic               sign,
  input  logic [W-1:0]       mant,
  input  logic signed [11:0] expo,
  input  logic               sticky_in,
  output logic [31:0]        result
);
  // Kept out of line when Verilated (one class for every instance; a lane has a dozen), which
  // keeps the C++ of the 32-lane unit a quarter of its inlined size.
  /* verilator no_inline_module */

  // Index of the leading one (0 for mant == 0, which is handled apart): a binary search, so that
  // its logic (and its Verilated code) grows with log2(W) rather than W.
  localparam int PW = 1 << $clog2(W);
  function automatic logic [7:0] msb_pos(input logic [W-1:0] v);
    logic [PW-1:0] x;
    x       = PW'(v);
    msb_pos = 8'd0;
    for (int b = $clog2(PW) - 1; b >= 0; b--) begin
      if ((x >> (1 << b)) != '0) begin
        msb_pos = msb_pos | 8'(1 << b);
        x       = x >> (1 << b);
      end
    end
  endfunction

  logic signed [13:0] expo_s, sh_norm, sh_sub, shift, scale;
  logic [7:0]         lsh, rsh;
  logic [W-1:0]       low_mask;
  logic [23:0]        kept;
  logic               guard, sticky;
  logic [24:0]        q;
  logic signed [39:0] packed_v;  // (biased exponent - 1) << 23 plus q: carries into the exponent by itself

  always_comb begin
    expo_s  = {{2{expo[11]}}, expo};
    // Keep 24 significant bits (normal result) unless that would put the LSB below 2^-149
    // (subnormal result): then drop more.
    sh_norm = $signed({6'd0, msb_pos(mant)}) - 14'sd23;
    sh_sub  = -14'sd149 - expo_s;
    shift   = (sh_norm > sh_sub) ? sh_norm : sh_sub;
    lsh     = 8'd0;
    rsh     = 8'd0;
    low_mask = '0;
    kept    = 24'd0;
    guard   = 1'b0;
    sticky  = sticky_in;
    if (shift <= 14'sd0) begin
      // Fewer than 24 significant bits: exact, the left shift only aligns them.
      lsh  = 8'(-shift);
      kept = 24'(mant << lsh);
    end else if (shift > 14'(W)) begin
      sticky = sticky | (|mant);
    end else begin
      rsh      = 8'(shift);
      kept     = 24'(mant >> rsh);
      guard    = |(mant & (W'(1) << (rsh - 8'd1)));
      low_mask = (W'(1) << (rsh - 8'd1)) - W'(1);
      sticky   = sticky | (|(mant & low_mask));
    end
    // Round to nearest, ties to even.
    q     = {1'b0, kept} + {24'd0, guard & (sticky | kept[0])};
    scale = shift + expo_s;  // exponent of q's LSB, >= -149
    // q in [2^23, 2^24] for a normal result, < 2^23 for a subnormal one (scale = -149): adding q
    // to (scale + 149) << 23 gives the IEEE encoding in both cases, including the carry of a
    // rounding up to the next binade.
    packed_v = ($signed({{26{scale[13]}}, scale}) + 40'sd149) * 40'sd8388608 + $signed({15'd0, q});
    if (mant == '0 && !sticky_in)
      result = {sign, 31'd0};
    else if (packed_v >= 40'sd2139095040)  // exponent field 255: overflow to infinity
      result = {sign, 8'hff, 23'd0};
    else
      result = {sign, packed_v[30:0]};
  end
endmodule
