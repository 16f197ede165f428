#pragma once
// Gradient quantizer unit (GQU) as plain C++: the datapath in the accelerator's fixed-point formats
// (docs/numerics.md, hw arithmetic) processed lane by lane, with its per-layer interval-update
// state. Implemented from the specification independently of golden/ (which checks it).
//
// A tensor is processed as: begin_tensor(), max_tile() over every tile (exact mode), then
// quantize_tile() over every tile (in any order: element indices are global), then end_tensor()
// which runs the gamma update (or the initial search) and reports the passes it took.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/registry.h"

namespace int4sim::hw {

struct GquConfig {
  int bits = 4;
  std::string policy = "lbt";  // a name of gqu_policies() (models/gqu/policies/)
  bool stochastic = true;
  bool predicted_max = false;
  double fixed_gamma = 0.8;
  int rand_bits = 8;
  int64_t alpha_ppm = 1000;
  int gamma_frac_bits = 15;
  int64_t gamma_step_lsb = 0;  // 0 = nearest LSB to 0.001
  int dsgc_grid = 100;
  int dsgc_period = 1;
  int pwf_shift = 3;
  uint64_t seed = 1;
  int lanes = 32;
};

struct GquTensorResult {
  float g_max = 0, g_max_used = 0, clip = 0, scale = 0;
  double gamma_used = 0, gamma_next = 0;
  uint64_t clipped = 0, numel = 0;
  uint64_t search_passes = 0;
};

class GquCore;

namespace gqu_detail {
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
}  // namespace gqu_detail

// The per-layer interval-update state the GQU keeps in its registers.
struct GquLayerState {
  int64_t gamma_reg = 0;  // gamma * 2^frac_bits
  bool searched = false;
  bool has_prev = false;
  float prev_max = 0;
  uint64_t iteration = 0;  // completed iterations
};

// What a tensor's searches cost the unit, known before the tensor is seen: it depends on the
// layer's state and the configuration, never on the values, so that a run without values
// (--timing-only) takes the cycles and energy of one with them (docs/timing.md, "Gradient
// quantizer").
struct GquSearchPlan {
  uint64_t before_passes = 0;   // passes that round every element of the buffered tensor (and accumulate a cosine) before it is quantized (DSGC's grid)
  uint64_t after_passes = 0;    // passes after it (LBT's initial search: one histogram pass)
  uint64_t after_cycles = 0;    // fixed cycles after those passes (LBT: the scan over the histogram)
  uint64_t compares_per_element = 0;  // threshold compares per element in the after-passes
};

// A clipping policy of the GQU: one file per policy in models/gqu/policies/, registered by name in
// models/gqu/policies/registry.cpp. The core calls these hooks; the defaults are plain clipping at
// c = gamma * g_max with gamma left as it is.
class GquPolicy {
 public:
  virtual ~GquPolicy() = default;
  // The gamma register a layer starts with (default: 1.0).
  virtual int64_t initial_gamma(const GquCore& core) const;
  // Codes of elements [first, first + count) at the register `gamma_reg`; counts entries above
  // the clip into *clipped when given.
  virtual void quantize(const GquCore& core, const float* g, uint64_t first, uint64_t count, int16_t* codes,
                        int64_t gamma_reg, bool nearest, uint64_t* clipped) const;
  // The clip value and the value of one code step of the tensor just quantized.
  virtual void clip_and_scale(const GquCore& core, int64_t gamma_reg, GquTensorResult& r) const;
  // With the whole tensor buffered, before it is quantized: a search that sets gamma (DSGC);
  // returns the passes it took.
  virtual uint64_t before_quantize(GquCore&, GquLayerState&, const float*, uint64_t) { return 0; }
  // After the tensor: the gamma update (LBT's step, or its initial search).
  virtual void update(GquCore&, GquLayerState&, const float*, GquTensorResult&) {}
  // The cost of the searches the next tensor of a layer in state `st` will make.
  virtual GquSearchPlan search_plan(const GquCore&, const GquLayerState&) const { return {}; }
  // Without values: the state a non-zero tensor's update would leave (LBT: searched).
  virtual void assume_update(GquLayerState&) const {}
};

// Every policy the GQU implements, by the names gq.policy takes.
const Registry<GquPolicy>& gqu_policies();

class GquCore {
 public:
  explicit GquCore(const GquConfig& cfg);

