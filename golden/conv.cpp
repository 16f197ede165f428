#include "golden/conv.h"

namespace golden {
namespace {

// Filters of group g as a ((C/groups)*R*S) x (K/groups) matrix.
std::vector<int16_t> weight_matrix(const std::vector<int16_t>& wgt, const ConvShape& sh, int64_t g) {
  const int64_t kk = sh.gemm_k(), nn = sh.gemm_n();
  std::vector<int16_t> m(static_cast<size_t>(kk * nn));
  for (int64_t f = 0; f < nn; ++f)
    for (int64_t row = 0; row < kk; ++row) m[row * nn + f] = wgt[(g * nn + f) * kk + row];
  return m;
}

// Output gradients of group g as an (N*P*Q) x (K/groups) matrix.
std::vector<int16_t> grad_matrix(const std::vector<int16_t>& grad, const ConvShape& sh, int64_t g) {
  const int64_t P = sh.p(), Q = sh.q(), nn = sh.gemm_n();
  std::vector<int16_t> m(static_cast<size_t>(sh.gemm_m() * nn));
  for (int64_t n = 0; n < sh.n; ++n)
    for (int64_t f = 0; f < nn; ++f)
      for (int64_t p = 0; p < P; ++p)
        for (int64_t q = 0; q < Q; ++q)
          m[((n * P + p) * Q + q) * nn + f] = grad[((n * sh.k + g * nn + f) * P + p) * Q + q];
  return m;
}

}  // namespace

std::vector<int16_t> im2col(const std::vector<int16_t>& x, const ConvShape& sh, int64_t g) {
  const int64_t P = sh.p(), Q = sh.q(), cg = sh.c_per_group(), kk = sh.gemm_k();
  std::vector<int16_t> col(static_cast<size_t>(sh.gemm_m() * kk), 0);
  for (int64_t n = 0; n < sh.n; ++n)
    for (int64_t p = 0; p < P; ++p)
      for (int64_t q = 0; q < Q; ++q)
        for (int64_t c = 0; c < cg; ++c)
          for (int64_t r = 0; r < sh.r; ++r)
            for (int64_t s = 0; s < sh.s; ++s) {
              const int64_t h = p * sh.stride - sh.pad + r, w = q * sh.stride - sh.pad + s;
              if (h < 0 || h >= sh.h || w < 0 || w >= sh.w) continue;
              col[((n * P + p) * Q + q) * kk + (c * sh.r + r) * sh.s + s] =
                  x[((n * sh.c + g * cg + c) * sh.h + h) * sh.w + w];
            }
  return col;
}

std::vector<int32_t> conv_forward(const std::vector<int16_t>& act, const std::vector<int16_t>& wgt,
                                  const ConvShape& sh, const AccSpec& acc) {
  const int64_t P = sh.p(), Q = sh.q(), nn = sh.gemm_n();
  std::vector<int32_t> y(static_cast<size_t>(sh.n * sh.k * P * Q));
  for (int64_t g = 0; g < sh.groups; ++g) {
    const auto c = gemm(im2col(act, sh, g), weight_matrix(wgt, sh, g), sh.gemm_m(), nn, sh.gemm_k(), acc);
    for (int64_t n = 0; n < sh.n; ++n)
      for (int64_t f = 0; f < nn; ++f)
        for (int64_t p = 0; p < P; ++p)
          for (int64_t q = 0; q < Q; ++q)
            y[((n * sh.k + g * nn + f) * P + p) * Q + q] = c[((n * P + p) * Q + q) * nn + f];
  }
  return y;
}

std::vector<int64_t> conv_dgrad(const std::vector<int16_t>& grad, const std::vector<int16_t>& wgt,
                                const ConvShape& sh, const AccSpec& acc) {
  const int64_t P = sh.p(), Q = sh.q(), cg = sh.c_per_group(), kk = sh.gemm_k(), nn = sh.gemm_n();
  std::vector<int64_t> dx(static_cast<size_t>(sh.n * sh.c * sh.h * sh.w), 0);
  for (int64_t g = 0; g < sh.groups; ++g) {
    const auto wt = transpose(weight_matrix(wgt, sh, g), kk, nn);  // (K/groups) x kk
    const auto col = gemm(grad_matrix(grad, sh, g), wt, sh.gemm_m(), kk, nn, acc);
    for (int64_t n = 0; n < sh.n; ++n)
      for (int64_t p = 0; p < P; ++p)
        for (int64_t q = 0; q < Q; ++q)
          for (int64_t c = 0; c < cg; ++c)
            for (int64_t r = 0; r < sh.r; ++r)
              for (int64_t s = 0; s < sh.s; ++s) {
                const int64_t h = p * sh.stride - sh.pad + r, w = q * sh.stride - sh.pad + s;
                if (h < 0 || h >= sh.h || w < 0 || w >= sh.w) continue;
                dx[((n * sh.c + g * cg + c) * sh.h + h) * sh.w + w] +=
                    col[((n * P + p) * Q + q) * kk + (c * sh.r + r) * sh.s + s];
              }
  }
  return dx;
}

std::vector<int32_t> conv_wgrad(const std::vector<int16_t>& act, const std::vector<int16_t>& grad,
                                const ConvShape& sh, const AccSpec& acc) {
  const int64_t kk = sh.gemm_k(), nn = sh.gemm_n(), mm = sh.gemm_m();
  std::vector<int32_t> dw(static_cast<size_t>(sh.k * kk));
  for (int64_t g = 0; g < sh.groups; ++g) {
    const auto at = transpose(im2col(act, sh, g), mm, kk);  // kk x M
    const auto d = gemm(at, grad_matrix(grad, sh, g), kk, nn, mm, acc);
    for (int64_t f = 0; f < nn; ++f)
      for (int64_t row = 0; row < kk; ++row) dw[(g * nn + f) * kk + row] = d[row * nn + f];
  }
  return dw;
}

}  // namespace golden
