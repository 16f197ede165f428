#include "models/accelerator/gemm_system.h"

#include <systemc>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "models/buffers/buffer_core.h"
#include "models/dma/dma_engine.h"
#include "models/gqu/gqu.h"
#include "models/mac_array/mac_array.h"

namespace int4sim::hw {
namespace {

using sc_core::sc_time;

int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

struct Tile {
  int64_t m0, n0, k0, mt, nt, kt;
  bool first_k, last_k;
  int64_t block;      // index of the C block (m, n)
  bool quantize_a;    // A comes from the FP32 gradient through the GQU (its first use)
  bool store_codes;   // ... and its codes go back to DRAM for later column blocks
};

// The controller: walks the tiles in order n, m, k; double-buffers operand tiles (slot = tile % 2)
// and C blocks (slot = block % 2); overlaps the GQU's quantization of the next tile with the
// array's work on this one; attributes every cycle the array waits to a cause.
class GemmController : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(GemmController);
  GemmController(const sc_core::sc_module_name& name, GemmRun& run, GemmReport& report, DmaEngine& dma,
                 MacArray& array, Gqu& gqu, BufferCore& act, BufferCore& wgt, BufferCore& grad, BufferCore& acc,
                 const sc_time& period, bool double_buffer)
      : sc_module(name), nslots_(double_buffer ? 2 : 1), run_(run), report_(report), dma_(dma), array_(array), gqu_(gqu), act_(act), wgt_(wgt),
        grad_(grad), acc_(acc), period_(period) {
    SC_THREAD(main);
  }

  std::vector<Tile> tiles;
  sc_time end_time;
  sc_core::sc_signal<int> waiting_signal;  // 1 while the next array tile waits for its operands
  bool finished = false;  // false after sc_start() means the schedule deadlocked

 private:
  struct OperandSlot {
    std::vector<int8_t> a, b;
    std::vector<float> g;         // FP32 gradient tile (a_is_gradient)
    std::vector<int16_t> g_codes;
    DmaRequest load_a, load_b;
    GquRequest quant;
  };
  struct AccSlot {
    std::vector<int32_t> c;
    DmaRequest store;
    bool store_issued = false;
  };

  uint64_t cycles(const sc_time& t) const { return static_cast<uint64_t>(t / period_ + 0.5); }
  sc_time now() const { return sc_core::sc_time_stamp(); }

  void prepare_request(DmaRequest& r, const std::string& name, bool write, uint64_t bytes) {
    r.name = name;
    r.write = write;
    r.bytes = bytes;
    r.has_started = false;
    r.move = nullptr;
  }

  void copy_tile_g(std::vector<float>& dst, const Tile& t) {
    dst.resize(static_cast<size_t>(t.mt * t.kt));
    for (int64_t r = 0; r < t.mt; ++r) std::copy_n(&run_.g[(t.m0 + r) * run_.k + t.k0], t.kt, &dst[r * t.kt]);
  }

  void issue_loads(size_t i) {
    if (i >= tiles.size()) return;
    const Tile& t = tiles[i];
    OperandSlot& s = slots_[i % nslots_];
    const bool values = run_.compute_values;
    if (t.quantize_a) {
      prepare_request(s.load_a, "load G[" + std::to_string(i) + "] fp32", false, static_cast<uint64_t>(t.mt * t.kt) * 4);
      if (values) s.load_a.move = [this, &s, t] { copy_tile_g(s.g, t); };
      grad_.write(s.load_a.bytes);
    } else {
      prepare_request(s.load_a, "load A[" + std::to_string(i) + "]", false, int4_bytes(t.mt * t.kt));
      if (values && !run_.a_is_gradient)
        s.load_a.move = [this, &s, t] {
          s.a.resize(static_cast<size_t>(t.mt * t.kt));
          for (int64_t r = 0; r < t.mt; ++r) std::copy_n(&run_.a[(t.m0 + r) * run_.k + t.k0], t.kt, &s.a[r * t.kt]);
        };
      if (values && run_.a_is_gradient)  // codes the GQU stored on the first column block
        s.load_a.move = [this, &s, t] {
          s.a.resize(static_cast<size_t>(t.mt * t.kt));
          for (int64_t r = 0; r < t.mt; ++r)
            for (int64_t c = 0; c < t.kt; ++c)
              s.a[r * t.kt + c] = static_cast<int8_t>(report_.g_codes[(t.m0 + r) * run_.k + t.k0 + c]);
        };
      (run_.a_is_gradient ? grad_ : act_).write(s.load_a.bytes);
    }
    prepare_request(s.load_b, "load B[" + std::to_string(i) + "]", false, int4_bytes(t.kt * t.nt));
    if (values)
      s.load_b.move = [this, &s, t] {
        s.b.resize(static_cast<size_t>(t.kt * t.nt));
        for (int64_t r = 0; r < t.kt; ++r) std::copy_n(&run_.b[(t.k0 + r) * run_.n + t.n0], t.nt, &s.b[r * t.nt]);
      };
    wgt_.write(s.load_b.bytes);
    dma_.submit(&s.load_a);
    dma_.submit(&s.load_b);
  }

