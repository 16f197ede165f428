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

// Buffer traffic of a tile (its dataflow's, models/mac_array/dataflow.h) and the cycles its
// streams lose to port limits (docs/timing.md).
uint64_t MacArray::bank_conflicts(const Op& op, const TileTiming& timing) {
  const ArrayConfig& ac = core_.config();
  const TileTraffic t = tile_traffic(ac.dataflow, op.m, op.n, op.k, ac.rows, ac.cols, op.accumulate);
  acct_.count_buffer(op.a_buf, op, t.a_read, false);
  acct_.count_buffer(op.b_buf, op, t.b_read, false);
  acct_.count_buffer(Buffer::acc, op, t.acc_write, true);
  acct_.count_buffer(Buffer::acc, op, t.acc_read, false);
  // The tile streams as slowly as its most oversubscribed buffer lets it.
  uint64_t slowest = timing.stream;
  const std::pair<Buffer, uint64_t> demands[] = {{op.a_buf, t.a_demand}, {op.b_buf, t.b_demand}, {Buffer::acc, t.acc_demand}};
  for (const auto& [buffer, per_cycle] : demands)
    if (per_cycle) slowest = std::max(slowest, mem_.buffer(buffer).throttled(timing.stream, per_cycle));
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
    (op.passes > 1 ? a->macs_int8 : a->macs_int4) += static_cast<uint64_t>(op.m * op.n * op.k);
  }
  acct_.span(op, start, now_cycles());
  acct_.slice(Unit::array, op, start, timing.cycles + conflicts);
  free_since_ = now_cycles();
  return true;
}

}  // namespace int4sim::hw
