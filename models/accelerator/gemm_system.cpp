#include "models/accelerator/gemm_system.h"

#include <systemc>

#include <algorithm>
#include <memory>

#include "models/buffers/buffer_core.h"
#include "models/dma/dma_engine.h"
#include "models/mac_array/mac_array.h"

namespace int4sim::hw {
namespace {

using sc_core::sc_time;

int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

struct Tile {
  int64_t m0, n0, k0, mt, nt, kt;
  bool first_k, last_k;
  int64_t block;  // index of the C block (m, n)
};

// The controller: walks the tiles in order n, m, k; double-buffers operand tiles (slot = tile % 2)
// and C blocks (slot = block % 2); attributes every cycle the array waits to a cause.
class GemmController : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(GemmController);
  GemmController(const sc_core::sc_module_name& name, const Config& cfg, GemmRun& run, GemmReport& report,
                 DmaEngine& dma, MacArray& array, BufferCore& act, BufferCore& wgt, BufferCore& acc,
                 const sc_time& period)
      : sc_module(name), cfg_(cfg), run_(run), report_(report), dma_(dma), array_(array), act_(act), wgt_(wgt),
        acc_(acc), period_(period) {
    SC_THREAD(main);
  }

  std::vector<Tile> tiles;
  sc_time end_time;

 private:
  struct OperandSlot {
    std::vector<int8_t> a, b;
    DmaRequest load_a, load_b;
  };
  struct AccSlot {
    std::vector<int32_t> c;
    DmaRequest store;
    bool store_issued = false;
  };

  uint64_t cycles(const sc_time& t) const { return static_cast<uint64_t>(t / period_ + 0.5); }

  void issue_loads(size_t i) {
    if (i >= tiles.size()) return;
    const Tile& t = tiles[i];
    OperandSlot& s = slots_[i % 2];
    s.load_a.name = "load A[" + std::to_string(i) + "]";
    s.load_a.write = false;
    s.load_a.bytes = int4_bytes(t.mt * t.kt);
    s.load_a.has_started = false;
    s.load_b.name = "load B[" + std::to_string(i) + "]";
    s.load_b.write = false;
    s.load_b.bytes = int4_bytes(t.kt * t.nt);
    s.load_b.has_started = false;
    if (run_.compute_values) {
      s.load_a.move = [this, &s, t] {
        s.a.resize(static_cast<size_t>(t.mt * t.kt));
        for (int64_t r = 0; r < t.mt; ++r)
          std::copy_n(&run_.a[(t.m0 + r) * run_.k + t.k0], t.kt, &s.a[r * t.kt]);
      };
      s.load_b.move = [this, &s, t] {
        s.b.resize(static_cast<size_t>(t.kt * t.nt));
        for (int64_t r = 0; r < t.kt; ++r)
          std::copy_n(&run_.b[(t.k0 + r) * run_.n + t.n0], t.nt, &s.b[r * t.nt]);
      };
    }
    act_.write(s.load_a.bytes);
    wgt_.write(s.load_b.bytes);
    dma_.submit(&s.load_a);
    dma_.submit(&s.load_b);
  }

  // Waits for a transfer; the part of the wait before its transfer began was the channel being
  // busy with others (DRAM bandwidth), the rest was the transfer and its latency.
  void wait_for(DmaRequest& r, Stall after_start) {
    const sc_time t0 = sc_core::sc_time_stamp();
    if (!r.ready(t0)) wait(r.done);
    const sc_time t1 = sc_core::sc_time_stamp();
    const sc_time bw_end = std::min(std::max(r.started, t0), t1);
    array_.stats[Stall::dram_bandwidth] += cycles(bw_end - t0);
    array_.stats[after_start] += cycles(t1 - bw_end);
  }

  void issue_store(const Tile& t) {
    AccSlot& s = acc_slots_[t.block % 2];
    s.store.name = "store C[" + std::to_string(t.block) + "]";
    s.store.write = true;
    s.store.bytes = static_cast<uint64_t>(t.mt * t.nt) * 4;
    s.store.has_started = false;
    if (run_.compute_values)
      s.store.move = [this, &s, t] {
        for (int64_t r = 0; r < t.mt; ++r)
          std::copy_n(&s.c[r * t.nt], t.nt, &report_.c[(t.m0 + r) * run_.n + t.n0]);
      };
    acc_.read(s.store.bytes);
    s.store_issued = true;
    dma_.submit(&s.store);
  }

