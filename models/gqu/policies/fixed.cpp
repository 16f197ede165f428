// fixed: clip at gq.gamma * max |g|, gamma never changes.
#include <algorithm>
#include <cmath>

#include "models/gqu/policies/policies.h"

namespace int4sim::hw {
namespace {

class FixedPolicy : public GquPolicy {
 public:
  int64_t initial_gamma(const GquCore& core) const override {
    const int64_t one = core.gamma_one();
    return std::clamp<int64_t>(std::llround(core.config().fixed_gamma * static_cast<double>(one)), 1, one);
  }
};

}  // namespace

std::unique_ptr<GquPolicy> make_fixed_policy() { return std::make_unique<FixedPolicy>(); }

}  // namespace int4sim::hw
