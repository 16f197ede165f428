// dsgc (Zhu et al.): every gq.dsgc_period iterations, gamma = k / grid (k = 1..grid) that maximises
// the cosine between the tensor and its quantization, one pass over the buffered tensor per
// candidate, nearest rounding (docs/numerics.md).
#include <algorithm>
#include <cmath>

#include "models/gqu/policies/policies.h"

namespace int4sim::hw {
namespace {

class DsgcPolicy : public GquPolicy {
 public:
  uint64_t before_quantize(GquCore& core, GquLayerState& st, const float* g, uint64_t numel) override {
    const GquConfig& cfg = core.config();
    if (st.iteration % static_cast<uint64_t>(cfg.dsgc_period) != 0) return 0;
    if (core.g_max_used() < 0) core.set_g_max_used((cfg.predicted_max && st.has_prev) ? st.prev_max : core.lane_max());
    if (!(core.g_max_used() > 0.0f)) return 0;
    const int64_t one = core.gamma_one();
    std::vector<int16_t> codes(numel);
    double best = 2.0;
    int64_t best_reg = one;
    for (int k = 1; k <= cfg.dsgc_grid; ++k) {
      const int64_t reg = std::max<int64_t>(1, std::llround(static_cast<double>(k) / cfg.dsgc_grid * static_cast<double>(one)));
      quantize(core, g, 0, numel, codes.data(), reg, /*nearest=*/true, nullptr);
      const float c = core.g_max_used() * core.gamma_value(reg);
      const float delta = c / static_cast<float>(core.levels());
      // One FP64 multiply-accumulate engine, element order (docs/numerics.md).
      double dot = 0, gg = 0, qq = 0;
      for (uint64_t i = 0; i < numel; ++i) {
        const float q = static_cast<float>(codes[i]) * delta;
        dot += static_cast<double>(g[i]) * q;
        gg += static_cast<double>(g[i]) * g[i];
        qq += static_cast<double>(q) * q;
      }
      const double cosine = (gg == 0 && qq == 0) ? 1.0 : (gg == 0 || qq == 0) ? 0.0 : dot / (std::sqrt(gg) * std::sqrt(qq));
      if (1.0 - cosine < best) {
        best = 1.0 - cosine;
        best_reg = reg;
      }
      core.count_search_pass();
    }
    st.gamma_reg = best_reg;
    return static_cast<uint64_t>(cfg.dsgc_grid);
  }
  // The unit runs the grid's passes every period, whatever the tensor (an all-zero one included).
  GquSearchPlan search_plan(const GquCore& core, const GquLayerState& st) const override {
    const GquConfig& cfg = core.config();
    GquSearchPlan p;
    if (st.iteration % static_cast<uint64_t>(cfg.dsgc_period) == 0) p.before_passes = static_cast<uint64_t>(cfg.dsgc_grid);
    return p;
  }
};

}  // namespace

std::unique_ptr<GquPolicy> make_dsgc_policy() { return std::make_unique<DsgcPolicy>(); }

}  // namespace int4sim::hw
