// One lane of the gradient quantizer unit (docs/numerics.md, "Gradient quantizer", hw arithmetic).
// Pass 1 keeps the lane's max |g|; pass 2 turns one element a cycle into its code:
//   t = float32(g * inv), clamped to +-(L+1); nearest: k = rint(t); stochastic: k =
//   floor((floor(t * 2^r + 1/2) + u) / 2^r) with u = H(key ^ index) >> (64 - r);
//   code = clamp(k, -L, L); clipped = |g| > c.
// Seven register stages from in_* to out_*; the unit's output register makes the eighth
// (gq.pipeline = 8). Magnitudes compare as integers (finite inputs: the IEEE order).
module gqu_lane (
  input  logic        clk,
  input  logic        in_valid,    // an element of the tensor is on in_g (lanes past numel: 0)
  input  logic        in_first,    // first beat of a pass: restarts the lane max
  input  logic        in_quant,    // pass 2 (quantize); else pass 1 (max)
  input  logic [31:0] in_g,
  input  logic [31:0] in_index,    // flat element index: the random bits depend on it only
  // Per-tensor constants, stable during pass 2.
  input  logic [31:0] inv,         // L / c
  input  logic [30:0] clip_mag,    // c (non-negative)
  input  logic [31:0] bound,       // L + 1 as float32 (positive)
  input  logic [6:0]  limit,       // L
  input  logic        zero_codes,  // c == 0 or inv not finite: every code is 0
  input  logic        stochastic,
  input  logic [4:0]  rand_bits,   // r, 1..24
  input  logic [63:0] key,         // H(H(H(seed) ^ layer) ^ iteration)
  output logic [30:0] max_mag,     // max |g| of pass 1 so far, two cycles after its beat
  output logic        out_valid,
  output logic        out_clipped,
  output logic [7:0]  out_code     // signed
);
  // ---- stage 1: input register ----------------------------------------------------------------
  logic        s1_valid, s1_first, s1_quant;
  logic [31:0] s1_g, s1_index;
  always_ff @(posedge clk) begin
    s1_valid <= in_valid;
    s1_first <= in_first;
    s1_quant <= in_quant;
    s1_g     <= in_g;
    s1_index <= in_index;
  end

  // ---- pass 1: the lane max (stage 2) -----------------------------------------------------------
  always_ff @(posedge clk) begin
    if (!s1_quant) begin
      if (s1_first)
        max_mag <= s1_valid ? s1_g[30:0] : 31'd0;
      else if (s1_valid && s1_g[30:0] > max_mag)
        max_mag <= s1_g[30:0];
    end
  end

  // ---- stage 2: t = g * inv, the clip compare, the random generator's first step --------------
  logic [31:0] t_c;
  logic [63:0] z_c;
  gqu_fmul u_mul (.a(s1_g), .b(inv), .y(t_c));
  assign z_c = (key ^ {32'd0, s1_index}) + 64'h9e3779b97f4a7c15;

  logic        s2_valid, s2_clipped;
  logic [31:0] s2_t;
  logic [63:0] s2_x;
  always_ff @(posedge clk) begin
    s2_valid   <= s1_valid & s1_quant;
    s2_clipped <= s1_valid & s1_quant & (s1_g[30:0] > clip_mag);
    s2_t       <= t_c;
    s2_x       <= z_c ^ (z_c >> 30);
  end

  // ---- stage 3: clamp |t| to L + 1; the generator's first multiply ----------------------------
  logic        s3_valid, s3_clipped, s3_neg;
  logic [30:0] s3_mag;
  logic [63:0] s3_y;
  always_ff @(posedge clk) begin
    s3_valid   <= s2_valid;
    s3_clipped <= s2_clipped;
    s3_neg     <= s2_t[31];
    s3_mag     <= ({1'b0, s2_t[30:0]} > bound) ? bound[30:0] : s2_t[30:0];
    s3_y       <= s2_x * 64'hbf58476d1ce4e5b9;
  end

  // ---- stage 4: |t| * 2^r' in fixed point, exactly (r' = r, or 0 for nearest) ------------------
  // |t| = m * 2^e with m the 24-bit significand; the integer part, the half bit and a sticky of
  // the rest are all the rounding needs. |t| <= 2^7 keeps the integer part within 32 bits.
  logic [4:0]         r_eff;
  logic [23:0]        m4;
  logic signed [9:0]  e4, sh4;
  logic [7:0]         d4;
  logic [31:0]        int_c;
  logic               half_c, stk_c;
  logic [23:0]        low_mask4;
  assign r_eff = stochastic ? rand_bits : 5'd0;
  always_comb begin
    m4        = {|s3_mag[30:23], s3_mag[22:0]};
    e4        = $signed({2'd0, (s3_mag[30:23] == 8'd0) ? 8'd1 : s3_mag[30:23]}) - 10'sd150;
    sh4       = e4 + $signed({5'd0, r_eff});
    d4        = 8'd0;
    int_c     = 32'd0;
    half_c    = 1'b0;
    stk_c     = 1'b0;
    low_mask4 = 24'd0;
    if (sh4 >= 10'sd0) begin
      int_c = {8'd0, m4} << sh4[4:0];  // sh4 <= 8 after the clamp
    end else if (sh4 < -10'sd24) begin
      stk_c = |m4;
    end else begin
      d4        = 8'(-sh4);  // 1..24
      int_c     = {8'd0, m4 >> d4};
      half_c    = |(m4 & (24'd1 << (d4 - 8'd1)));
      low_mask4 = (24'd1 << (d4 - 8'd1)) - 24'd1;
      stk_c     = |(m4 & low_mask4);
    end
  end

  logic        s4_valid, s4_clipped, s4_neg, s4_half, s4_stk;
  logic [31:0] s4_int;
  logic [63:0] s4_w;
  logic [63:0] y_c;
  assign y_c = s3_y ^ (s3_y >> 27);
  always_ff @(posedge clk) begin
    s4_valid   <= s3_valid;
    s4_clipped <= s3_clipped;
    s4_neg     <= s3_neg;
    s4_int     <= int_c;
    s4_half    <= half_c;
    s4_stk     <= stk_c;
    s4_w       <= y_c * 64'h94d049bb133111eb;
  end

  // ---- stage 5: the rounded fixed-point value; the random bits u ------------------------------
  // stochastic: floor(t * 2^r + 1/2) (half up: on the magnitude, up for t > 0, down for t < 0);
  // nearest: rint(t), ties to even, symmetric in the sign.
  logic [32:0]        mag5;
  logic signed [33:0] fixed_c;
  logic [63:0]        h5;
  logic [23:0]        u_c;
  always_comb begin
    if (stochastic)
      mag5 = {1'b0, s4_int} + {32'd0, s4_neg ? (s4_half & s4_stk) : s4_half};
    else
      mag5 = {1'b0, s4_int} + {32'd0, s4_half & (s4_stk | s4_int[0])};
    fixed_c = s4_neg ? -$signed({1'b0, mag5}) : $signed({1'b0, mag5});
    h5      = s4_w ^ (s4_w >> 31);
    u_c     = stochastic ? 24'(h5 >> (7'd64 - {2'd0, rand_bits})) : 24'd0;
  end

  logic               s5_valid, s5_clipped;
  logic signed [33:0] s5_fixed;
  logic [23:0]        s5_u;
  always_ff @(posedge clk) begin
    s5_valid   <= s4_valid;
    s5_clipped <= s4_clipped;
    s5_fixed   <= fixed_c;
    s5_u       <= u_c;
  end

  // ---- stage 6: k = floor((fixed + u) / 2^r'): an arithmetic shift ----------------------------
  // |k| <= L + 1 <= 128 after the clamp of stage 3, so ten bits hold it.
  logic signed [34:0] sum6;
  assign sum6 = {s5_fixed[33], s5_fixed} + $signed({11'd0, s5_u});

  logic              s6_valid, s6_clipped;
  logic signed [9:0] s6_k;
  always_ff @(posedge clk) begin
    s6_valid   <= s5_valid;
    s6_clipped <= s5_clipped;
    s6_k       <= 10'(sum6 >>> r_eff);
  end

  // ---- stage 7: code = clamp(k, -L, L) ---------------------------------------------------------
  logic signed [9:0] lim10;
  logic [7:0]        code_c;
  always_comb begin
    lim10 = $signed({3'd0, limit});
    if (zero_codes)         code_c = 8'd0;
    else if (s6_k > lim10)  code_c = {1'b0, limit};
    else if (s6_k < -lim10) code_c = 8'(-lim10);
    else                    code_c = 8'(s6_k);
  end
  always_ff @(posedge clk) begin
    out_valid   <= s6_valid;
    out_clipped <= s6_clipped;
    out_code    <= code_c;
  end
endmodule
