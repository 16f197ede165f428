#pragma once
// Gradient quantizer unit: a thin SystemC module around GquCore. Its thread streams a layer's FP32
// dL/dy from DRAM for each pass (max, quantize + count, gamma update with the initial search),
// writes the codes back, and holds the unit busy for ceil(n / lanes) + pipeline cycles a pass.
#include <systemc>

#include "models/accelerator/fabric.h"
#include "models/gqu/gqu_core.h"

namespace int4sim::hw {

class Gqu : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<const Op*> queue;

  SC_HAS_PROCESS(Gqu);
  Gqu(const sc_core::sc_module_name& name, Fabric& fabric);

 private:
  void run();
  void restream(const Op& op, uint64_t numel, uint64_t passes);

  Fabric& f_;
  GquCore core_;
  uint64_t last_dsgc_passes_ = 0;
  uint64_t tensor_numel_ = 0;  // of the tensor in flight
  std::vector<float> values_;  // its FP32 values: a member, as run() never returns and its locals are never freed
};

GquConfig gqu_config(const GqParams& cfg, int64_t seed);

}  // namespace int4sim::hw
