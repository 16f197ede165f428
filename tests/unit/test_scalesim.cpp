// SCALE-Sim v2-compatible compute figures: the reference outputs SCALE-Sim ships
// (/work/shared/spec/scalesim-compat.md), and the closed form against a fold-by-fold walk.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

#include "models/scalesim/scalesim_compat.h"

using namespace int4sim::scalesim;

namespace {

// The spec prints SCALE-Sim's percentages to `decimals` places: agree to half a unit in the last.
Approx printed(double value, int decimals) {
  return Approx(value).epsilon(0).margin(0.5 * std::pow(10.0, -decimals));
}

// Independent of the closed form: walks every fold the way SCALE-Sim's systolic_compute_*.py do,
// accumulating each fold's mapped PEs, utilization, cycles and SRAM accesses.
Result walk_folds(const Gemm& g, int64_t rows, int64_t cols, Dataflow df) {
  const bool os = df == Dataflow::os, is = df == Dataflow::is;
  const int64_t rows_dim = os ? g.m : g.k;
  const int64_t cols_dim = is ? g.m : g.n;
  const int64_t streamed = os ? g.k : is ? g.n : g.m;
  const int64_t fold_cycles = (os ? rows : 2 * rows) + cols + streamed - 2;
  const int64_t window = os ? streamed + rows + cols - 2 : 2 * rows + 2 * cols + streamed - 3;

  Result r{};
  double mapping_sum = 0, compute_sum = 0;
  for (int64_t col_start = 0; col_start < cols_dim; col_start += cols) {
    for (int64_t row_start = 0; row_start < rows_dim; row_start += rows) {
      const int64_t used_rows = std::min(rows, rows_dim - row_start);
      const int64_t used_cols = std::min(cols, cols_dim - col_start);
      const int64_t used = used_rows * used_cols;
      mapping_sum += double(used) / double(rows * cols);
      compute_sum += double(used * streamed) / double(rows * cols * window);
      r.cycles += fold_cycles;
      ++r.folds;
      if (os) {
        r.ifmap_reads += streamed * used_rows;
        r.filter_reads += streamed * used_cols;
        r.ofmap_writes += used + rows + cols;
      } else if (!is) {
        r.ifmap_reads += streamed * used_rows;
        r.filter_reads += used;
        r.ofmap_writes += streamed * used_cols;
      } else {
        r.ifmap_reads += used;
        r.filter_reads += streamed * used_rows;
        r.ofmap_writes += streamed * used_cols;
      }
    }
  }
  r.cycles -= 1;
  r.mapping_eff_pct = 100 * mapping_sum / double(r.folds);
  r.compute_util_pct = 100 * compute_sum / double(r.folds);
  r.overall_util_pct = 100 * double(g.m) * double(g.n) * double(g.k) / (double(r.cycles) * double(rows * cols));
  return r;
}

}  // namespace

TEST_CASE("parse_dataflow accepts the three SCALE-Sim names") {
  CHECK(parse_dataflow("os") == Dataflow::os);
  CHECK(parse_dataflow("ws") == Dataflow::ws);
  CHECK(parse_dataflow("is") == Dataflow::is);
}

TEST_CASE("to_gemm rounds the output size up as SCALE-Sim does") {
  const ConvLayer alexnet_conv1{224, 224, 11, 11, 3, 96, 4};
  const Gemm g = to_gemm(alexnet_conv1);
  CHECK(g.m == 55 * 55);  // ceil(217 / 4) = 55, where floor-based sizing gives 54
  CHECK(g.n == 96);
  CHECK(g.k == 11 * 11 * 3);

  CHECK(to_gemm({6, 6, 3, 3, 1, 1, 2}).m == 3 * 3);    // ceil(5 / 2) = 3
  CHECK(to_gemm({5, 7, 3, 3, 1, 1, 2}).m == 2 * 3);    // ceil(4 / 2) = 2, ceil(6 / 2) = 3
  CHECK(to_gemm({11, 11, 11, 11, 1, 1, 4}).m == 1);    // filter as large as the input
  CHECK(to_gemm({9, 1, 1, 1, 2, 5, 1}).m == 9);
}

TEST_CASE("AlexNet conv1 on a 32x32 WS array matches SCALE-Sim's reference output") {
  const Result r = compute(to_gemm({224, 224, 11, 11, 3, 96, 4}), 32, 32, Dataflow::ws);
  CHECK(r.cycles == 112283);
  CHECK(r.mapping_eff_pct == printed(94.53125, 5));
  CHECK(r.compute_util_pct == printed(90.78001, 5));
  CHECK(r.overall_util_pct == printed(91.68310, 5));
  CHECK(r.ifmap_reads == 3294225);
  CHECK(r.filter_reads == 34848);
  CHECK(r.ofmap_writes == 3484800);
  CHECK(r.folds == 12 * 3);  // ceil(363 / 32) row folds, ceil(96 / 32) column folds
}

