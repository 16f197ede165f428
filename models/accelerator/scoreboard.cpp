#include "models/accelerator/scoreboard.h"

#include "models/accelerator/clock.h"

namespace int4sim::hw {

void Scoreboard::wait_for(Unit u, const Op& op, Stall cause) {
  const uint64_t t0 = now_cycles();
  for (uint8_t id : op.wait) {
    if (!id) continue;
    while (sems_[id].count == 0) sc_core::wait(sems_[id].changed);
    --sems_[id].count;
  }
  if (cause != Stall::count) acct_.add_stall(u, op, cause, now_cycles() - t0);
}

void Scoreboard::signal(const Op& op) {
  for (int slot = 0; slot < 2; ++slot) signal_slot(op, slot);
}

void Scoreboard::signal_slot(const Op& op, int slot) {
  const uint8_t id = op.signal[static_cast<size_t>(slot)];
  if (!id) return;
  ++sems_[id].count;
  sems_[id].changed.notify(sc_core::SC_ZERO_TIME);
}

void Scoreboard::issued(const Op& op) {
  ++outstanding_;
  acct_.issued(op, now_cycles());
}

void Scoreboard::retired(const Op& op) {
  acct_.retired(op, now_cycles());
  --outstanding_;
  drained_.notify(sc_core::SC_ZERO_TIME);
}

void Scoreboard::wait_drained() {
  while (outstanding_ > 0) sc_core::wait(drained_);
}

void Scoreboard::reset(const std::array<int, 32>& initial) {
  for (int i = 0; i < 32; ++i) sems_[i].count = initial[i];
}

}  // namespace int4sim::hw
