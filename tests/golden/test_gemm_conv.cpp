// Integer GEMM accumulation semantics and conv lowering against a float64 direct convolution.
#include <catch2/catch.hpp>

#include <random>

#include "golden/conv.h"

using namespace golden;

namespace {

std::vector<int16_t> random_codes(std::mt19937_64& rng, size_t n, int lo, int hi) {
  std::uniform_int_distribution<int> d(lo, hi);
  std::vector<int16_t> v(n);
  for (auto& x : v) x = static_cast<int16_t>(d(rng));
  return v;
}

// Direct convolution in float64, straight from the definition.
std::vector<double> direct_forward(const std::vector<int16_t>& x, const std::vector<int16_t>& w, const ConvShape& s) {
  std::vector<double> y(s.n * s.k * s.p() * s.q(), 0.0);
  const int64_t cg = s.c / s.groups, kg = s.k / s.groups;
  for (int64_t n = 0; n < s.n; ++n)
    for (int64_t k = 0; k < s.k; ++k)
      for (int64_t p = 0; p < s.p(); ++p)
        for (int64_t q = 0; q < s.q(); ++q) {
          double acc = 0;
          const int64_t g = k / kg;
          for (int64_t c = 0; c < cg; ++c)
            for (int64_t r = 0; r < s.r; ++r)
              for (int64_t t = 0; t < s.s; ++t) {
                const int64_t h = p * s.stride - s.pad + r, ww = q * s.stride - s.pad + t;
                if (h < 0 || h >= s.h || ww < 0 || ww >= s.w) continue;
                acc += double(x[((n * s.c + g * cg + c) * s.h + h) * s.w + ww]) * w[((k * cg + c) * s.r + r) * s.s + t];
              }
          y[((n * s.k + k) * s.p() + p) * s.q() + q] = acc;
        }
  return y;
}

// dL/dx and dL/dw of the direct convolution, by scattering each output gradient.
void direct_backward(const std::vector<int16_t>& x, const std::vector<int16_t>& w, const std::vector<int16_t>& dy,
                     const ConvShape& s, std::vector<double>& dx, std::vector<double>& dw) {
  dx.assign(s.n * s.c * s.h * s.w, 0.0);
  dw.assign(w.size(), 0.0);
  const int64_t cg = s.c / s.groups, kg = s.k / s.groups;
  for (int64_t n = 0; n < s.n; ++n)
    for (int64_t k = 0; k < s.k; ++k)
      for (int64_t p = 0; p < s.p(); ++p)
        for (int64_t q = 0; q < s.q(); ++q) {
          const double gy = dy[((n * s.k + k) * s.p() + p) * s.q() + q];
          const int64_t g = k / kg;
          for (int64_t c = 0; c < cg; ++c)
            for (int64_t r = 0; r < s.r; ++r)
              for (int64_t t = 0; t < s.s; ++t) {
                const int64_t h = p * s.stride - s.pad + r, ww = q * s.stride - s.pad + t;
                if (h < 0 || h >= s.h || ww < 0 || ww >= s.w) continue;
                const int64_t xi = ((n * s.c + g * cg + c) * s.h + h) * s.w + ww, wi = ((k * cg + c) * s.r + r) * s.s + t;
                dx[xi] += gy * w[wi];
                dw[wi] += gy * x[xi];
              }
        }
}

}  // namespace

