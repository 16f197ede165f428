#pragma once
// The accelerator's synchronisation: 31 counting semaphores that order operations across units
// (an operation takes one token from each semaphore it waits on and gives one to each it signals
// when it completes), and the count of operations in flight that a barrier waits to drain.
#include <systemc>

#include <array>
#include <cstdint>

#include "models/accelerator/accounting.h"

namespace int4sim::hw {

class ScoreboardIf : public virtual sc_core::sc_interface {
 public:
  // Takes the tokens `op` waits for, blocking; the time waited counts as stall `cause` of unit u
  // (Stall::count: not counted).
  virtual void wait_for(Unit u, const Op& op, Stall cause) = 0;
  virtual void signal(const Op& op) = 0;
  // Gives the token of one of op's signal slots (0 or 1) only (a gemm releases its operands
  // before its results are out).
  virtual void signal_slot(const Op& op, int slot) = 0;
  virtual void issued(const Op& op) = 0;   // an operation was dispatched
  virtual void retired(const Op& op) = 0;  // an operation completed
  virtual void wait_drained() = 0;
  virtual void reset(const std::array<int, 32>& initial) = 0;  // tokens at the start of an iteration
};

class Scoreboard : public sc_core::sc_module, public ScoreboardIf {
 public:
  Scoreboard(const sc_core::sc_module_name& name, Accounting& acct) : sc_module(name), acct_(acct) {}

  void wait_for(Unit u, const Op& op, Stall cause) override;
  void signal(const Op& op) override;
  void signal_slot(const Op& op, int slot) override;
  void issued(const Op& op) override;
  void retired(const Op& op) override;
  void wait_drained() override;
  void reset(const std::array<int, 32>& initial) override;

 private:
  struct Semaphore {
    int64_t count = 0;
    sc_core::sc_event changed;
  };
  Accounting& acct_;
  Semaphore sems_[32];
  int64_t outstanding_ = 0;
  sc_core::sc_event drained_;
};

}  // namespace int4sim::hw
