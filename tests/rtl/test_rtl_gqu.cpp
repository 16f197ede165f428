// The gradient quantizer unit's RTL (rtl/gqu/, Verilated) against the golden model's hw arithmetic
// (codes, clipped count, g_max, c, Delta, gamma before and after, search steps) and against the
// native model's cycles per pass (models/gqu/gqu.cpp): every tensor, exact equality.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "golden/grad_quantizer.h"
#include "models/gqu/gqu_core.h"
#include "rtl/harness/rtl_gqu.h"

namespace {

using int4sim::hw::GquConfig;
using int4sim::rtl::RtlGqu;

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

// The tensor shapes the unit must survive: ordinary heavy-tailed gradients, outliers 1e3x the
// rest, subnormals (alone: c subnormal, inv overflowing; or mixed in), zeros, a single element,
// values on fine binary grids (rounding ties), values near FLT_MAX.
enum class Kind { heavy, outliers, subnormal, mixed_subnormal, zeros, single, grid, sparse, huge, tiny, large, large_sparse };
const char* kind_name(Kind k) {
  static const char* names[] = {"heavy", "outliers", "subnormal", "mixed_subnormal", "zeros",
                                "single", "grid", "sparse", "huge", "tiny", "large", "large_sparse"};
  return names[static_cast<int>(k)];
}

std::vector<float> make_tensor(std::mt19937_64& rng, Kind kind) {
  std::uniform_int_distribution<int> size_class(0, 3);
  const int cls = size_class(rng);
  // large: a first LBT tensor whose initial search runs hundreds of steps; large_sparse: one
  // non-zero in more than 15000 (its fraction below alpha / 15), so the search runs past gamma = 0.
  const size_t n = kind == Kind::single         ? 1
                   : kind == Kind::large        ? 3000 + rng() % 17000
                   : kind == Kind::large_sparse ? 16000 + rng() % 4000
                   : cls == 0                   ? 1 + rng() % 16
                   : cls == 1                   ? 1 + rng() % 200
                                                : 1 + rng() % 3000;
  std::normal_distribution<double> normal(0.0, 1.0);
  std::chi_squared_distribution<double> chi2(3.0);
  const double scale = std::pow(10.0, -6.0 + 6.0 * std::uniform_real_distribution<double>(0, 1)(rng));
  auto student = [&] { return normal(rng) / std::sqrt(chi2(rng) / 3.0); };
  auto subnormal = [&] {
    uint32_t u = static_cast<uint32_t>(rng()) & 0x807fffffu;  // exponent field 0
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  };
  std::vector<float> g(n);
  for (size_t i = 0; i < n; ++i) {
    switch (kind) {
      case Kind::heavy:
      case Kind::large:
      case Kind::single: g[i] = static_cast<float>(scale * student()); break;
      case Kind::large_sparse: g[i] = 0.0f; break;
      case Kind::outliers: g[i] = static_cast<float>(1e-3 * scale * normal(rng) * (rng() % 97 == 0 ? 1e3 : 1.0)); break;
      case Kind::subnormal: g[i] = subnormal(); break;
      case Kind::mixed_subnormal: g[i] = rng() % 3 == 0 ? subnormal() : static_cast<float>(1e-36 * student()); break;
      case Kind::zeros: g[i] = rng() % 2 ? 0.0f : -0.0f; break;
      case Kind::grid: {
        // Multiples of 2^-sh, sh = 1..10, in [-7, 7]: with g_max = 7 and a power-of-two inv (L = 7,
        // gamma 1 or 1/2) t keeps them, so t * 2^r lands exactly on halves (and t on ties).
        const int sh = 1 + static_cast<int>(rng() % 10);
        const int64_t span = int64_t{7} << sh;
        g[i] = std::ldexp(static_cast<float>(static_cast<int64_t>(rng() % static_cast<uint64_t>(2 * span + 1)) - span), -sh);
        break;
      }
      case Kind::sparse: g[i] = rng() % 50 == 0 ? static_cast<float>(scale * student()) : 0.0f; break;
      case Kind::huge: g[i] = static_cast<float>(3.0e38 * std::tanh(student())); break;
      case Kind::tiny: g[i] = static_cast<float>(1e-38 * student()); break;
    }
  }
  if (kind == Kind::outliers) g[rng() % n] = static_cast<float>(scale);  // at least one outlier
  if (kind == Kind::grid) g[rng() % n] = 7.0f;  // g_max = 7: with gamma 1, t = g exactly
  if (kind == Kind::large_sparse) g[rng() % n] = static_cast<float>(scale * student());
  return g;
}

Kind random_kind(std::mt19937_64& rng) {
  // Ordinary gradients most often; every edge case regularly.
  static const Kind table[] = {Kind::heavy,    Kind::heavy,  Kind::heavy, Kind::outliers, Kind::outliers,
                               Kind::subnormal, Kind::mixed_subnormal, Kind::zeros, Kind::single,
                               Kind::grid,     Kind::sparse, Kind::huge,  Kind::tiny};
  return table[rng() % (sizeof(table) / sizeof(table[0]))];
}

struct Setup {
  std::string policy;
  bool stochastic;
  int rand_bits;
  int bits;
  int lanes;
  double fixed_gamma;
  int layers;
  int iterations;
  bool first_zero;  // layer 0 starts with an all-zero tensor (the LBT search waits for a non-zero one)
  int64_t alpha_ppm = 1000;
  int gamma_frac_bits = 15;
  bool grid_only = false;  // every tensor on the binary grids (exact halves for stochastic rounding)
};

// The first tensor of an LBT layer decides its initial search: make those deep.
Kind first_kind(const Setup& s, int layer, int iteration, std::mt19937_64& rng) {
  if (s.grid_only) return Kind::grid;
  if (s.policy != "lbt") return random_kind(rng);
  if (s.first_zero && layer == 0) return iteration == 1 ? Kind::zeros : iteration == 2 ? Kind::large : random_kind(rng);
  if (iteration != 1) return random_kind(rng);
  return layer % 2 == 0 ? Kind::large : Kind::large_sparse;
}

int first_difference(const std::vector<int16_t>& a, const std::vector<int16_t>& b) {
  if (a.size() != b.size()) return -2;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return static_cast<int>(i);
  return -1;
}

// Runs every layer of `s` for its iterations through the RTL, the golden model and the native
// model; returns the tensors compared.
uint64_t run_setup(const Setup& s, uint64_t seed) {
  GquConfig cfg;
  cfg.bits = s.bits;
  cfg.policy = s.policy;
  cfg.stochastic = s.stochastic;
  cfg.rand_bits = s.rand_bits;
  cfg.fixed_gamma = s.fixed_gamma;
  cfg.seed = seed;
  cfg.lanes = s.lanes;
  cfg.alpha_ppm = s.alpha_ppm;
  cfg.gamma_frac_bits = s.gamma_frac_bits;
  RtlGqu rtl(cfg);
  int4sim::hw::GquCore native(cfg);
  std::vector<golden::GradQuantizer> gold;
  for (int l = 0; l < s.layers; ++l) {
    golden::GradQuantParams p;
    p.bits = s.bits;
    p.policy = golden::policy_from_name(s.policy);
    p.rounding = s.stochastic ? golden::Rounding::stochastic : golden::Rounding::nearest;
    p.arith = golden::Arith::hw;
    p.mode = golden::GmaxMode::exact;
    p.fixed_gamma = s.fixed_gamma;
    p.rand_bits = s.rand_bits;
    p.alpha = static_cast<double>(cfg.alpha_ppm) / 1e6;
    p.gamma_frac_bits = cfg.gamma_frac_bits;
    p.seed = seed;
    p.layer = static_cast<uint64_t>(l);
    gold.emplace_back(p);
  }
  std::mt19937_64 rng(seed * 7919 + static_cast<uint64_t>(s.lanes));
  uint64_t tensors = 0;
  for (int it = 1; it <= s.iterations; ++it) {
    for (int l = 0; l < s.layers; ++l) {
      const Kind kind = first_kind(s, l, it, rng);
      const std::vector<float> g = make_tensor(rng, kind);
      const uint64_t n = g.size();
      INFO(s.policy << (s.stochastic ? " stochastic r=" + std::to_string(s.rand_bits) : std::string(" nearest"))
                    << " b=" << s.bits << " F=" << s.gamma_frac_bits << " alpha_ppm=" << s.alpha_ppm
                    << " lanes=" << s.lanes << " layer " << l << " iteration " << it << " "
                    << kind_name(kind) << " n=" << n);

      const golden::GradQuantStep want = gold[static_cast<size_t>(l)].step(g);

      // The native model: its results, and the cycles gqu.cpp charges for the three ops.
      native.begin_tensor(static_cast<uint64_t>(l), n);
      const int4sim::hw::GquSearchPlan plan = native.search_plan();
      std::vector<int16_t> native_codes(n);
      native.max_tile(g.data(), n);
      native.quantize_tile(g.data(), 0, n, native_codes.data());
      const int4sim::hw::GquTensorResult nat = native.end_tensor(g.data());
      const uint64_t pass = native.pass_cycles(n) + 8;  // gq.pipeline = 8
      const uint64_t update = plan.after_passes * pass + plan.after_cycles + 8;

      const int4sim::rtl::RtlGquTensor got = rtl.quantize(static_cast<uint64_t>(l), g);

      REQUIRE(first_difference(got.codes, want.codes) == -1);
      REQUIRE(got.clipped == want.clipped);
      REQUIRE(bits_of(got.g_max) == bits_of(want.g_max));
      REQUIRE(bits_of(got.clip) == bits_of(want.clip));
      REQUIRE(bits_of(got.scale) == bits_of(want.scale));
      REQUIRE(got.gamma_used == want.gamma_used);
      REQUIRE(got.gamma_next == want.gamma_next);
      if (want.search_passes > 0) REQUIRE(got.search_steps == want.search_passes);
      REQUIRE(got.searched == (plan.after_passes > 0));
      REQUIRE(got.max_cycles == pass);
      REQUIRE(got.quant_cycles == pass);
      REQUIRE(got.update_cycles == update);
      // The native model agrees with both (it is checked against golden elsewhere too).
      REQUIRE(first_difference(native_codes, want.codes) == -1);
      REQUIRE(nat.gamma_next == want.gamma_next);
      ++tensors;
    }
  }
  return tensors;
}

}  // namespace

