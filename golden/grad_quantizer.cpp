#include "golden/grad_quantizer.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <stdexcept>

#include "golden/counter_rng.h"
#include "golden/metrics.h"

namespace golden {
namespace {

int sign_of(long double d) { return (d > 0) - (d < 0); }

// floor(a / 2^r) for signed a.
int64_t floor_shift(int64_t a, int r) {
  const int64_t d = int64_t{1} << r;
  return a >= 0 ? a / d : -((-a + d - 1) / d);
}

// A dequantized gradient k * scale overflows float32 only when the clip is within a rounding of
// FLT_MAX (k = +-L, scale = c / L rounded up); it saturates there instead of becoming Inf.
float saturated(float v) { return std::clamp(v, -FLT_MAX, FLT_MAX); }

uint64_t count_above(const std::vector<float>& g, float threshold) {
  uint64_t n = 0;
  for (float v : g) n += std::fabs(v) > threshold;
  return n;
}

}  // namespace

const char* policy_name(Policy p) {
  static const char* names[] = {"lbt", "fixed", "minmax", "dsgc", "pwf"};
  return names[static_cast<int>(p)];
}

Policy policy_from_name(const std::string& name) {
  for (Policy p : {Policy::lbt, Policy::fixed, Policy::minmax, Policy::dsgc, Policy::pwf})
    if (name == policy_name(p)) return p;
  throw std::invalid_argument("unknown gradient policy '" + name + "'");
}

GradQuantizer::GradQuantizer(const GradQuantParams& p) : p_(p) {
  const int64_t one = int64_t{1} << p_.gamma_frac_bits;
  step_lsb_ = p_.gamma_step_lsb > 0 ? p_.gamma_step_lsb
                                    : std::max<int64_t>(1, std::llround(0.001 * static_cast<double>(one)));
  alpha_ppm_ = std::llround(p_.alpha * 1e6);
  gamma_q_ = one;
  gamma_paper_ = 1.0f;
  if (p_.policy == Policy::fixed) {
    gamma_paper_ = static_cast<float>(p_.fixed_gamma);
    gamma_q_ = std::clamp<int64_t>(std::llround(p_.fixed_gamma * static_cast<double>(one)), 1, one);
  }
}

float GradQuantizer::gamma_float() const {
  if (p_.arith == Arith::paper) return gamma_paper_;
  return static_cast<float>(std::ldexp(static_cast<double>(gamma_q_), -p_.gamma_frac_bits));
}

double GradQuantizer::gamma() const { return gamma_float(); }

GradQuantizer::Uniform GradQuantizer::quantize_uniform(const std::vector<float>& g, float g_max,
                                                       Rounding rounding) const {
  const int L = (1 << (p_.bits - 1)) - 1;
  const uint64_t key = tensor_key(p_.seed, p_.layer, iteration_ + 1);
  const float gam = gamma_float();
  Uniform u;
  u.codes.resize(g.size());
  u.dequant.resize(g.size());

  if (p_.arith == Arith::paper) {
    // The authors' grad_quant.backward, operation by operation, in float32.
    float max_value = g_max * gam;
    float min_value = -max_value;
    if (min_value == 0.0f) {
      min_value = min_value - 1e-8f;
      max_value = max_value + 1e-8f;
    }
    const float qmax = static_cast<float>(2 * L);
    const float scale = (max_value - min_value) / qmax;
    const float shift = -min_value;
    u.clip = g_max * gam;
    u.clipped = count_above(g, u.clip);
    // With max|g| near FLT_MAX, 2c overflows; with a subnormal c, (2c)/(2^b-2) underflows to 0. Either
    // way the authors' arithmetic would give NaN codes (inf/inf, 0/0); the golden model returns zero
    // codes instead (documented in docs/numerics.md).
    if (!std::isfinite(scale) || !(scale > 0.0f)) return u;
    for (size_t i = 0; i < g.size(); ++i) {
      float v = (g[i] + shift) / scale;
      if (rounding == Rounding::stochastic) {
        const float noise = std::ldexp(static_cast<float>(element_bits(key, i, 24)), -24) - 0.5f;
        v = v + noise;
      }
      v = std::nearbyint(std::min(std::max(v, 0.0f), qmax));
      u.codes[i] = static_cast<int16_t>(static_cast<int>(v) - L);
      u.dequant[i] = saturated(v * scale + min_value);
    }
    u.scale = scale;
    return u;
  }

  // hw: c = g_max * gamma; one reciprocal per tensor; t = g * (L / c) in units of Delta = c / L.
  const float c = g_max * gam;
  const float inv = static_cast<float>(L) / c;
  u.clip = c;
  u.clipped = count_above(g, c);
  if (!(c > 0.0f) || !std::isfinite(inv)) return u;  // nothing representable: every code is 0
  u.scale = c / static_cast<float>(L);
  const float bound = static_cast<float>(L + 1);  // pre-clamp keeps the fixed-point value small
  for (size_t i = 0; i < g.size(); ++i) {
    float t = std::min(std::max(g[i] * inv, -bound), bound);
    int64_t k;
    if (rounding == Rounding::nearest) {
      k = static_cast<int64_t>(std::nearbyint(t));
    } else {
      // t to r fraction bits, rounded half up (a truncation would bias every code by up to -2^-r).
      const int64_t fixed = static_cast<int64_t>(std::floor(std::ldexp(static_cast<double>(t), p_.rand_bits) + 0.5));
      k = floor_shift(fixed + element_bits(key, i, p_.rand_bits), p_.rand_bits);
    }
    k = std::clamp<int64_t>(k, -L, L);
    u.codes[i] = static_cast<int16_t>(k);
    u.dequant[i] = saturated(static_cast<float>(k) * u.scale);
  }
  return u;
}

GradQuantizer::Uniform GradQuantizer::quantize_pwf(const std::vector<float>& g, float g_max) const {
  // Two symmetric ranges with (b-1)-bit codes of Lp = 2^(b-2) - 1 levels a side: narrow
  // [-g_max/2^s, g_max/2^s] and wide [-g_max, g_max]. Integer value = code (narrow) or
  // code << s (wide), in units of Delta_n = (g_max / 2^s) / Lp.
  const int Lp = (1 << (p_.bits - 2)) - 1;
  const int s = p_.pwf_shift;
  const uint64_t key = tensor_key(p_.seed, p_.layer, iteration_ + 1);
  Uniform u;
  u.codes.assign(g.size(), 0);
  u.dequant.assign(g.size(), 0.0f);
  u.clip = g_max;
  u.clipped = count_above(g, g_max);
  const float narrow = std::ldexp(g_max, -s);
  const float inv_n = static_cast<float>(Lp) / narrow;
  const float inv_w = static_cast<float>(Lp) / g_max;
  if (!(g_max > 0.0f) || !std::isfinite(inv_n)) return u;
  u.scale = narrow / static_cast<float>(Lp);
  const float bound = static_cast<float>(Lp + 1);
  for (size_t i = 0; i < g.size(); ++i) {
    const bool is_narrow = std::fabs(g[i]) <= narrow;
    float t = std::min(std::max(g[i] * (is_narrow ? inv_n : inv_w), -bound), bound);
    int64_t k;
    if (p_.rounding == Rounding::nearest) {
      k = static_cast<int64_t>(std::nearbyint(t));
    } else {
      // t to r fraction bits, rounded half up (a truncation would bias every code by up to -2^-r).
      const int64_t fixed = static_cast<int64_t>(std::floor(std::ldexp(static_cast<double>(t), p_.rand_bits) + 0.5));
      k = floor_shift(fixed + element_bits(key, i, p_.rand_bits), p_.rand_bits);
    }
    k = std::clamp<int64_t>(k, -Lp, Lp);
    if (!is_narrow) k *= int64_t{1} << s;
    u.codes[i] = static_cast<int16_t>(k);
    u.dequant[i] = saturated(static_cast<float>(k) * u.scale);
  }
  return u;
}

void GradQuantizer::lbt_update(uint64_t clipped, uint64_t numel) {
  const int levels = (1 << p_.bits) - 1;
  if (p_.arith == Arith::paper) {
    const float ratio = static_cast<float>(clipped) / static_cast<float>(numel);
    const float target = (1.0f / static_cast<float>(levels)) * static_cast<float>(p_.alpha);
    const int s = sign_of(ratio - target);
    gamma_paper_ = std::min(std::max(gamma_paper_ + 0.001f * static_cast<float>(s), 0.001f), 1.0f);
    return;
  }
  // clipped / numel > alpha / levels, decided exactly: clipped * levels * 1e6 vs alpha_ppm * numel.
  const __int128 lhs = static_cast<__int128>(clipped) * levels * 1000000;
  const __int128 rhs = static_cast<__int128>(alpha_ppm_) * numel;
  const int s = (lhs > rhs) - (lhs < rhs);
  gamma_q_ = std::clamp<int64_t>(gamma_q_ + s * step_lsb_, step_lsb_, gamma_one_lsb());
}

void GradQuantizer::lbt_initial_search(const std::vector<float>& g, float g_max, GradQuantStep& st) {
  const int levels = (1 << p_.bits) - 1;
  const uint64_t numel = g.size();
  const uint64_t kMaxPasses = 10000000;  // the search provably ends long before; guards a bug
  if (p_.arith == Arith::paper) {
    float clip = gamma_paper_;  // 1 at initialisation
    float moment = 0.0f;
    const float target = (1.0f / static_cast<float>(levels)) * static_cast<float>(p_.alpha);
    int s;
    do {
      const float ratio = static_cast<float>(count_above(g, g_max * clip)) / static_cast<float>(numel);
      moment = 0.999f * moment + 0.001f * ratio;
      s = sign_of(moment - target);
      clip = clip + 0.001f * static_cast<float>(s);
      if (++st.search_passes > kMaxPasses) throw std::logic_error("LBT initial search did not end");
    } while (s <= 0);
    gamma_paper_ = std::min(std::max(clip, 0.001f), 1.0f);
    return;
  }
  // hw: signed search register in gamma LSBs; moving average m in Q0.32 with beta = 2^-10.
  int64_t gs = gamma_q_;
  uint64_t moment = 0;
  const __int128 rhs = static_cast<__int128>(alpha_ppm_) << 32;
  int s;
  do {
    const float thr = g_max * static_cast<float>(std::ldexp(static_cast<double>(gs), -p_.gamma_frac_bits));
    const uint64_t ratio = static_cast<uint64_t>((static_cast<unsigned __int128>(count_above(g, thr)) << 32) / numel);
    moment = moment - (moment >> 10) + (ratio >> 10);
    const __int128 lhs = static_cast<__int128>(moment) * levels * 1000000;
    s = (lhs > rhs) - (lhs < rhs);
    gs += s * step_lsb_;
    if (++st.search_passes > kMaxPasses) throw std::logic_error("LBT initial search did not end");
  } while (s <= 0);
  gamma_q_ = std::clamp<int64_t>(gs, step_lsb_, gamma_one_lsb());
}

void GradQuantizer::dsgc_search(const std::vector<float>& g, float g_max, GradQuantStep& st) {
  // Candidates gamma = k / grid (rounded to the gamma register like a fixed gamma); nearest rounding during the search; the first minimum of the
  // cosine distance wins.
  double best = 2.0;
  int best_k = p_.dsgc_grid;
  const int64_t one = gamma_one_lsb();
  for (int k = 1; k <= p_.dsgc_grid; ++k) {
    gamma_paper_ = static_cast<float>(static_cast<double>(k) / p_.dsgc_grid);
    gamma_q_ = std::max<int64_t>(1, std::llround(static_cast<double>(k) / p_.dsgc_grid * static_cast<double>(one)));
    const Uniform u = quantize_uniform(g, g_max, Rounding::nearest);
    const double d = 1.0 - cosine_similarity(g, u.dequant);
    if (d < best) {
      best = d;
      best_k = k;
    }
    ++st.search_passes;
  }
  gamma_paper_ = static_cast<float>(static_cast<double>(best_k) / p_.dsgc_grid);
  gamma_q_ = std::max<int64_t>(1, std::llround(static_cast<double>(best_k) / p_.dsgc_grid * static_cast<double>(one)));
}

GradQuantStep GradQuantizer::step(const std::vector<float>& g) {
  GradQuantStep st;
  st.numel = g.size();
  float g_max = 0.0f;
  for (float v : g) g_max = std::max(g_max, std::fabs(v));
  st.g_max = g_max;
  st.g_max_used = (p_.mode == GmaxMode::predicted && has_prev_) ? prev_g_max_ : g_max;

  if (p_.policy == Policy::dsgc && iteration_ % static_cast<uint64_t>(p_.dsgc_period) == 0 &&
      st.g_max_used > 0.0f)
    dsgc_search(g, st.g_max_used, st);
  st.gamma_used = gamma();

  Uniform u = p_.policy == Policy::pwf ? quantize_pwf(g, st.g_max_used)
                                        : quantize_uniform(g, st.g_max_used, p_.rounding);

  if (p_.policy == Policy::lbt && g_max != 0.0f) {
    // The authors skip the update when g_max == 0; the initial search waits for a non-zero tensor
    // (their loop would not end on an all-zero one).
    if (!searched_) {
      lbt_initial_search(g, g_max, st);
      searched_ = true;
    } else {
      lbt_update(u.clipped, st.numel);
    }
  }
  if (p_.policy == Policy::dsgc)
    st.lr_scale = std::max(std::exp(-20.0 * (1.0 - cosine_similarity(g, u.dequant))), 0.1);

  st.codes = std::move(u.codes);
  st.dequant = std::move(u.dequant);
  st.scale = u.scale;
  st.clip = u.clip;
  st.clipped = u.clipped;
  st.gamma_next = gamma();
  prev_g_max_ = g_max;
  has_prev_ = true;
  ++iteration_;
  return st;
}

}  // namespace golden
