// The GEMM-output figures' host references (sim/report/output_errors.h) without a kernel: the exact
// integer sums against the golden model's convolutions, the FP32 products against direct loops and
// the adjoint identities, and the figures of hand-made outputs.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "golden/conv.h"
#include "sim/report/output_errors.h"

using namespace int4sim;

namespace {

ir::ConvGeometry geometry(const golden::ConvShape& s) {
  return ir::ConvGeometry{s.n, s.c, s.h, s.w, s.k, s.r, s.s, s.stride, s.pad, s.groups, 0};
}

std::vector<int16_t> random_codes(std::mt19937_64& rng, size_t n, int lo, int hi) {
  std::uniform_int_distribution<int> d(lo, hi);
  std::vector<int16_t> v(n);
  for (auto& x : v) x = static_cast<int16_t>(d(rng));
  return v;
}

std::vector<float> as_float(const std::vector<int16_t>& v) { return std::vector<float>(v.begin(), v.end()); }

const std::vector<golden::ConvShape> kShapes = {
    // n, c, h, w, k, r, s, stride, pad, groups
    {2, 3, 9, 7, 4, 3, 3, 1, 1, 1},
    {1, 4, 10, 10, 6, 3, 3, 2, 1, 2},   // stride 2, two groups
    {3, 6, 5, 6, 6, 1, 1, 2, 0, 6},     // depthwise 1x1 at stride 2: input pixels no tap reaches
    {2, 8, 1, 1, 5, 1, 1, 1, 0, 1},     // a fully connected layer
    {1, 2, 26, 24, 3, 5, 3, 1, 2, 1},   // wgrad reduces 26 x 24 = 624 products: chunked with INT8 codes
};

}  // namespace

TEST_CASE("exact sums of codes equal the golden convolutions in every phase, INT4 and INT8 codes") {
  std::mt19937_64 rng(5);
  for (const auto& sh : kShapes)
    for (const bool int8 : {false, true}) {
      INFO("n" << sh.n << " c" << sh.c << " " << sh.h << "x" << sh.w << " k" << sh.k << " " << sh.r << "x" << sh.s << " stride "
                << sh.stride << " groups " << sh.groups << (int8 ? " INT8" : " INT4"));
      const auto act = random_codes(rng, static_cast<size_t>(sh.n * sh.c * sh.h * sh.w), 0, int8 ? 255 : 15);
      const auto wgt = random_codes(rng, static_cast<size_t>(sh.k * sh.c_per_group() * sh.r * sh.s), int8 ? -128 : -8, int8 ? 127 : 7);
      const auto grad = random_codes(rng, static_cast<size_t>(sh.n * sh.k * sh.p() * sh.q()), int8 ? -128 : -8, int8 ? 127 : 7);
      const double aw = int8 ? 255.0 * 128 : 15.0 * 8, gw = int8 ? 128.0 * 128 : 64;
      golden::AccSpec wide;  // 32 bits, saturating: no sum here comes near it
      const auto g = geometry(sh);
      const auto check = [](const std::vector<int32_t>& golden_sums, const std::vector<double>& ours) {
        REQUIRE(ours.size() == golden_sums.size());
        for (size_t i = 0; i < ours.size(); ++i) REQUIRE(ours[i] == static_cast<double>(golden_sums[i]));
      };
      check(golden::conv_forward(act, wgt, sh, wide), report::conv_phase_product(g, ir::Phase::fwd, as_float(act).data(), as_float(wgt).data(), aw));
      check(golden::conv_dgrad(grad, wgt, sh, wide),
            report::conv_phase_product(g, ir::Phase::dgrad, as_float(grad).data(), as_float(wgt).data(), gw));
      check(golden::conv_wgrad(act, grad, sh, wide),
            report::conv_phase_product(g, ir::Phase::wgrad, as_float(act).data(), as_float(grad).data(), aw));
    }
}

