#pragma once
// The gradient quantizer with its clipping policies and the LBT interval update
// (spec: ../shared/spec/lbt-method.md; formats: docs/numerics.md).
//
// One GradQuantizer holds the state of one layer across iterations. step() takes that
// iteration's full-precision dL/dy, quantizes it with the gamma set after the previous iteration,
// then updates gamma from it, exactly as the authors' training loop does.
#include <cstdint>
#include <string>
#include <vector>

#include "golden/quantizers.h"

namespace golden {

enum class Policy { lbt, fixed, minmax, dsgc, pwf };
// The names the configuration and the bindings use: lbt, fixed, minmax, dsgc, pwf.
const char* policy_name(Policy p);
// Throws std::invalid_argument for any other name.
Policy policy_from_name(const std::string& name);
enum class GmaxMode { exact, predicted };

struct GradQuantParams {
  int bits = 4;
  Policy policy = Policy::lbt;
  Rounding rounding = Rounding::stochastic;
  Arith arith = Arith::hw;
  GmaxMode mode = GmaxMode::exact;
  double fixed_gamma = 0.8;   // policy fixed
  int rand_bits = 8;          // hw stochastic rounding
  double alpha = 1e-3;        // LBT: target clipped fraction alpha / (2^b - 1)
  int gamma_frac_bits = 15;   // hw gamma register: unsigned, this many fraction bits
  int gamma_step_lsb = 0;     // hw update step; 0 = round(0.001 * 2^frac_bits)
  int dsgc_grid = 100;
  int dsgc_period = 1;
  int pwf_shift = 3;
  uint64_t seed = 1;
  uint64_t layer = 0;
};

struct GradQuantStep {
  std::vector<int16_t> codes;   // integer operand values for the backward GEMMs
  std::vector<float> dequant;   // g_hat
  float scale = 0;              // value of one integer unit of `codes` (hw)
  double gamma_used = 1;        // gamma this iteration's quantization used
  double gamma_next = 1;        // gamma after this iteration's update
  float g_max = 0;              // exact max |g| of this iteration
  float g_max_used = 0;         // the max the quantizer used (predicted mode: previous iteration's)
  float clip = 0;               // c
  uint64_t clipped = 0;         // entries with |g| > c
  uint64_t numel = 0;
  uint64_t search_passes = 0;   // extra compare/quantize passes of a gamma search (LBT init, DSGC)
  double lr_scale = 1;          // DSGC's learning-rate scale max(exp(-20 d_c), 0.1); 1 otherwise
};

class GradQuantizer {
 public:
  explicit GradQuantizer(const GradQuantParams& p);
  // Quantizes one iteration's gradient (finite values, at least one element) and updates gamma.
  GradQuantStep step(const std::vector<float>& g);
  double gamma() const;
  uint64_t iteration() const { return iteration_; }

  // hw gamma register facts, for documentation and tests.
  int64_t gamma_one_lsb() const { return int64_t{1} << p_.gamma_frac_bits; }
  int64_t gamma_step_lsb() const { return step_lsb_; }

 private:
  struct Uniform {  // result of the plain uniform quantizer for one gamma
    std::vector<int16_t> codes;
    std::vector<float> dequant;
    float scale = 0, clip = 0;
    uint64_t clipped = 0;
  };
  Uniform quantize_uniform(const std::vector<float>& g, float g_max, Rounding rounding) const;
  Uniform quantize_pwf(const std::vector<float>& g, float g_max) const;
  void lbt_initial_search(const std::vector<float>& g, float g_max, GradQuantStep& s);
  void lbt_update(uint64_t clipped, uint64_t numel);
  void dsgc_search(const std::vector<float>& g, float g_max, GradQuantStep& s);
  float gamma_float() const;  // current gamma as the float32 the datapath multiplies by

  GradQuantParams p_;
  uint64_t iteration_ = 0;   // iterations done
  bool searched_ = false;    // LBT initial search done
  float gamma_paper_ = 1.0f; // paper arithmetic: float32 register
  int64_t gamma_q_ = 0;      // hw arithmetic: gamma * 2^frac_bits
  int64_t step_lsb_ = 0;
  int64_t alpha_ppm_ = 0;    // hw: alpha = alpha_ppm / 1e6
  float prev_g_max_ = 0;
  bool has_prev_ = false;
};

}  // namespace golden
