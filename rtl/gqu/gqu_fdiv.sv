// Float32 divide a / b, round to nearest even, subnormal inputs and outputs (finite inputs,
// b != 0). Sequential: a restoring division of the normalised significands, one quotient bit a
// cycle (27 bits: 24 kept, a guard bit, one more for the normalisation, then the remainder as
// sticky). Used twice per tensor (L / c and c / L), outside the streaming passes.
module gqu_fdiv (
  input  logic        clk,
  input  logic        rst,
  input  logic        start,  // a and b are sampled in this cycle
  input  logic [31:0] a,
  input  logic [31:0] b,
  output logic        done,   // y is valid from the cycle done rises until the next start
  output logic [31:0] y
);
  function automatic logic [4:0] lead_zeros(input logic [23:0] v);
    lead_zeros = 5'd0;
    for (int i = 0; i < 24; i++)
      if (v[i]) lead_zeros = 5'(23 - i);
  endfunction

  logic [23:0]        ma, mb, na, nb;
  logic [4:0]         za, zb;
  logic signed [11:0] ea, eb, expo_n;

  // Significands shifted so that bit 23 is set, exponents lowered to match (subnormal inputs).
  always_comb begin
    ma     = {|a[30:23], a[22:0]};
    mb     = {|b[30:23], b[22:0]};
    za     = lead_zeros(ma);
    zb     = lead_zeros(mb);
    na     = ma << za;
    nb     = mb << zb;
    ea     = $signed({4'd0, (a[30:23] == 8'd0) ? 8'd1 : a[30:23]}) - 12'sd150 - $signed({7'd0, za});
    eb     = $signed({4'd0, (b[30:23] == 8'd0) ? 8'd1 : b[30:23]}) - 12'sd150 - $signed({7'd0, zb});
    // na / nb is in (1/2, 2); the quotient below is floor(na * 2^26 / nb).
    expo_n = ea - eb - 12'sd26;
  end

  logic [24:0]        rem;   // partial remainder, < 2 * den
  logic [23:0]        den;
  logic [26:0]        quo;
  logic [4:0]         cnt;
  logic signed [11:0] expo_r;
  logic               sign_r, busy;
  logic               ge;
  logic [23:0]        diff;

  assign ge   = rem >= {1'b0, den};
  assign diff = ge ? 24'(rem - {1'b0, den}) : rem[23:0];

  always_ff @(posedge clk) begin
    if (rst) begin
      busy <= 1'b0;
      done <= 1'b0;
      cnt  <= 5'd0;
    end else if (start) begin
      rem    <= {1'b0, na};
      den    <= nb;
      quo    <= 27'd0;
      cnt    <= 5'd27;
      expo_r <= expo_n;
      sign_r <= a[31] ^ b[31];
      busy   <= 1'b1;
      done   <= 1'b0;
    end else if (busy) begin
      rem <= {diff, 1'b0};
      quo <= {quo[25:0], ge};
      cnt <= cnt - 5'd1;
      if (cnt == 5'd1) begin
        busy <= 1'b0;
        done <= 1'b1;
      end
    end
  end

  gqu_fround #(.W(27)) u_round (
    .sign(sign_r), .mant(quo), .expo(expo_r), .sticky_in(rem != 25'd0), .result(y));
endmodule
