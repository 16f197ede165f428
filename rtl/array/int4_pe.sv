// One processing element of the INT4 MAC array (docs/rtl.md). A 5x5-bit signed multiplier: a 4-bit
// code (signed or unsigned) in one pass, or an 8-bit operand as four nibble passes whose shifted
// partial products the PE sums exactly before the product meets the accumulator, so an INT8 tile
// accumulates the same full products, in the same order, as the golden model.
//
// Operands: x arrives from the left and moves right one PE a cycle; in ws/is the other operand y
// is stationary (two banks: one in use, one being loaded over the column's load bus), in os it
// arrives from above and moves down. ws/is sum a fold down the column (psum_in from above, the
// sum leaves combinationally so the bottom row feeds the accumulator in the same cycle); os keeps
// one running sum per PE, started from the column's init bus and put on its result bus.
module int4_pe #(
  parameter int ROW = 0  // this PE's row: the load bus writes the row it addresses
) (
  input  logic             clk,
  // configuration (held for a tile)
  input  logic             cfg_os,       // output-stationary
  input  logic             cfg_x_signed, cfg_y_signed,
  input  logic             cfg_int8,     // four nibble passes per element
  input  logic             cfg_saturate,
  input  logic [5:0]       cfg_acc_bits,
  // x wave from the left
  input  logic             x_valid_in,
  input  logic [7:0]       x_in,
  input  logic [1:0]       pass_in,
  input  logic             bank_in, first_in,
  output logic             x_valid_out,
  output logic [7:0]       x_out,
  output logic [1:0]       pass_out,
  output logic             bank_out, first_out,
  // os: y from above
  input  logic [7:0]       y_in,
  output logic [7:0]       y_out,
  // ws/is: the column's load bus (row select, bank) for the stationary operand
  input  logic             ld_valid,
  input  logic [15:0]      ld_row,
  input  logic             ld_bank,
  input  logic [7:0]       ld_value,
  // ws/is: partial sum down the column
  input  logic [acc_pkg::ACC_W-1:0] psum_in,
  output logic [acc_pkg::ACC_W-1:0] psum_out,   // combinational: valid in the cycle of an element's last pass
  // os: init value from the column's init bus, result on its result bus
  input  logic [acc_pkg::ACC_W-1:0] init_in,
  output logic [acc_pkg::ACC_W-1:0] result_out  // combinational: valid in the cycle of the fold's last element
);
  logic [7:0] bank0, bank1, y_q, x_q;
  logic [1:0] pass_q;
  logic       x_valid_q, bank_q, first_q;
  logic signed [19:0] prod_q;        // nibble partial products so far (INT8)
  logic [acc_pkg::ACC_W-1:0]   acc_q;         // os running sum

  // The nibble of an operand a pass multiplies, extended to 5 bits signed.
  function automatic logic signed [4:0] nibble(input logic [7:0] v, input logic sgn, input logic int8, input logic hi);
    if (!int8) nibble = {sgn & v[3], v[3:0]};
    else if (hi) nibble = {sgn & v[7], v[7:4]};
    else nibble = {1'b0, v[3:0]};
  endfunction

  logic [7:0] y_op;
  logic signed [4:0] xn, yn;
  logic signed [9:0] part;
  logic signed [19:0] shifted, full;
  logic last_pass;

  always_comb begin
    y_op = cfg_os ? y_in : (bank_in ? bank1 : bank0);
    // pass p: x's high nibble when p[1], y's when p[0]
    xn = nibble(x_in, cfg_x_signed, cfg_int8, pass_in[1]);
    yn = nibble(y_op, cfg_y_signed, cfg_int8, pass_in[0]);
    part = xn * yn;
    shifted = 20'(part) <<< ({3'd0, pass_in[1]} * 4 + {3'd0, pass_in[0]} * 4);
    full = (cfg_int8 && pass_in != 2'd0) ? prod_q + shifted : shifted;
    last_pass = !cfg_int8 || pass_in == 2'd3;
    psum_out = acc_pkg::acc_add(psum_in, 34'(full), cfg_saturate, cfg_acc_bits);
    result_out = acc_pkg::acc_add(first_in ? init_in : acc_q, 34'(full), cfg_saturate, cfg_acc_bits);
  end

  always_ff @(posedge clk) begin
    x_valid_q <= x_valid_in;
    x_q <= x_in;
    pass_q <= pass_in;
    bank_q <= bank_in;
    first_q <= first_in;
    y_q <= y_in;
    if (x_valid_in) begin
      prod_q <= full;
      if (cfg_os && last_pass) acc_q <= result_out;
    end
    if (ld_valid && ld_row == 16'(ROW)) begin
      if (ld_bank) bank1 <= ld_value;
      else bank0 <= ld_value;
    end
  end

  assign x_valid_out = x_valid_q;
  assign x_out = x_q;
  assign pass_out = pass_q;
  assign bank_out = bank_q;
  assign first_out = first_q;
  assign y_out = y_q;
endmodule
