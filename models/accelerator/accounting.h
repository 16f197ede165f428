#pragma once
// Where the units report what they did: busy and stall cycles by cause, buffer and DRAM bytes, the
// counted actions of the energy model, each attributed to the operation's layer and phase, plus
// the run's per-unit totals and the timeline. Plain C++ over the ExecutionResult it fills.
#include <string>

#include "models/controller/executor.h"

namespace int4sim::hw {

class Accounting {
 public:
  Accounting(const Program& prog, ExecutionResult& res, bool timeline, int warmup = 0);

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
  // Attribution: every cycle goes to the layer-phase of the oldest operation in flight (dispatched
  // and not completed: the one in-order retirement waits for), so the layer-phases' attributed
  // cycles add up to the run's (docs/timing.md, "Attribution").
  void issued(const Op& op, uint64_t now);
  void retired(const Op& op, uint64_t now);
  void begin_iteration(uint64_t now);
  // Closes the spans of an iteration (each layer-phase's first to last cycle, summed) and records it.
  void end_iteration(uint64_t now);

  int iteration = 0;  // the training iteration being executed (set by the controller)
  ExecutionResult& result() { return res_; }

 private:
  std::string label(const Op& op) const;
  void charge_head(uint64_t now);
  const Program& prog_;
  std::vector<char> retired_;       // by operation index, this iteration
  size_t head_ = 0, issued_ = 0;    // the oldest operation not retired; operations issued so far
  uint64_t since_ = 0;              // cycle from which the current head is charged
  uint64_t iteration_start_ = 0;
  int warmup_ = 0;
  PhaseAccount done_before_;          // every layer-phase's work up to the last iteration's end
  uint64_t unattributed_before_ = 0;
  ExecutionResult& res_;
  bool timeline_;
};

}  // namespace int4sim::hw
