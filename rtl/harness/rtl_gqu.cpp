#include "rtl/harness/rtl_gqu.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "Vgqu_top_l32.h"
#include "Vgqu_top_l4.h"
#include "verilated.h"

namespace int4sim::rtl {
namespace {

constexpr int kHistLog = 11;  // gqu_top HIST_LOG: the initial search's bins
enum : uint8_t { kOpMax = 0, kOpQuant = 1, kOpUpdate = 2 };

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
float float_of(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

// Verilator maps a port to an integer up to 64 bits and to VlWide beyond: 32-bit words of either.
template <typename T>
void set_word(T& port, int i, uint32_t v) {
  if constexpr (std::is_integral_v<T>) {
    const int shift = 32 * i;
    if (shift >= static_cast<int>(8 * sizeof(T))) return;
    const T mask = static_cast<T>(static_cast<T>(0xffffffffu) << shift);
    port = static_cast<T>((port & ~mask) | (static_cast<T>(v) << shift));
  } else {
    port[i] = v;
  }
}
template <typename T>
uint32_t get_word(const T& port, int i) {
  if constexpr (std::is_integral_v<T>) {
    const int shift = 32 * i;
    return shift >= static_cast<int>(8 * sizeof(T)) ? 0u : static_cast<uint32_t>(port >> shift);
  } else {
    return port[i];
  }
}

}  // namespace

struct RtlGqu::Impl {
  virtual ~Impl() = default;
  virtual RtlGquTensor quantize(uint64_t layer, const std::vector<float>& g) = 0;
};

namespace {

// The cycle-by-cycle driver of one Verilated lane count.
template <typename V, int Lanes>
class Driver : public RtlGqu::Impl {
 public:
  explicit Driver(const hw::GquConfig& cfg) : ctx_(new VerilatedContext), top_(new V(ctx_.get())) {
    frac_ = cfg.gamma_frac_bits;
    const int64_t one = int64_t{1} << frac_;
    const int64_t step = cfg.gamma_step_lsb > 0 ? cfg.gamma_step_lsb
                                                : std::max<int64_t>(1, std::llround(0.001 * static_cast<double>(one)));
    if (step >= (int64_t{1} << 21)) throw std::invalid_argument("rtl gqu: gamma step needs more than 21 bits");
    if (cfg.policy == "lbt" && one / step + 1 >= (int64_t{1} << kHistLog))
      throw std::invalid_argument("rtl gqu: the LBT initial search needs more than 2^11 - 1 thresholds");
    const int policy = cfg.policy == "lbt" ? 0 : cfg.policy == "fixed" ? 1 : 2;
    // The fixed policy's register value, rounded as the native model programs it (fixed.cpp).
    const int64_t fixed = std::clamp<int64_t>(std::llround(cfg.fixed_gamma * static_cast<double>(one)), 1, one);
    top_->cfg_bits = static_cast<uint8_t>(cfg.bits);
    top_->cfg_policy = static_cast<uint8_t>(policy);
    top_->cfg_stochastic = cfg.stochastic;
    top_->cfg_rand_bits = static_cast<uint8_t>(cfg.rand_bits);
    top_->cfg_frac = static_cast<uint8_t>(frac_);
    top_->cfg_step = static_cast<uint32_t>(step);
    top_->cfg_alpha_ppm = static_cast<uint32_t>(cfg.alpha_ppm);
    top_->cfg_fixed_gamma = static_cast<uint32_t>(fixed);
    top_->cfg_seed = cfg.seed;
    top_->op_start = 0;
    top_->in_valid = 0;
    top_->rst = 1;
    tick();
    tick();
    top_->rst = 0;
  }

