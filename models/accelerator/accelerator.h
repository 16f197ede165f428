#pragma once
// The accelerator: its units as SystemC modules, and every connection between them made here, in
// one place: the controller's dispatch queue to each unit, every unit's port to the scoreboard,
// the streaming units' ports to the DRAM channel of the DMA unit (docs/architecture.md).
#include <systemc>

#include "models/accelerator/accounting.h"
#include "models/accelerator/memory.h"
#include "models/accelerator/params.h"
#include "models/accelerator/scoreboard.h"
#include "models/controller/controller.h"
#include "models/dma/dma.h"
#include "models/fwd_quant/fq.h"
#include "models/gqu/gqu.h"
#include "models/mac_array/mac_array.h"
#include "models/vector_unit/vector_unit.h"

namespace int4sim::hw {

class Accelerator : public sc_core::sc_module {
 public:
  // `opt.dram` (the initial DRAM images) moves into `res.dram`.
  Accelerator(const sc_core::sc_module_name& name, const AcceleratorParams& params, const Program& prog,
              ExecutionOptions& opt, ExecutionResult& res);

  const Controller& controller() const { return ctrl_; }
  // The unit that executes `u`'s queue (Unit::dma .. Unit::vec).
  UnitModule& unit(Unit u);

 private:
  static constexpr int kQueueDepth = 256;
  Accounting acct_;
  Memory mem_;
  Scoreboard scoreboard_;
  sc_core::sc_fifo<const Op*> queues_[Controller::kUnits];
  sc_core::sc_fifo<const Op*> store_queue_;
  DmaUnit dma_;
  MacArray array_;
  Gqu gqu_;
  ForwardQuantizer fq_;
  VectorUnit vec_;
  Controller ctrl_;
};

}  // namespace int4sim::hw
