#include "golden/gemm.h"

namespace golden {

int64_t acc_add(int64_t a, int64_t b, const AccSpec& spec) {
  const int64_t s = a + b;
  const int64_t hi = (int64_t{1} << (spec.bits - 1)) - 1;
  const int64_t lo = -(int64_t{1} << (spec.bits - 1));
  if (spec.overflow == Overflow::saturate) return s < lo ? lo : (s > hi ? hi : s);
  // Two's-complement wrap to `bits`: keep the low bits, sign-extend.
  const uint64_t mask = ((uint64_t{1} << spec.bits) - 1);
  uint64_t u = static_cast<uint64_t>(s) & mask;
  if (u > static_cast<uint64_t>(hi)) return static_cast<int64_t>(u) - (int64_t{1} << spec.bits);
  return static_cast<int64_t>(u);
}

std::vector<int32_t> gemm(const std::vector<int16_t>& a, const std::vector<int16_t>& b, int64_t m,
                          int64_t n, int64_t k, const AccSpec& spec, std::vector<uint8_t>* overflowed) {
  std::vector<int32_t> c(static_cast<size_t>(m * n));
  if (overflowed) overflowed->assign(c.size(), 0);
  // An addition overflowed when the accumulator's result is not the true sum.
  const auto add = [&](int64_t x, int64_t y, int64_t i, int64_t j) {
    const int64_t r = acc_add(x, y, spec);
    if (overflowed && r != x + y) (*overflowed)[static_cast<size_t>(i * n + j)] = 1;
    return r;
  };
  const int64_t chunk = spec.k_chunk < 1 ? 1 : spec.k_chunk;
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < n; ++j) {
      int64_t acc = 0;
      for (int64_t k0 = 0; k0 < k; k0 += chunk) {
        int64_t part = 0;
        for (int64_t kk = k0; kk < k && kk < k0 + chunk; ++kk)
          part = add(part, int64_t{a[i * k + kk]} * b[kk * n + j], i, j);
        acc = add(acc, part, i, j);
      }
      c[i * n + j] = static_cast<int32_t>(acc);
    }
  }
  return c;
}

std::vector<int16_t> transpose(const std::vector<int16_t>& x, int64_t rows, int64_t cols) {
  std::vector<int16_t> t(x.size());
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < cols; ++c) t[c * rows + r] = x[r * cols + c];
  return t;
}

}  // namespace golden
