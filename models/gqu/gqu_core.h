#pragma once
// Gradient quantizer unit (GQU) as plain C++: the datapath in the accelerator's fixed-point formats
// (docs/numerics.md, hw arithmetic) processed lane by lane, with its per-layer interval-update
// state. Implemented from the specification independently of golden/ (which checks it).
//
// A tensor is processed as: begin_tensor(), max_tile() over every tile (exact mode), then
// quantize_tile() over every tile (in any order: element indices are global), then end_tensor()
// which runs the gamma update (or the initial search) and reports the passes it took.
#include <cstdint>
#include <string>
#include <vector>

namespace int4sim::hw {

enum class GqPolicy { lbt, fixed, minmax, dsgc, pwf };

struct GquConfig {
  int bits = 4;
  GqPolicy policy = GqPolicy::lbt;
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
  // DSGC needs the whole tensor for its search: call dsgc_search() between the passes.
  void quantize_tile(const float* g, uint64_t first, uint64_t count, int16_t* codes);
  // DSGC only: the candidate-gamma search over the whole (buffered) tensor; returns its passes.
  uint64_t dsgc_search(const float* g, uint64_t numel);
  // Gamma update (LBT: per-iteration step, or the initial search over the buffered tensor `g`).
  GquTensorResult end_tensor(const float* g);

  // Cycles of one pass over `count` elements.
  uint64_t pass_cycles(uint64_t count) const { return (count + cfg_.lanes - 1) / cfg_.lanes; }
  double gamma(uint64_t layer) const;
  const GquConfig& config() const { return cfg_; }

 private:
  struct LayerState {
    int64_t gamma_reg = 0;  // gamma * 2^frac_bits
    bool searched = false;
    bool has_prev = false;
    float prev_max = 0;
    uint64_t iteration = 0;  // completed iterations
  };
  LayerState& state(uint64_t layer);
  float gamma_value(int64_t reg) const;
  void quantize_range(const float* g, uint64_t first, uint64_t count, int16_t* codes, int64_t gamma_reg, bool nearest,
                      uint64_t* clipped) const;

  GquConfig cfg_;
  int levels_;  // L = 2^(b-1) - 1
  int64_t one_, step_;
  std::vector<LayerState> layers_;
  // The tensor in flight.
  uint64_t layer_ = 0, numel_ = 0, key_ = 0;
  std::vector<float> lane_max_;
  float g_max_used_ = 0;
  uint64_t clipped_ = 0, search_passes_ = 0;
  double gamma_used_ = 0;
};

GqPolicy gq_policy_from(const std::string& name);

}  // namespace int4sim::hw
