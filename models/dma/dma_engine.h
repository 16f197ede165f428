#pragma once
// DMA engine: a thin SystemC shell around DramCore. One thread serves transfer requests in order
// over the single DRAM channel; the data moves when the transfer leaves the channel and the
// requester is notified `latency` cycles later.
#include <systemc>

#include <functional>

#include "models/accelerator/unit_stats.h"
#include "models/dma/dram_core.h"

namespace int4sim::hw {

struct DmaRequest {
  std::string name;
  bool write = false;  // true: buffer -> DRAM
  uint64_t bytes = 0;
  std::function<void()> move;  // copies the values
  sc_core::sc_event done;
  sc_core::sc_time enqueued, started, finished;
  bool has_started = false;
  bool ready(const sc_core::sc_time& now) const { return has_started && now >= finished; }
};

class DmaEngine : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<DmaRequest*> requests;
  sc_core::sc_signal<int> busy_signal;
  sc_core::sc_signal<int> transfers_signal;

  SC_HAS_PROCESS(DmaEngine);
  DmaEngine(const sc_core::sc_module_name& name, const DramConfig& cfg, const sc_core::sc_time& period,
            std::vector<Slice>* timeline, int unit_index)
      : sc_module(name), requests("requests", 1 << 20), core_(cfg), period_(period), timeline_(timeline),
        unit_(unit_index) {
    stats.name = "dma";
    SC_THREAD(serve);
  }

  void submit(DmaRequest* r) {
    r->enqueued = sc_core::sc_time_stamp();
    requests.write(r);
  }

  DramCore& dram() { return core_; }
  UnitStats stats;

 private:
  void serve() {
    while (true) {
      DmaRequest* r = requests.read();
      r->started = sc_core::sc_time_stamp();
      r->has_started = true;
      const uint64_t occupancy = core_.occupancy(r->bytes);
      r->finished = r->started + period_ * static_cast<double>(occupancy + core_.config().latency);
      busy_signal.write(1);
      const uint64_t start_cycle = static_cast<uint64_t>(r->started / period_);
      wait(period_ * static_cast<double>(occupancy));
      if (r->move) r->move();
      core_.count(r->write, r->bytes);
      stats.busy += occupancy;
      ++stats.ops;
      if (timeline_) timeline_->push_back({unit_, r->name, start_cycle, occupancy});
      transfers_signal.write(static_cast<int>(stats.ops));
      if (requests.num_available() == 0) busy_signal.write(0);
      r->done.notify(period_ * static_cast<double>(core_.config().latency));
    }
  }

  DramCore core_;
  sc_core::sc_time period_;
  std::vector<Slice>* timeline_;
  int unit_;
};

}  // namespace int4sim::hw
