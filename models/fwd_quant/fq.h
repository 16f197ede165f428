#pragma once
// Forward quantizer: a thin SystemC module around FqCore: FP32 weights (after the update) and
// ReLU outputs streamed from DRAM into codes, `fq.lanes` elements a cycle.
#include "models/accelerator/unit.h"
#include "models/fwd_quant/fq_core.h"
#include "models/fwd_quant/params.h"

namespace int4sim::hw {

class ForwardQuantizer : public StreamingUnit {
 public:
  ForwardQuantizer(const sc_core::sc_module_name& name, const UnitContext& ctx, const FqParams& params)
      : StreamingUnit(name, Unit::fq, ctx), params_(params), core_(static_cast<int>(params.fq_lanes)) {}

 private:
  bool execute(const Op& op) override;
  const FqParams params_;
  FqCore core_;
};

}  // namespace int4sim::hw