// 4 lanes: every policy the RTL implements, both roundings, several rand_bits and code widths.
// 32 lanes (gq.lanes' default): LBT, fixed and minmax. 336 tensors in all.
TEST_CASE("RTL GQU equals golden hw codes, clipped counts, g_max, gamma and native cycles on 336 random tensors") {
  const std::vector<Setup> setups = {
      // policy, stochastic, rand_bits, bits, lanes, fixed gamma, layers, iterations, first zero, alpha_ppm, F
      {"lbt", true, 8, 4, 4, 0.8, 3, 10, true},
      {"lbt", false, 8, 4, 4, 0.8, 3, 10, false},
      {"lbt", true, 1, 3, 4, 0.8, 2, 9, false},
      {"lbt", true, 24, 8, 4, 0.8, 2, 9, true},
      {"lbt", true, 8, 4, 4, 0.8, 2, 8, false, 50000, 12},  // 1025 thresholds, a longer tail
      {"lbt", false, 4, 5, 4, 0.8, 2, 8, false, 200, 20},
      {"fixed", true, 8, 4, 4, 0.8, 2, 12, false},
      {"fixed", false, 8, 4, 4, 0.37, 2, 12, false},
      {"fixed", true, 5, 2, 4, 0.5, 2, 12, false},
      {"minmax", true, 8, 4, 4, 0.8, 2, 12, false},
      {"minmax", false, 8, 4, 4, 0.8, 2, 12, false},
      {"minmax", true, 13, 6, 4, 0.8, 2, 12, false},
      {"minmax", true, 2, 4, 4, 0.8, 2, 6, false, 1000, 15, true},
      {"fixed", true, 5, 4, 4, 0.5, 2, 6, false, 1000, 15, true},
      {"lbt", true, 8, 4, 32, 0.8, 2, 6, true},
      {"lbt", false, 8, 4, 32, 0.8, 2, 5, false},
      {"fixed", true, 8, 4, 32, 0.8, 1, 6, false},
      {"minmax", false, 8, 4, 32, 0.8, 2, 6, false},
  };
  uint64_t tensors = 0;
  uint64_t seed = 11;
  for (const Setup& s : setups) tensors += run_setup(s, seed++);
  REQUIRE(tensors == 336);
  std::printf("rtl gqu: %llu tensors equal (codes, clipped, g_max, c, Delta, gamma; cycles per pass)\n",
              static_cast<unsigned long long>(tensors));
}

