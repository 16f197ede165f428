#include <catch2/catch.hpp>

#include <cmath>

#include "golden/metrics.h"

using namespace golden;

TEST_CASE("E(G) and E(G_L) on a hand-checked example") {
  // g_max = 4; errors |q - x| = 0.5, 0, 1, 0.25, 0 ; E(G) = 1.75 / 4 / 5.
  const std::vector<float> x = {1, -2, 4, 0.5f, 0};
  const std::vector<float> q = {1.5f, -2, 3, 0.25f, 0};
  const auto m = error_metrics(x, q, 0.4);  // ceil(0.4 * 5) = 2 large entries: 4 and -2
  REQUIRE(m.e_g == Approx(1.75 / 4 / 5));
  REQUIRE(m.e_gl == Approx((1.0 + 0.0) / 4 / 2));
  REQUIRE(m.mse == Approx((0.25 + 0 + 1 + 0.0625) / 5));
  REQUIRE(m.sqnr_db == Approx(10 * std::log10(21.25 / 1.3125)));
}

TEST_CASE("large-entry count is ceil(rho * N), at least 1, exact for decimal rho") {
  REQUIRE(large_count(1000, 1e-3) == 1);
  REQUIRE(large_count(1001, 1e-3) == 2);
  REQUIRE(large_count(3, 1e-3) == 1);
  REQUIRE(large_count(1000000, 1e-3) == 1000);
  REQUIRE(large_count(10, 1.0) == 10);
}

TEST_CASE("E(G_L) breaks ties in |g| by the lower index") {
  const std::vector<float> x = {-1, 1, 1};
  const std::vector<float> q = {-1, 0, 0.5f};  // errors 0, 1, 0.5
  // Top 2 are indices 0 and 1: (0 + 1) / 1 / 2. Breaking ties the other way would give 0.75.
  REQUIRE(error_metrics(x, q, 0.5).e_gl == Approx(0.5));
}

TEST_CASE("cosine similarity and relative error edge cases") {
  REQUIRE(cosine_similarity({0, 0}, {0, 0}) == 1.0);
  REQUIRE(cosine_similarity({1, 0}, {0, 0}) == 0.0);
  REQUIRE(cosine_similarity({1, 2}, {2, 4}) == Approx(1.0));
  REQUIRE(relative_error({3, 4}, {3, 4}) == 0.0);
  REQUIRE(relative_error({3, 4}, {0, 0}) == Approx(1.0));
  const auto m = error_metrics({0, 0}, {0, 0}, 1e-3);
  REQUIRE(std::isnan(m.e_g));
  REQUIRE(std::isinf(m.sqnr_db));
}
