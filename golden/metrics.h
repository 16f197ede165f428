#pragma once
// Quantization-error metrics (spec: lbt-method.md section 4), computed in double.
#include <cstdint>
#include <vector>

namespace golden {

struct ErrorMetrics {
  double e_g = 0;      // mean |q - x| / max|x| over all entries (NaN when max|x| = 0)
  double e_gl = 0;     // the same over the top ceil(rho * N) entries by |x| (ties: lower index first)
  double mse = 0;      // mean (q - x)^2
  double sqnr_db = 0;  // 10 log10(sum x^2 / sum (q - x)^2); +inf when exact
  double cosine = 0;   // <x, q> / (|x| |q|); 1 when both are zero, 0 when one is
};

ErrorMetrics error_metrics(const std::vector<float>& x, const std::vector<float>& q, double rho);

double cosine_similarity(const std::vector<float>& a, const std::vector<float>& b);

// Number of entries that count as large: ceil(rho * n), at least 1, decided exactly for rho given
// to 1e-9.
uint64_t large_count(uint64_t n, double rho);

// Relative error |q - x|_2 / |x|_2 of a GEMM output against its FP32 reference.
double relative_error(const std::vector<float>& reference, const std::vector<float>& q);

}  // namespace golden