TEST_CASE("GEMM 256x128x256 on a 32x32 array matches SCALE-Sim's reference in each dataflow") {
  const Gemm g{256, 128, 256};
  const Result os = compute(g, 32, 32, Dataflow::os);
  CHECK(os.cycles == 10175);
  CHECK(os.compute_util_pct == printed(80.503, 3));
  const Result ws = compute(g, 32, 32, Dataflow::ws);
  CHECK(ws.cycles == 11199);
  CHECK(ws.compute_util_pct == printed(67.192, 3));
  const Result is = compute(g, 32, 32, Dataflow::is);
  CHECK(is.cycles == 14207);
  CHECK(is.compute_util_pct == printed(50.593, 3));
  // Every dimension is a multiple of 32, so every fold maps the whole array.
  for (const Result& r : {os, ws, is}) CHECK(r.mapping_eff_pct == 100.0);
}

TEST_CASE("Depthwise layers run one single-filter layer per channel") {
  // MobileNet-style 3x3 depthwise layer, 32 channels, stride 1: per channel a GEMM with
  // M = 110 * 110 = 12100, N = 1, K = 9. On a 32x32 WS array that is one fold of
  // 2*32 + 32 + 12100 - 2 = 12194 cycles, reported as 12193 per channel.
  const ConvLayer dw{112, 112, 3, 3, 32, 32, 1};
  const Result r = compute_depthwise(dw, 32, 32, Dataflow::ws);
  CHECK(r.cycles == 32 * 12193);
  CHECK(r.folds == 32);
  CHECK(r.ifmap_reads == 32 * 12100 * 9);
  CHECK(r.filter_reads == 32 * 9);
  CHECK(r.ofmap_writes == 32 * 12100);
  CHECK(r.mapping_eff_pct == Approx(100.0 * 9 / 1024).epsilon(1e-12));
  CHECK(r.compute_util_pct == Approx(100.0 * 9 * 12100 / (1024.0 * 12225)).epsilon(1e-12));
  CHECK(r.overall_util_pct == Approx(100.0 * 9 * 12100 / (1024.0 * 12193)).epsilon(1e-12));

  // Summing the channel layers one by one gives the same counts and summed-work utilizations.
  for (Dataflow df : {Dataflow::os, Dataflow::ws, Dataflow::is}) {
    const ConvLayer layer{30, 17, 5, 3, 7, 7, 2};
    Result sum{};
    double macs = 0, mapped_over_folds = 0, compute_over_folds = 0;
    for (int64_t channel = 0; channel < layer.channels; ++channel) {
      const Gemm g = to_gemm({layer.ifmap_h, layer.ifmap_w, layer.filt_h, layer.filt_w, 1, 1, layer.stride});
      const Result one = compute(g, 8, 4, df);
      sum.cycles += one.cycles;
      sum.folds += one.folds;
      sum.ifmap_reads += one.ifmap_reads;
      sum.filter_reads += one.filter_reads;
      sum.ofmap_writes += one.ofmap_writes;
      macs += double(g.m * g.n * g.k);
      mapped_over_folds += one.mapping_eff_pct * double(one.folds);
      compute_over_folds += one.compute_util_pct * double(one.folds);
    }
    const Result whole = compute_depthwise(layer, 8, 4, df);
    CHECK(whole.cycles == sum.cycles);
    CHECK(whole.folds == sum.folds);
    CHECK(whole.ifmap_reads == sum.ifmap_reads);
    CHECK(whole.filter_reads == sum.filter_reads);
    CHECK(whole.ofmap_writes == sum.ofmap_writes);
    CHECK(whole.overall_util_pct == Approx(100 * macs / (double(sum.cycles) * 8 * 4)).epsilon(1e-12));
    CHECK(whole.mapping_eff_pct == Approx(mapped_over_folds / double(sum.folds)).epsilon(1e-12));
    CHECK(whole.compute_util_pct == Approx(compute_over_folds / double(sum.folds)).epsilon(1e-12));
  }
}

