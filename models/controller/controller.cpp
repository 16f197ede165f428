#include "models/controller/controller.h"

#include "models/accelerator/clock.h"

namespace int4sim::hw {

void Controller::run() {
  ExecutionResult& res = acct_.result();
  for (int it = 0; it < opt_.iterations; ++it) {
    acct_.iteration = it;
    acct_.begin_iteration(now_cycles());
    scoreboard->reset(prog_.initial_semaphores);  // tokens left over by the last step
    if (opt_.values && opt_.before_iteration) {
      // An error in the caller's values (e.g. a NaN in a trace) ends the simulation; execute()
      // rethrows it once the kernel has returned.
      try {
        opt_.before_iteration(it, res);
      } catch (...) {
        error = std::current_exception();
        sc_core::sc_stop();
        return;
      }
    }
    int last_layer = -2;
    Phase last_phase = Phase::count;
    for (const Op& op : prog_.ops) {
      if (opt_.stop && *opt_.stop) break;
      if (op.kind == OpKind::barrier) {
        scoreboard->wait_drained();
        continue;
      }
      if (opt_.on_dispatch && (op.layer != last_layer || op.phase != last_phase)) {
        last_layer = op.layer;
        last_phase = op.phase;
        opt_.on_dispatch(it, op.layer, op.phase);
      }
      scoreboard->issued(op);
      ++res.ops;
      if (op.unit == Unit::dma && op.kind == OpKind::store) to_dma_stores->write(&op);
      else to_unit[static_cast<int>(op.unit)]->write(&op);
    }
    scoreboard->wait_drained();
    acct_.end_iteration(now_cycles());
    if (opt_.stop && *opt_.stop) {
      res.complete = false;
      break;
    }
  }
  end_time = sc_core::sc_time_stamp();
  finished = true;
}

}  // namespace int4sim::hw
