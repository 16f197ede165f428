#pragma once
// MAC array: a thin SystemC shell around MacArrayCore. One thread takes a tile at a time, lets the
// core compute its values (or only its timing), and holds the array busy for the tile's cycles.
#include <systemc>

#include "models/accelerator/unit_stats.h"
#include "models/mac_array/mac_array_core.h"

namespace int4sim::hw {

struct ArrayRequest {
  std::string name;
  TileOp op;
  bool compute_values = true;
  uint64_t bank_conflict_cycles = 0;  // added by the buffers' port limits (see the controller)
  sc_core::sc_event done;
  bool finished = false;  // read before waiting on `done`: a notification nobody waits for is lost
  sc_core::sc_time finished_at;
  TileTiming timing;
};

class MacArray : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<ArrayRequest*> requests;
  sc_core::sc_signal<int> state_signal;  // 0 idle, 1 busy
  sc_core::sc_signal<int> tiles_signal;

  SC_HAS_PROCESS(MacArray);
  MacArray(const sc_core::sc_module_name& name, const ArrayConfig& cfg, const sc_core::sc_time& period,
           std::vector<Slice>* timeline, int unit_index)
      : sc_module(name), requests("requests", 4), core_(cfg), period_(period), timeline_(timeline), unit_(unit_index) {
    stats.name = "mac_array";
    SC_THREAD(serve);
  }

  MacArrayCore& core() { return core_; }
  UnitStats stats;

 private:
  void serve() {
    while (true) {
      ArrayRequest* r = requests.read();
      r->timing = r->compute_values ? core_.run(r->op) : core_.timing(r->op.m, r->op.n, r->op.k);
      const uint64_t cycles = r->timing.cycles + r->bank_conflict_cycles;
      state_signal.write(1);
      const uint64_t start = static_cast<uint64_t>(sc_core::sc_time_stamp() / period_);
      wait(period_ * static_cast<double>(cycles));
      stats.busy += r->timing.stream;
      stats[Stall::fill_drain] += r->timing.fill_drain;
      stats[Stall::bank_conflict] += r->bank_conflict_cycles;
      ++stats.ops;
      if (timeline_) timeline_->push_back({unit_, r->name, start, cycles});
      tiles_signal.write(static_cast<int>(stats.ops));
      state_signal.write(0);
      r->finished = true;
      r->finished_at = sc_core::sc_time_stamp();
      r->done.notify(sc_core::SC_ZERO_TIME);
    }
  }

  MacArrayCore core_;
  sc_core::sc_time period_;
  std::vector<Slice>* timeline_;
  int unit_;
};

}  // namespace int4sim::hw
