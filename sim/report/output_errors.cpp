#include "sim/report/output_errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "host/fp32_gemm.h"

namespace int4sim::report {
namespace {

// C (m x n, double, leading dimension ldc) (+)= op(A) op(B), the reduction of k split into FP32
// GEMMs of at most `chunk` products each (A stored k x m when trans_a, B stored n x k when
// trans_b). With `overwrite` the first chunk replaces C instead of adding to it.
void add_product(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b,
                 int64_t ldb, double* c, int64_t ldc, int64_t chunk, bool overwrite, std::vector<float>& tmp) {
  tmp.resize(static_cast<size_t>(m * n));
  if (k == 0 && overwrite)
    for (int64_t i = 0; i < m; ++i) std::fill(c + i * ldc, c + i * ldc + n, 0.0);
  for (int64_t k0 = 0; k0 < k; k0 += chunk) {
    const int64_t kc = std::min(chunk, k - k0);
    host::sgemm(trans_a, trans_b, m, n, kc, trans_a ? a + k0 * lda : a + k0, lda, trans_b ? b + k0 : b + k0 * ldb, ldb, 0.0f,
                tmp.data(), n);
    const bool first = overwrite && k0 == 0;
    for (int64_t i = 0; i < m; ++i) {
      double* ci = c + i * ldc;
      const float* ti = tmp.data() + i * n;
      if (first)
        for (int64_t j = 0; j < n; ++j) ci[j] = ti[j];
      else
        for (int64_t j = 0; j < n; ++j) ci[j] += ti[j];
    }
  }
}

// The taps of one sample and group as rows: col[(c, r, s)][(p, q)] = x[c][p*stride - pad + r]
// [q*stride - pad + s] (0 in the padding), or, with `scatter`, the reverse: each tap's value added
// into the pixel it reads (col2im).
template <bool scatter, typename Col, typename X>
void taps(const ir::ConvGeometry& g, int64_t cg, Col* col, X* x) {
  const int64_t P = g.p(), Q = g.q();
  for (int64_t c = 0; c < cg; ++c)
    for (int64_t r = 0; r < g.r; ++r)
      for (int64_t s = 0; s < g.s; ++s) {
        Col* row = col + ((c * g.r + r) * g.s + s) * P * Q;
        for (int64_t p = 0; p < P; ++p) {
          const int64_t h = p * g.stride - g.pad + r;
          Col* dst = row + p * Q;
          if (h < 0 || h >= g.h) {
            if constexpr (!scatter) std::fill(dst, dst + Q, Col{0});
            continue;
          }
          X* line = x + (c * g.h + h) * g.w;
          for (int64_t q = 0; q < Q; ++q) {
            const int64_t w = q * g.stride - g.pad + s;
            if constexpr (scatter) {
              if (w >= 0 && w < g.w) line[w] += dst[q];
            } else {
              dst[q] = w >= 0 && w < g.w ? line[w] : Col{0};
            }
          }
        }
      }
}

}  // namespace

std::vector<double> conv_phase_product(const ir::ConvGeometry& g, ir::Phase phase, const float* left, const float* right,
                                       double max_product) {
  const int64_t G = g.groups, Cg = g.c / G, Kg = g.k / G, H = g.h, W = g.w, PQ = g.p() * g.q(), Kred = Cg * g.r * g.s;
  // 2^24 - 1 over the largest product: the products one FP32 partial sum may hold exactly.
  const int64_t chunk = max_product > 0 ? std::max<int64_t>(1, static_cast<int64_t>(16777215.0 / max_product))
                                        : std::numeric_limits<int64_t>::max();
  std::vector<double> out;
  switch (phase) {
    case ir::Phase::fwd: out.resize(static_cast<size_t>(g.n * g.k * PQ)); break;
    case ir::Phase::dgrad: out.assign(static_cast<size_t>(g.n * g.c * H * W), 0.0); break;
    case ir::Phase::wgrad: out.resize(static_cast<size_t>(g.k * Kred)); break;
    default: throw std::logic_error("conv_phase_product: no GEMM in this phase");
  }
  // Work is split into pieces whose outputs no other piece touches, each one single-threaded GEMM
  // (oneDNN runs sequentially inside a parallel region) over a partition that does not depend on
  // the thread count: the figures are the same on any number of threads.
  const int64_t slices = g.n * G;
  if (phase != ir::Phase::wgrad) {
#pragma omp parallel
    {
      std::vector<float> col(static_cast<size_t>(Kred * PQ)), tmp;  // (c, r, s) x (p, q)
      std::vector<double> dcol(phase == ir::Phase::dgrad ? col.size() : 0);
#pragma omp for schedule(dynamic, 1)
      for (int64_t slice = 0; slice < slices; ++slice) {
        const int64_t n = slice / G, grp = slice % G;
        const int64_t x_base = (n * g.c + grp * Cg) * H * W;  // this sample's and group's input channels
        const int64_t y_base = (n * g.k + grp * Kg) * PQ;     // its output channels, Kg x PQ
        const float* w_g = right + grp * Kg * Kred;            // W of the group, Kg x Kred
        if (phase == ir::Phase::fwd) {
          // Y (Kg x PQ) = W_g (Kg x Kred) col (Kred x PQ)
          taps<false>(g, Cg, col.data(), left + x_base);
          add_product(false, false, Kg, PQ, Kred, w_g, Kred, col.data(), PQ, out.data() + y_base, PQ, chunk, true, tmp);
        } else {
          // dcol (Kred x PQ) = W_g^T (Kred x Kg) G (Kg x PQ), then each tap adds into the pixel it read.
          add_product(true, false, Kred, PQ, Kg, w_g, Kred, left + y_base, PQ, dcol.data(), PQ, chunk, true, tmp);
          taps<true>(g, Cg, dcol.data(), out.data() + x_base);
        }
      }
    }
    return out;
  }
  // dW_g (Kg x Kred) = sum over the samples, in order, of G (Kg x PQ) col^T (PQ x Kred): per sample,
  // every group's taps, then blocks of kRows filter rows each accumulated by one thread.
  constexpr int64_t kRows = 16;
  const int64_t blocks = (Kg + kRows - 1) / kRows;
  std::vector<float> cols(static_cast<size_t>(G * Kred * PQ));
  for (int64_t n = 0; n < g.n; ++n) {
#pragma omp parallel for schedule(dynamic, 1)
    for (int64_t grp = 0; grp < G; ++grp)
      taps<false>(g, Cg, cols.data() + grp * Kred * PQ, left + (n * g.c + grp * Cg) * H * W);
#pragma omp parallel
    {
      std::vector<float> tmp;
#pragma omp for schedule(dynamic, 1)
      for (int64_t piece = 0; piece < G * blocks; ++piece) {
        const int64_t grp = piece / blocks, k0 = piece % blocks * kRows, rows = std::min(kRows, Kg - k0);
        add_product(false, true, rows, Kred, PQ, right + (n * g.k + grp * Kg + k0) * PQ, PQ, cols.data() + grp * Kred * PQ, PQ,
                    out.data() + (grp * Kg + k0) * Kred, Kred, chunk, n == 0, tmp);
      }
    }
  }
  return out;
}

OutputError output_error(const int32_t* acc, size_t n, double scale, const std::vector<double>& reference,
                         const std::vector<double>* exact, const uint8_t* overflow) {
  if (reference.size() != n || (exact && exact->size() != n)) throw std::logic_error("output_error: sizes differ");
  double ref2 = 0, hw2 = 0, dot = 0, diff2 = 0, exact2 = 0, acc_diff2 = 0;
  uint64_t saturated = 0;
  for (size_t i = 0; i < n; ++i) {
    const double a = acc[i], hw = a * scale, ref = reference[i];
    ref2 += ref * ref;
    hw2 += hw * hw;
    dot += hw * ref;
    diff2 += (hw - ref) * (hw - ref);
    const double x = exact ? (*exact)[i] : a;
    exact2 += x * x;
    acc_diff2 += (a - x) * (a - x);
    if (overflow) saturated += overflow[i] != 0;
  }
  OutputError e;
  e.valid = true;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // 0 / 0 (an all-zero output computed exactly) is no error; x / 0 has no finite value (null).
  e.rel_err = ref2 > 0 ? std::sqrt(diff2 / ref2) : (diff2 == 0 ? 0.0 : nan);
  e.cosine = ref2 > 0 && hw2 > 0 ? dot / std::sqrt(ref2 * hw2) : nan;
  e.acc_rel_err = exact2 > 0 ? std::sqrt(acc_diff2 / exact2) : (acc_diff2 == 0 ? 0.0 : nan);
  e.acc_saturated = saturated;
  return e;
}

}  // namespace int4sim::report
