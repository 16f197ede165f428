// splitmix64's finaliser (docs/numerics.md, "Random bits"), combinational; the tensor key takes
// three of them in sequence.
module gqu_mix64 (
  input  logic [63:0] x,
  output logic [63:0] y
);
  logic [63:0] z1, z2, z3;
  always_comb begin
    z1 = x + 64'h9e3779b97f4a7c15;
    z2 = (z1 ^ (z1 >> 30)) * 64'hbf58476d1ce4e5b9;  // low 64 bits of the product
    z3 = (z2 ^ (z2 >> 27)) * 64'h94d049bb133111eb;
    y  = z3 ^ (z3 >> 31);
  end
endmodule
