// pwf (piecewise fixed point): two ranges of (b-1)-bit signed codes, a narrow one up to
// g_max / 2^shift and a wide one up to g_max; a wide code is stored shifted left by gq.pwf_shift
// (docs/numerics.md). No clipping: the clip value is g_max.
#include <cmath>

#include "models/gqu/policies/policies.h"

namespace int4sim::hw {
namespace {

class PwfPolicy : public GquPolicy {
 public:
  void quantize(const GquCore& core, const float* g, uint64_t first, uint64_t count, int16_t* codes, int64_t,
                bool nearest, uint64_t* clipped) const override {
    const GquConfig& cfg = core.config();
    const int lp = (1 << (cfg.bits - 2)) - 1;
    const float g_max = core.g_max_used();
    const float narrow = std::ldexp(g_max, -cfg.pwf_shift);
    const float inv_n = static_cast<float>(lp) / narrow, inv_w = static_cast<float>(lp) / g_max;
    const bool none = !(g_max > 0.0f) || !std::isfinite(inv_n);
    for (uint64_t i = 0; i < count; ++i) {
      const float a = std::fabs(g[i]);
      if (clipped) *clipped += a > g_max;
      if (none) {
        codes[i] = 0;
        continue;
      }
      if (a <= narrow) codes[i] = static_cast<int16_t>(core.round_code(g[i] * inv_n, first + i, lp, nearest));
      else codes[i] = static_cast<int16_t>(core.round_code(g[i] * inv_w, first + i, lp, nearest) * (int64_t{1} << cfg.pwf_shift));
    }
  }
  // One code step is the narrow range's: (g_max / 2^shift) / (2^(b-2) - 1).
  void clip_and_scale(const GquCore& core, int64_t, GquTensorResult& r) const override {
    const GquConfig& cfg = core.config();
    r.clip = r.g_max_used;
    r.scale = std::ldexp(r.g_max_used, -cfg.pwf_shift) / static_cast<float>((1 << (cfg.bits - 2)) - 1);
  }
};

}  // namespace

std::unique_ptr<GquPolicy> make_pwf_policy() { return std::make_unique<PwfPolicy>(); }

}  // namespace int4sim::hw
