#pragma once
// Gradient quantizer unit: a thin SystemC module around GquCore. It streams a layer's FP32 dL/dy
// from DRAM for each pass (max, quantize + count, gamma update with the initial search), writes
// the codes back, and holds the unit busy for ceil(n / lanes) + pipeline cycles a pass.
#include "models/accelerator/unit.h"
#include "models/gqu/gqu_core.h"
#include "models/gqu/params.h"

namespace int4sim::hw {

class Gqu : public StreamingUnit {
 public:
  Gqu(const sc_core::sc_module_name& name, const UnitContext& ctx, const GqParams& params, int64_t seed);

 private:
  bool execute(const Op& op) override;
  void restream(const Op& op, uint64_t numel, uint64_t passes);

  const GqParams params_;
  GquCore core_;
  GquSearchPlan plan_;         // of the tensor in flight
  uint64_t tensor_numel_ = 0;  // of the tensor in flight
  std::vector<float> tensor_;  // its FP32 values (bit-accurate runs)
};

GquConfig gqu_config(const GqParams& cfg, int64_t seed);

}  // namespace int4sim::hw
