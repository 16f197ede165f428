// lbt (Kim et al., ECCV 2024): gamma starts with an initial search over the first tensor, then moves
// one step per iteration so that the clipped fraction tracks alpha / (2^b - 1) (docs/numerics.md,
// "Interval update"), in the unit's fixed-point registers.
#include <algorithm>
#include <cmath>

#include "models/gqu/policies/policies.h"

namespace int4sim::hw {
namespace {

class LbtPolicy : public GquPolicy {
 public:
  void update(GquCore& core, GquLayerState& st, const float* g, GquTensorResult& r) override {
    if (r.g_max == 0.0f) return;
    const GquConfig& cfg = core.config();
    const int levels = (1 << cfg.bits) - 1;
    const int64_t step = core.gamma_step(), one = core.gamma_one();
    const uint64_t numel = core.numel();
    if (!st.searched) {
      // Initial search over the buffered tensor. Each step is one compare-and-count pass in
      // hardware; here the counts come from a sorted copy, which gives the same integers.
      std::vector<float> mags(numel);
      for (uint64_t i = 0; i < numel; ++i) mags[i] = std::fabs(g[i]);
      std::sort(mags.begin(), mags.end());
      int64_t search = st.gamma_reg;
      uint64_t moment = 0;  // Q0.32, beta = 2^-10
      const unsigned __int128 target = static_cast<unsigned __int128>(cfg.alpha_ppm) << 32;
      bool above = false;
      while (!above) {
        const float thr = r.g_max * static_cast<float>(std::ldexp(static_cast<double>(search), -cfg.gamma_frac_bits));
        const uint64_t count = static_cast<uint64_t>(mags.end() - std::upper_bound(mags.begin(), mags.end(), thr));
        const uint64_t ratio = static_cast<uint64_t>((static_cast<unsigned __int128>(count) << 32) / numel);
        moment = moment - (moment >> 10) + (ratio >> 10);
        const unsigned __int128 lhs = static_cast<unsigned __int128>(moment) * static_cast<unsigned>(levels) * 1000000u;
        above = lhs > target;
        search += lhs > target ? step : (lhs < target ? -step : 0);
        core.count_search_pass();
      }
      st.gamma_reg = std::clamp<int64_t>(search, step, one);
      st.searched = true;
    } else {
      const unsigned __int128 lhs = static_cast<unsigned __int128>(core.clipped()) * static_cast<unsigned>(levels) * 1000000u;
      const unsigned __int128 rhs = static_cast<unsigned __int128>(cfg.alpha_ppm) * numel;
      const int64_t dir = lhs > rhs ? 1 : (lhs < rhs ? -1 : 0);
      st.gamma_reg = std::clamp<int64_t>(st.gamma_reg + dir * step, step, one);
    }
  }
};

}  // namespace

std::unique_ptr<GquPolicy> make_lbt_policy() { return std::make_unique<LbtPolicy>(); }

}  // namespace int4sim::hw
