// The MAC array core without a kernel: timing formulas and bit-exact values in every dataflow.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "golden/gemm.h"
#include "models/mac_array/mac_array_core.h"

using namespace int4sim::hw;

TEST_CASE("array timing per tile: hand-derived cycles in each dataflow") {
  ArrayConfig c;
  c.rows = c.cols = 4;
  c.dataflow = Dataflow::ws;
  // One fold: preload R + stream T + fill/drain R + C - 2 = 4 + 4 + 6 = 14 (SCALE-Sim's 2R+C+T-2).
  auto t = MacArrayCore(c).timing(4, 4, 4);
  REQUIRE(t.cycles == 14);
  REQUIRE(t.folds == 1);
  REQUIRE(t.stream == 4);
  // ws, k = 8, n = 8: 4 folds of T = 10 rows, each overlapping the next preload: 3*10 + 10 + 4 + 6.
  t = MacArrayCore(c).timing(10, 8, 8);
  REQUIRE(t.folds == 4);
  REQUIRE(t.cycles == 3 * 10 + 10 + 4 + 6);
  // ws with short streams: a fold cannot be shorter than its successor's preload (R = 4).
  t = MacArrayCore(c).timing(2, 8, 4);
  REQUIRE(t.cycles == 1 * 4 + 2 + 4 + 6);
  c.dataflow = Dataflow::os;  // rows <- M, cols <- N, T = K; no preload
  t = MacArrayCore(c).timing(8, 4, 20);
  REQUIRE(t.folds == 2);
  REQUIRE(t.cycles == 20 + 20 + 6);
  c.dataflow = Dataflow::is;  // rows <- K, cols <- M, T = N
  t = MacArrayCore(c).timing(8, 5, 4);
  REQUIRE(t.folds == 2);
  REQUIRE(t.cycles == 5 + 5 + 4 + 6);
}

TEST_CASE("array values and overflow flags equal the golden GEMM for every dataflow, accumulator width and overflow mode") {
  std::mt19937_64 rng(99);
  std::uniform_int_distribution<int> dim(1, 70), arr(1, 16), bits(16, 32);
  int exact_paths = 0, overflowing = 0;
  for (int trial = 0; trial < 400; ++trial) {
    ArrayConfig c;
    c.rows = arr(rng);
    c.cols = arr(rng);
    c.dataflow = static_cast<Dataflow>(trial % 3);
    c.acc_bits = trial % 4 == 0 ? 16 : bits(rng);
    c.saturate = trial % 2 == 0;
    const int64_t m = dim(rng), n = dim(rng);
    // Deep reductions with large codes so narrow accumulators do overflow.
    const int64_t k = trial % 4 == 0 ? 400 + dim(rng) * 10 : dim(rng);
    std::uniform_int_distribution<int> av(0, 15), bv(-7, 7);
    const bool biased = trial % 8 == 0;  // all-positive products saturate early
    std::vector<int8_t> a(m * k), b(k * n);
    for (auto& x : a) x = static_cast<int8_t>(av(rng));
    for (auto& x : b) x = static_cast<int8_t>(biased ? 7 : bv(rng));
    std::vector<int32_t> out(m * n, 0);
    std::vector<uint8_t> flags(m * n, 0xAA);  // whatever a previous tile left: the first tile clears them
    // Split K into tiles that are whole folds, as the controller does.
    const int64_t kt = c.dataflow == Dataflow::os ? 13 : c.rows * 3;
    MacArrayCore core(c);
    for (int64_t k0 = 0; k0 < k; k0 += kt) {
      TileOp op{a.data() + k0, k, b.data() + k0 * n, n, out.data(), n, m, n, std::min(kt, k - k0), k0 > 0};
      core.run(op, 1, flags.data());
    }
    golden::AccSpec spec;
    spec.bits = c.acc_bits;
    spec.overflow = c.saturate ? golden::Overflow::saturate : golden::Overflow::wrap;
    spec.k_chunk = c.dataflow == Dataflow::os ? INT64_MAX : c.rows;
    std::vector<uint8_t> overflowed;
    const auto ref =
        golden::gemm(std::vector<int16_t>(a.begin(), a.end()), std::vector<int16_t>(b.begin(), b.end()), m, n, k, spec, &overflowed);
    INFO("trial " << trial << " " << dataflow_name(c.dataflow) << " " << c.rows << "x" << c.cols << " acc " << c.acc_bits
                  << (c.saturate ? " sat" : " wrap") << " m" << m << " n" << n << " k" << k);
    REQUIRE(std::vector<int32_t>(out) == ref);
    REQUIRE(flags == overflowed);
    overflowing += std::count(flags.begin(), flags.end(), 1) > 0;
    if (c.saturate && k * 105 > (int64_t{1} << (c.acc_bits - 1))) ++exact_paths;
    REQUIRE(core.macs() == static_cast<uint64_t>(m * n * k));
  }
  REQUIRE(exact_paths > 20);  // the order-preserving path was exercised
  REQUIRE(overflowing > 20);
}

TEST_CASE("overflow flags: a sum that wraps and comes back is exact yet flagged, a saturated one is not exact") {
  // 127 * 127 three times (48387 > 32767), then three times -127 * 127: the true sum is 0.
  const std::vector<int8_t> a = {127, 127, 127, -127, -127, -127}, b(6, 127);
  for (const Dataflow d : {Dataflow::ws, Dataflow::os, Dataflow::is}) {
    for (const bool saturate : {false, true}) {
      ArrayConfig c;
      c.rows = c.cols = 8;
      c.dataflow = d;
      c.acc_bits = 16;
      c.saturate = saturate;
      int32_t out = 99;
      uint8_t flag = 0;
      MacArrayCore(c).run(TileOp{a.data(), 6, b.data(), 1, &out, 1, 1, 1, 6, false}, 1, &flag);
      INFO(dataflow_name(d) << (saturate ? " saturate" : " wrap"));
      CHECK(flag == 1);
      CHECK(out == (saturate ? 32767 - 3 * 16129 : 0));  // saturated at 32767 after the third product
    }
  }
  // Without a sum near the range: no flag, and a tile that does not accumulate clears old ones.
  ArrayConfig c;
  c.acc_bits = 16;
  const std::vector<int8_t> small = {1, 2, 3};
  int32_t out = 0;
  uint8_t flag = 1;
  MacArrayCore(c).run(TileOp{small.data(), 3, small.data(), 1, &out, 1, 1, 1, 3, false}, 1, &flag);
  CHECK(out == 14);
  CHECK(flag == 0);
}