  // Waits for a transfer; measures the part of the wait before it began (the channel busy with
  // other transfers: DRAM bandwidth).
  void wait_transfer(DmaRequest& r) {
    const sc_time t0 = now();
    if (!r.ready(t0)) wait(r.done);
    const sc_time bw_end = std::min(std::max(r.started, t0), now());
    pending_[Stall::dram_bandwidth] += cycles(bw_end - t0);
  }

  // GQU pass 2 over tile i (its FP32 tile must have arrived).
  void start_quantize(size_t i) {
    if (i >= tiles.size() || !tiles[i].quantize_a) return;
    const Tile& t = tiles[i];
    OperandSlot& s = slots_[i % nslots_];
    if (!s.load_a.ready(now())) wait(s.load_a.done);
    s.quant.kind = GquRequest::quantize_pass;
    s.quant.name = "quantize G[" + std::to_string(i) + "]";
    s.quant.finished = false;
    s.quant.count = static_cast<uint64_t>(t.mt * t.kt);
    s.quant.first = static_cast<uint64_t>(t.m0 * run_.k + t.k0);
    s.quant.row_len = static_cast<uint64_t>(t.kt);
    s.quant.stride = static_cast<uint64_t>(run_.k);
    s.quant.values = run_.compute_values;
    grad_.read(s.quant.count * 4);
    grad_.write(int4_bytes(t.mt * t.kt));
    if (run_.compute_values) {
      s.g_codes.resize(s.quant.count);
      s.quant.g = s.g.data();
      s.quant.codes = s.g_codes.data();
    }
    gqu_.requests.write(&s.quant);
  }

  void issue_store(const Tile& t) {
    AccSlot& s = acc_slots_[t.block % nslots_];
    prepare_request(s.store, "store C[" + std::to_string(t.block) + "]", true, static_cast<uint64_t>(t.mt * t.nt) * 4);
    if (run_.compute_values)
      s.store.move = [this, &s, t] {
        for (int64_t r = 0; r < t.mt; ++r) std::copy_n(&s.c[r * t.nt], t.nt, &report_.c[(t.m0 + r) * run_.n + t.n0]);
      };
    acc_.read(s.store.bytes);
    s.store_issued = true;
    dma_.submit(&s.store);
  }