  // Buffer traffic of one tile and the cycles its streams lose to port limits.
  uint64_t account_tile(const Tile& t, const TileTiming& timing) {
    const ArrayConfig& ac = array_.core().config();
    const int64_t R = ac.rows, C = ac.cols;
    const uint64_t a_bytes = int4_bytes(t.mt * t.kt), b_bytes = int4_bytes(t.kt * t.nt);
    const uint64_t c_bytes = static_cast<uint64_t>(t.mt * t.nt) * 4;
    uint64_t factor_num = 1, factor_den = 1;  // stream slow-down = max over buffers
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
        act_.read(a_bytes * static_cast<uint64_t>(ceil_div(t.nt, C)));
        wgt_.read(b_bytes);
        acc_.write(c_bytes * k_folds);
        acc_.read(c_bytes * (k_folds - 1 + (t.first_k ? 0 : 1)));
        demand(act_, static_cast<uint64_t>((R + 1) / 2));
        demand(acc_, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::is:
        act_.read(a_bytes);
        wgt_.read(b_bytes * static_cast<uint64_t>(ceil_div(t.mt, C)));
        acc_.write(c_bytes * k_folds);
        acc_.read(c_bytes * (k_folds - 1 + (t.first_k ? 0 : 1)));
        demand(wgt_, static_cast<uint64_t>((R + 1) / 2));
        demand(acc_, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::os:
        act_.read(a_bytes * static_cast<uint64_t>(ceil_div(t.nt, C)));
        wgt_.read(b_bytes * static_cast<uint64_t>(ceil_div(t.mt, R)));
        acc_.write(c_bytes);
        if (!t.first_k) acc_.read(c_bytes);
        demand(act_, static_cast<uint64_t>((R + 1) / 2));
        demand(wgt_, static_cast<uint64_t>((C + 1) / 2));
        break;
    }
    const uint64_t slowed = (timing.stream * factor_num + factor_den - 1) / factor_den;
    return slowed - timing.stream;
  }

  void main() {
    const sc_time start = sc_core::sc_time_stamp();
    issue_loads(0);
    issue_loads(1);
    sc_time array_free = start;
    for (size_t i = 0; i < tiles.size(); ++i) {
      const Tile& t = tiles[i];
      OperandSlot& s = slots_[i % 2];
      array_.state_signal.write(2);
      wait_for(s.load_a, Stall::operand_not_ready);
      wait_for(s.load_b, Stall::operand_not_ready);
      AccSlot& acc_slot = acc_slots_[t.block % 2];
      if (t.first_k) {
        if (acc_slot.store_issued) wait_for(acc_slot.store, Stall::dependency);
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
      array_.requests.write(&req);
      wait(req.done);
      report_.macs += static_cast<uint64_t>(t.mt * t.nt * t.kt);
      issue_loads(i + 2);
      if (t.last_k) issue_store(t);
      array_free = sc_core::sc_time_stamp();
    }
    for (auto& s : acc_slots_)
      if (s.store_issued && !s.store.ready(sc_core::sc_time_stamp())) wait(s.store.done);
    end_time = sc_core::sc_time_stamp();
    array_.stats[Stall::idle] += cycles(end_time - array_free);
    array_.state_signal.write(0);
    // No sc_stop(): with every unit blocked on an empty queue the simulation ends by itself.
  }

  const Config& cfg_;
  GemmRun& run_;
  GemmReport& report_;
  DmaEngine& dma_;
  MacArray& array_;
  BufferCore &act_, &wgt_, &acc_;
  sc_time period_;
  OperandSlot slots_[2];
  AccSlot acc_slots_[2];
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
  BufferCore acc({"acc", static_cast<uint64_t>(cfg.buf_acc_kib) * 1024, banks, static_cast<uint64_t>(cfg.buf_acc_port_bytes)});

  report.tiling = choose_tiling(run.m, run.n, run.k, ac, {act.half(), wgt.half(), acc.half()});
  if (run.compute_values) report.c.assign(static_cast<size_t>(run.m * run.n), 0);

  // Simulated time counts cycles (1 ns = 1 cycle) so that every time stays an exact integer;
  // run.freq_mhz converts cycles to seconds in reports.
  const sc_time period(1, sc_core::SC_NS);
  report.unit_names = {"dma", "mac_array"};
  std::vector<Slice>* timeline = run.record_timeline ? &report.timeline : nullptr;
  DmaEngine dma("dma", dc, period, timeline, 0);
  MacArray array("mac_array", ac, period, timeline, 1);
  GemmController ctrl("controller", cfg, run, report, dma, array, act, wgt, acc, period);

  const Tiling& tl = report.tiling;
  int64_t block = 0;
  for (int64_t n0 = 0; n0 < run.n; n0 += tl.nt)
    for (int64_t m0 = 0; m0 < run.m; m0 += tl.mt, ++block)
      for (int64_t k0 = 0; k0 < run.k; k0 += tl.kt)
        ctrl.tiles.push_back({m0, n0, k0, std::min(tl.mt, run.m - m0), std::min(tl.nt, run.n - n0),
                              std::min(tl.kt, run.k - k0), k0 == 0, k0 + tl.kt >= run.k, block});
  report.tiles = ctrl.tiles.size();

  sc_core::sc_trace_file* vcd = nullptr;
  if (!run.vcd_path.empty()) {
    vcd = sc_core::sc_create_vcd_trace_file(run.vcd_path.c_str());
    vcd->set_time_unit(1, sc_core::SC_NS);  // one VCD time unit = one cycle
    sc_core::sc_trace(vcd, array.state_signal, "mac_array.state");
    sc_core::sc_trace(vcd, array.tiles_signal, "mac_array.tiles_done");
    sc_core::sc_trace(vcd, dma.busy_signal, "dma.busy");
    sc_core::sc_trace(vcd, dma.transfers_signal, "dma.transfers_done");
  }
  sc_core::sc_start();
  if (vcd) sc_core::sc_close_vcd_trace_file(vcd);

  report.cycles = static_cast<uint64_t>(ctrl.end_time / period + 0.5);
  report.utilization = static_cast<double>(report.macs) /
                       (static_cast<double>(report.cycles) * static_cast<double>(ac.rows * ac.cols));
  dma.stats[Stall::idle] = report.cycles - dma.stats.busy;
  report.units = {dma.stats, array.stats};
  for (const BufferCore* b : {&act, &wgt, &acc})
    report.buffers.push_back({b->config().name, b->config().capacity_bytes, b->bytes_read(), b->bytes_written()});
  report.dram_read = dma.dram().bytes_read();
  report.dram_written = dma.dram().bytes_written();
  return report;
}

}  // namespace int4sim::hw
