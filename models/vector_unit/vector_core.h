#pragma once
// Vector unit as plain C++: the cost of each FP32 operation it runs (docs/timing.md, "Vector
// unit"). An op over n elements makes `passes` streaming passes (cycles = ceil(n * passes /
// lanes)) and counts `adds` and `muls` FP32 operations per element for the energy model.
#include <cstdint>
#include <string>

namespace int4sim::hw {

enum class VecOp { dequant, bn_fwd, bn_bwd, relu_fwd, relu_bwd, add, maxpool, avgpool, softmax_xent, sgd_momentum, col2im, quant8, fp32_gemm, count };

struct VecCost {
  const char* name;
  double passes, adds, muls;  // per element
};

inline const VecCost& vec_cost(VecOp op) {
  // passes: reads of the tensor; adds/muls: FP32 operations per element (compares count as adds;
  // exp in the softmax as 4 multiplies; col2im's exact 64-bit accumulation as one add).
  static const VecCost table[] = {
      {"dequant", 1, 0, 1},      {"bn_fwd", 3, 3, 3},  {"bn_bwd", 3, 4, 4},      {"relu_fwd", 1, 1, 0},
      {"relu_bwd", 1, 1, 0},     {"add", 1, 1, 0},     {"maxpool", 1, 1, 0},      {"avgpool", 1, 1, 1},
      {"softmax_xent", 3, 3, 6}, {"sgd_momentum", 1, 2, 3}, {"col2im", 1, 1, 0},
      {"quant8", 2, 1, 1},  // 8-bit gradient of a wide layer: max pass, then scale and round
      {"fp32_gemm", 1, 1, 1},  // a wide layer's GEMM in FP32: one multiply-add per MAC (numel = MACs)
  };
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

 private:
  int lanes_;
  VecOpCounts counts_;
};

}  // namespace int4sim::hw
