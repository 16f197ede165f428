#include "models/mac_array/mac_array.h"

#include <algorithm>

namespace int4sim::hw {

ArrayConfig array_config(const ArrayParams& cfg) {
  ArrayConfig ac;
  ac.rows = cfg.array_rows;
  ac.cols = cfg.array_cols;
  ac.dataflow = dataflow_from(cfg.array_dataflow);
  ac.acc_bits = static_cast<int>(cfg.array_acc_bits);
  ac.saturate = cfg.array_overflow == "saturate";
  return ac;
}

MacArray::MacArray(const sc_core::sc_module_name& name, const UnitContext& ctx, const ArrayParams& params)
    : UnitModule(name, Unit::array, Stall::operand_not_ready, ctx), core_(array_config(params)) {}

// Buffer traffic of a tile and the cycles its streams lose to port limits (docs/timing.md).
uint64_t MacArray::bank_conflicts(const Op& op, const TileTiming& timing) {
  const ArrayConfig& ac = core_.config();
  const int64_t R = ac.rows, C = ac.cols;
  const auto ceil_div = [](int64_t a, int64_t b) { return (a + b - 1) / b; };
  const uint64_t a_bytes = static_cast<uint64_t>((op.m * op.k + 1) / 2), b_bytes = static_cast<uint64_t>((op.k * op.n + 1) / 2);
  const uint64_t c_bytes = static_cast<uint64_t>(op.m * op.n) * 4;
  // The tile streams as slowly as its most oversubscribed buffer lets it.
  uint64_t slowest = timing.stream;
  auto demand = [&](Buffer b, uint64_t per_cycle) {
    slowest = std::max(slowest, mem_.buffer(b).throttled(timing.stream, per_cycle));
  };
  const uint64_t k_folds = static_cast<uint64_t>(ceil_div(op.k, R));
  switch (ac.dataflow) {
    case Dataflow::ws:
      acct_.count_buffer(op.a_buf, op, a_bytes * static_cast<uint64_t>(ceil_div(op.n, C)), false);
      acct_.count_buffer(op.b_buf, op, b_bytes, false);
      acct_.count_buffer(Buffer::acc, op, c_bytes * k_folds, true);
      acct_.count_buffer(Buffer::acc, op, c_bytes * (k_folds - 1 + (op.accumulate ? 1 : 0)), false);
      demand(op.a_buf, static_cast<uint64_t>((R + 1) / 2));
      demand(Buffer::acc, static_cast<uint64_t>(C) * 4);
      break;
    case Dataflow::is:
      acct_.count_buffer(op.a_buf, op, a_bytes, false);
      acct_.count_buffer(op.b_buf, op, b_bytes * static_cast<uint64_t>(ceil_div(op.m, C)), false);
      acct_.count_buffer(Buffer::acc, op, c_bytes * k_folds, true);
      acct_.count_buffer(Buffer::acc, op, c_bytes * (k_folds - 1 + (op.accumulate ? 1 : 0)), false);
      demand(op.b_buf, static_cast<uint64_t>((R + 1) / 2));
      demand(Buffer::acc, static_cast<uint64_t>(C) * 4);
      break;
    case Dataflow::os:
      acct_.count_buffer(op.a_buf, op, a_bytes * static_cast<uint64_t>(ceil_div(op.n, C)), false);
      acct_.count_buffer(op.b_buf, op, b_bytes * static_cast<uint64_t>(ceil_div(op.m, R)), false);
      acct_.count_buffer(Buffer::acc, op, c_bytes, true);
      if (op.accumulate) acct_.count_buffer(Buffer::acc, op, c_bytes, false);
      demand(op.a_buf, static_cast<uint64_t>((R + 1) / 2));
      demand(op.b_buf, static_cast<uint64_t>((C + 1) / 2));
      break;
  }
  return slowest - timing.stream;
}

// Time between two tiles is idle time of the array.
void MacArray::taken(const Op& op) { acct_.add_stall(Unit::array, op, Stall::idle, now_cycles() - free_since_); }

bool MacArray::execute(const Op& op) {
  TileTiming timing;
  if (values_) {
    TileOp t;
    t.a = mem_.operands(op.a_buf, op.a_addr);
    t.lda = op.k;
    t.b = mem_.operands(op.b_buf, op.b_addr);
    t.ldb = op.n;
    t.c = mem_.accumulators(op.c_addr);
    t.ldc = op.n;
    t.m = op.m;
    t.n = op.n;
    t.k = op.k;
    t.accumulate = op.accumulate;
    t.a_unsigned = op.a_unsigned;
    t.b_unsigned = op.b_unsigned;
    timing = core_.run(t);
  } else {
    timing = core_.timing(op.m, op.n, op.k);
  }
  // INT8 operands: four INT4 nibble passes over the same tile.
  timing.cycles *= static_cast<uint64_t>(op.passes);
  timing.stream *= static_cast<uint64_t>(op.passes);
  timing.fill_drain *= static_cast<uint64_t>(op.passes);
  const uint64_t conflicts = bank_conflicts(op, timing);
  const uint64_t start = now_cycles();
  busy.write(1);
  wait(cycles(timing.cycles + conflicts));
  busy.write(0);
  acct_.add_busy(Unit::array, op, timing.stream);
  acct_.add_stall(Unit::array, op, Stall::fill_drain, timing.fill_drain);
  acct_.add_stall(Unit::array, op, Stall::bank_conflict, conflicts);
  if (PhaseAccount* a = acct_.account(op)) {
    a->macs += static_cast<uint64_t>(op.m * op.n * op.k);
    if (op.passes > 1) a->macs_int8 += static_cast<uint64_t>(op.m * op.n * op.k);
  }
  acct_.span(op, start, now_cycles());
  acct_.slice(Unit::array, op, start, timing.cycles + conflicts);
  free_since_ = now_cycles();
  return true;
}

}  // namespace int4sim::hw
