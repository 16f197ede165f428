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

std::vector<int32_t> conv_dgrad(const std::vector<int16_t>& grad, const std::vector<int16_t>& wgt,
                                const ConvShape& sh, const AccSpec& acc) {
  const int64_t P = sh.p(), Q = sh.q(), cg = sh.c_per_group(), kg = sh.k_per_group();
  std::vector<int32_t> dx(static_cast<size_t>(sh.n * sh.c * sh.h * sh.w), 0);
  for (int64_t g = 0; g < sh.groups; ++g)
    for (int64_t a = 0; a < sh.stride; ++a)
      for (int64_t b = 0; b < sh.stride; ++b) {
        std::vector<int64_t> rs, ss;  // the taps of this phase
        for (int64_t r = 0; r < sh.r; ++r)
          if ((a + sh.pad - r + sh.stride * sh.r) % sh.stride == 0) rs.push_back(r);
        for (int64_t s = 0; s < sh.s; ++s)
          if ((b + sh.pad - s + sh.stride * sh.s) % sh.stride == 0) ss.push_back(s);
        std::vector<int64_t> hs, ws;  // the input rows and columns of this phase
        for (int64_t h = a; h < sh.h; h += sh.stride) hs.push_back(h);
        for (int64_t w = b; w < sh.w; w += sh.stride) ws.push_back(w);
        const int64_t m = sh.n * static_cast<int64_t>(hs.size() * ws.size());
        const int64_t kk = kg * static_cast<int64_t>(rs.size() * ss.size());
        if (m == 0) continue;
        // A: (n, h, w) x (k, r, s) output gradients, zero where the tap falls outside P x Q.
        std::vector<int16_t> am(static_cast<size_t>(m * kk), 0), bm(static_cast<size_t>(kk * cg));
        int64_t row = 0;
        for (int64_t n = 0; n < sh.n; ++n)
          for (int64_t h : hs)
            for (int64_t w : ws) {
              int64_t col = 0;
              for (int64_t k = 0; k < kg; ++k)
                for (int64_t r : rs)
                  for (int64_t s : ss) {
                    const int64_t p = (h + sh.pad - r) / sh.stride, q = (w + sh.pad - s) / sh.stride;
                    if (h + sh.pad - r >= 0 && p < P && w + sh.pad - s >= 0 && q < Q)
                      am[row * kk + col] = grad[((n * sh.k + g * kg + k) * P + p) * Q + q];
                    ++col;
                  }
              ++row;
            }
        // B: (k, r, s) x c filters of the group.
        int64_t red = 0;
        for (int64_t k = 0; k < kg; ++k)
          for (int64_t r : rs)
            for (int64_t s : ss) {
              for (int64_t c = 0; c < cg; ++c) bm[red * cg + c] = wgt[(((g * kg + k) * cg + c) * sh.r + r) * sh.s + s];
              ++red;
            }
        const auto out = kk > 0 ? gemm(am, bm, m, cg, kk, acc) : std::vector<int32_t>(static_cast<size_t>(m * cg), 0);
        row = 0;
        for (int64_t n = 0; n < sh.n; ++n)
          for (int64_t h : hs)
            for (int64_t w : ws) {
              for (int64_t c = 0; c < cg; ++c) dx[((n * sh.c + g * cg + c) * sh.h + h) * sh.w + w] = out[row * cg + c];
              ++row;
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
