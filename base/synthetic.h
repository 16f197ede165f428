#pragma once
// Deterministic synthetic tensors for runs without captured data.
#include <cstdint>
#include <vector>

namespace int4sim {

// Long-tailed gradients like a conv layer's dL/dy: Student-t with 3 degrees of freedom (finite
// variance, heavy tails), scale 1e-3 / sqrt(iteration). Depends only on (seed, stream, iteration).
std::vector<float> synthetic_gradient(uint64_t seed, uint64_t stream, uint64_t iteration, int64_t numel);

// Standard normals N(0, 1) (Box-Muller). Depends only on (seed, stream, iteration).
std::vector<float> synthetic_normal(uint64_t seed, uint64_t stream, uint64_t iteration, int64_t numel);

// Uniform integers in [lo, hi] (quantizer codes for GEMM operands; 128..255 are stored as the
// int8 with the same bits, as unsigned 8-bit codes are).
std::vector<int8_t> synthetic_codes(uint64_t seed, uint64_t stream, int64_t numel, int lo, int hi);

}  // namespace int4sim
