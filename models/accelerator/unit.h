#pragma once
// What every unit of the accelerator is: a SystemC module with an in-order operation queue (its
// `ops` port, fed by the controller), a port to the scoreboard, and one thread that follows the
// shared operation protocol, written once here: take the next operation, wait for the semaphores
// it names, execute it, then signal its semaphores and retire it. A unit supplies `execute` (its
// timing around its plain C++ core); streaming units (GQU, forward quantizer, vector unit) move
// whole tensors through their DRAM port with `stream`.
#include <systemc>

#include "models/accelerator/accounting.h"
#include "models/accelerator/clock.h"
#include "models/accelerator/dram_if.h"
#include "models/accelerator/memory.h"
#include "models/accelerator/scoreboard.h"

namespace int4sim::hw {

// What a unit is given when the accelerator builds it.
struct UnitContext {
  const Program& prog;
  Accounting& acct;
  Memory& mem;
  bool values;  // compute values (bit-accurate), or timing only
};

class UnitModule : public sc_core::sc_module {
 public:
  sc_core::sc_fifo_in<const Op*> ops;
  sc_core::sc_port<ScoreboardIf> scoreboard;
  sc_core::sc_signal<int> busy;  // 1 while the unit works (traced into --vcd)

  SC_HAS_PROCESS(UnitModule);
  // `wait_cause`: what the wait for an operation's semaphores counts as (Stall::count: nothing).
  UnitModule(const sc_core::sc_module_name& name, Unit kind, Stall wait_cause, const UnitContext& ctx);

 protected:
  // Runs `op`; returns false when it completes later (the unit then calls complete()).
  virtual bool execute(const Op& op) = 0;
  // Called when `op` is taken from the queue, before its semaphores (the array counts idle time).
  virtual void taken(const Op&) {}
  void complete(const Op& op);
  // The operation protocol over one queue (a unit with a second queue runs it in a second thread).
  void serve_from(sc_core::sc_fifo_in<const Op*>& queue);

  const Unit kind_;
  const Stall wait_cause_;
  const Program& prog_;
  Accounting& acct_;
  Memory& mem_;
  const bool values_;

 private:
  void serve();
};

class StreamingUnit : public UnitModule {
 public:
  sc_core::sc_port<DramIf> dram;
  StreamingUnit(const sc_core::sc_module_name& name, Unit kind, const UnitContext& ctx)
      : UnitModule(name, kind, Stall::dependency, ctx) {}

 protected:
  // Streams `bytes_in` from and `bytes_out` to DRAM in chunks while the unit computes for `compute`
  // cycles; returns when both are done. Time beyond `compute` is a DRAM-bandwidth stall.
  void stream(const Op& op, uint64_t bytes_in, uint64_t bytes_out, uint64_t compute);
  // The bytes of one operand (ir::kOnChipSrc, kOnChipSrc1 or kOnChipDst) that cross DRAM: none
  // when the op keeps it on chip (a fused chain stages it in the gradient buffer, whose reads and
  // writes it counts instead).
  uint64_t via_dram(const Op& op, uint8_t operand, uint64_t bytes);
};

}  // namespace int4sim::hw
