#include "host/fp32_gemm.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#ifdef INT4SIM_HAVE_DNNL
#include <dnnl.h>
#endif

namespace int4sim::host {

void sgemm(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b,
           int64_t ldb, float beta, float* c, int64_t ldc) {
  if (m <= 0 || n <= 0) return;
#ifdef INT4SIM_HAVE_DNNL
  if (k > 0) {
    const dnnl_status_t st = dnnl_sgemm(trans_a ? 'T' : 'N', trans_b ? 'T' : 'N', m, n, k, 1.0f, a, lda, b, ldb, beta, c, ldc);
    if (st != dnnl_success) throw std::runtime_error("dnnl_sgemm failed");
    return;
  }
#endif
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) c[i * ldc + j] = beta == 0.0f ? 0.0f : beta * c[i * ldc + j];
  std::vector<float> brow(static_cast<size_t>(n));
  for (int64_t kk = 0; kk < k; ++kk) {
    for (int64_t j = 0; j < n; ++j) brow[static_cast<size_t>(j)] = trans_b ? b[j * ldb + kk] : b[kk * ldb + j];
    for (int64_t i = 0; i < m; ++i) {
      const float av = trans_a ? a[kk * lda + i] : a[i * lda + kk];
      if (av == 0.0f) continue;
      float* ci = c + i * ldc;
      for (int64_t j = 0; j < n; ++j) ci[j] += av * brow[static_cast<size_t>(j)];
    }
  }
}

bool sgemm_uses_onednn() {
#ifdef INT4SIM_HAVE_DNNL
  return true;
#else
  return false;
#endif
}

}  // namespace int4sim::host
