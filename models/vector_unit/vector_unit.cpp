#include "models/vector_unit/vector_unit.h"

namespace int4sim::hw {

bool VectorUnit::execute(const Op& op) {
  const VecOp v = op.vec_op;
  if (v == VecOp::quant8 && values_) {
    const std::vector<uint8_t>& src = mem_.dram(op.src);
    std::vector<int8_t> codes(op.numel);
    core_.quant8(reinterpret_cast<const float*>(src.data()), op.numel, codes.data());
    std::vector<uint8_t>& img = mem_.dram(op.dst);
    for (uint64_t i = 0; i < op.numel; ++i) write_code(img, ElemType::s8, i, codes[i]);
  }
  const VecOpCounts before = core_.counts();
  const uint64_t c = core_.run(v, op.numel);
  if (PhaseAccount* a = acct_.account(op)) {
    if (v == VecOp::fp32_gemm) a->macs_fp32 += op.numel;  // a wide layer's GEMM in FP32
    a->vec_adds += core_.counts().adds - before.adds;
    a->vec_muls += core_.counts().muls - before.muls;
    a->vec_work += static_cast<uint64_t>(static_cast<double>(op.numel) * vec_cost(v).passes);
  }
  const auto [in, out] = dram_traffic(op);
  stream(op, in, out, c);
  return true;
}

// The bytes an op reads from and writes to DRAM: its source and destination tensors, unless they
// stay on chip, and what an op touches beyond the tensors the program names (docs/timing.md,
// "Vector unit traffic").
std::pair<uint64_t, uint64_t> VectorUnit::dram_traffic(const Op& op) {
  const auto bytes = [&](int tensor) { return tensor >= 0 ? prog_.tensors[tensor].bytes() : uint64_t{0}; };
  const uint64_t src = via_dram(op, ir::kOnChipSrc, bytes(op.src)), src1 = via_dram(op, ir::kOnChipSrc1, bytes(op.src1));
  switch (op.vec_op) {
    case VecOp::sgd_momentum:  // reads the FP32 weights, their momentum and dW; writes weights and momentum
      return {3 * src, via_dram(op, ir::kOnChipDst, 2 * bytes(op.dst))};
    case VecOp::dequant:  // a dequantized dX or dW (no tensor named) still goes somewhere in FP32
      return {src, via_dram(op, ir::kOnChipDst, op.dst >= 0 ? bytes(op.dst) : op.numel * 4)};
    case VecOp::add:  // forward: both operands in, the sum out; backward: dL/dy in, to both branches out
      return op.phase == Phase::fwd ? std::pair<uint64_t, uint64_t>{2 * src, via_dram(op, ir::kOnChipDst, bytes(op.src))}
                                    : std::pair<uint64_t, uint64_t>{src, via_dram(op, ir::kOnChipDst, 2 * bytes(op.src))};
    case VecOp::mul:  // forward: both operands in, the product out; backward: dL/dy and both operands in, two gradients out
      return op.phase == Phase::fwd ? std::pair<uint64_t, uint64_t>{2 * src, via_dram(op, ir::kOnChipDst, bytes(op.dst))}
                                    : std::pair<uint64_t, uint64_t>{3 * src, via_dram(op, ir::kOnChipDst, 2 * bytes(op.dst))};
    default: return {src + src1, via_dram(op, ir::kOnChipDst, bytes(op.dst))};
  }
}

}  // namespace int4sim::hw
