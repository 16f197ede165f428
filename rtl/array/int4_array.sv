// The R x C INT4 MAC array with its sequencer (docs/rtl.md): runs one tile C (+)= A x B in the
// weight-, output- or input-stationary dataflow and measures its own time, first operand in to last
// result out. The operand buffers and the accumulator banks are outside (SRAM macros: read
// addresses sampled at a clock edge return data in the next cycle; a bank writes before it reads
// at the same edge); the harness (rtl/harness/rtl_array.cpp) models them.
//
// Operand ports deliver vectors: X has R lanes (one per array row), Y has C lanes (one per column).
// A vector is the elements (row, col + l) of A or B (along a row) or (row + l, col) (along a column),
// zero outside the matrix.
//   ws: Y loads B's fold row by row into the stationary banks; X streams A's rows (R lanes of k).
//   is: Y loads A's fold (A[m0 + c, k0 + j]); X streams B's columns (R lanes of k).
//   os: X streams A's columns (R lanes of m), Y streams B's rows (C lanes of n), both over k.
// Timing (the native model's, models/mac_array/mac_array_core.cpp): ws/is preload the first fold
// for R cycles; a fold streams p*T cycles (p = 4 nibble passes for INT8, else 1) and the next one
// starts max(p*T, R) cycles later, its stationary operand loaded into the other bank meanwhile
// (os: its outputs leave over the column's result bus meanwhile); the last result is out at most
// R + C - 2 cycles after the last operand entered (at the last column, and in os the last row, the
// fold uses). ROWS >= 2: the next fold's load starts the cycle after its predecessor's stream, which
// with one row and a one-cycle fold would overwrite a bank still in use.
module int4_array #(
  parameter int ROWS = 4,
  parameter int COLS = 4,
  parameter int DIM_W = 24  // bits of a tile dimension
) (
  input  logic                   clk,
  input  logic                   rst,
  input  logic                   start,       // one cycle: begin a tile with the cfg_* and tile_* inputs
  input  logic [1:0]             cfg_dataflow, // 0 ws, 1 os, 2 is
  input  logic                   cfg_a_signed, cfg_b_signed,
  input  logic                   cfg_int8,
  input  logic                   cfg_saturate,
  input  logic [5:0]             cfg_acc_bits,
  input  logic                   cfg_accumulate, // C += A x B (else C = A x B)
  input  logic [DIM_W-1:0]       tile_m, tile_n, tile_k,
  output logic                   busy,
  output logic                   done,        // one cycle, once the tile's last result is written and the pipeline is empty
  output logic [31:0]            cycles,      // first operand in to last result out (valid with done)
  // X operand port (R lanes)
  output logic                   x_rd, x_mat_b, x_along_col,
  output logic [DIM_W-1:0]       x_row, x_col,
  input  logic [ROWS*8-1:0]      x_data,
  // Y operand port (C lanes)
  output logic                   y_rd, y_mat_b, y_along_col,
  output logic [DIM_W-1:0]       y_row, y_col,
  input  logic [COLS*8-1:0]      y_data,
  // accumulator banks, one per column: element (row, col) of C
  output logic [COLS-1:0]        acc_rd,
  output logic [COLS*DIM_W-1:0]  acc_rd_row, acc_rd_col,
  input  logic [COLS*acc_pkg::ACC_W-1:0]  acc_rd_data,
  output logic [COLS-1:0]        acc_wr,
  output logic [COLS*DIM_W-1:0]  acc_wr_row, acc_wr_col,
  output logic [COLS*acc_pkg::ACC_W-1:0]  acc_wr_data
);
  localparam int DEPTH = ROWS + COLS + 4;  // tag pipeline: issue to the last column's bottom
  localparam int CW = 32;

  // ---------------------------------------------------------------- tile registers
  logic [1:0] df;
  logic os, a_s, b_s, int8, sat, accum;
  logic [5:0] acc_bits;
  logic [DIM_W-1:0] rows_dim, cols_dim;  // the tile mapped onto the array
  logic [CW-1:0] stream_len, period;                // p*T, max(p*T, R)

  // ---------------------------------------------------------------- sequencer (issue time)
  // Issue time runs one cycle ahead of the array: an address issued in cycle i brings its data
  // into the array in cycle i + 1.
  logic run, preloading, issuing_done;
  logic [CW-1:0] per_cnt, pre_cnt, drain_cnt;
  logic [DIM_W-1:0] t_cnt;         // streamed element
  logic [1:0] pass_cnt;
  logic [DIM_W-1:0] rf0, cf0;      // streaming fold: first row-dim and col-dim index
  logic bank;                      // bank the streaming fold uses
  logic ld_on;
  logic [15:0] ld_cnt;
  logic [DIM_W-1:0] ld_rf0, ld_cf0;
  logic ld_bank;

  // the fold after (rf, cf): row-dim folds innermost (k increases for every output in ws/is)
  function automatic logic has_next(input logic [DIM_W-1:0] r0, input logic [DIM_W-1:0] c0,
                                    input logic [DIM_W-1:0] rd, input logic [DIM_W-1:0] cd);
    has_next = (r0 + DIM_W'(ROWS) < rd) || (c0 + DIM_W'(COLS) < cd);
  endfunction

  logic fold_start;   // this cycle issues the first element of a fold
  logic streaming;    // this cycle issues a stream element
  logic next_exists;
  logic [DIM_W-1:0] nrf0, ncf0;
  always_comb begin
    next_exists = has_next(rf0, cf0, rows_dim, cols_dim);
    if (rf0 + DIM_W'(ROWS) < rows_dim) begin nrf0 = rf0 + DIM_W'(ROWS); ncf0 = cf0; end
    else begin nrf0 = '0; ncf0 = cf0 + DIM_W'(COLS); end
    streaming = run && !preloading && !issuing_done && per_cnt < stream_len;
    fold_start = streaming && per_cnt == 0;
  end

  // ---------------------------------------------------------------- tags: what each issued element is
  // A tag (packed fields; Yosys 0.23 reads no struct members inside generate blocks):
  //   elem: a stream element's last pass (ws/is: a partial sum reaches the bottom)
  //   fstart: os, first element of a fold (its init values are read)
  //   fend: os, last element's last pass (its results leave)
  //   first_rf: ws/is, the first row-dim fold of these outputs; t, rf0, cf0: element and fold
  localparam int TG_ELEM = 0, TG_FSTART = 1, TG_FEND = 2, TG_FIRST_RF = 3, TG_T = 4, TG_RF0 = 4 + DIM_W,
                 TG_CF0 = 4 + 2 * DIM_W, TAG_W = 4 + 3 * DIM_W;
  typedef logic [TAG_W-1:0] tag_t;
  tag_t tag_now;
  tag_t tag_q [1:DEPTH];

  always_comb begin
    tag_now = '0;
    if (streaming) begin
      tag_now[TG_ELEM] = !int8 || pass_cnt == 2'd3;
      tag_now[TG_FSTART] = per_cnt == 0;
      tag_now[TG_FEND] = per_cnt == stream_len - 1;
      tag_now[TG_FIRST_RF] = rf0 == 0;
      tag_now[TG_T +: DIM_W] = t_cnt;
      tag_now[TG_RF0 +: DIM_W] = rf0;
      tag_now[TG_CF0 +: DIM_W] = cf0;
    end
  end

  // operand reads
  always_comb begin
    x_rd = streaming;
    y_rd = (os && streaming) || (!os && run && ld_on);
    x_mat_b = 1'b0; x_along_col = 1'b0; x_row = '0; x_col = '0;
    y_mat_b = 1'b0; y_along_col = 1'b0; y_row = '0; y_col = '0;
    case (df)
      2'd0: begin  // ws: X = A[t, rf0 + l]; Y = B[ld_rf0 + j, ld_cf0 + l]
        x_row = t_cnt; x_col = rf0;
        y_mat_b = 1'b1; y_row = ld_rf0 + DIM_W'(ld_cnt); y_col = ld_cf0;
      end
      2'd2: begin  // is: X = B[rf0 + l, t]; Y = A[ld_cf0 + l, ld_rf0 + j]
        x_mat_b = 1'b1; x_along_col = 1'b1; x_row = rf0; x_col = t_cnt;
        y_along_col = 1'b1; y_row = ld_cf0; y_col = ld_rf0 + DIM_W'(ld_cnt);
      end
      default: begin  // os: X = A[rf0 + l, t]; Y = B[t, cf0 + l]
        x_along_col = 1'b1; x_row = rf0; x_col = t_cnt;
        y_mat_b = 1'b1; y_row = t_cnt; y_col = cf0;
      end
    endcase
  end

  logic [CW-1:0] cnt, last_write;
  logic any_write;

  always_ff @(posedge clk) begin
    done <= 1'b0;
    if (rst) begin
      run <= 1'b0;
      busy <= 1'b0;
    end else if (start && !run) begin
      df <= cfg_dataflow;
      os <= cfg_dataflow == 2'd1;
      // the PE's x operand is the streamed one (ws: A, is: B, os: A)
      a_s <= cfg_a_signed;
      b_s <= cfg_b_signed;
      int8 <= cfg_int8;
      sat <= cfg_saturate;
      acc_bits <= cfg_acc_bits;
      accum <= cfg_accumulate;
      case (cfg_dataflow)
        2'd0: begin rows_dim <= tile_k; cols_dim <= tile_n; end
        2'd2: begin rows_dim <= tile_k; cols_dim <= tile_m; end
        default: begin rows_dim <= tile_m; cols_dim <= tile_n; end
      endcase
      begin
        logic [CW-1:0] len;
        len = cfg_int8 ? CW'(tile_k) << 2 : CW'(tile_k);
        if (cfg_dataflow == 2'd0) len = cfg_int8 ? CW'(tile_m) << 2 : CW'(tile_m);
        if (cfg_dataflow == 2'd2) len = cfg_int8 ? CW'(tile_n) << 2 : CW'(tile_n);
        stream_len <= len;
        period <= len > CW'(ROWS) ? len : CW'(ROWS);
      end
      run <= 1'b1;
      busy <= 1'b1;
      preloading <= cfg_dataflow != 2'd1;
      issuing_done <= 1'b0;
      pre_cnt <= '0;
      per_cnt <= '0;
      t_cnt <= '0;
      pass_cnt <= '0;
      rf0 <= '0; cf0 <= '0; bank <= 1'b0;
      ld_on <= cfg_dataflow != 2'd1;
      ld_cnt <= '0; ld_rf0 <= '0; ld_cf0 <= '0; ld_bank <= 1'b0;
      cnt <= '0;
      last_write <= '0;
    end else if (run) begin
      cnt <= cnt + 1;
      if (any_write) last_write <= cnt;
      // stationary loads: R rows of a fold, one a cycle
      if (ld_on) begin
        ld_cnt <= ld_cnt + 1;
        if (ld_cnt == 16'(ROWS - 1)) ld_on <= 1'b0;
      end
      if (preloading) begin
        pre_cnt <= pre_cnt + 1;
        if (pre_cnt == CW'(ROWS - 1)) preloading <= 1'b0;
      end else if (!issuing_done) begin
        // the next fold's stationary operand loads into the other bank while this one streams
        if (fold_start && !os && next_exists) begin
          ld_on <= 1'b1;
          ld_cnt <= '0;
          ld_rf0 <= nrf0;
          ld_cf0 <= ncf0;
          ld_bank <= !bank;
        end
        if (streaming) begin
          if (!int8 || pass_cnt == 2'd3) begin pass_cnt <= '0; t_cnt <= t_cnt + 1; end
          else pass_cnt <= pass_cnt + 1;
        end
        if (per_cnt == period - 1) begin
          per_cnt <= '0;
          t_cnt <= '0;
          pass_cnt <= '0;
          if (next_exists) begin rf0 <= nrf0; cf0 <= ncf0; bank <= !bank; end
          else begin issuing_done <= 1'b1; drain_cnt <= '0; end
        end else per_cnt <= per_cnt + 1;
      end else begin
        drain_cnt <= drain_cnt + 1;
        if (drain_cnt == CW'(DEPTH + ROWS + 2)) begin
          run <= 1'b0;
          busy <= 1'b0;
          done <= 1'b1;
        end
      end
    end
  end
  // issue cycle 0 is one cycle before the first operand enters: the time counted ends at the
  // cycle of the last write, counted from the first operand's cycle
  assign cycles = last_write;

  // ---------------------------------------------------------------- tag pipeline
  // reset: a stale tag would write the accumulator banks during the first tile
  always_ff @(posedge clk) tag_q[1] <= (run && !rst) ? tag_now : '0;
  genvar gs;
  generate
    for (gs = 2; gs <= DEPTH; gs++) begin : tag_stage
      always_ff @(posedge clk) tag_q[gs] <= rst ? '0 : tag_q[gs-1];
    end
  endgenerate

  // ---------------------------------------------------------------- operand skew
  // Data of issue cycle i enters row r (X) or column c (Y) in cycle i + 1 + r (or + c). The control
  // beside it (valid, pass, bank, first, last; the load's row and bank) is delayed alike.
  // x control: valid, INT8 pass, bank, first element of the fold
  localparam int XC_VALID = 0, XC_PASS = 1, XC_BANK = 3, XC_FIRST = 4, XCTL_W = 5;
  // y control: a load word (ws/is), its row and bank
  localparam int YC_VALID = 0, YC_ROW = 1, YC_BANK = 17, YCTL_W = 18;
  typedef logic [XCTL_W-1:0] xctl_t;
  typedef logic [YCTL_W-1:0] yctl_t;
  xctl_t xctl_issue, xctl_q;
  yctl_t yctl_issue, yctl_q;
  always_comb begin
    xctl_issue[XC_VALID] = streaming;
    xctl_issue[XC_PASS +: 2] = int8 ? pass_cnt : 2'd0;
    xctl_issue[XC_BANK] = bank;
    xctl_issue[XC_FIRST] = t_cnt == 0;
    yctl_issue[YC_VALID] = !os && run && ld_on;
    yctl_issue[YC_ROW +: 16] = ld_cnt;
    yctl_issue[YC_BANK] = ld_bank;
  end
  always_ff @(posedge clk) begin
    xctl_q <= rst ? '0 : xctl_issue;
    yctl_q <= rst ? '0 : yctl_issue;
  end

  logic [7:0] x_lane [ROWS];   // entering row r this cycle
  xctl_t x_ctl [ROWS];
  logic [7:0] y_lane [COLS];   // entering column c this cycle
  yctl_t y_ctl [COLS];
  genvar gr, gc;
  generate
    for (gr = 0; gr < ROWS; gr++) begin : xskew
      // Through a plain vector: Yosys 0.23 gives an output port that is a concatenation of
      // unpacked-array elements a second, conflicting driver and then prunes the array.
      logic [8+XCTL_W-1:0] skewed;
      delay_line #(.WIDTH(8 + XCTL_W), .DEPTH(gr)) line (.clk, .in({x_data[gr*8 +: 8], xctl_q}), .out(skewed));
      assign x_lane[gr] = skewed[XCTL_W +: 8];
      assign x_ctl[gr] = skewed[XCTL_W-1:0];
    end
    for (gc = 0; gc < COLS; gc++) begin : yskew
      logic [8+YCTL_W-1:0] skewed;
      delay_line #(.WIDTH(8 + YCTL_W), .DEPTH(gc)) line (.clk, .in({y_data[gc*8 +: 8], yctl_q}), .out(skewed));
      assign y_lane[gc] = skewed[YCTL_W +: 8];
      assign y_ctl[gc] = skewed[YCTL_W-1:0];
    end
  endgenerate

  // ---------------------------------------------------------------- the PE grid
  logic             xv [ROWS][COLS+1];
  logic [7:0]       xd [ROWS][COLS+1];
  logic [1:0]       xp [ROWS][COLS+1];
  logic             xb [ROWS][COLS+1], xf [ROWS][COLS+1];
  logic [7:0]       yd [ROWS+1][COLS];
  logic [acc_pkg::ACC_W-1:0] psum_comb [ROWS][COLS];
  logic [acc_pkg::ACC_W-1:0] psum_q [ROWS][COLS];
  logic [acc_pkg::ACC_W-1:0] result [ROWS][COLS];
  logic [acc_pkg::ACC_W-1:0] init_bus [COLS];
  // ws: x = A (streamed), y = B; is: x = B, y = A; os: x = A, y = B
  logic x_signed, y_signed;
  assign x_signed = df == 2'd2 ? b_s : a_s;
  assign y_signed = df == 2'd2 ? a_s : b_s;

  logic        ld_valid [COLS], ld_bank_c [COLS];
  logic [15:0] ld_row [COLS];
  generate
    for (gc = 0; gc < COLS; gc++) begin : load_bus
      yctl_t ctl;
      assign ctl = y_ctl[gc];
      assign ld_valid[gc] = ctl[YC_VALID];
      assign ld_row[gc] = ctl[YC_ROW +: 16];
      assign ld_bank_c[gc] = ctl[YC_BANK];
    end
    for (gr = 0; gr < ROWS; gr++) begin : row
      xctl_t ctl;
      assign ctl = x_ctl[gr];
      assign xv[gr][0] = ctl[XC_VALID];
      assign xd[gr][0] = x_lane[gr];
      assign xp[gr][0] = ctl[XC_PASS +: 2];
      assign xb[gr][0] = ctl[XC_BANK];
      assign xf[gr][0] = ctl[XC_FIRST];
      for (gc = 0; gc < COLS; gc++) begin : col
        if (gr == 0) begin : top
          assign yd[0][gc] = y_lane[gc];
        end
        int4_pe #(.ROW(gr)) pe (
          .clk, .cfg_os(os), .cfg_x_signed(x_signed), .cfg_y_signed(y_signed), .cfg_int8(int8),
          .cfg_saturate(sat), .cfg_acc_bits(acc_bits),
          .x_valid_in(xv[gr][gc]), .x_in(xd[gr][gc]), .pass_in(xp[gr][gc]), .bank_in(xb[gr][gc]),
          .first_in(xf[gr][gc]),
          .x_valid_out(xv[gr][gc+1]), .x_out(xd[gr][gc+1]), .pass_out(xp[gr][gc+1]), .bank_out(xb[gr][gc+1]),
          .first_out(xf[gr][gc+1]),
          .y_in(yd[gr][gc]), .y_out(yd[gr+1][gc]),
          .ld_valid(ld_valid[gc]), .ld_row(ld_row[gc]), .ld_bank(ld_bank_c[gc]), .ld_value(y_lane[gc]),
          .psum_in(gr == 0 ? '0 : psum_q[gr == 0 ? 0 : gr-1][gc]), .psum_out(psum_comb[gr][gc]),
          .init_in(init_bus[gc]), .result_out(result[gr][gc]));
        always_ff @(posedge clk) psum_q[gr][gc] <= psum_comb[gr][gc];
      end
    end
  endgenerate

  // ---------------------------------------------------------------- columns: the accumulator side
  // ws/is: the partial sum of the element issued s cycles ago leaves column c's bottom when
  // s = R + c; its accumulator is read one cycle before. os: row r of column c writes its result
  // when the fold's last element was issued 1 + r + c cycles ago and reads its init value p - 1 +
  // r + c cycles after the fold's first; a counter per column walks the rows.
  logic [COLS-1:0] col_write;
  assign any_write = |col_write;
  generate
    for (gc = 0; gc < COLS; gc++) begin : column
      /* verilator lint_off UNUSEDSIGNAL */  // each user reads only its fields of a tag
      tag_t rd_tag, wr_tag, init_tag, end_tag;
      /* verilator lint_on UNUSEDSIGNAL */
      logic [15:0] init_row, res_row;
      logic init_on, res_on;
      logic [DIM_W-1:0] init_m0, init_n0, res_m0, res_n0;
      logic [DIM_W-1:0] rd_r, rd_c, wr_r, wr_c;
      logic rd_en, wr_en;
      logic [acc_pkg::ACC_W-1:0] wr_value;
      logic [acc_pkg::ACC_W-1:0] rd_value;
      logic signed [33:0] psum_bottom;
      logic [15:0] init_now, res_now;
      logic init_go, res_go;
      if (ROWS - 1 + gc == 0) begin : rd_now
        assign rd_tag = tag_now;
      end else begin : rd_piped
        assign rd_tag = tag_q[ROWS - 1 + gc];
      end
      assign wr_tag = tag_q[ROWS + gc];
      assign init_tag = int8 ? tag_q[3 + gc] : (gc == 0 ? tag_now : tag_q[gc == 0 ? 1 : gc]);
      assign end_tag = tag_q[1 + gc];
      assign rd_value = acc_rd_data[gc*acc_pkg::ACC_W +: acc_pkg::ACC_W];
      assign psum_bottom = $signed({{2{psum_comb[ROWS-1][gc][acc_pkg::ACC_W-1]}}, psum_comb[ROWS-1][gc]});


      always_comb begin
        init_go = os && init_tag[TG_FSTART];
        res_go = os && end_tag[TG_FEND];
        init_now = init_go ? 16'd0 : init_row;
        res_now = res_go ? 16'd0 : res_row;
        rd_en = 1'b0; wr_en = 1'b0;
        rd_r = '0; rd_c = '0; wr_r = '0; wr_c = '0; wr_value = '0;
        if (!os) begin
          // ws: output (t, cf0 + c); is: (cf0 + c, t)
          if (rd_tag[TG_ELEM] && !(rd_tag[TG_FIRST_RF] && !accum) && rd_tag[TG_CF0 +: DIM_W] + DIM_W'(gc) < cols_dim) begin
            rd_en = 1'b1;
            rd_r = df == 2'd0 ? rd_tag[TG_T +: DIM_W] : rd_tag[TG_CF0 +: DIM_W] + DIM_W'(gc);
            rd_c = df == 2'd0 ? rd_tag[TG_CF0 +: DIM_W] + DIM_W'(gc) : rd_tag[TG_T +: DIM_W];
          end
          if (wr_tag[TG_ELEM] && wr_tag[TG_CF0 +: DIM_W] + DIM_W'(gc) < cols_dim) begin
            wr_en = 1'b1;
            wr_r = df == 2'd0 ? wr_tag[TG_T +: DIM_W] : wr_tag[TG_CF0 +: DIM_W] + DIM_W'(gc);
            wr_c = df == 2'd0 ? wr_tag[TG_CF0 +: DIM_W] + DIM_W'(gc) : wr_tag[TG_T +: DIM_W];
            wr_value = (wr_tag[TG_FIRST_RF] && !accum) ? psum_comb[ROWS-1][gc] : acc_pkg::acc_add(rd_value, psum_bottom, sat, acc_bits);
          end
        end else begin
          // os: output (rf0 + r, cf0 + c)
          if ((init_go || init_on) && accum) begin
            rd_r = (init_go ? init_tag[TG_RF0 +: DIM_W] : init_m0) + DIM_W'(init_now);
            rd_c = (init_go ? init_tag[TG_CF0 +: DIM_W] : init_n0) + DIM_W'(gc);
            rd_en = rd_r < rows_dim && rd_c < cols_dim;
          end
          if (res_go || res_on) begin
            wr_r = (res_go ? end_tag[TG_RF0 +: DIM_W] : res_m0) + DIM_W'(res_now);
            wr_c = (res_go ? end_tag[TG_CF0 +: DIM_W] : res_n0) + DIM_W'(gc);
            wr_en = wr_r < rows_dim && wr_c < cols_dim;
            wr_value = result[res_now < 16'(ROWS) ? res_now : 0][gc];
          end
        end
      end

      always_ff @(posedge clk) begin
        if (!run) begin
          init_on <= 1'b0;
          res_on <= 1'b0;
        end else begin
          if (init_go) begin
            init_m0 <= init_tag[TG_RF0 +: DIM_W]; init_n0 <= init_tag[TG_CF0 +: DIM_W];
            init_row <= 16'd1; init_on <= ROWS > 1;
          end else if (init_on) begin
            init_row <= init_row + 1;
            if (init_row == 16'(ROWS - 1)) init_on <= 1'b0;
          end
          if (res_go) begin
            res_m0 <= end_tag[TG_RF0 +: DIM_W]; res_n0 <= end_tag[TG_CF0 +: DIM_W];
            res_row <= 16'd1; res_on <= ROWS > 1;
          end else if (res_on) begin
            res_row <= res_row + 1;
            if (res_row == 16'(ROWS - 1)) res_on <= 1'b0;
          end
        end
      end
      // the init value read last cycle reaches every PE of the column; the one starting uses it
      assign init_bus[gc] = accum ? rd_value : '0;
      assign acc_rd[gc] = rd_en;
      assign acc_rd_row[gc*DIM_W +: DIM_W] = rd_r;
      assign acc_rd_col[gc*DIM_W +: DIM_W] = rd_c;
      assign acc_wr[gc] = wr_en;
      assign acc_wr_row[gc*DIM_W +: DIM_W] = wr_r;
      assign acc_wr_col[gc*DIM_W +: DIM_W] = wr_c;
      assign acc_wr_data[gc*acc_pkg::ACC_W +: acc_pkg::ACC_W] = wr_value;
      assign col_write[gc] = wr_en;
    end
  endgenerate
endmodule
