// One lane of the LBT initial search's histogram pass (models/gqu/policies/lbt.cpp, search_plan):
// bins each |g| among the search's thresholds (LOG binary-search steps, two per stage) and counts
// it in the lane's own bin counters, so that lanes never contend for a counter. The scan reads
// one bin of every lane a cycle (rd_idx). Seven register stages from in_* to the counters.
module gqu_bin_lane #(
  parameter int LOG = 10  // 2^LOG bins: thresholds gamma_0 / step + 1 must stay below it
) (
  input  logic               clk,
  input  logic               clear,     // first beat of the pass: zero every counter
  input  logic               in_valid,
  input  logic [30:0]        in_mag,
  input  logic [30:0]        gmax_mag,
  input  logic signed [33:0] gamma0,    // the search register's start, in gamma LSBs
  input  logic [20:0]        step,
  input  logic [4:0]         frac,
  input  logic [LOG-1:0]     rd_idx,
  output logic [31:0]        rd_count
);
  localparam int ST   = (LOG + 1) / 2;  // stages of two steps
  localparam int BINS = 1 << LOG;

  // Stage registers (flat vectors: Yosys 0.23 reads no multi-dimensional packed arrays): index 0
  // is the input register, s + 1 the output of stage s.
  logic [ST:0]           v_r;
  logic [(ST+1)*31-1:0]  mag_r;
  logic [(ST+1)*LOG-1:0] j_r;
  logic [ST*34-1:0]      g_r;    // the last stage's gamma is not needed
  // Each stage's result, the next stage's register input.
  logic [ST*LOG-1:0]     j_n;
  logic [ST*34-1:0]      g_n;

  genvar i;
  generate
    for (i = 0; i < ST; i++) begin : g_stage
      logic [LOG-1:0]     j_mid;
      logic signed [33:0] g_mid;
      gqu_bin_step #(.LOG(LOG), .BIT(LOG - 1 - 2 * i)) u_first (
        .j_in(j_r[i*LOG +: LOG]), .g_in($signed(g_r[i*34 +: 34])), .mag(mag_r[i*31 +: 31]),
        .gmax_mag(gmax_mag), .step(step), .frac(frac), .j_out(j_mid), .g_out(g_mid));
      if (2 * i + 1 < LOG) begin : g_two
        gqu_bin_step #(.LOG(LOG), .BIT(LOG - 2 - 2 * i)) u_second (
          .j_in(j_mid), .g_in(g_mid), .mag(mag_r[i*31 +: 31]),
          .gmax_mag(gmax_mag), .step(step), .frac(frac), .j_out(j_n[i*LOG +: LOG]), .g_out(g_n[i*34 +: 34]));
      end else begin : g_one  // odd LOG: the last stage has one step
        assign j_n[i*LOG +: LOG] = j_mid;
        assign g_n[i*34 +: 34]   = g_mid;
      end
    end
  endgenerate

  always_ff @(posedge clk) begin
    v_r[0]        <= in_valid;
    mag_r[0 +: 31] <= in_mag;
    j_r[0 +: LOG]  <= '0;
    g_r[0 +: 34]   <= gamma0;
    for (int s = 0; s < ST; s++) begin
      v_r[s+1]               <= v_r[s];
      mag_r[(s+1)*31 +: 31]  <= mag_r[s*31 +: 31];
      j_r[(s+1)*LOG +: LOG]  <= j_n[s*LOG +: LOG];
      if (s + 1 < ST) g_r[(s+1)*34 +: 34] <= g_n[s*34 +: 34];
    end
  end

  // The lane's bin counters (read-modify-write, one element a cycle). A valid bit per counter
  // makes the clear a single-cycle reset of BINS bits instead of a write to every counter.
  logic [31:0]     hist [0:BINS-1];
  logic [BINS-1:0] live;
  logic [LOG-1:0]  bin;
  assign bin = j_r[ST*LOG +: LOG];
  always_ff @(posedge clk) begin
    if (clear) begin
      live <= '0;
    end else if (v_r[ST]) begin
      hist[bin] <= (live[bin] ? hist[bin] : 32'd0) + 32'd1;
      live[bin] <= 1'b1;
    end
  end
  assign rd_count = live[rd_idx] ? hist[rd_idx] : 32'd0;
endmodule
