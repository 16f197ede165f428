#pragma once
// The DRAM channel as the units see it (implemented by the DMA unit, models/dma/): transfers
// queued (reads before writes); `move` runs when a transfer leaves the channel (the values move then),
// `on_done` at delivery, `dram.latency` cycles later. A better DRAM model goes behind this.
#include <systemc>

#include <cstdint>
#include <functional>

#include "ir/program.h"

namespace int4sim::hw {

struct Transfer {
  uint64_t bytes = 0;
  bool write = false;
  std::function<void()> move;
  std::function<void()> on_done;
  sc_core::sc_time started, done_at;
  int layer = -1;
  ir::Phase phase = ir::Phase::fwd;
};

class DramIf : public virtual sc_core::sc_interface {
 public:
  // A transfer from the pool (recycled once delivered: a large run moves millions).
  virtual Transfer* new_transfer() = 0;
  // Queues it on the channel: reads in order, writes in order, reads first (models/dma/dma.h).
  virtual void submit(Transfer* t) = 0;
};

}  // namespace int4sim::hw
