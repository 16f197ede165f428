// The Verilated RTL array (rtl/array/) against the golden model's arithmetic (values) and the
// native model's per-tile time (cycles): random tiles in every dataflow, accumulator width,
// overflow mode, operand signedness and INT8 mode, at several array sizes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

#include "golden/gemm.h"
#include "models/mac_array/mac_array_core.h"
#include "rtl/harness/rtl_array.h"

using namespace int4sim;

namespace {

struct Tile {
  hw::ArrayConfig cfg;
  int64_t m = 1, n = 1, k = 1;
  bool a_unsigned = false, b_unsigned = false, accumulate = false;
  int passes = 1;
  std::vector<int8_t> a, b;
  std::vector<int32_t> c_prev;
};

// The accumulators by the specification (docs/numerics.md, "Accumulation order") with the golden
// model's accumulator addition: from C (accumulate) or 0, folds of R products summed from zero
// down a column then added (ws, is), or one running sum (os).
std::vector<int32_t> reference(const Tile& t) {
  golden::AccSpec spec;
  spec.bits = t.cfg.acc_bits;
  spec.overflow = t.cfg.saturate ? golden::Overflow::saturate : golden::Overflow::wrap;
  const int64_t chunk = t.cfg.dataflow == hw::Dataflow::os ? t.k : t.cfg.rows;
  const auto av = [&](int64_t i, int64_t kk) { int v = t.a[i * t.k + kk]; return t.a_unsigned ? v & 0xff : v; };
  const auto bv = [&](int64_t kk, int64_t j) { int v = t.b[kk * t.n + j]; return t.b_unsigned ? v & 0xff : v; };
  std::vector<int32_t> out(static_cast<size_t>(t.m * t.n));
  for (int64_t i = 0; i < t.m; ++i)
    for (int64_t j = 0; j < t.n; ++j) {
      int64_t acc = t.accumulate ? t.c_prev[i * t.n + j] : 0;
      for (int64_t k0 = 0; k0 < t.k; k0 += chunk) {
        int64_t fold = 0;
        for (int64_t kk = k0; kk < std::min(t.k, k0 + chunk); ++kk) {
          const int64_t p = int64_t{av(i, kk)} * bv(kk, j);
          if (t.cfg.dataflow == hw::Dataflow::os) acc = golden::acc_add(acc, p, spec);
          else fold = golden::acc_add(fold, p, spec);
        }
        if (t.cfg.dataflow != hw::Dataflow::os) acc = golden::acc_add(acc, fold, spec);
      }
      out[i * t.n + j] = static_cast<int32_t>(acc);
    }
  return out;
}

Tile random_tile(std::mt19937_64& rng, int64_t rows, int64_t cols, int trial) {
  Tile t;
  t.cfg.rows = rows;
  t.cfg.cols = cols;
  t.cfg.dataflow = static_cast<hw::Dataflow>(trial % 3);
  t.cfg.acc_bits = std::uniform_int_distribution<int>(16, 32)(rng);
  if (trial % 5 == 0) t.cfg.acc_bits = 16;
  t.cfg.saturate = (trial / 3) % 2 == 0;
  t.a_unsigned = (trial / 6) % 2;
  t.b_unsigned = (trial / 12) % 2;
  t.passes = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? 4 : 1;  // independent of the rest
  t.accumulate = trial % 7 < 3;
  // edge sizes 1..R+1 on the array's dimensions, K from 1 to several folds
  const int64_t edge = std::max(rows, cols) + 1;
  t.m = std::uniform_int_distribution<int64_t>(1, edge)(rng);
  t.n = std::uniform_int_distribution<int64_t>(1, edge)(rng);
  t.k = std::uniform_int_distribution<int64_t>(1, trial % 2 ? 4 * rows + 1 : rows + 1)(rng);
  if (trial % 11 == 0) t.m = std::uniform_int_distribution<int64_t>(2 * edge, 6 * edge)(rng);  // long streams
  const auto code = [&](bool is_unsigned) {
    if (t.passes == 4) return static_cast<int8_t>(is_unsigned ? std::uniform_int_distribution<int>(0, 255)(rng)
                                                              : std::uniform_int_distribution<int>(-128, 127)(rng));
    return static_cast<int8_t>(is_unsigned ? std::uniform_int_distribution<int>(0, 15)(rng)
                                           : std::uniform_int_distribution<int>(-8, 7)(rng));
  };
  t.a.resize(static_cast<size_t>(t.m * t.k));
  t.b.resize(static_cast<size_t>(t.k * t.n));
  for (auto& x : t.a) x = code(t.a_unsigned);
  for (auto& x : t.b) x = code(t.b_unsigned);
  // previous sums near the accumulator's limits, so narrow accumulators saturate and wrap
  const int64_t lim = (int64_t{1} << (t.cfg.acc_bits - 1)) - 1;
  std::uniform_int_distribution<int64_t> near(lim - 3000, lim);
  t.c_prev.resize(static_cast<size_t>(t.m * t.n));
  for (auto& x : t.c_prev) x = static_cast<int32_t>(rng() % 2 ? near(rng) : -near(rng) - 1);
  return t;
}

struct Outcome {
  std::vector<int32_t> values;
  uint64_t cycles;
};

Outcome run_rtl(rtl::RtlArray& array, const Tile& t) {
  Outcome o;
  o.values = t.c_prev;
  host::TileOp op;
  op.a = t.a.data();
  op.lda = t.k;
  op.b = t.b.data();
  op.ldb = t.n;
  op.c = o.values.data();
  op.ldc = t.n;
  op.m = t.m;
  op.n = t.n;
  op.k = t.k;
  op.accumulate = t.accumulate;
  op.a_unsigned = t.a_unsigned;
  op.b_unsigned = t.b_unsigned;
  o.cycles = array.run(op, t.passes);
  return o;
}

std::string describe(const Tile& t) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%ldx%ld %s m=%ld n=%ld k=%ld acc=%d %s a%s b%s %s%s", static_cast<long>(t.cfg.rows),
                static_cast<long>(t.cfg.cols), hw::dataflow_name(t.cfg.dataflow), static_cast<long>(t.m),
                static_cast<long>(t.n), static_cast<long>(t.k), t.cfg.acc_bits, t.cfg.saturate ? "sat" : "wrap",
                t.a_unsigned ? "u" : "s", t.b_unsigned ? "u" : "s", t.passes == 4 ? "int8" : "int4",
                t.accumulate ? " accumulate" : "");
  return buf;
}

}  // namespace

