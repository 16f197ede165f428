// One step of the binary search that bins |g| among the LBT initial search's thresholds
// thr_k = float32(g_max * gamma_k), gamma_k = gamma_0 - k * step (k = 0, 1, ...; only gamma_k >= 0
// is a threshold). thr_k falls with k (the multiply and the conversion are monotone), so the bin
// of an element, min { k : thr_k < |g| } (or the count of thresholds when none is below it), is
// found bit by bit. The threshold is computed here rather than read from a table: no per-tensor
// table fill before the pass.
module gqu_bin_step #(
  parameter int LOG = 10,  // bins = 2^LOG
  parameter int BIT = 0    // the index bit this step decides
) (
  input  logic [LOG-1:0]     j_in,      // bin index so far
  input  logic signed [33:0] g_in,      // gamma_0 - j_in * step
  input  logic [30:0]        mag,       // |g|
  input  logic [30:0]        gmax_mag,
  input  logic [20:0]        step,
  input  logic [4:0]         frac,      // gamma fraction bits F
  output logic [LOG-1:0]     j_out,
  output logic signed [33:0] g_out
);
  logic signed [33:0] cand;           // gamma of index j_in + 2^BIT - 1
  logic [31:0]        gamma_f, thr;
  logic signed [11:0] neg_frac;
  logic               take;

  assign cand     = g_in - ($signed({13'd0, step}) <<< BIT) + $signed({13'd0, step});
  assign neg_frac = -$signed({7'd0, frac});
  gqu_fround #(.W(32)) u_gamma (
    .sign(1'b0), .mant({1'b0, cand[30:0]}), .expo(neg_frac), .sticky_in(1'b0), .result(gamma_f));
  gqu_fmul u_thr (.a({1'b0, gmax_mag}), .b(gamma_f), .y(thr));
  // Not above that threshold (and it is one): the bin lies past it.
  assign take  = (cand >= 34'sd0) && !(thr < {1'b0, mag});
  assign j_out = take ? (j_in | LOG'(1 << BIT)) : j_in;
  assign g_out = take ? (cand - $signed({13'd0, step})) : g_in;
endmodule
