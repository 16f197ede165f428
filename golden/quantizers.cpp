#include "golden/quantizers.h"

#include <algorithm>
#include <cmath>

namespace golden {

Quantized quantize_weights(const std::vector<float>& w, float s_w, int bits, Arith arith) {
  const int L = (1 << (bits - 1)) - 1;
  Quantized out;
  out.codes.resize(w.size());
  out.dequant.resize(w.size());
  if (arith == Arith::paper) {
    // u = clamp((w/s + 1) * 0.5, 0, 1); k = round(u * n) ; w_hat = (2 * k/n - 1) * s, n = 2^b - 2.
    const float n = static_cast<float>(2 * L);
    for (size_t i = 0; i < w.size(); ++i) {
      float u = (w[i] / std::fabs(s_w) + 1.0f) * 0.5f;
      u = std::min(std::max(u, 0.0f), 1.0f);
      float k = std::nearbyint(u * n);
      out.codes[i] = static_cast<int16_t>(static_cast<int>(k) - L);
      out.dequant[i] = (2.0f * (k / n) - 1.0f) * s_w;
    }
    out.scale = s_w / static_cast<float>(L);
  } else {
    // One reciprocal per tensor, one multiply and a ties-to-even round per element.
    const float inv = static_cast<float>(L) / s_w;
    out.scale = s_w / static_cast<float>(L);
    for (size_t i = 0; i < w.size(); ++i) {
      float t = std::nearbyint(w[i] * inv);
      t = std::min(std::max(t, static_cast<float>(-L)), static_cast<float>(L));
      out.codes[i] = static_cast<int16_t>(t);
      out.dequant[i] = static_cast<float>(out.codes[i]) * out.scale;
    }
  }
  return out;
}

Quantized quantize_activations(const std::vector<float>& x, float u_a, int bits, Arith arith) {
  const int n_levels = (1 << bits) - 1;
  const float n = static_cast<float>(n_levels);
  Quantized out;
  out.codes.resize(x.size());
  out.dequant.resize(x.size());
  if (arith == Arith::paper) {
    // a_hat = u * round(clamp(x/u, 0, 1) * n) / n
    for (size_t i = 0; i < x.size(); ++i) {
      float t = std::min(std::max(x[i] / u_a, 0.0f), 1.0f);
      float k = std::nearbyint(t * n);
      out.codes[i] = static_cast<int16_t>(static_cast<int>(k) - 0);
      out.dequant[i] = (k / n) * u_a;
    }
    out.scale = u_a / n;
  } else {
    const float inv = n / u_a;
    out.scale = u_a / n;
    for (size_t i = 0; i < x.size(); ++i) {
      float t = std::nearbyint(x[i] * inv);
      t = std::min(std::max(t, 0.0f), n);
      out.codes[i] = static_cast<int16_t>(static_cast<int>(t));
      out.dequant[i] = static_cast<float>(out.codes[i]) * out.scale;
    }
  }
  return out;
}

}  // namespace golden