  RtlGquTensor quantize(uint64_t layer, const std::vector<float>& g) override {
    if (layer >= static_cast<uint64_t>(RtlGqu::kLayers)) throw std::invalid_argument("rtl gqu: layer beyond the register file");
    if (g.empty() || g.size() > 0xffffffffull) throw std::invalid_argument("rtl gqu: tensor size out of range");
    for (float v : g)
      if (!std::isfinite(v)) throw std::invalid_argument("rtl gqu: non-finite gradient");
    const uint64_t n = g.size();
    RtlGquTensor r;
    r.codes.assign(n, 0);
    top_->t_layer = static_cast<uint8_t>(layer);
    top_->t_numel = static_cast<uint32_t>(n);

    r.max_cycles = run_op(kOpMax, &g, [&] { return top_->max_done != 0; });
    r.g_max = float_of(top_->gmax);
    r.setup_cycles = run_op(-1, nullptr, [&] { return top_->setup_done != 0; });
    r.clip = float_of(top_->clip_c);
    r.scale = float_of(top_->scale);
    r.gamma_used = gamma_of(top_->gamma_reg);

    uint64_t out_beat = 0;
    r.quant_cycles = run_op(kOpQuant, &g, [&] {
      if (!top_->out_valid) return false;
      for (int l = 0; l < Lanes; ++l) {
        const uint64_t i = out_beat * Lanes + static_cast<uint64_t>(l);
        const auto byte = static_cast<uint8_t>(get_word(top_->out_codes, l / 4) >> (8 * (l % 4)));
        if (i < n) r.codes[i] = static_cast<int8_t>(byte);
      }
      ++out_beat;
      return top_->out_last != 0;
    });
    if (out_beat != (n + Lanes - 1) / Lanes) throw std::logic_error("rtl gqu: wrong number of output beats");
    r.clipped = top_->clipped;

    r.searched = top_->needs_search != 0;
    r.update_cycles = run_op(kOpUpdate, r.searched ? &g : nullptr, [&] { return top_->upd_done != 0; });
    r.gamma_next = gamma_of(top_->gamma_next);
    r.search_steps = r.searched ? top_->search_steps : 0;
    if (top_->search_overrun) throw std::logic_error("rtl gqu: the initial search outlasted its fixed scan");
    return r;
  }


 private:
  double gamma_of(uint32_t reg) const {
    return static_cast<float>(std::ldexp(static_cast<double>(reg), -frac_));
  }

  void tick() {
    top_->clk = 0;
    top_->eval();
    top_->clk = 1;
    top_->eval();
  }

  // Issues op `kind` (none when negative) in cycle 0, streams `g` a beat a cycle from there when
  // given, and returns the index of the first cycle in which `done` holds, plus 1.
  template <typename Done>
  uint64_t run_op(int kind, const std::vector<float>* g, Done done) {
    const uint64_t n = g ? g->size() : 0;
    const uint64_t beats = (n + Lanes - 1) / Lanes;
    const uint64_t limit = beats + 200000;  // the longest scan is ~1000 + a few hundred cycles
    for (uint64_t c = 0; c <= limit; ++c) {
      top_->op_start = kind >= 0 && c == 0;
      top_->op_kind = static_cast<uint8_t>(kind >= 0 ? kind : 0);
      top_->in_valid = c < beats;
      if (c < beats)
        for (int l = 0; l < Lanes; ++l) {
          const uint64_t i = c * Lanes + static_cast<uint64_t>(l);
          set_word(top_->in_data, l, i < n ? bits_of((*g)[i]) : 0u);
        }
      top_->clk = 0;
      top_->eval();
      if (done()) {
        top_->op_start = 0;
        top_->in_valid = 0;
        tick();
        return c + 1;
      }
      top_->clk = 1;
      top_->eval();
      }
    throw std::logic_error("rtl gqu: op did not finish");
  }

  std::unique_ptr<VerilatedContext> ctx_;
  std::unique_ptr<V> top_;
  int frac_ = 15;
};

}  // namespace

std::vector<int> RtlGqu::lane_counts() { return {4, 32}; }

RtlGqu::RtlGqu(const hw::GquConfig& cfg) {
  if (cfg.policy != "lbt" && cfg.policy != "fixed" && cfg.policy != "minmax")
    throw std::invalid_argument("rtl gqu: policy '" + cfg.policy + "' is not in the RTL (lbt, fixed, minmax are)");
  if (cfg.predicted_max) throw std::invalid_argument("rtl gqu: predicted g_max is not in the RTL");
  if (cfg.bits < 2 || cfg.bits > 8 || cfg.rand_bits < 1 || cfg.rand_bits > 24 || cfg.gamma_frac_bits < 10 ||
      cfg.gamma_frac_bits > 30 || cfg.alpha_ppm < 0 || cfg.alpha_ppm >= (int64_t{1} << 20) || cfg.gamma_step_lsb < 0)
    throw std::invalid_argument("rtl gqu: configuration outside the RTL's register widths");
  if (cfg.lanes == 4)
    impl_ = std::make_unique<Driver<Vgqu_top_l4, 4>>(cfg);
  else if (cfg.lanes == 32)
    impl_ = std::make_unique<Driver<Vgqu_top_l32, 32>>(cfg);
  else
    throw std::invalid_argument("rtl gqu: " + std::to_string(cfg.lanes) + " lanes not Verilated (4, 32 are)");
}

RtlGqu::~RtlGqu() = default;

RtlGquTensor RtlGqu::quantize(uint64_t layer, const std::vector<float>& g) { return impl_->quantize(layer, g); }


}  // namespace int4sim::rtl
