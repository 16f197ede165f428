#pragma once
// Convolutions lowered to the three training GEMMs (docs/numerics.md, "Convolutions").
// Layouts: activations and input gradients N x C x H x W; weights K x (C/groups) x R x S;
// outputs and output gradients N x K x P x Q. Group g uses channels [g*C/groups, (g+1)*C/groups)
// and filters [g*K/groups, (g+1)*K/groups).
#include <cstdint>
#include <vector>

#include "golden/gemm.h"

namespace golden {

struct ConvShape {
  int64_t n = 1, c = 1, h = 1, w = 1;  // input
  int64_t k = 1, r = 1, s = 1;         // filters
  int64_t stride = 1, pad = 0, groups = 1;
  int64_t p() const { return (h + 2 * pad - r) / stride + 1; }
  int64_t q() const { return (w + 2 * pad - s) / stride + 1; }
  int64_t c_per_group() const { return c / groups; }
  int64_t k_per_group() const { return k / groups; }
  // GEMM view per group: M = N*P*Q, K = (C/groups)*R*S, N = K/groups.
  int64_t gemm_m() const { return n * p() * q(); }
  int64_t gemm_k() const { return c_per_group() * r * s; }
  int64_t gemm_n() const { return k_per_group(); }
};

// im2col of group g: (N*P*Q) x ((C/groups)*R*S), zero padding.
std::vector<int16_t> im2col(const std::vector<int16_t>& x, const ConvShape& sh, int64_t g);

// Forward: y = A x W per group (INT32 accumulators, N x K x P x Q).
std::vector<int32_t> conv_forward(const std::vector<int16_t>& act, const std::vector<int16_t>& wgt,
                                  const ConvShape& sh, const AccSpec& acc);
// Input gradient as a transposed convolution (docs/numerics.md, "Convolutions"): per group and per
// phase (a, b) of the stride, the input pixels h = a + stride*i, w = b + stride*j form the rows of
// one GEMM whose reduction runs over (k, r, s) for the filter taps that reach them ((h + pad - r)
// divisible by stride; likewise s), k outermost, taps ascending; N x C x H x W accumulators.
std::vector<int32_t> conv_dgrad(const std::vector<int16_t>& grad, const std::vector<int16_t>& wgt,
                                const ConvShape& sh, const AccSpec& acc);
// Weight gradient: dW = A_col^T x G per group (INT32, K x C/groups x R x S).
std::vector<int32_t> conv_wgrad(const std::vector<int16_t>& act, const std::vector<int16_t>& grad,
                                const ConvShape& sh, const AccSpec& acc);

}  // namespace golden
