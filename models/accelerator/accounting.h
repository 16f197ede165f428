#pragma once
// Where the units report what they did: busy and stall cycles by cause, buffer and DRAM bytes, the
// counted actions of the energy model, each attributed to the operation's layer and phase, plus
// the run's per-unit totals and the timeline. Plain C++ over the ExecutionResult it fills.
#include <string>

#include "models/controller/executor.h"

namespace int4sim::hw {

class Accounting {
 public:
  Accounting(const Program& prog, ExecutionResult& res, bool timeline);

  // The layer-phase account of `op` (nullptr for work of no layer).
  PhaseAccount* account(const Op& op);
  PhaseAccount* account(int layer, Phase phase);
  void span(const Op& op, uint64_t start, uint64_t end);
  void add_busy(Unit u, const Op& op, uint64_t cycles);
  void add_stall(Unit u, const Op& op, Stall s, uint64_t cycles);
  void count_buffer(Buffer b, const Op& op, uint64_t bytes, bool write);
  // One DRAM transfer leaving the channel, `occupancy` cycles from `start`.
  void dram_transfer(int layer, Phase phase, bool write, uint64_t bytes, uint64_t start, uint64_t occupancy);
  // A transfer's data delivered at `now`: the end of its layer-phase's span so far.
  void delivered(int layer, Phase phase, uint64_t now);
  void slice(Unit u, const Op& op, uint64_t start, uint64_t cycles);
  void gq_outcome(const GqOutcome& outcome) { res_.gq.push_back(outcome); }
  // Closes the spans of an iteration (each layer-phase's first to last cycle, summed).
  void end_iteration();

  int iteration = 0;  // the training iteration being executed (set by the controller)
  ExecutionResult& result() { return res_; }

 private:
  std::string label(const Op& op) const;
  const Program& prog_;
  ExecutionResult& res_;
  bool timeline_;
};

}  // namespace int4sim::hw
