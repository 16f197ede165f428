// The GQU core (models/gqu) against the golden gradient quantizer: bit-exact codes, gamma
// trajectories, clipped counts and search passes for every policy, both g_max modes, several
// random-bit widths, lane counts and tilings.
#include <catch2/catch.hpp>

#include <random>

#include "golden/grad_quantizer.h"
#include "models/gqu/gqu_core.h"
#include "sim/config/config.h"
#include "base/synthetic.h"

using namespace int4sim;

TEST_CASE("GQU core equals the golden quantizer bit for bit over random configurations") {
  std::mt19937_64 rng(2024);
  const char* policies[] = {"lbt", "fixed", "minmax", "dsgc", "pwf"};
  for (int trial = 0; trial < 60; ++trial) {
    const std::string policy = policies[trial % 5];
    const int bits = policy == "pwf" ? 3 + static_cast<int>(rng() % 6) : 2 + static_cast<int>(rng() % 7);
    hw::GquConfig hc;
    golden::GradQuantParams gp;
    hc.bits = gp.bits = bits;
    hc.policy = policy;
    gp.policy = golden::policy_from_name(policy);
    hc.stochastic = trial % 3 != 0;
    gp.rounding = hc.stochastic ? golden::Rounding::stochastic : golden::Rounding::nearest;
    hc.predicted_max = trial % 4 == 1;
    gp.mode = hc.predicted_max ? golden::GmaxMode::predicted : golden::GmaxMode::exact;
    hc.rand_bits = gp.rand_bits = std::vector<int>{1, 4, 8, 16, 24}[rng() % 5];
    hc.fixed_gamma = gp.fixed_gamma = 0.3 + 0.7 * (rng() % 100) / 100.0;
    hc.dsgc_grid = gp.dsgc_grid = 10 + static_cast<int>(rng() % 30);
    hc.dsgc_period = gp.dsgc_period = 1 + static_cast<int>(rng() % 2);
    hc.seed = gp.seed = rng() % 1000;
    hc.lanes = 1 + static_cast<int>(rng() % 64);
    const uint64_t layer = rng() % 5;
    gp.layer = layer;
    hw::GquCore core(hc);
    golden::GradQuantizer ref(gp);
    const int64_t numel = 1 + static_cast<int64_t>(rng() % 20000);
    const uint64_t tile = 1 + rng() % 5000;
    INFO("trial " << trial << " policy " << policy << " bits " << bits << " stochastic " << hc.stochastic << " predicted "
                  << hc.predicted_max << " rand_bits " << hc.rand_bits << " lanes " << hc.lanes << " numel " << numel);
    for (int it = 1; it <= 4; ++it) {
      auto g = synthetic_gradient(hc.seed, layer, it, numel);
      if (it == 3) for (auto& v : g) v *= 3.0f;  // a jump the predicted max misses
      const auto want = ref.step(g);
      core.begin_tensor(layer, g.size());
      if (core.needs_max_pass())
        for (uint64_t i = 0; i < g.size(); i += tile) core.max_tile(&g[i], std::min<uint64_t>(tile, g.size() - i));
      core.search_before_quantize(g.data(), g.size());
      std::vector<int16_t> codes(g.size());
      for (uint64_t i = 0; i < g.size(); i += tile)
        core.quantize_tile(&g[i], i, std::min<uint64_t>(tile, g.size() - i), &codes[i]);
      const auto got = core.end_tensor(g.data());
      INFO("iteration " << it);
      REQUIRE(codes == want.codes);
      REQUIRE(got.gamma_used == want.gamma_used);
      REQUIRE(got.gamma_next == want.gamma_next);
      REQUIRE(got.clipped == want.clipped);
      REQUIRE(got.g_max == want.g_max);
      REQUIRE(got.g_max_used == want.g_max_used);
      REQUIRE(got.search_passes == want.search_passes);
    }
  }
}

TEST_CASE("every gq.policy choice has a GQU implementation and a golden one, and nothing else is registered") {
  const ParamInfo* p = find_param("gq.policy");
  REQUIRE(p != nullptr);
  CHECK(hw::gqu_policies().joined() == p->range);
  for (const auto& name : hw::gqu_policies().names()) {
    INFO(name);
    CHECK(std::string(golden::policy_name(golden::policy_from_name(name))) == name);
    CHECK_NOTHROW(hw::GquCore([&] {
      hw::GquConfig c;
      c.policy = name;
      return c;
    }()));
  }
  CHECK_THROWS_WITH(hw::gqu_policies().make("nope"), "unknown gradient policy 'nope' (known: lbt|fixed|minmax|dsgc|pwf)");
  CHECK_THROWS(golden::policy_from_name("nope"));
}

