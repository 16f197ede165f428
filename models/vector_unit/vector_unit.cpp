#include "models/vector_unit/vector_unit.h"

#include <algorithm>
#include <cmath>

namespace int4sim::hw {

void VectorUnit::run() {
  while (true) {
    const Op* op = queue.read();
    f_.sem_wait(Unit::vec, *op, Stall::dependency);
    const VecOp v = op->vec_op;
    if (v == VecOp::quant8 && f_.opt.values) quant8(*op);
    const VecOpCounts before = core_.counts();
    const uint64_t c = core_.run(v, op->numel);
    if (PhaseAccount* a = f_.account(*op)) {
      if (v == VecOp::fp32_gemm) a->macs += op->numel;  // a wide layer's GEMM in FP32
      a->vec_adds += core_.counts().adds - before.adds;
      a->vec_muls += core_.counts().muls - before.muls;
    }
    const uint64_t in = op->src >= 0 ? f_.prog.tensors[op->src].bytes() : 0;
    const uint64_t out = op->dst >= 0 ? f_.prog.tensors[op->dst].bytes() : 0;
    f_.stream(Unit::vec, *op, in, out, c);
    f_.sem_signal(*op);
    f_.op_done();
  }
}

// The gradient of a wide (8-bit) layer: nearest rounding onto -127..127 of max|g| (docs/numerics.md).
void VectorUnit::quant8(const Op& op) {
  const float* g = reinterpret_cast<const float*>(f_.image(op.src).data());
  float g_max = 0;
  for (uint64_t i = 0; i < op.numel; ++i) g_max = std::max(g_max, std::fabs(g[i]));
  const float inv = g_max > 0 ? 127.0f / g_max : 0.0f;
  std::vector<uint8_t>& img = f_.image(op.dst);
  for (uint64_t i = 0; i < op.numel; ++i)
    write_code(img, ElemType::s8, i, static_cast<int>(std::min(127.0f, std::max(-127.0f, std::nearbyint(g[i] * inv)))));
}

}  // namespace int4sim::hw