TEST_CASE("conv lowering to the three training GEMMs equals a float64 direct convolution") {
  std::mt19937_64 rng(42);
  std::vector<ConvShape> shapes;
  // name: n c h w k r s stride pad groups
  shapes.push_back({2, 3, 7, 9, 4, 3, 3, 2, 1, 1});     // stride 2, padding, odd sizes
  shapes.push_back({1, 8, 5, 5, 6, 1, 1, 1, 0, 1});     // 1x1
  shapes.push_back({2, 6, 6, 5, 6, 3, 3, 1, 1, 6});     // depthwise
  shapes.push_back({1, 8, 9, 7, 4, 3, 1, 2, 2, 2});     // grouped, non-square kernel, big padding
  shapes.push_back({3, 5, 4, 4, 7, 4, 4, 1, 0, 1});     // kernel = input
  std::uniform_int_distribution<int> dim(1, 9);
  for (int i = 0; i < 20; ++i) {  // random shapes
    ConvShape s;
    s.groups = std::uniform_int_distribution<int>(1, 3)(rng);
    s.n = std::uniform_int_distribution<int>(1, 3)(rng);
    s.c = s.groups * std::uniform_int_distribution<int>(1, 4)(rng);
    s.k = s.groups * std::uniform_int_distribution<int>(1, 4)(rng);
    s.r = std::uniform_int_distribution<int>(1, 4)(rng);
    s.s = std::uniform_int_distribution<int>(1, 4)(rng);
    s.stride = std::uniform_int_distribution<int>(1, 3)(rng);
    s.pad = std::uniform_int_distribution<int>(0, 2)(rng);
    s.h = std::max<int64_t>(dim(rng), s.r);
    s.w = std::max<int64_t>(dim(rng), s.s);
    shapes.push_back(s);
  }
  for (const auto& s : shapes) {
    INFO("n" << s.n << " c" << s.c << " h" << s.h << " w" << s.w << " k" << s.k << " r" << s.r << " s" << s.s
             << " stride" << s.stride << " pad" << s.pad << " groups" << s.groups);
    const auto act = random_codes(rng, s.n * s.c * s.h * s.w, 0, 15);
    const auto wgt = random_codes(rng, s.k * (s.c / s.groups) * s.r * s.s, -7, 7);
    const auto dy = random_codes(rng, s.n * s.k * s.p() * s.q(), -7, 7);
    const AccSpec acc{32, Overflow::saturate};
    const auto y = conv_forward(act, wgt, s, acc);
    const auto y_ref = direct_forward(act, wgt, s);
    REQUIRE(y.size() == y_ref.size());
    for (size_t i = 0; i < y.size(); ++i) REQUIRE(double(y[i]) == y_ref[i]);
    std::vector<double> dx_ref, dw_ref;
    direct_backward(act, wgt, dy, s, dx_ref, dw_ref);
    const auto dx = conv_dgrad(dy, wgt, s, acc);
    const auto dw = conv_wgrad(act, dy, s, acc);
    for (size_t i = 0; i < dx.size(); ++i) REQUIRE(double(dx[i]) == dx_ref[i]);
    for (size_t i = 0; i < dw.size(); ++i) REQUIRE(double(dw[i]) == dw_ref[i]);
  }
}

TEST_CASE("saturating accumulation depends on the reduction chunk as documented") {
  // 16-bit accumulator, products 105 (= 15 * 7) x 400 then -105 x 400.
  const int64_t k = 800;
  std::vector<int16_t> a(k, 15), b(k);
  for (int64_t i = 0; i < k; ++i) b[i] = i < 400 ? 7 : -7;
  AccSpec seq{16, Overflow::saturate};  // output-stationary: one running sum
  // 400 * 105 = 42000 saturates at 32767, then 400 * -105 brings it to 32767 - 42000 = -9233.
  REQUIRE(gemm(a, b, 1, 1, k, seq)[0] == 32767 - 42000);
  AccSpec chunked{16, Overflow::saturate, 32};  // 32-row folds: each fold sums +-3360, no saturation inside
  // Folds 0..11 add 12 * 3360 = 40320 -> saturate 32767; fold 12 mixes 16 x +105 and 16 x -105 = 0;
  // folds 13..24 subtract 40320 -> -7553.
  REQUIRE(gemm(a, b, 1, 1, k, chunked)[0] == 32767 - 40320);
  AccSpec wrap{16, Overflow::wrap};
  REQUIRE(gemm(a, b, 1, 1, k, wrap)[0] == 0);  // wrap is exact modulo 2^16 and the true sum is 0
}

TEST_CASE("wrapping GEMM equals the exact sum reduced modulo 2^bits, in any chunking") {
  std::mt19937_64 rng(5);
  const int64_t m = 5, n = 7, k = 3000;
  const auto a = random_codes(rng, m * k, 0, 15), b = random_codes(rng, k * n, -7, 7);
  for (int bits : {16, 20, 24}) {
    const auto c1 = gemm(a, b, m, n, k, AccSpec{bits, Overflow::wrap});
    const auto c2 = gemm(a, b, m, n, k, AccSpec{bits, Overflow::wrap, 17});
    for (int64_t i = 0; i < m; ++i)
      for (int64_t j = 0; j < n; ++j) {
        int64_t exact = 0;
        for (int64_t kk = 0; kk < k; ++kk) exact += int64_t(a[i * k + kk]) * b[kk * n + j];
        const int64_t mod = int64_t{1} << bits;
        int64_t wrapped = ((exact % mod) + mod) % mod;
        if (wrapped >= mod / 2) wrapped -= mod;
        REQUIRE(c1[i * n + j] == wrapped);
        REQUIRE(c2[i * n + j] == wrapped);
      }
  }
}