// The LBT step's sign test at exact equality, count * 15 * 10^6 == alpha_ppm * N (alpha 1e-3, 4
// bits): one entry clipped in 15000 leaves gamma where it is; two move it up, one in 30000 down.
TEST_CASE("RTL GQU holds gamma when the clipped fraction equals the LBT target exactly") {
  GquConfig cfg;
  cfg.lanes = 4;
  cfg.seed = 5;
  RtlGqu rtl(cfg);
  golden::GradQuantParams p;
  p.seed = cfg.seed;
  golden::GradQuantizer gold(p);
  // n entries of 0.001 and `big` of 1.0: with gamma < 1 exactly the big ones exceed c.
  const std::pair<size_t, int> tensors[] = {{15000, 1}, {15000, 1}, {15000, 1}, {15000, 2},
                                            {15000, 1}, {30000, 1}, {15000, 1}};
  for (size_t it = 0; it < sizeof(tensors) / sizeof(tensors[0]); ++it) {
    const auto [n, big] = tensors[it];
    INFO("iteration " << it + 1 << " n=" << n << " big=" << big);
    std::vector<float> g(n, 0.001f);
    for (int i = 0; i < big; ++i) g[static_cast<size_t>(1000 * i + 7)] = 1.0f;
    const golden::GradQuantStep want = gold.step(g);
    const int4sim::rtl::RtlGquTensor got = rtl.quantize(0, g);
    REQUIRE(first_difference(got.codes, want.codes) == -1);
    REQUIRE(got.clipped == want.clipped);
    REQUIRE(got.gamma_next == want.gamma_next);
    if (it > 0) {  // after the initial search: the steady step
      REQUIRE(got.clipped == static_cast<uint64_t>(big));
      const int64_t lhs = static_cast<int64_t>(big) * 15 * 1000000, rhs = 1000 * static_cast<int64_t>(n);
      const int dir = (lhs > rhs) - (lhs < rhs);
      REQUIRE(std::llround((got.gamma_next - got.gamma_used) * 32768) == dir * 33);
    }
  }
}

TEST_CASE("RTL GQU refuses what it does not implement") {
  GquConfig cfg;
  cfg.lanes = 4;
  for (const char* policy : {"dsgc", "pwf"}) {
    cfg.policy = policy;
    REQUIRE_THROWS_AS(RtlGqu(cfg), std::invalid_argument);
  }
  cfg.policy = "lbt";
  cfg.predicted_max = true;
  REQUIRE_THROWS_AS(RtlGqu(cfg), std::invalid_argument);
  cfg.predicted_max = false;
  cfg.lanes = 5;
  REQUIRE_THROWS_AS(RtlGqu(cfg), std::invalid_argument);
}
