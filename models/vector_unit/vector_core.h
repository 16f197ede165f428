#pragma once
// Vector unit as plain C++: the cost of each FP32 operation it runs (docs/timing.md, "Vector
// unit"). An op over n elements makes `passes` streaming passes (cycles = ceil(n * passes /
// lanes)) and counts `adds` and `muls` FP32 operations per element for the energy model.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "ir/program.h"

namespace int4sim::hw {

using ir::VecOp;

struct VecCost {
  double passes, adds, muls;  // per element
};

inline const VecCost& vec_cost(VecOp op) {
  // passes: reads of the tensor; adds/muls: FP32 operations per element (compares count as adds;
  // exp in the softmax as 4 multiplies; col2im's exact 64-bit accumulation as one add).
  static const VecCost table[] = {
      {1, 0, 1},  // dequant
      {3, 3, 3},  // bn_fwd
      {3, 4, 4},  // bn_bwd
      {1, 1, 0},  // relu_fwd
      {1, 1, 0},  // relu_bwd
      {1, 1, 0},  // add
      {1, 1, 0},  // maxpool
      {1, 1, 1},  // avgpool
      {3, 3, 6},  // softmax_xent
      {1, 2, 3},  // sgd_momentum
      {1, 1, 0},  // col2im
      {2, 1, 1},  // quant8: 8-bit gradient of a wide layer: max pass, then scale and round
      {1, 1, 1},  // fp32_gemm: a wide layer's GEMM in FP32, one multiply-add per MAC (numel = MACs)
      {3, 3, 6},  // softmax: max pass, exp and sum, normalize (backward: the dot product with y, then y * (dy - dot))
      {1, 2, 5},  // act: one exp- or erf-class function (4 multiplies, as in softmax_xent) and the gate
      {1, 0, 2},  // mul: the product (backward: dy times each operand)
  };
  static_assert(sizeof table / sizeof table[0] == static_cast<size_t>(VecOp::count), "one cost per VecOp");
  return table[static_cast<int>(op)];
}

struct VecOpCounts {
  uint64_t adds = 0, muls = 0;
};

class VectorCore {
 public:
  explicit VectorCore(int lanes) : lanes_(lanes) {}
  uint64_t cycles(VecOp op, uint64_t elements) const {
    const double work = static_cast<double>(elements) * vec_cost(op).passes;
    return static_cast<uint64_t>((work + lanes_ - 1) / lanes_);
  }
  // Counts the op's FP32 operations and returns its cycles.
  uint64_t run(VecOp op, uint64_t elements) {
    const VecCost& c = vec_cost(op);
    counts_.adds += static_cast<uint64_t>(c.adds * static_cast<double>(elements));
    counts_.muls += static_cast<uint64_t>(c.muls * static_cast<double>(elements));
    return cycles(op, elements);
  }
  const VecOpCounts& counts() const { return counts_; }

  // The gradient of a wide (8-bit) layer: nearest rounding onto -127..127 of max|g|
  // (docs/numerics.md). An all-zero tensor gives zero codes.
  static void quant8(const float* g, uint64_t n, int8_t* codes) {
    float g_max = 0;
    for (uint64_t i = 0; i < n; ++i) g_max = std::max(g_max, std::fabs(g[i]));
    const float inv = g_max > 0 ? 127.0f / g_max : 0.0f;
    for (uint64_t i = 0; i < n; ++i)
      codes[i] = static_cast<int8_t>(std::min(127.0f, std::max(-127.0f, std::nearbyint(g[i] * inv))));
  }

 private:
  int lanes_;
  VecOpCounts counts_;
};

}  // namespace int4sim::hw
