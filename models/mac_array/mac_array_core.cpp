#include "models/mac_array/mac_array_core.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace int4sim::hw {

MacArrayCore::MacArrayCore(const ArrayConfig& cfg)
    : cfg_(cfg), acc_max_((int64_t{1} << (cfg.acc_bits - 1)) - 1), acc_min_(-(int64_t{1} << (cfg.acc_bits - 1))) {}

TileTiming MacArrayCore::timing(int64_t m, int64_t n, int64_t k, int passes) const {
  const int64_t R = cfg_.rows, C = cfg_.cols;
  const ArrayMapping map = map_onto_array(cfg_.dataflow, m, n, k);
  // An INT8 element streams as four nibble passes (rtl/array/int4_pe.sv).
  const int64_t row_dim = map.rows_dim, col_dim = map.cols_dim, T = map.streamed * passes;
  TileTiming t;
  const int64_t row_folds = (row_dim + R - 1) / R, col_folds = (col_dim + C - 1) / C;
  t.folds = static_cast<uint64_t>(row_folds * col_folds);
  // Folds stream back to back; the next fold's stationary operand (or the previous fold's
  // outputs, in os) moves through shadow registers while the current one streams, so a fold
  // costs max(T, R) (rtl/array/int4_array.sv does the same, and the RTL tests check every
  // figure here against it). A tile on an idle array also pays its first preload (ws/is: R) and one
  // pipeline fill + drain (at most R + C - 2); on a busy one they overlap the tile before
  // (models/mac_array/mac_array.cpp).
  const int64_t per_fold = std::max(T, R);
  const bool os = cfg_.dataflow == Dataflow::os;
  t.preload = os ? 0 : static_cast<uint64_t>(R);
  t.stream = (t.folds - 1) * static_cast<uint64_t>(per_fold) + static_cast<uint64_t>(T);
  // The last result leaves the PE at (rows - 1, cols - 1) of the fold in use: a ws/is partial sum
  // always crosses all R rows, an os result comes from its own row; unused columns (and os rows)
  // produce nothing to wait for. Folds go column group by column group, row folds inside; among
  // the folds of one shape (full or partial rows and columns) the last finishes last.
  const int64_t last_rows = row_dim - (row_folds - 1) * R, last_cols = col_dim - (col_folds - 1) * C;
  const auto finish = [&](int64_t fold, int64_t rows_used, int64_t cols_used) {
    return fold * per_fold + T + (os ? rows_used : R) + cols_used - 2;
  };
  const int64_t folds = row_folds * col_folds;
  int64_t last = finish(folds - 1, last_rows, last_cols);
  if (row_folds > 1) last = std::max(last, finish(folds - 2, R, last_cols));
  if (col_folds > 1) last = std::max(last, finish((col_folds - 1) * row_folds - 1, last_rows, C));
  if (row_folds > 1 && col_folds > 1) last = std::max(last, finish((col_folds - 1) * row_folds - 2, R, C));
  t.drain = static_cast<uint64_t>(last) - t.stream;
  t.fill_drain = t.preload + t.drain;
  t.cycles = t.stream + t.fill_drain;
  return t;
}

TileTiming MacArrayCore::run(const TileOp& op, int passes, uint8_t* overflow) {
  if (op.m > 0 && op.n > 0) {
    if (overflow) {
      // Sticky flags from the accumulators as they stand, before this tile's sums replace them.
      if (host::may_saturate(op, acc_max_))
        host::overflow_flags(op, reduction_chunk(cfg_.dataflow, op.k, cfg_.rows), cfg_.dataflow == Dataflow::os, acc_min_,
                             acc_max_, cfg_.saturate, overflow);
      else if (!op.accumulate)
        for (int64_t i = 0; i < op.m; ++i) std::fill(overflow + i * op.ldc, overflow + i * op.ldc + op.n, uint8_t{0});
    }
    // Saturation depends on the order of the additions: the dataflow's order is kept whenever a
    // partial sum could reach the accumulator's range; otherwise any order gives the same values.
    if (cfg_.saturate && host::may_saturate(op, acc_max_)) {
      host::gemm_saturating(op, reduction_chunk(cfg_.dataflow, op.k, cfg_.rows), cfg_.dataflow == Dataflow::os, acc_min_,
                            acc_max_);
      ++exact_tiles_;
    } else {
      host::gemm_wrapping(op, cfg_.acc_bits, scratch_);
      ++fast_tiles_;
    }
  }
  macs_ += static_cast<uint64_t>(op.m * op.n * op.k);
  return timing(op.m, op.n, op.k, passes);
}

}  // namespace int4sim::hw
