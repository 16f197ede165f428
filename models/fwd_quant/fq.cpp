#include "models/fwd_quant/fq.h"

namespace int4sim::hw {

bool ForwardQuantizer::execute(const Op& op) {
  const uint64_t n = op.numel;
  const ProgramLayer& L = prog_.layers[op.layer];
  if (values_) {
    const float* src = reinterpret_cast<const float*>(mem_.dram(op.src).data());
    std::vector<uint8_t>& img = mem_.dram(op.dst);
    const ElemType type = prog_.tensors[op.dst].type;
    if (op.kind == OpKind::fq_weights) {
      std::vector<int8_t> codes(n);
      core_.weights(src, n, L.s_w, L.quantized ? static_cast<int>(params_.fq_w_bits) : 8, codes.data());
      for (uint64_t i = 0; i < n; ++i) write_code(img, type, i, codes[i]);
    } else {
      std::vector<uint8_t> codes(n);
      core_.activations(src, n, L.u_a, L.quantized ? static_cast<int>(params_.fq_a_bits) : 8, codes.data());
      for (uint64_t i = 0; i < n; ++i) write_code(img, type, i, codes[i]);
    }
  }
  if (PhaseAccount* a = acct_.account(op)) a->fq_elements += n;
  stream(op, via_dram(op, ir::kOnChipSrc, n * 4), via_dram(op, ir::kOnChipDst, elem_bytes(prog_.tensors[op.dst].type, n)),
         core_.cycles(n));
  return true;
}

}  // namespace int4sim::hw
