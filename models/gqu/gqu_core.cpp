#include "models/gqu/gqu_core.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace int4sim::hw {
namespace {

// The counter-based generator of docs/numerics.md ("Random bits"): splitmix64's finaliser.
struct CounterRng {
  static uint64_t mix(uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  static uint64_t key(uint64_t seed, uint64_t layer, uint64_t iteration) { return mix(mix(mix(seed) ^ layer) ^ iteration); }
  static int64_t bits(uint64_t key, uint64_t index, int r) { return static_cast<int64_t>(mix(key ^ index) >> (64 - r)); }
};

float tree_max(std::vector<float> v) {
  for (size_t width = v.size(); width > 1; width = (width + 1) / 2)
    for (size_t i = 0; i < width / 2; ++i) v[i] = std::max(v[i], v[width - 1 - i]);
  return v.empty() ? 0.0f : v[0];
}

}  // namespace

GqPolicy gq_policy_from(const std::string& name) {
  if (name == "lbt") return GqPolicy::lbt;
  if (name == "fixed") return GqPolicy::fixed;
  if (name == "minmax") return GqPolicy::minmax;
  if (name == "dsgc") return GqPolicy::dsgc;
  if (name == "pwf") return GqPolicy::pwf;
  throw std::invalid_argument("unknown gradient policy '" + name + "'");
}

GquCore::GquCore(const GquConfig& cfg) : cfg_(cfg), levels_((1 << (cfg.bits - 1)) - 1), one_(int64_t{1} << cfg.gamma_frac_bits) {
  step_ = cfg_.gamma_step_lsb > 0 ? cfg_.gamma_step_lsb : std::max<int64_t>(1, std::llround(0.001 * static_cast<double>(one_)));
}

GquCore::LayerState& GquCore::state(uint64_t layer) {
  if (layer >= layers_.size()) {
    const size_t old = layers_.size();
    layers_.resize(layer + 1);
    for (size_t l = old; l < layers_.size(); ++l) {
      layers_[l].gamma_reg = cfg_.policy == GqPolicy::fixed
                                 ? std::clamp<int64_t>(std::llround(cfg_.fixed_gamma * static_cast<double>(one_)), 1, one_)
                                 : one_;
    }
  }
  return layers_[layer];
}

float GquCore::gamma_value(int64_t reg) const {
  return static_cast<float>(std::ldexp(static_cast<double>(reg), -cfg_.gamma_frac_bits));
}

double GquCore::gamma(uint64_t layer) const {
  if (layer >= layers_.size()) return const_cast<GquCore*>(this)->state(layer), gamma_value(layers_[layer].gamma_reg);
  return gamma_value(layers_[layer].gamma_reg);
}

void GquCore::begin_tensor(uint64_t layer, uint64_t numel) {
  LayerState& st = state(layer);
  layer_ = layer;
  numel_ = numel;
  key_ = CounterRng::key(cfg_.seed, layer, st.iteration + 1);
  lane_max_.assign(static_cast<size_t>(cfg_.lanes), 0.0f);
  clipped_ = 0;
  search_passes_ = 0;
  g_max_used_ = -1;  // fixed at the first quantized tile
}

bool GquCore::needs_max_pass() const {
  const LayerState& st = layers_[layer_];
  return !(cfg_.predicted_max && st.has_prev);
}

void GquCore::max_tile(const float* g, uint64_t count) {
  const int lanes = cfg_.lanes;
  for (uint64_t i = 0; i < count; ++i) {
    float& m = lane_max_[i % lanes];
    m = std::max(m, std::fabs(g[i]));
  }
}

void GquCore::quantize_range(const float* g, uint64_t first, uint64_t count, int16_t* codes, int64_t gamma_reg,
                             bool nearest, uint64_t* clipped) const {
  const int r = cfg_.rand_bits;
  auto round_code = [&](float t, uint64_t index, int limit) -> int64_t {
    const float bound = static_cast<float>(limit + 1);
    t = std::min(std::max(t, -bound), bound);
    int64_t k;
    if (nearest) {
      k = static_cast<int64_t>(std::nearbyint(t));
    } else {
      // The value in r-bit fixed point, nearest (ties up): the noise then rounds it without bias.
      const int64_t fixed = static_cast<int64_t>(std::floor(std::ldexp(static_cast<double>(t), r) + 0.5));
      k = (fixed + CounterRng::bits(key_, index, r)) >> r;  // arithmetic shift: floor division
    }
    return std::clamp<int64_t>(k, -limit, limit);
  };
  if (cfg_.policy == GqPolicy::pwf) {
    const int lp = (1 << (cfg_.bits - 2)) - 1;
    const float narrow = std::ldexp(g_max_used_, -cfg_.pwf_shift);
    const float inv_n = static_cast<float>(lp) / narrow, inv_w = static_cast<float>(lp) / g_max_used_;
    const bool none = !(g_max_used_ > 0.0f) || !std::isfinite(inv_n);
    for (uint64_t i = 0; i < count; ++i) {
      const float a = std::fabs(g[i]);
      if (clipped) *clipped += a > g_max_used_;
      if (none) {
        codes[i] = 0;
        continue;
      }
      if (a <= narrow) codes[i] = static_cast<int16_t>(round_code(g[i] * inv_n, first + i, lp));
      else codes[i] = static_cast<int16_t>(round_code(g[i] * inv_w, first + i, lp) * (int64_t{1} << cfg_.pwf_shift));
    }
    return;
  }
  const float c = g_max_used_ * gamma_value(gamma_reg);
  const float inv = static_cast<float>(levels_) / c;
  const bool none = !(c > 0.0f) || !std::isfinite(inv);
  for (uint64_t i = 0; i < count; ++i) {
    if (clipped) *clipped += std::fabs(g[i]) > c;
    codes[i] = none ? 0 : static_cast<int16_t>(round_code(g[i] * inv, first + i, levels_));
  }
}

uint64_t GquCore::dsgc_search(const float* g, uint64_t numel) {
  LayerState& st = state(layer_);
  if (st.iteration % static_cast<uint64_t>(cfg_.dsgc_period) != 0) return 0;
  if (g_max_used_ < 0) g_max_used_ = (cfg_.predicted_max && st.has_prev) ? st.prev_max : tree_max(lane_max_);
  if (!(g_max_used_ > 0.0f)) return 0;
  std::vector<int16_t> codes(numel);
  double best = 2.0;
  int64_t best_reg = one_;
  for (int k = 1; k <= cfg_.dsgc_grid; ++k) {
    const int64_t reg = std::max<int64_t>(1, std::llround(static_cast<double>(k) / cfg_.dsgc_grid * static_cast<double>(one_)));
    quantize_range(g, 0, numel, codes.data(), reg, /*nearest=*/true, nullptr);
    const float c = g_max_used_ * gamma_value(reg);
    const float delta = c / static_cast<float>(levels_);
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
    ++search_passes_;
  }
  st.gamma_reg = best_reg;
  return static_cast<uint64_t>(cfg_.dsgc_grid);
}

void GquCore::quantize_tile(const float* g, uint64_t first, uint64_t count, int16_t* codes) {
  LayerState& st = state(layer_);
  if (g_max_used_ < 0) g_max_used_ = (cfg_.predicted_max && st.has_prev) ? st.prev_max : tree_max(lane_max_);
  gamma_used_ = gamma_value(st.gamma_reg);
  if (!needs_max_pass()) max_tile(g, count);  // one pass: track this iteration's max for the next
  quantize_range(g, first, count, codes, st.gamma_reg, !cfg_.stochastic, &clipped_);
}

GquTensorResult GquCore::end_tensor(const float* g) {
  LayerState& st = state(layer_);
  GquTensorResult r;
  r.g_max = tree_max(lane_max_);
  r.g_max_used = g_max_used_ < 0 ? r.g_max : g_max_used_;
  r.gamma_used = gamma_used_;
  r.clip = cfg_.policy == GqPolicy::pwf ? r.g_max_used : r.g_max_used * gamma_value(st.gamma_reg);
  // Value of one code step: Delta = c / L, or the narrow step (g_max / 2^s) / Lp for pwf.
  if (cfg_.policy == GqPolicy::pwf)
    r.scale = std::ldexp(r.g_max_used, -cfg_.pwf_shift) / static_cast<float>((1 << (cfg_.bits - 2)) - 1);
  else
    r.scale = r.clip / static_cast<float>(levels_);
  r.clipped = clipped_;
  r.numel = numel_;
  const int levels = (1 << cfg_.bits) - 1;
  if (cfg_.policy == GqPolicy::lbt && r.g_max != 0.0f) {
    if (!st.searched) {
      // Initial search over the buffered tensor. Each step is one compare-and-count pass in
      // hardware; here the counts come from a sorted copy, which gives the same integers.
      std::vector<float> mags(numel_);
      for (uint64_t i = 0; i < numel_; ++i) mags[i] = std::fabs(g[i]);
      std::sort(mags.begin(), mags.end());
      int64_t search = st.gamma_reg;
      uint64_t moment = 0;  // Q0.32, beta = 2^-10
      const unsigned __int128 target = static_cast<unsigned __int128>(cfg_.alpha_ppm) << 32;
      bool above = false;
      while (!above) {
        const float thr = r.g_max * static_cast<float>(std::ldexp(static_cast<double>(search), -cfg_.gamma_frac_bits));
        const uint64_t count = static_cast<uint64_t>(mags.end() - std::upper_bound(mags.begin(), mags.end(), thr));
        const uint64_t ratio = static_cast<uint64_t>((static_cast<unsigned __int128>(count) << 32) / numel_);
        moment = moment - (moment >> 10) + (ratio >> 10);
        const unsigned __int128 lhs = static_cast<unsigned __int128>(moment) * static_cast<unsigned>(levels) * 1000000u;
        above = lhs > target;
        search += lhs > target ? step_ : (lhs < target ? -step_ : 0);
        if (++search_passes_ > 10000000) throw std::logic_error("GQU initial search did not end");
      }
      st.gamma_reg = std::clamp<int64_t>(search, step_, one_);
      st.searched = true;
    } else {
      const unsigned __int128 lhs = static_cast<unsigned __int128>(clipped_) * static_cast<unsigned>(levels) * 1000000u;
      const unsigned __int128 rhs = static_cast<unsigned __int128>(cfg_.alpha_ppm) * numel_;
      const int64_t dir = lhs > rhs ? 1 : (lhs < rhs ? -1 : 0);
      st.gamma_reg = std::clamp<int64_t>(st.gamma_reg + dir * step_, step_, one_);
    }
  }
  r.gamma_next = gamma_value(st.gamma_reg);
  r.search_passes = search_passes_;
  st.prev_max = r.g_max;
  st.has_prev = true;
  ++st.iteration;
  return r;
}

}  // namespace int4sim::hw
