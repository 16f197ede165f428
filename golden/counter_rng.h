#pragma once
// Counter-based random bits for stochastic rounding (docs/numerics.md, "Random bits").
// The bits of an element depend only on (seed, layer, iteration, flat element index), so the result
// of a quantization does not depend on lane count, tile order or who computes it.
#include <cstdint>

namespace golden {

inline uint64_t splitmix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Key of one tensor: fixed for a layer and iteration.
inline uint64_t tensor_key(uint64_t seed, uint64_t layer, uint64_t iteration) {
  return splitmix64(splitmix64(splitmix64(seed) ^ layer) ^ iteration);
}

// The top `bits` bits (1..32) of the hash of element `index`.
inline uint32_t element_bits(uint64_t key, uint64_t index, int bits) {
  return static_cast<uint32_t>(splitmix64(key ^ index) >> (64 - bits));
}

}  // namespace golden
