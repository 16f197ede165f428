#include "models/accelerator/accelerator.h"

namespace int4sim::hw {

Accelerator::Accelerator(const sc_core::sc_module_name& name, const AcceleratorParams& p, const Program& prog,
                         ExecutionOptions& opt, ExecutionResult& res)
    : sc_module(name),
      acct_(prog, res, opt.timeline, opt.warmup),
      mem_(p, prog, res, opt.values, std::move(opt.dram), opt.values && opt.overflow_flags),
      scoreboard_("scoreboard", acct_),
      queues_{sc_core::sc_fifo<const Op*>("dma_ops", kQueueDepth), sc_core::sc_fifo<const Op*>("array_ops", kQueueDepth),
              sc_core::sc_fifo<const Op*>("gqu_ops", kQueueDepth), sc_core::sc_fifo<const Op*>("fq_ops", kQueueDepth),
              sc_core::sc_fifo<const Op*>("vec_ops", kQueueDepth)},
      store_queue_("dma_store_ops", kQueueDepth),
      dma_("dma", UnitContext{prog, acct_, mem_, opt.values}, p),
      array_("mac_array", UnitContext{prog, acct_, mem_, opt.values}, p),
      gqu_("gqu", UnitContext{prog, acct_, mem_, opt.values}, p, p.run_seed),
      fq_("fq", UnitContext{prog, acct_, mem_, opt.values}, p),
      vec_("vector", UnitContext{prog, acct_, mem_, opt.values}, p),
      ctrl_("controller", prog, opt, acct_) {
  for (int u = 0; u < Controller::kUnits; ++u) {
    ctrl_.to_unit[u](queues_[u]);
    unit(static_cast<Unit>(u)).ops(queues_[u]);
    unit(static_cast<Unit>(u)).scoreboard(scoreboard_);
  }
  ctrl_.to_dma_stores(store_queue_);
  dma_.store_ops(store_queue_);
  ctrl_.scoreboard(scoreboard_);
  if (opt.values && opt.on_tile) array_.observe_tiles(opt.on_tile);
  gqu_.dram(dma_);
  fq_.dram(dma_);
  vec_.dram(dma_);
}

UnitModule& Accelerator::unit(Unit u) {
  switch (u) {
    case Unit::dma: return dma_;
    case Unit::array: return array_;
    case Unit::gqu: return gqu_;
    case Unit::fq: return fq_;
    default: return vec_;
  }
}

}  // namespace int4sim::hw
