#pragma once
// Forward quantizer: a thin SystemC module around FqCore: FP32 weights (after the update) and
// ReLU outputs streamed from DRAM into codes, `fq.lanes` elements a cycle.
#include <systemc>

#include "models/accelerator/fabric.h"
#include "models/fwd_quant/fq_core.h"

namespace int4sim::hw {

class ForwardQuantizer : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<const Op*> queue;

  SC_HAS_PROCESS(ForwardQuantizer);
  ForwardQuantizer(const sc_core::sc_module_name& name, Fabric& fabric)
      : sc_module(name), queue("queue", 256), f_(fabric), core_(static_cast<int>(fabric.cfg.fq_lanes)) {
    SC_THREAD(run);
  }

 private:
  void run();

  Fabric& f_;
  FqCore core_;
};

}  // namespace int4sim::hw
