// minmax: clip at the tensor's max |g| (gamma = 1 always): no clipping, the coarsest step.
#include "models/gqu/policies/policies.h"

namespace int4sim::hw {

std::unique_ptr<GquPolicy> make_minmax_policy() { return std::make_unique<GquPolicy>(); }

}  // namespace int4sim::hw