TEST_CASE("rtl array: hand-derived tile times") {
  // ws 4 x 4, m = n = k = 4: preload 4, stream 4, fill and drain 4 + 4 - 2 = 14 cycles.
  Tile t;
  t.cfg.rows = t.cfg.cols = 4;
  t.m = t.n = t.k = 4;
  t.a.assign(16, 1);
  t.b.assign(16, 2);
  t.c_prev.assign(16, 0);
  rtl::RtlArray ws(t.cfg);
  Outcome o = run_rtl(ws, t);
  REQUIRE(o.cycles == 14);
  for (int32_t v : o.values) REQUIRE(v == 8);
  // os 4 x 4, m = 8 (two folds), k = 20: 20 + 20 + 6; no preload.
  t.cfg.dataflow = hw::Dataflow::os;
  t.m = 8;
  t.k = 20;
  t.a.assign(160, 1);
  t.b.assign(80, -1);
  t.c_prev.assign(32, 0);
  rtl::RtlArray os(t.cfg);
  o = run_rtl(os, t);
  REQUIRE(o.cycles == 46);
  for (int32_t v : o.values) REQUIRE(v == -20);
  // INT8 in ws: k = 8 over 4 rows, T = 2 elements of four passes (8 cycles) a fold: 4 + 8 + 8 + 6.
  t.cfg.dataflow = hw::Dataflow::ws;
  t.m = 2;
  t.n = 4;
  t.k = 8;
  t.passes = 4;
  t.a.assign(16, -128);
  t.b.assign(32, 127);
  t.c_prev.assign(8, 0);
  rtl::RtlArray ws8(t.cfg);
  o = run_rtl(ws8, t);
  REQUIRE(o.cycles == 26);
  for (int32_t v : o.values) REQUIRE(v == 8 * -128 * 127);
}

TEST_CASE("rtl array: random tiles equal the golden values and the native cycles") {
  std::mt19937_64 rng(16);
  const std::pair<int64_t, int64_t> sizes[] = {{4, 4}, {3, 5}, {8, 8}};
  int tiles = 0, saturated = 0, int8_saturated = 0;
  for (const auto& [rows, cols] : sizes) {
    const int count = rows == 8 ? 400 : 800;
    for (int trial = 0; trial < count; ++trial) {
      const Tile t = random_tile(rng, rows, cols, trial);
      rtl::RtlArray array(t.cfg);
      const Outcome o = run_rtl(array, t);
      const std::vector<int32_t> expected = reference(t);
      INFO(describe(t));
      REQUIRE(o.values == expected);
      REQUIRE(o.cycles == hw::MacArrayCore(t.cfg).timing(t.m, t.n, t.k, t.passes).cycles);
      // the golden GEMM itself, where it applies (no previous sums)
      if (!t.accumulate && t.passes == 1 && !t.a_unsigned && !t.b_unsigned) {
        golden::AccSpec spec{t.cfg.acc_bits, t.cfg.saturate ? golden::Overflow::saturate : golden::Overflow::wrap,
                             t.cfg.dataflow == hw::Dataflow::os ? INT64_MAX : t.cfg.rows};
        const std::vector<int16_t> a16(t.a.begin(), t.a.end()), b16(t.b.begin(), t.b.end());
        REQUIRE(o.values == golden::gemm(a16, b16, t.m, t.n, t.k, spec));
      }
      const int64_t lim = (int64_t{1} << (t.cfg.acc_bits - 1)) - 1;
      for (int32_t v : o.values) {
        const bool at_limit = t.cfg.saturate && (v == lim || v == -lim - 1);
        saturated += at_limit;
        int8_saturated += at_limit && t.passes == 4 && t.cfg.dataflow != hw::Dataflow::os;
      }
      ++tiles;
    }
  }
  std::printf("rtl array: %d random tiles equal in values and cycles (%d saturated outputs, %d of INT8 ws/is tiles)\n", tiles,
              saturated, int8_saturated);
  REQUIRE(tiles >= 500);
  REQUIRE(saturated > 0);
  REQUIRE(int8_saturated > 0);  // the wide layers' case: INT8 products saturating a fold sum
}

TEST_CASE("rtl array: the default 32 x 32 array equals the native model") {
  std::mt19937_64 rng(32);
  for (int trial = 0; trial < 12; ++trial) {
    Tile t = random_tile(rng, 32, 32, trial);
    rtl::RtlArray array(t.cfg);
    const Outcome o = run_rtl(array, t);
    INFO(describe(t));
    REQUIRE(o.values == reference(t));
    REQUIRE(o.cycles == hw::MacArrayCore(t.cfg).timing(t.m, t.n, t.k, t.passes).cycles);
  }
}

TEST_CASE("rtl array: a size not Verilated is refused") {
  hw::ArrayConfig c;
  c.rows = 7;
  c.cols = 9;
  REQUIRE_FALSE(rtl::RtlArray::has_size(7, 9));
  REQUIRE_THROWS_AS(rtl::RtlArray(c), std::invalid_argument);
}
