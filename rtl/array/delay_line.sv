// DEPTH registers in a row (DEPTH = 0: a wire): the skew that brings row r's (column c's) operand
// into the array r (c) cycles after row 0's.
module delay_line #(
  parameter int WIDTH = 8,
  parameter int DEPTH = 1
) (
  /* verilator lint_off UNUSEDSIGNAL */  // DEPTH = 0 has no register
  input  logic             clk,
  /* verilator lint_on UNUSEDSIGNAL */
  input  logic [WIDTH-1:0] in,
  output logic [WIDTH-1:0] out
);
  generate
    if (DEPTH == 0) begin : wire_through
      assign out = in;
    end else begin : stages
      logic [WIDTH-1:0] stage [DEPTH];
      always_ff @(posedge clk) stage[0] <= in;
      for (genvar i = 1; i < DEPTH; i++) begin : shift
        always_ff @(posedge clk) stage[i] <= stage[i-1];
      end
      assign out = stage[DEPTH-1];
    end
  endgenerate
endmodule