  // Starts the tensor of `layer` for its next iteration. `numel` is the whole tensor's size.
  void begin_tensor(uint64_t layer, uint64_t numel);
  // Whether this tensor needs pass 1 (exact mode, or the first iteration in predicted mode).
  bool needs_max_pass() const;
  // Pass 1 (exact mode): lane-wise max |g| over a tile.
  void max_tile(const float* g, uint64_t count);
  // Pass 2: codes for elements [first, first + count) of the flat tensor; counts clipped entries.
  // A policy that searches before quantizing (DSGC) needs the whole tensor: call
  // search_before_quantize() between the passes.
  void quantize_tile(const float* g, uint64_t first, uint64_t count, int16_t* codes);
  // The policy's search over the whole (buffered) tensor before it is quantized; returns its
  // passes (0 for policies without one).
  uint64_t search_before_quantize(const float* g, uint64_t numel);
  // Gamma update (LBT: per-iteration step, or the initial search over the buffered tensor `g`).
  GquTensorResult end_tensor(const float* g);
  // The tensor begun, without its values (timing-only runs): the layer's state advances as a
  // non-zero tensor's would, so that later tensors are planned alike.
  void skip_tensor();
  // The cost of the searches of the tensor begun (call after begin_tensor).
  GquSearchPlan search_plan() const;

  // Cycles of one pass over `count` elements.
  uint64_t pass_cycles(uint64_t count) const { return (count + cfg_.lanes - 1) / cfg_.lanes; }
  double gamma(uint64_t layer) const;
  const GquConfig& config() const { return cfg_; }

  // For the policies: the datapath's constants and operations.
  int levels() const { return levels_; }         // L = 2^(b-1) - 1
  int64_t gamma_one() const { return one_; }     // the register value of gamma = 1
  int64_t gamma_step() const { return step_; }   // the update step, register LSBs
  float gamma_value(int64_t reg) const;
  float g_max_used() const { return g_max_used_; }
  void set_g_max_used(float v) { g_max_used_ = v; }
  float lane_max() const;                        // max |g| of the lanes so far (tree reduction)
  uint64_t numel() const { return numel_; }
  uint64_t clipped() const { return clipped_; }
  void count_search_pass();                      // throws when a search does not end
  // A scaled element t rounded to an integer code in -limit..limit, nearest or stochastically
  // with the random bits of element `index`.
  // Inline: the policies call it once per element.
  int64_t round_code(float t, uint64_t index, int limit, bool nearest) const {
    const float bound = static_cast<float>(limit + 1);
    t = std::min(std::max(t, -bound), bound);
    int64_t k;
    if (nearest) {
      k = static_cast<int64_t>(std::nearbyint(t));
    } else {
      // The value in r-bit fixed point, nearest (ties up): the noise then rounds it without bias.
      const int r = cfg_.rand_bits;
      const int64_t fixed = static_cast<int64_t>(std::floor(std::ldexp(static_cast<double>(t), r) + 0.5));
      k = (fixed + gqu_detail::CounterRng::bits(key_, index, r)) >> r;  // arithmetic shift: floor division
    }
    return std::clamp<int64_t>(k, -limit, limit);
  }

 private:
  GquLayerState& state(uint64_t layer);

  GquConfig cfg_;
  std::unique_ptr<GquPolicy> policy_;
  int levels_;  // L = 2^(b-1) - 1
  int64_t one_, step_;
  std::vector<GquLayerState> layers_;
  // The tensor in flight.
  uint64_t layer_ = 0, numel_ = 0, key_ = 0;
  std::vector<float> lane_max_;
  float g_max_used_ = 0;
  uint64_t clipped_ = 0, search_passes_ = 0;
  double gamma_used_ = 0;
};

}  // namespace int4sim::hw