TEST_CASE("Closed form equals a fold-by-fold walk on random GEMMs") {
  std::mt19937_64 rng(20240611);
  std::uniform_int_distribution<int64_t> array_dim(1, 128), free_dim(1, 700), multiple(1, 8),
      kind(0, 3);
  const Dataflow dataflows[] = {Dataflow::os, Dataflow::ws, Dataflow::is};
  // Half the dimensions are multiples of an array side, so full-only fold groups occur often.
  auto gemm_dim = [&](int64_t rows, int64_t cols) {
    switch (kind(rng)) {
      case 0: return rows * multiple(rng);
      case 1: return cols * multiple(rng);
      default: return free_dim(rng);
    }
  };
  int checked = 0;
  for (int trial = 0; trial < 6000; ++trial) {
    const int64_t rows = array_dim(rng), cols = array_dim(rng);
    const Gemm g{gemm_dim(rows, cols), gemm_dim(rows, cols), gemm_dim(rows, cols)};
    const Dataflow df = dataflows[trial % 3];
    const Result expected = walk_folds(g, rows, cols, df);
    if (expected.cycles == 0) continue;  // 1x1x1 OS on 1x1: SCALE-Sim cannot report it
    const Result actual = compute(g, rows, cols, df);
    INFO("M=" << g.m << " N=" << g.n << " K=" << g.k << " array " << rows << "x" << cols << " df "
              << int(df));
    REQUIRE(actual.folds == expected.folds);
    REQUIRE(actual.cycles == expected.cycles);
    REQUIRE(actual.ifmap_reads == expected.ifmap_reads);
    REQUIRE(actual.filter_reads == expected.filter_reads);
    REQUIRE(actual.ofmap_writes == expected.ofmap_writes);
    REQUIRE(actual.mapping_eff_pct == Approx(expected.mapping_eff_pct).epsilon(1e-9));
    REQUIRE(actual.compute_util_pct == Approx(expected.compute_util_pct).epsilon(1e-9));
    REQUIRE(actual.overall_util_pct == Approx(expected.overall_util_pct).epsilon(1e-12));
    ++checked;
  }
  CHECK(checked > 5900);
}

TEST_CASE("A 1M x 1M x 1M GEMM on a 1x1 array is computed exactly without walking its folds") {
  const int64_t side = int64_t{1} << 20;
  const Result r = compute({side, side, side}, 1, 1, Dataflow::os);
  CHECK(r.folds == int64_t{1} << 40);
  CHECK(r.cycles == (int64_t{1} << 60) - 1);  // 2^40 folds of 1 + 1 + 2^20 - 2 cycles
  CHECK(r.ifmap_reads == int64_t{1} << 60);
  CHECK(r.filter_reads == int64_t{1} << 60);
  CHECK(r.ofmap_writes == 3 * (int64_t{1} << 40));  // 2^40 outputs plus R + C per fold
  CHECK(r.mapping_eff_pct == 100.0);
  CHECK(r.compute_util_pct == 100.0);
  CHECK(r.overall_util_pct == Approx(100.0).epsilon(1e-12));
}

TEST_CASE("Counts beyond 64 bits throw overflow_error") {
  const int64_t side = int64_t{1} << 22;  // 2^66 cycles on a 1x1 array
  CHECK_THROWS_AS(compute({side, side, side}, 1, 1, Dataflow::os), std::overflow_error);
  CHECK_THROWS_AS(compute_depthwise({1 << 20, 1 << 20, 1, 1, int64_t{1} << 40, 1, 1}, 1, 1, Dataflow::ws),
                  std::overflow_error);
}

TEST_CASE("Malformed inputs throw invalid_argument with a clear message") {
  using Catch::Matchers::Contains;
  CHECK_THROWS_WITH(parse_dataflow("rs"), Contains("unknown dataflow 'rs'"));
  CHECK_THROWS_AS(parse_dataflow(""), std::invalid_argument);

  CHECK_THROWS_WITH(compute({0, 4, 4}, 8, 8, Dataflow::os), Contains("GEMM m must be positive, got 0"));
  CHECK_THROWS_WITH(compute({4, 4, -3}, 8, 8, Dataflow::ws), Contains("GEMM k must be positive, got -3"));
  CHECK_THROWS_WITH(compute({4, 4, 4}, 0, 8, Dataflow::is), Contains("array rows must be positive"));
  CHECK_THROWS_WITH(compute({4, 4, 4}, 8, -1, Dataflow::is), Contains("array columns must be positive"));
  CHECK_THROWS_WITH(compute({1, 1, 1}, 1, 1, Dataflow::os), Contains("0 cycles"));

  CHECK_THROWS_WITH(to_gemm({224, 224, 11, 11, 3, 96, 0}), Contains("stride must be positive, got 0"));
  CHECK_THROWS_WITH(to_gemm({10, 10, 11, 3, 3, 8, 1}), Contains("filter height 11 exceeds ifmap height 10"));
  CHECK_THROWS_WITH(to_gemm({10, 10, 3, 12, 3, 8, 1}), Contains("filter width 12 exceeds ifmap width 10"));
  CHECK_THROWS_WITH(to_gemm({-5, 10, 3, 3, 3, 8, 1}), Contains("ifmap height must be positive"));
  CHECK_THROWS_WITH(to_gemm({10, 10, 3, 3, 0, 8, 1}), Contains("channel count must be positive"));
  CHECK_THROWS_WITH(to_gemm({10, 10, 3, 3, 3, 0, 1}), Contains("filter count must be positive"));
  CHECK_THROWS_WITH(compute_depthwise({10, 10, 3, 3, 0, 1, 1}, 8, 8, Dataflow::ws),
                    Contains("channel count must be positive"));
  CHECK_THROWS_WITH(compute_depthwise({10, 10, 3, 3, 4, 4, 0}, 8, 8, Dataflow::ws),
                    Contains("stride must be positive"));
}
