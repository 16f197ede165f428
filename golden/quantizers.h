#pragma once
// Weight and activation quantizers (docs/numerics.md). Codes are signed integers centred on zero:
// weights -L..L with L = 2^(b-1)-1, activations 0..2^b-1. value = code * scale in hw arithmetic;
// in paper arithmetic `dequant` follows the authors' float32 operations.
#include <cstdint>
#include <vector>

namespace golden {

enum class Arith { paper, hw };
enum class Rounding { nearest, stochastic };

struct Quantized {
  std::vector<int16_t> codes;
  std::vector<float> dequant;
  float scale = 0;  // value of one code step
};

// Signed symmetric, 2^b - 1 levels, clip value s_w > 0.
Quantized quantize_weights(const std::vector<float>& w, float s_w, int bits, Arith arith);
// Unsigned, 2^b levels, clip value u_a > 0.
Quantized quantize_activations(const std::vector<float>& x, float u_a, int bits, Arith arith);

}  // namespace golden