// The search plan (what the unit's timing and energy are charged from) never looks at values: the
// LBT scan's fixed length bounds every search the data can make, and the plan of a layer is the
// same whether its tensors were seen (bit-accurate) or skipped (timing-only).
TEST_CASE("GQU search plans: LBT's scan bounds its search on any tensor, and plans do not depend on values") {
  {
    // The defaults (docs/timing.md): gamma from 1 in steps of 33 / 2^15: 993 thresholds, ten
    // compares an element, 993 + 1 scan cycles (a saturated average crosses the target in one).
    hw::GquCore core{hw::GquConfig{}};
    core.begin_tensor(0, 1000);
    const hw::GquSearchPlan p = core.search_plan();
    CHECK(p.after_passes == 1);
    CHECK(p.compares_per_element == 10);
    CHECK(p.after_cycles == 994);
  }
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    hw::GquConfig hc;
    hc.policy = trial % 4 == 3 ? "dsgc" : "lbt";
    hc.bits = 2 + static_cast<int>(rng() % 7);
    hc.alpha_ppm = std::vector<int64_t>{1, 100, 1000, 50000, 300000}[rng() % 5];
    hc.gamma_frac_bits = 10 + static_cast<int>(rng() % 8);
    hc.dsgc_grid = 5 + static_cast<int>(rng() % 10);
    hc.dsgc_period = 1 + static_cast<int>(rng() % 3);
    hc.lanes = 1 + static_cast<int>(rng() % 32);
    hw::GquCore seen(hc), skipped(hc);
    const uint64_t numel = 1 + rng() % (trial % 2 ? 50 : 20000);
    INFO("trial " << trial << " policy " << hc.policy << " bits " << hc.bits << " alpha_ppm " << hc.alpha_ppm << " numel " << numel);
    for (int it = 0; it < 4; ++it) {
      std::vector<float> g = synthetic_gradient(hc.seed + trial, 0, it + 1, static_cast<int64_t>(numel));
      if (trial % 5 == 0) g[rng() % numel] = 1e30f;     // one outlier
      if (trial % 7 == 0) for (auto& v : g) v = 1e-40f;  // subnormal, all alike
      seen.begin_tensor(0, numel);
      skipped.begin_tensor(0, numel);
      const hw::GquSearchPlan plan = seen.search_plan(), plan_skipped = skipped.search_plan();
      CHECK(plan.before_passes == plan_skipped.before_passes);
      CHECK(plan.after_passes == plan_skipped.after_passes);
      CHECK(plan.after_cycles == plan_skipped.after_cycles);
      CHECK(plan.compares_per_element == plan_skipped.compares_per_element);
      if (seen.needs_max_pass()) seen.max_tile(g.data(), numel);
      const uint64_t before = seen.search_before_quantize(g.data(), numel);
      std::vector<int16_t> codes(numel);
      seen.quantize_tile(g.data(), 0, numel, codes.data());
      const hw::GquTensorResult r = seen.end_tensor(g.data());
      skipped.skip_tensor();
      if (hc.policy == "lbt") {
        CHECK(plan.before_passes == 0);
        CHECK(plan.after_passes == (it == 0 ? 1u : 0u));
        if (it == 0) {
          CHECK(r.search_passes >= 1);
          CHECK(r.search_passes <= plan.after_cycles);  // each search step is one cycle of the scan
          CHECK(plan.compares_per_element >= 10);       // about 2^frac_bits / step thresholds
        } else {
          CHECK(r.search_passes == 0);
        }
      } else {
        CHECK(plan.before_passes == (it % hc.dsgc_period == 0 ? static_cast<uint64_t>(hc.dsgc_grid) : 0u));
        CHECK(before == plan.before_passes);
      }
    }
  }
}

// The one case where a timing-only run's plan and a bit-accurate one's differ, as documented
// (docs/timing.md, "One timing model"): an all-zero first gradient postpones LBT's search.
TEST_CASE("an all-zero first gradient postpones LBT's search, and only the bit-accurate plan sees it") {
  hw::GquConfig hc;
  hw::GquCore seen(hc), skipped(hc);
  const uint64_t numel = 256;
  std::vector<float> zero(numel, 0.0f);
  seen.begin_tensor(0, numel);
  skipped.begin_tensor(0, numel);
  std::vector<int16_t> codes(numel);
  seen.max_tile(zero.data(), numel);
  seen.quantize_tile(zero.data(), 0, numel, codes.data());
  CHECK(seen.end_tensor(zero.data()).search_passes == 0);
  skipped.skip_tensor();
  seen.begin_tensor(0, numel);
  skipped.begin_tensor(0, numel);
  CHECK(seen.search_plan().after_passes == 1);     // searches now
  CHECK(skipped.search_plan().after_passes == 0);  // assumed it searched at the first step
}
