#include "models/accelerator/unit.h"

#include <algorithm>

namespace int4sim::hw {

namespace {
constexpr uint64_t kStreamChunk = 64 * 1024;  // bytes a streaming unit moves per DRAM request
}

UnitModule::UnitModule(const sc_core::sc_module_name& name, Unit kind, Stall wait_cause, const UnitContext& ctx)
    : sc_module(name), ops("ops"), scoreboard("scoreboard"), busy("busy"), kind_(kind), wait_cause_(wait_cause), prog_(ctx.prog), acct_(ctx.acct), mem_(ctx.mem),
      values_(ctx.values) {
  SC_THREAD(serve);
}

void UnitModule::serve() { serve_from(ops); }

void UnitModule::serve_from(sc_core::sc_fifo_in<const Op*>& queue) {
  while (true) {
    const Op* op = queue.read();
    taken(*op);
    scoreboard->wait_for(kind_, *op, wait_cause_);
    if (execute(*op)) complete(*op);
  }
}

void UnitModule::complete(const Op& op) {
  scoreboard->signal(op);
  scoreboard->retired(op);
}

uint64_t StreamingUnit::via_dram(const Op& op, uint8_t operand, uint64_t bytes) {
  if (!(op.on_chip & operand)) return bytes;
  acct_.count_buffer(Buffer::grad, op, bytes, operand == ir::kOnChipDst);
  return 0;
}

void StreamingUnit::stream(const Op& op, uint64_t bytes_in, uint64_t bytes_out, uint64_t compute) {
  const uint64_t t0 = now_cycles();
  sc_core::sc_event done;
  int pending = 0;
  for (int dir = 0; dir < 2; ++dir) {
    uint64_t left = dir ? bytes_out : bytes_in;
    while (left) {
      Transfer* t = dram->new_transfer();
      t->bytes = std::min(left, kStreamChunk);
      t->write = dir == 1;
      t->layer = op.layer;
      t->phase = op.phase;
      ++pending;
      t->on_done = [&pending, &done] {
        if (--pending == 0) done.notify(sc_core::SC_ZERO_TIME);
      };
      dram->submit(t);
      left -= t->bytes;
    }
  }
  busy.write(1);
  sc_core::wait(cycles(compute));
  acct_.add_busy(kind_, op, compute);
  if (pending) sc_core::wait(done);
  busy.write(0);
  const uint64_t total = now_cycles() - t0;
  acct_.add_stall(kind_, op, Stall::dram_bandwidth, total - std::min(total, compute));
  acct_.span(op, t0, now_cycles());
  acct_.slice(kind_, op, t0, total);
}

}  // namespace int4sim::hw
