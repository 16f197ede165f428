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
  const uint64_t in = op.src >= 0 ? prog_.tensors[op.src].bytes() : 0;
  const uint64_t out = op.dst >= 0 ? prog_.tensors[op.dst].bytes() : 0;
  stream(op, in, out, c);
  return true;
}

}  // namespace int4sim::hw
