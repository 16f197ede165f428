#include "ir/program.h"

namespace int4sim::ir {

const char* unit_name(Unit u) {
  static const char* names[] = {"dma", "mac_array", "gqu", "fq", "vector", "controller"};
  return names[static_cast<int>(u)];
}

const char* buffer_name(Buffer b) {
  static const char* names[] = {"act", "wgt", "grad", "acc"};
  return names[static_cast<int>(b)];
}

const char* phase_name(Phase p) {
  static const char* names[] = {"fwd", "dgrad", "wgrad", "update"};
  return names[static_cast<int>(p)];
}

const char* vec_op_name(VecOp v) {
  static const char* names[] = {"dequant", "bn_fwd",       "bn_bwd",       "relu_fwd", "relu_bwd", "add",      "maxpool",
                                "avgpool", "softmax_xent", "sgd_momentum", "col2im",   "quant8",   "fp32_gemm",
                                "softmax", "act",          "mul"};
  return names[static_cast<int>(v)];
}

uint64_t elem_bytes(ElemType t, uint64_t n) {
  switch (t) {
    case ElemType::s4:
    case ElemType::u4: return (n + 1) / 2;
    case ElemType::s8:
    case ElemType::u8: return n;
    case ElemType::i32:
    case ElemType::f32: return 4 * n;
  }
  return n;
}

DgradPhase dgrad_phase(const ConvGeometry& g) {
  DgradPhase ph;
  ph.a = g.phase / g.stride;
  ph.b = g.phase % g.stride;
  ph.rows = ph.a < g.h ? (g.h - ph.a + g.stride - 1) / g.stride : 0;
  ph.cols = ph.b < g.w ? (g.w - ph.b + g.stride - 1) / g.stride : 0;
  const auto taps = [&](int64_t first, int64_t extent, std::vector<int64_t>& t, std::vector<int64_t>& d) {
    for (int64_t x = 0; x < extent; ++x) {
      const int64_t off = first + g.pad - x;  // may be negative: test divisibility on the residue
      if (((off % g.stride) + g.stride) % g.stride != 0) continue;
      t.push_back(x);
      d.push_back(off / g.stride);  // exact division
    }
  };
  taps(ph.a, g.r, ph.r, ph.dr);
  taps(ph.b, g.s, ph.s, ph.ds);
  return ph;
}

uint64_t Tensor::numel() const {
  uint64_t n = 1;
  for (auto d : shape) n *= static_cast<uint64_t>(d);
  return n;
}

}  // namespace int4sim::ir
