#pragma once
// Controller: fetches the program in order and dispatches each operation to its unit's queue
// (blocking when that queue is full); a barrier waits for every unit to drain. Runs the program
// `iterations` times; iterations do not overlap (the next forward needs the updated weights).
#include <systemc>

#include <exception>

#include "models/accelerator/accounting.h"
#include "models/accelerator/scoreboard.h"

namespace int4sim::hw {

class Controller : public sc_core::sc_module {
 public:
  // One queue port per executing unit, in Unit order (dma, array, gqu, fq, vec).
  static constexpr int kUnits = static_cast<int>(Unit::ctrl);
  sc_core::sc_fifo_out<const Op*> to_unit[kUnits];
  sc_core::sc_fifo_out<const Op*> to_dma_stores;  // the DMA's second queue: its stores
  sc_core::sc_port<ScoreboardIf> scoreboard;

  SC_HAS_PROCESS(Controller);
  Controller(const sc_core::sc_module_name& name, const Program& prog, const ExecutionOptions& opt, Accounting& acct)
      : sc_module(name), scoreboard("scoreboard"), prog_(prog), opt_(opt), acct_(acct) {
    SC_THREAD(run);
  }

  bool finished = false;
  sc_core::sc_time end_time;
  std::exception_ptr error;

 private:
  void run();

  const Program& prog_;
  const ExecutionOptions& opt_;
  Accounting& acct_;
};

}  // namespace int4sim::hw
