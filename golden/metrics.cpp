#include "golden/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace golden {

double cosine_similarity(const std::vector<float>& a, const std::vector<float>& b) {
  double dot = 0, na = 0, nb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    dot += static_cast<double>(a[i]) * b[i];
    na += static_cast<double>(a[i]) * a[i];
    nb += static_cast<double>(b[i]) * b[i];
  }
  if (na == 0 && nb == 0) return 1.0;
  if (na == 0 || nb == 0) return 0.0;
  return dot / (std::sqrt(na) * std::sqrt(nb));
}

uint64_t large_count(uint64_t n, double rho) {
  const unsigned __int128 den = 1000000000;
  const unsigned __int128 num = static_cast<unsigned __int128>(std::llround(rho * 1e9)) * n;
  const uint64_t k = static_cast<uint64_t>((num + den - 1) / den);
  return std::clamp<uint64_t>(k, 1, n);
}

ErrorMetrics error_metrics(const std::vector<float>& x, const std::vector<float>& q, double rho) {
  ErrorMetrics m;
  const size_t n = x.size();
  double x_max = 0, sum_err = 0, sum_sq_err = 0, sum_sq = 0;
  for (size_t i = 0; i < n; ++i) {
    x_max = std::max(x_max, std::fabs(static_cast<double>(x[i])));
    const double e = static_cast<double>(q[i]) - x[i];
    sum_err += std::fabs(e);
    sum_sq_err += e * e;
    sum_sq += static_cast<double>(x[i]) * x[i];
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  m.mse = n ? sum_sq_err / n : 0;
  m.sqnr_db = sum_sq_err == 0 ? std::numeric_limits<double>::infinity() : 10 * std::log10(sum_sq / sum_sq_err);
  m.cosine = cosine_similarity(x, q);
  if (x_max == 0 || n == 0) {
    m.e_g = m.e_gl = nan;
    return m;
  }
  m.e_g = sum_err / x_max / n;

  const uint64_t k = large_count(n, rho);
  std::vector<uint32_t> idx(n);
  std::iota(idx.begin(), idx.end(), 0u);
  auto larger = [&](uint32_t a, uint32_t b) {
    const float fa = std::fabs(x[a]), fb = std::fabs(x[b]);
    return fa != fb ? fa > fb : a < b;
  };
  std::nth_element(idx.begin(), idx.begin() + (k - 1), idx.end(), larger);
  double sum_large = 0;
  for (uint64_t j = 0; j < k; ++j) sum_large += std::fabs(static_cast<double>(q[idx[j]]) - x[idx[j]]);
  m.e_gl = sum_large / x_max / static_cast<double>(k);
  return m;
}

double relative_error(const std::vector<float>& reference, const std::vector<float>& q) {
  double num = 0, den = 0;
  for (size_t i = 0; i < reference.size(); ++i) {
    const double e = static_cast<double>(q[i]) - reference[i];
    num += e * e;
    den += static_cast<double>(reference[i]) * reference[i];
  }
  if (den == 0) return num == 0 ? 0.0 : std::numeric_limits<double>::infinity();
  return std::sqrt(num / den);
}

}  // namespace golden
