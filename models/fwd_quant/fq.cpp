#include "models/fwd_quant/fq.h"

namespace int4sim::hw {

void ForwardQuantizer::run() {
  while (true) {
    const Op* op = queue.read();
    f_.sem_wait(Unit::fq, *op, Stall::dependency);
    const uint64_t n = op->numel;
    const ProgramLayer& L = f_.prog.layers[op->layer];
    if (f_.opt.values) {
      const float* src = reinterpret_cast<const float*>(f_.image(op->src).data());
      std::vector<uint8_t>& img = f_.image(op->dst);
      if (op->kind == OpKind::fq_weights) {
        std::vector<int8_t> codes(n);
        core_.weights(src, n, L.s_w, L.quantized ? static_cast<int>(f_.cfg.fq_w_bits) : 8, codes.data());
        for (uint64_t i = 0; i < n; ++i) write_code(img, f_.prog.tensors[op->dst].type, i, codes[i]);
      } else {
        std::vector<uint8_t> codes(n);
        core_.activations(src, n, L.u_a, L.quantized ? static_cast<int>(f_.cfg.fq_a_bits) : 8, codes.data());
        for (uint64_t i = 0; i < n; ++i) write_code(img, f_.prog.tensors[op->dst].type, i, codes[i]);
      }
    }
    if (PhaseAccount* a = f_.account(*op)) a->fq_elements += n;
    f_.stream(Unit::fq, *op, n * 4, elem_bytes(ElemType::s4, n), core_.cycles(n));
    f_.sem_signal(*op);
    f_.op_done();
  }
}

}  // namespace int4sim::hw
