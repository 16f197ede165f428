#include "models/gqu/gqu.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace int4sim::hw {

GquConfig gqu_config(const GqParams& cfg, int64_t seed) {
  GquConfig g;
  g.bits = static_cast<int>(cfg.gq_bits);
  g.policy = cfg.gq_policy;
  g.stochastic = cfg.gq_rounding == "stochastic";
  g.predicted_max = cfg.gq_mode == "predicted";
  g.fixed_gamma = cfg.gq_gamma;
  g.rand_bits = static_cast<int>(cfg.gq_rand_bits);
  g.alpha_ppm = std::llround(cfg.gq_alpha * 1e6);
  g.gamma_frac_bits = static_cast<int>(cfg.gq_gamma_frac_bits);
  g.gamma_step_lsb = cfg.gq_gamma_step_lsb;
  g.dsgc_grid = static_cast<int>(cfg.gq_dsgc_grid);
  g.dsgc_period = static_cast<int>(cfg.gq_dsgc_period);
  g.pwf_shift = static_cast<int>(cfg.gq_pwf_shift);
  g.seed = static_cast<uint64_t>(seed);
  g.lanes = static_cast<int>(cfg.gq_lanes);
  return g;
}

Gqu::Gqu(const sc_core::sc_module_name& name, const UnitContext& ctx, const GqParams& params, int64_t seed)
    : StreamingUnit(name, Unit::gqu, ctx), params_(params), core_(gqu_config(params, seed)) {}

bool Gqu::execute(const Op& op_ref) {
  const Op* op = &op_ref;
  std::vector<float>& g = tensor_;  // the FP32 tensor in flight (values)
  // gq.update names no tensor: it works on the one the last gq.max started.
  if (op->kind == OpKind::gq_max) tensor_numel_ = op->numel;
  const uint64_t numel = op->kind == OpKind::gq_update ? tensor_numel_ : op->numel;
  const uint64_t pass = core_.pass_cycles(numel) + static_cast<uint64_t>(params_.gq_pipeline);
  PhaseAccount* acct = acct_.account(*op);
  switch (op->kind) {
    case OpKind::gq_max:
      core_.begin_tensor(static_cast<uint64_t>(op->gq_layer), numel);
      plan_ = core_.search_plan();
      if (values_) {
        g.resize(numel);
        std::memcpy(g.data(), mem_.dram(op->src).data(), numel * 4);
      }
      if (core_.needs_max_pass()) {
        if (values_) core_.max_tile(g.data(), numel);
        if (acct) acct->gq_absmax += numel;
        stream(*op, via_dram(*op, ir::kOnChipSrc, numel * 4), 0, pass);
      }
      break;
    case OpKind::gq_quant: {
      // Timing and energy follow the plan, the same with or without values.
      const uint64_t extra = plan_.before_passes;
      if (values_) {
        core_.search_before_quantize(g.data(), numel);
        std::vector<int16_t> codes(numel);
        core_.quantize_tile(g.data(), 0, numel, codes.data());
        std::vector<uint8_t>& img = mem_.dram(op->dst);
        const ElemType type = prog_.tensors[op->dst].type;
        for (uint64_t i = 0; i < numel; ++i) write_code(img, type, i, codes[i]);
      }
      if (acct) {
        acct->gq_elements += numel;
        if (core_.config().stochastic) acct->gq_stochastic += numel;
        acct->gq_search_passes += extra;
        acct->gq_elements += extra * numel;
        acct->gq_search_macs += 3 * extra * numel;
      }
      restream(*op, numel, extra);
      stream(*op, via_dram(*op, ir::kOnChipSrc, numel * 4), elem_bytes(prog_.tensors[op->dst].type, numel), pass + extra * pass);
      break;
    }
    case OpKind::gq_update: {
      if (values_) {
        GqOutcome out;
        out.layer = op->layer;
        out.iteration = acct_.iteration;
        out.result = core_.end_tensor(g.data());
        acct_.gq_outcome(out);
      } else {
        core_.skip_tensor();
      }
      const uint64_t passes = plan_.after_passes;
      if (acct) {
        acct->gq_compares += passes * numel * plan_.compares_per_element;
        acct->gq_search_passes += passes;
      }
      restream(*op, numel, passes);
      stream(*op, 0, 0, passes * pass + plan_.after_cycles + static_cast<uint64_t>(params_.gq_pipeline));
      break;
    }
    default: throw std::logic_error("gqu: unexpected op");
  }
  return true;
}

// Whole-tensor search passes re-read the FP32 tensor from DRAM when it exceeds the gradient buffer.
void Gqu::restream(const Op& op, uint64_t numel, uint64_t passes) {
  if (passes && numel * 4 > mem_.buffer(Buffer::grad).config().capacity_bytes) stream(op, passes * numel * 4, 0, 0);
}

}  // namespace int4sim::hw
