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

// The array accounts its own waits (account_gap): the time after a tile is its exposed drain first.
MacArray::MacArray(const sc_core::sc_module_name& name, const UnitContext& ctx, const ArrayParams& params)
    : UnitModule(name, Unit::array, Stall::count, ctx), core_(array_config(params)) {
  SC_THREAD(drain);
}

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

// The cycles from the last accounted one to `start` (this tile's start): the previous tile's drain
// while it lasts (fill_drain, charged to that tile), then idle until `op` was taken from the
// queue, then waiting for its operands.
void MacArray::account_gap(const Op& op, uint64_t start) {
  const uint64_t from = std::min(start, accounted_until_);
  const uint64_t drained = std::clamp(drain_end_, from, start);
  if (last_) acct_.add_stall(Unit::array, *last_, Stall::fill_drain, drained - from);
  const uint64_t taken = std::clamp(taken_at_, drained, start);
  acct_.add_stall(Unit::array, op, Stall::idle, taken - drained);
  acct_.add_stall(Unit::array, op, Stall::operand_not_ready, start - taken);
  accounted_until_ = start;
}

// Completes each tile when its last result is out. A drain that nothing overlapped (no tile
// started since) is the array's fill_drain time, charged as it ends.
void MacArray::drain() {
  while (true) {
    while (draining_.empty()) wait(drain_added_);
    const Draining d = draining_.front();
    draining_.pop_front();
    if (d.done_at > now_cycles()) wait(cycles(d.done_at - now_cycles()));
    if (last_start_ < d.stream_end && accounted_until_ < d.done_at) {
      acct_.add_stall(Unit::array, *d.op, Stall::fill_drain, d.done_at - std::max(accounted_until_, d.stream_end));
      accounted_until_ = d.done_at;
    }
    scoreboard->signal_slot(*d.op, 1);  // the results are in the accumulators
    scoreboard->retired(*d.op);
  }
}

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
    if (observer_) {
      c_before_.resize(static_cast<size_t>(t.m * t.n));
      for (int64_t i = 0; i < t.m; ++i)
        std::copy(t.c + i * t.ldc, t.c + i * t.ldc + t.n, c_before_.begin() + i * t.n);
    }
    timing = core_.run(t, op.passes, mem_.overflow_flags(op.c_addr));
    if (observer_) observer_(t, op.passes, c_before_, timing);
  } else {
    timing = core_.timing(op.m, op.n, op.k, op.passes);
  }
  const uint64_t conflicts = bank_conflicts(op, timing);
  const uint64_t start = now_cycles();
  account_gap(op, start);
  // Operands ready as the previous tile stopped streaming: its stationary fold was preloaded into
  // the shadow registers meanwhile.
  const bool back_to_back = last_ && start == stream_end_;
  const uint64_t preload = back_to_back ? 0 : timing.preload;
  last_start_ = start;
  busy.write(1);
  wait(cycles(preload + timing.stream + conflicts));
  busy.write(0);
  acct_.add_busy(Unit::array, op, timing.stream);
  acct_.add_stall(Unit::array, op, Stall::fill_drain, preload);
  acct_.add_stall(Unit::array, op, Stall::bank_conflict, conflicts);
  if (PhaseAccount* a = acct_.account(op)) {
    (op.passes > 1 ? a->macs_int8 : a->macs_int4) += static_cast<uint64_t>(op.m * op.n * op.k);
  }
  // The operands have been read: slot 0's semaphore (the operand slot is free) goes now, slot 1's
  // (the results) when the drain ends (isa/README.md, "gemm").
  scoreboard->signal_slot(op, 0);
  stream_end_ = accounted_until_ = now_cycles();
  // A narrow tile's drain can end before a wider predecessor's: the array drains until the later.
  const uint64_t done_at = stream_end_ + timing.drain;
  drain_end_ = std::max(drain_end_, done_at);
  last_ = &op;
  acct_.span(op, start, done_at);
  acct_.slice(Unit::array, op, start, done_at - start);
  draining_.push_back({&op, stream_end_, done_at});
  drain_added_.notify(sc_core::SC_ZERO_TIME);
  return false;
}

}  // namespace int4sim::hw
