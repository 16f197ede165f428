// Float32 multiply, round to nearest even, subnormal inputs and outputs (finite inputs; an
// overflow gives infinity). Combinational: the lane registers around it.
module gqu_fmul (
  input  logic [31:0] a,
  input  logic [31:0] b,
  output logic [31:0] y
);
  logic [23:0]        ma, mb;
  logic signed [11:0] ea, eb, expo;
  logic [47:0]        prod;

  // A subnormal has no hidden one and the exponent of the smallest normal.
  assign ma   = {|a[30:23], a[22:0]};
  assign mb   = {|b[30:23], b[22:0]};
  assign ea   = $signed({4'd0, (a[30:23] == 8'd0) ? 8'd1 : a[30:23]}) - 12'sd150;
  assign eb   = $signed({4'd0, (b[30:23] == 8'd0) ? 8'd1 : b[30:23]}) - 12'sd150;
  assign prod = {24'd0, ma} * {24'd0, mb};  // exact: 48 bits
  assign expo = ea + eb;

  gqu_fround #(.W(48)) u_round (
    .sign(a[31] ^ b[31]), .mant(prod), .expo(expo), .sticky_in(1'b0), .result(y));
endmodule
