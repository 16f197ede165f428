#pragma once
// Vector unit: a thin SystemC module around VectorCore: FP32 element-wise and reduction ops over
// tensors streamed from DRAM, `vec.lanes` elements a cycle (docs/timing.md).
#include <utility>

#include "models/accelerator/unit.h"
#include "models/vector_unit/params.h"
#include "models/vector_unit/vector_core.h"

namespace int4sim::hw {

class VectorUnit : public StreamingUnit {
 public:
  VectorUnit(const sc_core::sc_module_name& name, const UnitContext& ctx, const VecParams& params)
      : StreamingUnit(name, Unit::vec, ctx), core_(static_cast<int>(params.vec_lanes)) {}

 private:
  bool execute(const Op& op) override;
  std::pair<uint64_t, uint64_t> dram_traffic(const Op& op);
  VectorCore core_;
};

}  // namespace int4sim::hw
