#include "models/gqu/gqu_core.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace int4sim::hw {
namespace {

float tree_max(std::vector<float> v) {
  for (size_t width = v.size(); width > 1; width = (width + 1) / 2)
    for (size_t i = 0; i < width / 2; ++i) v[i] = std::max(v[i], v[width - 1 - i]);
  return v.empty() ? 0.0f : v[0];
}

}  // namespace

GquCore::GquCore(const GquConfig& cfg)
    : cfg_(cfg), policy_(gqu_policies().make(cfg.policy)), levels_((1 << (cfg.bits - 1)) - 1), one_(int64_t{1} << cfg.gamma_frac_bits) {
  step_ = cfg_.gamma_step_lsb > 0 ? cfg_.gamma_step_lsb : std::max<int64_t>(1, std::llround(0.001 * static_cast<double>(one_)));
}

GquLayerState& GquCore::state(uint64_t layer) {
  if (layer >= layers_.size()) {
    const size_t old = layers_.size();
    layers_.resize(layer + 1);
    for (size_t l = old; l < layers_.size(); ++l) layers_[l].gamma_reg = policy_->initial_gamma(*this);
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

float GquCore::lane_max() const { return tree_max(lane_max_); }

void GquCore::count_search_pass() {
  if (++search_passes_ > 10000000) throw std::logic_error("GQU search did not end");
}

void GquCore::begin_tensor(uint64_t layer, uint64_t numel) {
  GquLayerState& st = state(layer);
  layer_ = layer;
  numel_ = numel;
  key_ = gqu_detail::CounterRng::key(cfg_.seed, layer, st.iteration + 1);
  lane_max_.assign(static_cast<size_t>(cfg_.lanes), 0.0f);
  clipped_ = 0;
  search_passes_ = 0;
  g_max_used_ = -1;  // fixed at the first quantized tile
}

bool GquCore::needs_max_pass() const {
  const GquLayerState& st = layers_[layer_];
  return !(cfg_.predicted_max && st.has_prev);
}

void GquCore::max_tile(const float* g, uint64_t count) {
  const int lanes = cfg_.lanes;
  for (uint64_t i = 0; i < count; ++i) {
    float& m = lane_max_[i % lanes];
    m = std::max(m, std::fabs(g[i]));
  }
}

uint64_t GquCore::search_before_quantize(const float* g, uint64_t numel) {
  GquLayerState& st = state(layer_);
  return policy_->before_quantize(*this, st, g, numel);
}

void GquCore::quantize_tile(const float* g, uint64_t first, uint64_t count, int16_t* codes) {
  GquLayerState& st = state(layer_);
  if (g_max_used_ < 0) g_max_used_ = (cfg_.predicted_max && st.has_prev) ? st.prev_max : tree_max(lane_max_);
  gamma_used_ = gamma_value(st.gamma_reg);
  if (!needs_max_pass()) max_tile(g, count);  // one pass: track this iteration's max for the next
  policy_->quantize(*this, g, first, count, codes, st.gamma_reg, !cfg_.stochastic, &clipped_);
}

GquTensorResult GquCore::end_tensor(const float* g) {
  GquLayerState& st = state(layer_);
  GquTensorResult r;
  r.g_max = tree_max(lane_max_);
  r.g_max_used = g_max_used_ < 0 ? r.g_max : g_max_used_;
  r.gamma_used = gamma_used_;
  policy_->clip_and_scale(*this, st.gamma_reg, r);
  r.clipped = clipped_;
  r.numel = numel_;
  policy_->update(*this, st, g, r);
  r.gamma_next = gamma_value(st.gamma_reg);
  r.search_passes = search_passes_;
  st.prev_max = r.g_max;
  st.has_prev = true;
  ++st.iteration;
  return r;
}

void GquCore::skip_tensor() {
  GquLayerState& st = state(layer_);
  policy_->assume_update(st);
  st.has_prev = true;
  ++st.iteration;
}

GquSearchPlan GquCore::search_plan() const {
  return policy_->search_plan(*this, layers_[layer_]);
}

// ---- the default policy hooks: clipping at c = gamma * g_max -----------------------------------

int64_t GquPolicy::initial_gamma(const GquCore& core) const { return core.gamma_one(); }

void GquPolicy::quantize(const GquCore& core, const float* g, uint64_t first, uint64_t count, int16_t* codes,
                         int64_t gamma_reg, bool nearest, uint64_t* clipped) const {
  const float c = core.g_max_used() * core.gamma_value(gamma_reg);
  const float inv = static_cast<float>(core.levels()) / c;
  const bool none = !(c > 0.0f) || !std::isfinite(inv);
  for (uint64_t i = 0; i < count; ++i) {
    if (clipped) *clipped += std::fabs(g[i]) > c;
    codes[i] = none ? 0 : static_cast<int16_t>(core.round_code(g[i] * inv, first + i, core.levels(), nearest));
  }
}

// Value of one code step: Delta = c / L.
void GquPolicy::clip_and_scale(const GquCore& core, int64_t gamma_reg, GquTensorResult& r) const {
  r.clip = r.g_max_used * core.gamma_value(gamma_reg);
  r.scale = r.clip / static_cast<float>(core.levels());
}

}  // namespace int4sim::hw
