#include "models/mac_array/mac_array_core.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace int4sim::hw {

MacArrayCore::MacArrayCore(const ArrayConfig& cfg)
    : cfg_(cfg), acc_max_((int64_t{1} << (cfg.acc_bits - 1)) - 1), acc_min_(-(int64_t{1} << (cfg.acc_bits - 1))) {}

TileTiming MacArrayCore::timing(int64_t m, int64_t n, int64_t k) const {
  const int64_t R = cfg_.rows, C = cfg_.cols;
  const ArrayMapping map = map_onto_array(cfg_.dataflow, m, n, k);
  const int64_t row_dim = map.rows_dim, col_dim = map.cols_dim, T = map.streamed;
  TileTiming t;
  t.folds = static_cast<uint64_t>(((row_dim + R - 1) / R) * ((col_dim + C - 1) / C));
  // Folds stream back to back; the next fold's stationary operand (or the previous fold's
  // outputs, in os) moves through shadow registers while the current one streams, so a fold
  // costs max(T, R). A tile on an idle array also pays its first preload (ws/is: R) and one
  // pipeline fill + drain (R + C - 2); on a busy one they overlap the tile before
  // (models/mac_array/mac_array.cpp).
  const uint64_t per_fold = static_cast<uint64_t>(std::max(T, R));
  t.preload = cfg_.dataflow == Dataflow::os ? 0 : static_cast<uint64_t>(R);
  t.drain = static_cast<uint64_t>(R + C - 2);
  t.stream = (t.folds - 1) * per_fold + static_cast<uint64_t>(T);
  t.fill_drain = t.preload + t.drain;
  t.cycles = t.stream + t.fill_drain;
  return t;
}

TileTiming MacArrayCore::run(const TileOp& op) {
  if (op.m > 0 && op.n > 0) {
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
  return timing(op.m, op.n, op.k);
}

}  // namespace int4sim::hw