TEST_CASE("FP32 products equal direct loops forward, and dgrad and wgrad are its adjoints") {
  std::mt19937_64 rng(6);
  std::normal_distribution<float> nd(0.0f, 1.0f);
  for (const auto& sh : kShapes) {
    const auto g = geometry(sh);
    std::vector<float> a(static_cast<size_t>(sh.n * sh.c * sh.h * sh.w)), w(static_cast<size_t>(sh.k * sh.c_per_group() * sh.r * sh.s)),
        dy(static_cast<size_t>(sh.n * sh.k * sh.p() * sh.q()));
    for (auto* v : {&a, &w, &dy})
      for (float& x : *v) x = nd(rng);
    const auto y = report::conv_phase_product(g, ir::Phase::fwd, a.data(), w.data(), 0);
    // y[n, k, p, q] = sum over the group's c and the taps of A[n, c, p*stride - pad + r, ...] W[k, c, r, s]
    const int64_t cg = sh.c_per_group(), kg = sh.k_per_group();
    for (int64_t n = 0; n < sh.n; ++n)
      for (int64_t k = 0; k < sh.k; ++k)
        for (int64_t p = 0; p < sh.p(); ++p)
          for (int64_t q = 0; q < sh.q(); ++q) {
            double sum = 0;
            for (int64_t c = 0; c < cg; ++c)
              for (int64_t r = 0; r < sh.r; ++r)
                for (int64_t s = 0; s < sh.s; ++s) {
                  const int64_t h = p * sh.stride - sh.pad + r, x = q * sh.stride - sh.pad + s;
                  if (h < 0 || h >= sh.h || x < 0 || x >= sh.w) continue;
                  sum += static_cast<double>(a[static_cast<size_t>(((n * sh.c + k / kg * cg + c) * sh.h + h) * sh.w + x)]) *
                         w[static_cast<size_t>(((k * cg + c) * sh.r + r) * sh.s + s)];
                }
            REQUIRE(y[static_cast<size_t>(((n * sh.k + k) * sh.p() + p) * sh.q() + q)] == Approx(sum).margin(1e-4));
          }
    // <dgrad(dY, W), A> = <dY, fwd(A, W)> = <wgrad(A, dY), W>
    const auto dx = report::conv_phase_product(g, ir::Phase::dgrad, dy.data(), w.data(), 0);
    const auto dw = report::conv_phase_product(g, ir::Phase::wgrad, a.data(), dy.data(), 0);
    double dy_y = 0, dx_a = 0, dw_w = 0;
    for (size_t i = 0; i < y.size(); ++i) dy_y += dy[i] * y[i];
    for (size_t i = 0; i < dx.size(); ++i) dx_a += dx[i] * a[i];
    for (size_t i = 0; i < dw.size(); ++i) dw_w += dw[i] * w[i];
    CHECK(dx_a == Approx(dy_y).epsilon(1e-5));
    CHECK(dw_w == Approx(dy_y).epsilon(1e-5));
  }
}

TEST_CASE("output figures of hand-made accumulators") {
  const std::vector<int32_t> acc = {4, -2, 0, 6};
  // hw = acc * 0.5 = {2, -1, 0, 3}; reference {2, -1, 1, 3}: ||hw - ref|| = 1, ||ref|| = sqrt(15)
  const std::vector<double> ref = {2, -1, 1, 3}, exact = {4, -2, 0, 8};
  const uint8_t flags[] = {0, 0, 0, 1};
  const auto e = report::output_error(acc.data(), acc.size(), 0.5, ref, &exact, flags);
  CHECK(e.valid);
  CHECK(e.rel_err == Approx(1.0 / std::sqrt(15.0)));
  CHECK(e.cosine == Approx(14.0 / std::sqrt(15.0 * 14.0)));
  CHECK(e.acc_rel_err == Approx(2.0 / std::sqrt(84.0)));  // ||acc - exact|| = 2, ||exact|| = sqrt(16 + 4 + 64)
  CHECK(e.acc_saturated == 1);
  // All-zero outputs computed exactly: no error; the cosine has no value.
  const std::vector<int32_t> zeros(3, 0);
  const std::vector<double> zref(3, 0.0);
  const auto z = report::output_error(zeros.data(), zeros.size(), 1.0, zref, &zref, nullptr);
  CHECK(z.rel_err == 0.0);
  CHECK(z.acc_rel_err == 0.0);
  CHECK(std::isnan(z.cosine));
  CHECK(z.acc_saturated == 0);
}
