#pragma once
// Forward quantizer (FQ) as plain C++: FP32 weights (after each update) and activations (after
// ReLU) to s4 / u4 codes in the accelerator's hw arithmetic (docs/numerics.md): one reciprocal
// per tensor, one multiply, a ties-to-even round and a clamp per element. Implemented from the
// specification independently of golden/ (which checks it).
#include <cmath>
#include <cstdint>

namespace int4sim::hw {

class FqCore {
 public:
  explicit FqCore(int lanes) : lanes_(lanes) {}

  // Weights: codes -L..L, L = 2^(bits-1) - 1; returns the code step s_w / L.
  float weights(const float* w, uint64_t n, float s_w, int bits, int8_t* codes) const {
    const int levels = (1 << (bits - 1)) - 1;
    const float inv = static_cast<float>(levels) / s_w;
    for (uint64_t i = 0; i < n; ++i) codes[i] = static_cast<int8_t>(code(w[i], inv, -levels, levels));
    return s_w / static_cast<float>(levels);
  }
  // Activations: codes 0..2^bits - 1; returns the code step u_a / (2^bits - 1).
  float activations(const float* x, uint64_t n, float u_a, int bits, uint8_t* codes) const {
    const int top = (1 << bits) - 1;
    const float inv = static_cast<float>(top) / u_a;
    for (uint64_t i = 0; i < n; ++i) codes[i] = static_cast<uint8_t>(code(x[i], inv, 0, top));
    return u_a / static_cast<float>(top);
  }
  uint64_t cycles(uint64_t n) const { return (n + lanes_ - 1) / lanes_; }

 private:
  static int code(float x, float inv, int lo, int hi) {
    const float t = std::nearbyint(x * inv);
    return t < lo ? lo : (t > hi ? hi : static_cast<int>(t));
  }
  int lanes_;
};

}  // namespace int4sim::hw
