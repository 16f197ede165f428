#pragma once
// Vector unit: a thin SystemC module around VectorCore: FP32 element-wise and reduction ops over
// tensors streamed from DRAM, `vec.lanes` elements a cycle (docs/timing.md).
#include <systemc>

#include "models/accelerator/fabric.h"
#include "models/vector_unit/vector_core.h"

namespace int4sim::hw {

class VectorUnit : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<const Op*> queue;

  SC_HAS_PROCESS(VectorUnit);
  VectorUnit(const sc_core::sc_module_name& name, Fabric& fabric)
      : sc_module(name), queue("queue", 256), f_(fabric), core_(static_cast<int>(fabric.cfg.vec_lanes)) {
    SC_THREAD(run);
  }

 private:
  void run();
  void quant8(const Op& op);

  Fabric& f_;
  VectorCore core_;
};

}  // namespace int4sim::hw