  // Buffer traffic of one tile and the cycles its streams lose to port limits.
  uint64_t account_tile(const Tile& t, const TileTiming& timing) {
    const ArrayConfig& ac = array_.core().config();
    const int64_t R = ac.rows, C = ac.cols;
    BufferCore& a_buf = run_.a_is_gradient ? grad_ : act_;
    const uint64_t a_bytes = int4_bytes(t.mt * t.kt), b_bytes = int4_bytes(t.kt * t.nt);
    const uint64_t c_bytes = static_cast<uint64_t>(t.mt * t.nt) * 4;
    uint64_t factor_num = 1, factor_den = 1;  // stream slow-down = the worst buffer's demand / supply
    auto demand = [&](const BufferCore& b, uint64_t per_cycle) {
      const uint64_t supply = b.config().bytes_per_cycle();
      if (per_cycle * factor_den > supply * factor_num) {
        factor_num = per_cycle;
        factor_den = supply;
      }
    };
    const uint64_t k_folds = static_cast<uint64_t>(ceil_div(t.kt, R));
    switch (ac.dataflow) {
      case Dataflow::ws:
        a_buf.read(a_bytes * static_cast<uint64_t>(ceil_div(t.nt, C)));
        wgt_.read(b_bytes);
        acc_.write(c_bytes * k_folds);
        acc_.read(c_bytes * (k_folds - 1 + (t.first_k ? 0 : 1)));
        demand(a_buf, static_cast<uint64_t>((R + 1) / 2));
        demand(acc_, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::is:
        a_buf.read(a_bytes);
        wgt_.read(b_bytes * static_cast<uint64_t>(ceil_div(t.mt, C)));
        acc_.write(c_bytes * k_folds);
        acc_.read(c_bytes * (k_folds - 1 + (t.first_k ? 0 : 1)));
        demand(wgt_, static_cast<uint64_t>((R + 1) / 2));
        demand(acc_, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::os:
        a_buf.read(a_bytes * static_cast<uint64_t>(ceil_div(t.nt, C)));
        wgt_.read(b_bytes * static_cast<uint64_t>(ceil_div(t.mt, R)));
        acc_.write(c_bytes);
        if (!t.first_k) acc_.read(c_bytes);
        demand(a_buf, static_cast<uint64_t>((R + 1) / 2));
        demand(wgt_, static_cast<uint64_t>((C + 1) / 2));
        break;
    }
    const uint64_t slowed = (timing.stream * factor_num + factor_den - 1) / factor_den;
    return slowed - timing.stream;
  }

  // Closes the array's gap since its last tile: measured causes first, the rest was waiting for
  // operands.
  void account_array_gap() {
    const uint64_t gap = cycles(now() - array_free_);
    uint64_t used = 0;
    for (auto& [cause, c] : pending_) {
      const uint64_t take = std::min(c, gap - used);
      array_.stats[cause] += take;
      used += take;
    }
    array_.stats[Stall::operand_not_ready] += gap - used;
    pending_.clear();
  }

  // Pass 1 (exact g_max): stream every FP32 tile of the gradient through the GQU once.
  void max_pass() {
    std::vector<std::pair<int64_t, int64_t>> a_tiles;  // (m0, k0) of each A tile, once
    for (const Tile& t : tiles)
      if (t.quantize_a) a_tiles.push_back({t.m0, t.k0});
    DmaRequest loads[2];
    GquRequest reqs[2];
    std::vector<float> bufs[2];
    auto issue = [&](size_t j) {
      if (j >= a_tiles.size()) return;
      const Tile& t = *std::find_if(tiles.begin(), tiles.end(),
                                    [&](const Tile& x) { return x.quantize_a && x.m0 == a_tiles[j].first && x.k0 == a_tiles[j].second; });
      prepare_request(loads[j % nslots_], "load G fp32 (max pass)", false, static_cast<uint64_t>(t.mt * t.kt) * 4);
      if (run_.compute_values) loads[j % nslots_].move = [this, &bufs, j, t] { copy_tile_g(bufs[j % nslots_], t); };
      grad_.write(loads[j % nslots_].bytes);
      dma_.submit(&loads[j % nslots_]);
      reqs[j % nslots_].count = static_cast<uint64_t>(t.mt * t.kt);
    };
    for (size_t j = 0; j < nslots_; ++j) issue(j);
    for (size_t j = 0; j < a_tiles.size(); ++j) {
      DmaRequest& l = loads[j % nslots_];
      if (!l.ready(now())) wait(l.done);
      GquRequest& q = reqs[j % nslots_];
      q.kind = GquRequest::max_pass;
      q.name = "max pass G[" + std::to_string(j) + "]";
      q.g = bufs[j % nslots_].data();
      q.finished = false;
      q.values = run_.compute_values;
      grad_.read(q.count * 4);
      gqu_.requests.write(&q);
      if (!q.finished) wait(q.done);
      issue(j + nslots_);
    }
  }

  // A whole-tensor GQU operation (DSGC search, gamma update with the LBT initial search); the GQU
  // re-streams a tensor that does not fit the gradient buffer (Gqu::attach_restream).
  void whole_tensor(GquRequest::Kind kind, const char* name) {
    GquRequest& q = tensor_req_;
    q.kind = kind;
    q.name = name;
    q.g = run_.g.data();
    q.count = static_cast<uint64_t>(run_.m * run_.k);
    q.finished = false;
    q.values = run_.compute_values;
    gqu_.requests.write(&q);
    if (!q.finished) wait(q.done);
  }

  void main() {
    array_free_ = now();
    const bool gradient = run_.a_is_gradient;
    if (gradient) {
      gqu_.core().begin_tensor(run_.layer, static_cast<uint64_t>(run_.m * run_.k));
      if (gqu_.core().needs_max_pass()) max_pass();
      if (gqu_.core().config().policy == GqPolicy::dsgc) whole_tensor(GquRequest::dsgc_search, "DSGC search");
      pending_[Stall::quantizer_pass] += cycles(now() - array_free_);
    }
    for (size_t i = 0; i < nslots_; ++i) issue_loads(i);
    start_quantize(0);
    for (size_t i = 0; i < tiles.size(); ++i) {
      const Tile& t = tiles[i];
      OperandSlot& s = slots_[i % nslots_];
      waiting_signal.write(1);
      if (t.quantize_a) {
        const sc_time t0 = now();
        if (!s.quant.finished) wait(s.quant.done);
        pending_[Stall::quantizer_pass] += cycles(now() - t0);
        if (run_.compute_values) scatter_codes(i);
      } else {
        wait_transfer(s.load_a);
      }
      wait_transfer(s.load_b);
      AccSlot& acc_slot = acc_slots_[t.block % nslots_];
      if (t.first_k) {
        if (acc_slot.store_issued && !acc_slot.store.ready(now())) {
          const sc_time t0 = now();
          wait(acc_slot.store.done);
          pending_[Stall::dependency] += cycles(now() - t0);
        }
        acc_slot.store_issued = false;
        if (run_.compute_values) acc_slot.c.assign(static_cast<size_t>(t.mt * t.nt), 0);
      }
      ArrayRequest req;
      req.name = "gemm tile " + std::to_string(i);
      req.compute_values = run_.compute_values;
      req.op.m = t.mt;
      req.op.n = t.nt;
      req.op.k = t.kt;
      req.op.accumulate = !t.first_k;
      if (run_.compute_values) {
        req.op.a = s.a.data();
        req.op.lda = t.kt;
        req.op.b = s.b.data();
        req.op.ldb = t.nt;
        req.op.c = acc_slot.c.data();
        req.op.ldc = t.nt;
      }
      req.bank_conflict_cycles = account_tile(t, array_.core().timing(t.mt, t.nt, t.kt));
      account_array_gap();
      waiting_signal.write(0);
      array_.requests.write(&req);
      if (nslots_ == 2) start_quantize(i + 1);  // the GQU works on the next tile while the array works on this one
      if (!req.finished) wait(req.done);
      array_free_ = req.finished_at;
      report_.macs += static_cast<uint64_t>(t.mt * t.nt * t.kt);
      if (t.store_codes) {
        DmaRequest& st = code_stores_[i % nslots_];
        if (st.has_started && !st.ready(now())) wait(st.done);
        prepare_request(st, "store G codes[" + std::to_string(i) + "]", true, int4_bytes(t.mt * t.kt));
        grad_.read(st.bytes);
        dma_.submit(&st);
      }
      issue_loads(i + nslots_);
      if (nslots_ == 1) start_quantize(i + 1);
      if (t.last_k) issue_store(t);
    }
    if (gradient) whole_tensor(GquRequest::end_tensor, "gamma update");
    for (auto& s : acc_slots_)
      if (s.store_issued && !s.store.ready(now())) wait(s.store.done);
    for (auto& s : code_stores_)
      if (s.has_started && !s.ready(now())) wait(s.done);
    end_time = now();
    array_.stats[Stall::idle] += cycles(end_time - array_free_);
    if (gradient) report_.gq = tensor_req_.result;
    finished = true;
    // No sc_stop(): with every unit blocked on an empty queue the simulation ends by itself.
  }

  // The GQU's codes of tile i: into the operand slot (as the array reads them) and, for
  // verification, into the report's whole-tensor code array.
  void scatter_codes(size_t i) {
    const Tile& t = tiles[i];
    OperandSlot& s = slots_[i % nslots_];
    s.a.resize(static_cast<size_t>(t.mt * t.kt));
    for (int64_t r = 0; r < t.mt; ++r)
      for (int64_t c = 0; c < t.kt; ++c) {
        const int16_t code = s.g_codes[r * t.kt + c];
        s.a[r * t.kt + c] = static_cast<int8_t>(code);
        report_.g_codes[(t.m0 + r) * run_.k + t.k0 + c] = code;
      }
  }

  const size_t nslots_;  // tiles in flight per buffer (double buffering: 2)
  GemmRun& run_;
  GemmReport& report_;
  DmaEngine& dma_;
  MacArray& array_;
  Gqu& gqu_;
  BufferCore &act_, &wgt_, &grad_, &acc_;
  sc_time period_;
  OperandSlot slots_[2];
  AccSlot acc_slots_[2];
  DmaRequest code_stores_[2];
  GquRequest tensor_req_;
  sc_time array_free_;
  std::map<Stall, uint64_t> pending_;  // measured waits of the array since its last tile
};

}  // namespace

GemmReport simulate_gemm(const Config& cfg, GemmRun run) {
  GemmReport report;
  ArrayConfig ac;
  ac.rows = cfg.array_rows;
  ac.cols = cfg.array_cols;
  ac.dataflow = dataflow_from(cfg.array_dataflow);
  ac.acc_bits = static_cast<int>(cfg.array_acc_bits);
  ac.saturate = cfg.array_overflow == "saturate";
  DramConfig dc;
  dc.bytes_per_cycle = cfg.dram_bytes_per_cycle;
  dc.latency = static_cast<uint64_t>(cfg.dram_latency);
  dc.burst_bytes = static_cast<uint64_t>(cfg.dram_burst_bytes);
  const uint64_t banks = static_cast<uint64_t>(cfg.buf_banks), port = static_cast<uint64_t>(cfg.buf_port_bytes);
  BufferCore act({"act", static_cast<uint64_t>(cfg.buf_act_kib) * 1024, banks, port});
  BufferCore wgt({"wgt", static_cast<uint64_t>(cfg.buf_wgt_kib) * 1024, banks, port});
  BufferCore grad({"grad", static_cast<uint64_t>(cfg.buf_grad_kib) * 1024, banks, port});
  BufferCore acc({"acc", static_cast<uint64_t>(cfg.buf_acc_kib) * 1024, banks, static_cast<uint64_t>(cfg.buf_acc_port_bytes)});
  GquConfig gc = gqu_config(cfg);

  // The A tile of a gradient GEMM is staged in FP32 (4 bytes an element) in the gradient buffer.
  const uint64_t share = cfg.buf_double_buffer ? 2 : 1;  // tiles in flight per buffer
  const uint64_t a_room = (run.a_is_gradient ? grad : act).config().capacity_bytes / share / (run.a_is_gradient ? 8 : 1);
  report.tiling = choose_tiling(run.m, run.n, run.k, ac,
                                {a_room, wgt.config().capacity_bytes / share, acc.config().capacity_bytes / share});
  if (run.compute_values) report.c.assign(static_cast<size_t>(run.m * run.n), 0);
  if (run.compute_values && run.a_is_gradient) report.g_codes.assign(static_cast<size_t>(run.m * run.k), 0);

  // Simulated time counts cycles (1 ns = 1 cycle) so that every time stays an exact integer;
  // run.freq_mhz converts cycles to seconds in reports.
  const sc_time period(1, sc_core::SC_NS);
  report.unit_names = {"dma", "mac_array", "gqu"};
  std::vector<Slice>* timeline = run.record_timeline ? &report.timeline : nullptr;
  DmaEngine dma("dma", dc, period, timeline, 0);
  MacArray array("mac_array", ac, period, timeline, 1);
  Gqu gqu("gqu", gc, static_cast<uint64_t>(cfg.gq_pipeline), period, timeline, 2);
  gqu.attach_restream(&dma, grad.config().capacity_bytes);
  GemmController ctrl("controller", run, report, dma, array, gqu, act, wgt, grad, acc, period, cfg.buf_double_buffer);

  const Tiling& tl = report.tiling;
  int64_t block = 0;
  const bool several_column_blocks = run.n > tl.nt;
  for (int64_t n0 = 0; n0 < run.n; n0 += tl.nt)
    for (int64_t m0 = 0; m0 < run.m; m0 += tl.mt, ++block)
      for (int64_t k0 = 0; k0 < run.k; k0 += tl.kt) {
        const bool first_use = run.a_is_gradient && n0 == 0;
        ctrl.tiles.push_back({m0, n0, k0, std::min(tl.mt, run.m - m0), std::min(tl.nt, run.n - n0),
                              std::min(tl.kt, run.k - k0), k0 == 0, k0 + tl.kt >= run.k, block, first_use,
                              first_use && several_column_blocks});
      }
  report.tiles = ctrl.tiles.size();

  sc_core::sc_trace_file* vcd = nullptr;
  if (!run.vcd_path.empty()) {
    vcd = sc_core::sc_create_vcd_trace_file(run.vcd_path.c_str());
    vcd->set_time_unit(1, sc_core::SC_NS);  // one VCD time unit = one cycle
    sc_core::sc_trace(vcd, array.state_signal, "mac_array.busy");
    sc_core::sc_trace(vcd, ctrl.waiting_signal, "controller.array_waiting");
    sc_core::sc_trace(vcd, array.tiles_signal, "mac_array.tiles_done");
    sc_core::sc_trace(vcd, dma.busy_signal, "dma.busy");
    sc_core::sc_trace(vcd, dma.transfers_signal, "dma.transfers_done");
    sc_core::sc_trace(vcd, gqu.state_signal, "gqu.state");
    sc_core::sc_trace(vcd, gqu.gamma_signal, "gqu.gamma_lsb");
  }
  sc_core::sc_start();
  if (vcd) sc_core::sc_close_vcd_trace_file(vcd);
  if (!ctrl.finished) throw std::logic_error("the GEMM schedule deadlocked at cycle " + std::to_string(sc_core::sc_time_stamp() / period));

  report.cycles = static_cast<uint64_t>(ctrl.end_time / period + 0.5);
  report.utilization = static_cast<double>(report.macs) /
                       (static_cast<double>(report.cycles) * static_cast<double>(ac.rows * ac.cols));
  dma.stats[Stall::idle] = report.cycles - dma.stats.busy;
  gqu.stats[Stall::idle] = report.cycles - gqu.stats.busy;
  report.units = {dma.stats, array.stats, gqu.stats};
  for (const BufferCore* b : {&act, &wgt, &grad, &acc})
    report.buffers.push_back({b->config().name, b->config().capacity_bytes, b->bytes_read(), b->bytes_written()});
  report.dram_read = dma.dram().bytes_read();
  report.dram_written = dma.dram().bytes_written();
  return report;
}

GquConfig gqu_config(const Config& cfg) {
  GquConfig g;
  g.bits = static_cast<int>(cfg.gq_bits);
  g.policy = gq_policy_from(cfg.gq_policy);
  g.stochastic = cfg.gq_rounding == "stochastic";
  g.predicted_max = cfg.gq_mode == "predicted";
  g.fixed_gamma = cfg.gq_gamma;
  g.rand_bits = static_cast<int>(cfg.gq_rand_bits);
  g.alpha_ppm = std::llround(cfg.gq_alpha * 1e6);
  g.gamma_frac_bits = static_cast<int>(cfg.gq_gamma_frac_bits);
  g.gamma_step_lsb = cfg.gq_gamma_step_lsb;
  g.dsgc_grid = static_cast<int>(cfg.gq_dsgc_grid);
  g.dsgc_period = static_cast<int>(cfg.gq_dsgc_period);
  g.pwf_shift = static_cast<int>(cfg.gq_pwf_shift);
  g.seed = static_cast<uint64_t>(cfg.run_seed);
  g.lanes = static_cast<int>(cfg.gq_lanes);
  return g;
}

}  // namespace int4sim::hw
