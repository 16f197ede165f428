#pragma once
// Controller: fetches the program in order and dispatches each operation to its unit's queue
// (blocking when that queue is full); a barrier waits for every unit to drain. Runs the program
// `iterations` times; iterations do not overlap (the next forward needs the updated weights).
#include <systemc>

#include <array>
#include <exception>

#include "models/accelerator/fabric.h"

namespace int4sim::hw {

class Controller : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(Controller);
  Controller(const sc_core::sc_module_name& name, Fabric& fabric,
             const std::array<sc_core::sc_fifo<const Op*>*, static_cast<size_t>(Unit::count)>& queues)
      : sc_module(name), f_(fabric), queues_(queues) {
    SC_THREAD(run);
  }

  bool finished = false;
  sc_core::sc_time end_time;
  std::exception_ptr error;

 private:
  void run() {
    for (int it = 0; it < f_.opt.iterations; ++it) {
      f_.iteration = it;
      f_.reset_semaphores();  // tokens left over by the last step
      if (f_.opt.values && f_.opt.before_iteration) {
        // An error in the caller's values (e.g. a NaN in a trace) ends the simulation; execute()
        // rethrows it once the kernel has returned.
        try {
          f_.opt.before_iteration(it, f_.res);
        } catch (...) {
          error = std::current_exception();
          sc_core::sc_stop();
          return;
        }
      }
      int last_layer = -2, last_phase = -1;
      for (const Op& op : f_.prog.ops) {
        if (f_.opt.stop && *f_.opt.stop) break;
        if (op.kind == OpKind::barrier) {
          f_.wait_drained();
          continue;
        }
        if (f_.opt.on_dispatch && (op.layer != last_layer || op.phase != last_phase)) {
          last_layer = op.layer;
          last_phase = op.phase;
          f_.opt.on_dispatch(it, op.layer, op.phase);
        }
        f_.issued();
        ++f_.res.ops;
        queues_[static_cast<int>(op.unit)]->write(&op);
      }
      f_.wait_drained();
      for (auto& layer : f_.res.layers)
        for (auto& a : layer)
          if (a.present && a.last >= a.first) {
            a.span_cycles += a.last - a.first;
            a.first = UINT64_MAX;
            a.last = 0;
          }
      if (f_.opt.stop && *f_.opt.stop) {
        f_.res.complete = false;
        break;
      }
    }
    end_time = sc_core::sc_time_stamp();
    finished = true;
  }

  Fabric& f_;
  std::array<sc_core::sc_fifo<const Op*>*, static_cast<size_t>(Unit::count)> queues_;
};

}  // namespace int4sim::hw
