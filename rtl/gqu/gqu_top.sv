// The gradient quantizer unit (GQU) in the hw arithmetic of docs/numerics.md: LANES lanes, the
// per-tensor scalars, the gamma-update logic and a register file of per-layer gamma state.
//
// A tensor goes through three ops, each started by op_start; the beats of a streaming op follow
// on consecutive cycles from the op_start cycle (beat 0), LANES elements a beat, in_data lane l =
// element beat * LANES + l (lanes past t_numel are ignored):
//   op 0, pass 1 (max):      max |g| per lane, then a registered reduction tree. max_done is high
//                            in cycle ceil(n/LANES) - 1 + 8 (first beat in cycle 0).
//   (then by itself)         c = g_max * gamma, inv = L / c, Delta = c / L (sequential dividers),
//                            the tensor's random key; setup_done when ready. Not a pass: the
//                            native model charges no cycles for it.
//   op 1, pass 2 (quantize): codes on out_codes, out_valid 8 cycles after their beat; out_last
//                            with the last beat's codes and the clipped count.
//   op 2, update:            gamma_next / upd_done 7 cycles after the op is decided, so that
//                            the op takes 8 cycles (gq.pipeline); for LBT's first non-searched
//                            tensor the op first streams the tensor again (histogram pass,
//                            ceil(n/LANES) + 8 cycles) and scans the bins (K + tail cycles).
// Policies: 0 lbt, 1 fixed, 2 minmax. Exact g_max mode only.
module gqu_top #(
  parameter int LANES    = 32,  // 2..64 (the max tree fits the 8-stage pass)
  parameter int LAYERS   = 16,  // per-layer gamma registers; a power of two >= 2
  parameter int HIST_LOG = 11   // initial-search bins 2^HIST_LOG > gamma_0 / step + 1 (1025 at most
                                // with the default step, gq.gamma_frac_bits 10..30)
) (
  input  logic                clk,
  input  logic                rst,              // every layer's gamma register to its start value
  // Configuration, static between resets.
  input  logic [3:0]          cfg_bits,         // b: L = 2^(b-1) - 1 (2..8)
  input  logic [1:0]          cfg_policy,
  input  logic                cfg_stochastic,
  input  logic [4:0]          cfg_rand_bits,    // 1..24
  input  logic [4:0]          cfg_frac,         // gamma fraction bits F (10..30)
  input  logic [20:0]         cfg_step,         // gamma step in LSBs
  input  logic [19:0]         cfg_alpha_ppm,
  input  logic [30:0]         cfg_fixed_gamma,  // the fixed policy's register value
  input  logic [63:0]         cfg_seed,
  // The tensor, held through its three ops.
  input  logic [$clog2(LAYERS)-1:0] t_layer,
  input  logic [31:0]         t_numel,          // >= 1
  input  logic                op_start,
  input  logic [1:0]          op_kind,          // 0 max, 1 quantize, 2 update
  input  logic                in_valid,
  input  logic [LANES*32-1:0] in_data,
  // Status and results.
  output logic                needs_search,     // the update of t_layer streams the tensor
  output logic [30:0]         gamma_reg,        // t_layer's gamma register
  output logic                max_done,
  output logic [31:0]         gmax,             // valid with max_done
  output logic                setup_done,
  output logic [31:0]         clip_c,           // c, valid with setup_done
  output logic [31:0]         scale,            // Delta (0 when every code is 0)
  output logic                out_valid,
  output logic                out_last,
  output logic [LANES*8-1:0]  out_codes,        // signed 8-bit codes, lane l at bits 8l
  output logic [31:0]         clipped,          // valid with out_last
  output logic                upd_done,
  output logic [30:0]         gamma_next,       // valid with upd_done
  output logic [31:0]         search_steps,     // steps of the last initial search
  output logic                search_overrun    // a search outlasted the fixed scan (sticky)
);
  localparam int LOGL   = $clog2(LANES);
  localparam int TREE_W = 1 << LOGL;
  localparam int DELAY  = 6 - LOGL;  // pass 1: input, lane max, LOGL tree levels, delay = 8
  localparam int BINS   = 1 << HIST_LOG;
  localparam int LW     = $clog2(LAYERS);
  localparam logic [1:0] POL_LBT = 2'd0, POL_FIXED = 2'd1;
  localparam logic [1:0] OP_MAX = 2'd0, OP_QUANT = 2'd1, OP_UPDATE = 2'd2;

  // ---- configuration constants --------------------------------------------------------------
  logic [6:0]  limit;       // L
  logic [7:0]  levels;      // 2^b - 1
  logic [27:0] levels_1e6;
  logic [30:0] one;         // gamma = 1 in the register
  logic [51:0] target;      // alpha_ppm * 2^32: the search's threshold for the moving average
  logic [31:0] limit_f, bound_f;
  assign limit      = 7'((8'd1 << (cfg_bits - 4'd1)) - 8'd1);
  assign levels     = 8'((9'd1 << cfg_bits) - 9'd1);
  assign levels_1e6 = {20'd0, levels} * 28'd1000000;
  assign one        = 31'd1 << cfg_frac;
  assign target     = {cfg_alpha_ppm, 32'd0};
  gqu_fround #(.W(32)) u_limit_f (
    .sign(1'b0), .mant({25'd0, limit}), .expo(12'sd0), .sticky_in(1'b0), .result(limit_f));
  gqu_fround #(.W(32)) u_bound_f (
    .sign(1'b0), .mant({24'd0, 8'({1'b0, limit} + 8'd1)}), .expo(12'sd0), .sticky_in(1'b0), .result(bound_f));

  // ---- per-layer registers -------------------------------------------------------------------
  // Flat vectors, layer i at [i*W +: W] (Yosys 0.23 reads no multi-dimensional packed arrays).
  logic [LAYERS*31-1:0]    gamma_rf;
  logic [LAYERS*32-1:0]    iter_rf;     // completed iterations
  logic [LAYERS-1:0]       searched_rf; // LBT initial search done
  logic [31:0] iter_cur;
  assign gamma_reg    = gamma_rf[t_layer*31 +: 31];
  assign iter_cur     = iter_rf[t_layer*32 +: 32];
  assign needs_search = (cfg_policy == POL_LBT) && !searched_rf[t_layer];

  // ---- beats ---------------------------------------------------------------------------------
  logic [1:0]  kind_r, kind;
  logic [31:0] beat_r, beat, base;
  logic        beat_last;
  logic [LANES-1:0] lane_ok;
  assign kind      = op_start ? op_kind : kind_r;
  assign beat      = op_start ? 32'd0 : beat_r;
  assign base      = 32'(beat * LANES);
  assign beat_last = in_valid && ({1'b0, base} + LANES >= {1'b0, t_numel});
  always_comb
    for (int l = 0; l < LANES; l++)
      lane_ok[l] = in_valid && ({1'b0, base} + 33'(l) < {1'b0, t_numel});
  always_ff @(posedge clk) begin
    if (op_start) kind_r <= op_kind;
    if (in_valid) beat_r <= beat + 32'd1;
  end

  // ---- per-tensor scalars (registered by the setup sequence below) ---------------------------
  logic [30:0] gmax_r;
  logic [31:0] c_r, inv_y, scale_y;
  logic [63:0] key_r;
  logic        zero_codes_r;

  // ---- lanes ---------------------------------------------------------------------------------
  logic [LANES*31-1:0]    lane_max;
  logic [LANES-1:0]       lane_out_valid, lane_clipped;
  logic [LANES*8-1:0]     lane_code;
  logic [LANES*32-1:0]    bin_count;
  logic [HIST_LOG-1:0]    scan_idx;
  genvar gl;
  generate
    for (gl = 0; gl < LANES; gl++) begin : g_lane
      gqu_lane u_lane (
        .clk(clk),
        .in_valid(lane_ok[gl] && (kind == OP_MAX || kind == OP_QUANT)),
        .in_first(op_start), .in_quant(kind == OP_QUANT),
        .in_g(in_data[gl*32 +: 32]), .in_index(base + 32'(gl)),
        .inv(inv_y), .clip_mag(c_r[30:0]), .bound(bound_f), .limit(limit),
        .zero_codes(zero_codes_r), .stochastic(cfg_stochastic), .rand_bits(cfg_rand_bits), .key(key_r),
        .max_mag(lane_max[gl*31 +: 31]), .out_valid(lane_out_valid[gl]), .out_clipped(lane_clipped[gl]),
        .out_code(lane_code[gl*8 +: 8]));
      gqu_bin_lane #(.LOG(HIST_LOG)) u_bin (
        .clk(clk), .clear(op_start && op_kind == OP_UPDATE),
        .in_valid(lane_ok[gl] && kind == OP_UPDATE), .in_mag(in_data[gl*32 +: 31]),
        .gmax_mag(gmax_r), .gamma0({3'd0, gamma_reg}), .step(cfg_step), .frac(cfg_frac),
        .rd_idx(scan_idx), .rd_count(bin_count[gl*32 +: 32]));
    end
  endgenerate

  function automatic logic [30:0] max31(input logic [30:0] a, input logic [30:0] b);
    max31 = (a > b) ? a : b;
  endfunction

  // ---- pass 1: reduction tree, one level a cycle (heap order: node i has children 2i, 2i+1) ---
  logic [TREE_W*31-1:0]    leaf;
  logic [TREE_W*31-1:0]    node;   // node 0 unused
  logic [30:0]             tree_out;
  always_comb
    for (int i = 0; i < TREE_W; i++) leaf[i*31 +: 31] = (i < LANES) ? lane_max[i*31 +: 31] : 31'd0;
  always_ff @(posedge clk) begin
    node[30:0] <= 31'd0;
    for (int i = 1; i < TREE_W; i++) begin
      if (2 * i >= TREE_W)
        node[i*31 +: 31] <= max31(leaf[(2*i-TREE_W)*31 +: 31], leaf[(2*i+1-TREE_W)*31 +: 31]);
      else
        node[i*31 +: 31] <= max31(node[2*i*31 +: 31], node[(2*i+1)*31 +: 31]);
    end
  end
  generate
    if (DELAY == 0) begin : g_nodelay
      assign tree_out = node[31 +: 31];
    end else begin : g_delay
      logic [DELAY*31-1:0] dl;
      always_ff @(posedge clk) begin
        dl[0 +: 31] <= node[31 +: 31];
        for (int i = 1; i < DELAY; i++) dl[i*31 +: 31] <= dl[(i-1)*31 +: 31];
      end
      assign tree_out = dl[(DELAY-1)*31 +: 31];
    end
  endgenerate

  // Beat flags along the passes: bit k is the beat presented k + 1 cycles ago.
  logic [7:0] mx_last_sr, up_last_sr;
  logic [6:0] q_valid_sr, q_first_sr, q_last_sr;
  always_ff @(posedge clk) begin
    if (rst) begin
      mx_last_sr <= '0;
      q_valid_sr <= '0;
      q_first_sr <= '0;
      q_last_sr  <= '0;
      up_last_sr <= '0;
    end else begin
      mx_last_sr <= {mx_last_sr[6:0], beat_last && kind == OP_MAX};
      q_valid_sr <= {q_valid_sr[5:0], in_valid && kind == OP_QUANT};
      q_first_sr <= {q_first_sr[5:0], in_valid && op_start && op_kind == OP_QUANT};
      q_last_sr  <= {q_last_sr[5:0], beat_last && kind == OP_QUANT};
      up_last_sr <= {up_last_sr[6:0], beat_last && kind == OP_UPDATE};
    end
  end
  assign max_done = mx_last_sr[7];
  assign gmax     = {1'b0, tree_out};

  // ---- pass 2 output register: codes and the clipped count -----------------------------------
  logic [$clog2(LANES+1)-1:0] beat_clipped;
  always_comb begin
    beat_clipped = '0;
    for (int l = 0; l < LANES; l++) beat_clipped = beat_clipped + {{($clog2(LANES+1)-1){1'b0}}, lane_clipped[l]};
  end
  always_ff @(posedge clk) begin
    out_valid <= (|lane_out_valid) && !rst;  // lane 0 holds an element in every beat
    out_last  <= q_last_sr[6] && !rst;
    out_codes <= lane_code;
    if (q_first_sr[6])
      clipped <= 32'(beat_clipped);
    else if (q_valid_sr[6])
      clipped <= clipped + 32'(beat_clipped);
  end

  // ---- per-tensor setup: c, L / c, c / L, the key ---------------------------------------------
  // One multiply, two sequential dividers, three splitmix steps through one mixer.
  typedef enum logic [2:0] {S_IDLE, S_C, S_DIV, S_KEY, S_WAIT, S_READY} setup_t;
  setup_t      st;
  logic [31:0] gamma_f, c_c;
  logic [63:0] mix_in, mix_out;
  logic        div_start, inv_done, sc_done, c_zero;
  gqu_fround #(.W(32)) u_gamma_f (
    .sign(1'b0), .mant({1'b0, gamma_reg}), .expo(-$signed({7'd0, cfg_frac})), .sticky_in(1'b0),
    .result(gamma_f));
  gqu_fmul u_c (.a({1'b0, gmax_r}), .b(gamma_f), .y(c_c));
  assign c_zero    = c_r[30:0] == 31'd0;
  assign div_start = st == S_DIV && !c_zero;
  gqu_fdiv u_inv (.clk(clk), .rst(rst), .start(div_start), .a(limit_f), .b(c_r), .done(inv_done), .y(inv_y));
  gqu_fdiv u_sc  (.clk(clk), .rst(rst), .start(div_start), .a(c_r), .b(limit_f), .done(sc_done), .y(scale_y));
  always_comb
    case (st)
      S_C:     mix_in = cfg_seed;
      S_DIV:   mix_in = key_r ^ {{(64-LW){1'b0}}, t_layer};
      default: mix_in = key_r ^ {32'd0, iter_cur + 32'd1};
    endcase
  gqu_mix64 u_mix (.x(mix_in), .y(mix_out));

  always_ff @(posedge clk) begin
    if (rst) begin
      st <= S_IDLE;
    end else if (op_start && op_kind == OP_MAX) begin
      st <= S_IDLE;
    end else begin
      case (st)
        S_IDLE: if (max_done) begin
          gmax_r <= tree_out;
          st     <= S_C;
        end
        S_C: begin
          c_r   <= c_c;
          key_r <= mix_out;
          st    <= S_DIV;
        end
        S_DIV: begin
          key_r <= mix_out;
          st    <= S_KEY;
        end
        S_KEY: begin
          key_r <= mix_out;
          st    <= S_WAIT;
        end
        S_WAIT: if (c_zero || (inv_done && sc_done)) begin
          // inv not finite (c subnormal): nothing is representable, every code is 0.
          zero_codes_r <= c_zero || inv_y[30:23] == 8'hff;
          st           <= S_READY;
        end
        default: ;
      endcase
    end
  end
  assign setup_done = st == S_READY;
  assign clip_c     = c_r;
  assign scale      = zero_codes_r ? 32'd0 : scale_y;

  // ---- LBT initial search: scan of the bins ---------------------------------------------------
  // Runs for a fixed K + tail cycles, as the native model charges (lbt.cpp, search_plan): K =
  // gamma_0 / step + 1 thresholds (phase 1, while the phase's gamma stays >= 0), then the steps
  // a zero moving average needs to exceed the target with every element counted (phase 2). The
  // search itself takes one step a cycle and holds its result once it ends; it ends by then
  // unless a step lands exactly on the target (then it repeats its threshold: search_overrun).
  logic               scan_on, decide_r;
  logic signed [33:0] ph_gam, gk;
  logic [33:0]        ms, m;
  logic [16:0]        tail_cnt;
  logic [31:0]        k, cum_r;
  logic               s_done;
  logic [30:0]        s_res;
  logic [31:0]        bin_sum, count;
  logic [22:0]        ratio_sh;   // R_q >> 10
  logic [33:0]        m_next, ms_next;
  logic [63:0]        lhs_s, lhs_t;
  logic               in_phase1, end_scan, above, below;
  logic signed [33:0] res_c;

  assign scan_idx = k[HIST_LOG-1:0];
  always_comb begin
    bin_sum = 32'd0;
    for (int l = 0; l < LANES; l++) bin_sum = bin_sum + bin_count[l*32 +: 32];
    // Bins past the thresholds are empty: every element is in bins 0..K, so cum reaches numel.
    count   = cum_r + ((k < BINS) ? bin_sum : 32'd0);
    // R_q = floor(count * 2^32 / N), m = m - (m >> 10) + (R_q >> 10), sign of m*(2^b-1)*10^6 - alpha_ppm*2^32
    ratio_sh = 23'(({count, 32'd0} / {32'd0, t_numel}) >> 10);
    m_next  = m - (m >> 10) + {11'd0, ratio_sh};
    lhs_s   = 64'(m_next * {6'd0, levels_1e6});
    above   = lhs_s > {12'd0, target};
    below   = lhs_s < {12'd0, target};
    res_c   = gk + $signed({13'd0, cfg_step});
    in_phase1 = ph_gam >= 34'sd0;
    ms_next = ms - (ms >> 10) + 34'(1 << 22);
    lhs_t   = 64'(ms_next * {6'd0, levels_1e6});
    end_scan = !in_phase1 && (lhs_t > {12'd0, target} || tail_cnt >= 17'd99999);
  end

  always_ff @(posedge clk) begin
    decide_r <= 1'b0;
    if (rst) begin
      scan_on        <= 1'b0;
      search_overrun <= 1'b0;
      search_steps   <= 32'd0;
    end else if (up_last_sr[7]) begin
      // The histogram pass's counters are complete (7 stages); the scan starts ceil(n/LANES) + 8
      // cycles after the first beat, where the native model's pass ends.
      scan_on      <= 1'b1;
      ph_gam       <= {3'd0, gamma_reg};
      ms           <= 34'd0;
      tail_cnt     <= 17'd0;
      k            <= 32'd0;
      gk           <= {3'd0, gamma_reg};
      cum_r        <= 32'd0;
      m            <= 34'd0;
      s_done       <= 1'b0;
      search_steps <= 32'd0;
    end else if (scan_on) begin
      if (in_phase1) begin
        ph_gam <= ph_gam - $signed({13'd0, cfg_step});
      end else begin
        ms       <= ms_next;
        tail_cnt <= tail_cnt + 17'd1;
      end
      if (!s_done) begin
        m            <= m_next;
        search_steps <= search_steps + 32'd1;
        if (above) begin
          s_done <= 1'b1;
          // clamp(gamma + step, step, 1)
          if (res_c < $signed({13'd0, cfg_step})) s_res <= 31'(cfg_step);
          else if (res_c > $signed({3'd0, one}))  s_res <= one;
          else                                     s_res <= res_c[30:0];
        end else if (below) begin
          k     <= k + 32'd1;
          gk    <= gk - $signed({13'd0, cfg_step});
          cum_r <= count;
        end
      end
      if (end_scan) begin
        scan_on  <= 1'b0;
        decide_r <= 1'b1;
        if (!s_done && !above) search_overrun <= 1'b1;
      end
    end
  end

  // ---- update pipeline: decided in cycle d, the register written for cycle d + 7 --------------
  typedef enum logic [1:0] {U_NONE, U_STEP, U_SEARCH} upd_t;
  logic        decide;
  logic [5:0]  u_sr;
  upd_t        u_mode1, u_mode2, u_mode3, u_mode4, u_mode5, u_mode6;
  logic [59:0] u_lhs;
  logic [51:0] u_rhs;
  logic [1:0]  u_dir;  // 01 up, 11 down, 00 hold
  logic signed [32:0] u_sum;
  logic [30:0] u_new3, u_new4, u_new5, u_new6;
  assign decide = (op_start && op_kind == OP_UPDATE && !needs_search) || decide_r;
  assign u_sum  = $signed({2'd0, gamma_reg}) + (u_dir[0] ? (u_dir[1] ? -$signed({12'd0, cfg_step}) : $signed({12'd0, cfg_step})) : 33'sd0);

  always_ff @(posedge clk) begin
    if (rst) begin
      u_sr        <= '0;
      upd_done    <= 1'b0;
      gamma_rf    <= {LAYERS{(cfg_policy == POL_FIXED) ? cfg_fixed_gamma : one}};
      iter_rf     <= '0;
      searched_rf <= '0;
    end else begin
      u_sr <= {u_sr[4:0], decide};
      // d + 1: the products of the exact sign test count*(2^b-1)*10^6 vs alpha_ppm*N.
      u_lhs <= {28'd0, clipped} * {32'd0, levels_1e6};
      u_rhs <= {32'd0, cfg_alpha_ppm} * {20'd0, t_numel};
      if (cfg_policy != POL_LBT || gmax_r == 31'd0) u_mode1 <= U_NONE;
      else if (searched_rf[t_layer])                u_mode1 <= U_STEP;
      else                                          u_mode1 <= U_SEARCH;
      // d + 2: the sign.
      u_mode2 <= u_mode1;
      u_dir   <= ({8'd0, u_rhs} < u_lhs) ? 2'b01 : (({8'd0, u_rhs} > u_lhs) ? 2'b11 : 2'b00);
      // d + 3: the new register value; d + 4..6: the rest of the gq.pipeline stages.
      case (u_mode2)
        U_STEP:   u_new3 <= (u_sum < $signed({12'd0, cfg_step})) ? 31'(cfg_step)
                          : ((u_sum > $signed({2'd0, one})) ? one : u_sum[30:0]);
        U_SEARCH: u_new3 <= s_res;
        default:  u_new3 <= gamma_reg;
      endcase
      u_mode3 <= u_mode2;
      u_new4  <= u_new3;
      u_mode4 <= u_mode3;
      u_new5  <= u_new4;
      u_mode5 <= u_mode4;
      u_new6  <= u_new5;
      u_mode6 <= u_mode5;
      // d + 7: the layer's registers.
      upd_done <= u_sr[5];
      if (u_sr[5]) begin
        gamma_rf[t_layer*31 +: 31] <= u_new6;
        iter_rf[t_layer*32 +: 32]  <= iter_cur + 32'd1;
        if (u_mode6 == U_SEARCH) searched_rf[t_layer] <= 1'b1;
        gamma_next <= u_new6;
      end
    end
  end
endmodule
