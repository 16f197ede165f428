#pragma once
// FP32 GEMM on the host: oneDNN's sgemm where libdnnl-dev is installed, plain loops otherwise.
// Used where a figure needs a product of the size of a training step that is not the array's own
// arithmetic: the FP32 references of the GEMM-output errors (sim/report/output_errors.h) and the
// Python bindings' exact fast GEMM.
#include <cstdint>

namespace int4sim::host {

// C (m x n, row-major, leading dimension ldc) = op(A) op(B) + beta C, where op(A) is m x k (A stored
// k x m when trans_a) and op(B) is k x n (B stored n x k when trans_b); lda and ldb are the stored
// row lengths. Thread-safe (oneDNN's sgemm is reentrant; the loops share nothing).
void sgemm(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b,
           int64_t ldb, float beta, float* c, int64_t ldc);

// Whether sgemm runs oneDNN (false: the portable loops, much slower on large products).
bool sgemm_uses_onednn();

}  // namespace int4sim::host
