#pragma once
// Integer GEMM on quantizer codes with the accumulator of the MAC array (docs/numerics.md,
// "Accumulation order"). Plain loops: this is the reference, not the fast path.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace golden {

enum class Overflow { wrap, saturate };

struct AccSpec {
  int bits = 32;                      // 16..32
  Overflow overflow = Overflow::saturate;
  // Reduction chunk. Products are summed in increasing k; each chunk of `k_chunk` products is summed
  // from zero through the accumulator, then added to the running output accumulator. An
  // output-stationary array has one chunk (k_chunk >= K); weight- and input-stationary arrays
  // reduce one fold of `rows` products down a column and add it to the output accumulator.
  int64_t k_chunk = INT64_MAX;
};

// a + b through an accumulator of `spec.bits`.
int64_t acc_add(int64_t a, int64_t b, const AccSpec& spec);

// C (M x N) = A (M x K) * B (K x N), all row-major. `overflowed` (optional) receives, per output,
// 1 if any of its additions left the accumulator's range (saturated or wrapped), else 0.
std::vector<int32_t> gemm(const std::vector<int16_t>& a, const std::vector<int16_t>& b, int64_t m,
                          int64_t n, int64_t k, const AccSpec& spec,
                          std::vector<uint8_t>* overflowed = nullptr);

// Row-major transpose of a rows x cols matrix.
std::vector<int16_t> transpose(const std::vector<int16_t>& x, int64_t rows, int64_t cols);

}  // namespace golden
