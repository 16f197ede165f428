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
      // Initial search over the buffered tensor. The unit counts every step's threshold from a
      // histogram it fills in one pass (search_plan); here the counts come from a sorted copy,
      // which gives the same integers.
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

  // The initial search in hardware: one pass bins every |g| among the search's thresholds
  // g_max * gamma_k (gamma_k = gamma_0 - k * step, k = 0..K-1; a binary search through them, the
  // bins are counters), then an FSM scans the bins one step a cycle, for a fixed K + tail steps
  // (the worst case; it holds gamma once the search has ended), so that its latency does not
  // depend on the tensor. Later iterations use the clipped count of the quantize pass: nothing.
  GquSearchPlan search_plan(const GquCore& core, const GquLayerState& st) const override {
    GquSearchPlan p;
    if (st.searched) return p;
    const int64_t thresholds = st.gamma_reg / core.gamma_step() + 1;  // gamma_k >= 0
    p.after_passes = 1;
    p.after_cycles = static_cast<uint64_t>(thresholds) + saturated_tail(core);
    p.compares_per_element = bits_for(static_cast<uint64_t>(thresholds) + 1);
    return p;
  }
  void assume_update(GquLayerState& st) const override { st.searched = true; }

 private:
  // Steps the search takes after its threshold falls below zero (every element then counts):
  // from a zero moving average, the worst case.
  static uint64_t saturated_tail(const GquCore& core) {
    const GquConfig& cfg = core.config();
    const unsigned levels = static_cast<unsigned>((1 << cfg.bits) - 1);
    const unsigned __int128 target = static_cast<unsigned __int128>(cfg.alpha_ppm) << 32;
    uint64_t moment = 0, steps = 0;
    do {
      moment = moment - (moment >> 10) + ((uint64_t{1} << 32) >> 10);
      ++steps;
    } while (!(static_cast<unsigned __int128>(moment) * levels * 1000000u > target) && steps < 100000);
    return steps;
  }
  static uint64_t bits_for(uint64_t n) {
    uint64_t b = 0;
    while ((uint64_t{1} << b) < n) ++b;
    return b;
  }
};

}  // namespace

std::unique_ptr<GquPolicy> make_lbt_policy() { return std::make_unique<LbtPolicy>(); }

}  // namespace int4sim::hw
