#include "base/synthetic.h"

#include <cmath>

namespace int4sim {
namespace {

uint64_t mix(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Uniform in (0, 1), never 0 (safe for log).
double unit(uint64_t key, uint64_t i) { return (static_cast<double>(mix(key ^ i) >> 11) + 0.5) * 0x1p-53; }

}  // namespace

std::vector<float> synthetic_gradient(uint64_t seed, uint64_t stream, uint64_t iteration, int64_t numel) {
  const uint64_t key = mix(mix(mix(seed) ^ stream) ^ iteration);
  const double scale = 1e-3 / std::sqrt(static_cast<double>(iteration < 1 ? 1 : iteration));
  const double two_pi = 6.283185307179586;
  std::vector<float> g(static_cast<size_t>(numel));
  for (int64_t i = 0; i < numel; ++i) {
    // Four standard normals (Box-Muller): one numerator, three for the chi-square(3) denominator.
    double z[4];
    for (int j = 0; j < 2; ++j) {
      const double r = std::sqrt(-2.0 * std::log(unit(key, 4 * i + 2 * j)));
      const double t = two_pi * unit(key, 4 * i + 2 * j + 1);
      z[2 * j] = r * std::cos(t);
      z[2 * j + 1] = r * std::sin(t);
    }
    const double chi2 = z[1] * z[1] + z[2] * z[2] + z[3] * z[3];
    g[static_cast<size_t>(i)] = static_cast<float>(scale * z[0] / std::sqrt(chi2 / 3.0));
  }
  return g;
}

std::vector<float> synthetic_normal(uint64_t seed, uint64_t stream, uint64_t iteration, int64_t numel) {
  // Another key than synthetic_gradient's for the same (seed, stream, iteration).
  const uint64_t key = mix(mix(mix(mix(seed) ^ stream) ^ iteration) ^ 0x6e6f726d616cULL);
  const double two_pi = 6.283185307179586;
  std::vector<float> z(static_cast<size_t>(numel));
  for (int64_t i = 0; i < numel; i += 2) {
    const double r = std::sqrt(-2.0 * std::log(unit(key, i))), t = two_pi * unit(key, i + 1);
    z[static_cast<size_t>(i)] = static_cast<float>(r * std::cos(t));
    if (i + 1 < numel) z[static_cast<size_t>(i + 1)] = static_cast<float>(r * std::sin(t));
  }
  return z;
}

std::vector<int8_t> synthetic_codes(uint64_t seed, uint64_t stream, int64_t numel, int lo, int hi) {
  const uint64_t key = mix(mix(seed) ^ stream);
  const uint64_t span = static_cast<uint64_t>(hi - lo + 1);
  std::vector<int8_t> c(static_cast<size_t>(numel));
  for (int64_t i = 0; i < numel; ++i) c[static_cast<size_t>(i)] = static_cast<int8_t>(lo + static_cast<int>(mix(key ^ i) % span));
  return c;
}

}  // namespace int4sim
