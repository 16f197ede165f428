#pragma once
// The R x C INT4 MAC array as plain C++: computes a tile's accumulators in its dataflow's order
// with the configured accumulator (through the host's GEMM kernels, host/), and gives the cycles
// the tile occupies the array (docs/timing.md, "MAC array"). No SystemC here: tests drive it.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "host/gemm_kernels.h"
#include "models/mac_array/dataflow.h"

namespace int4sim::hw {


struct ArrayConfig {
  int64_t rows = 32, cols = 32;
  Dataflow dataflow = Dataflow::ws;
  int acc_bits = 32;
  bool saturate = true;
};

// A tile's operands and accumulators (host/gemm_kernels.h computes the values).
using host::TileOp;

struct TileTiming {
  uint64_t cycles = 0;      // first operand in to last result out, for a tile on an idle array
  uint64_t stream = 0;      // cycles with operands streaming (MACs happen)
  uint64_t preload = 0;     // the first stationary fold's preload (ws, is: R; os: 0)
  uint64_t drain = 0;       // pipeline fill and drain: last operand in to last result out (at most R + C - 2)
  uint64_t fill_drain = 0;  // preload + drain
  uint64_t folds = 0;
};

// Sees a tile the array computed: its operands and results (`tile.c`), the accumulators it started
// from (row-major m x n), its INT8 passes and the native timing.
using TileObserver = std::function<void(const TileOp& tile, int passes, const std::vector<int32_t>& c_before,
                                        const TileTiming& timing)>;

class MacArrayCore {
 public:
  explicit MacArrayCore(const ArrayConfig& cfg);
  const ArrayConfig& config() const { return cfg_; }

  // `passes`: 4 for INT8 operands (each streamed element takes four nibble passes), else 1.
  TileTiming timing(int64_t m, int64_t n, int64_t k, int passes = 1) const;
  // Computes the tile's values; returns its timing. `overflow` (optional, laid out as op.c): each
  // output's sticky flag, set when an addition of its sum saturated or wrapped (cleared by a tile
  // that does not accumulate): the accumulator figures of `run --errors all`.
  TileTiming run(const TileOp& op, int passes = 1, uint8_t* overflow = nullptr);

  uint64_t macs() const { return macs_; }
  // Tiles computed by the fast path and by the order-preserving path.
  uint64_t fast_tiles() const { return fast_tiles_; }
  uint64_t exact_tiles() const { return exact_tiles_; }

 private:
  ArrayConfig cfg_;
  int64_t acc_max_, acc_min_;
  uint64_t macs_ = 0, fast_tiles_ = 0, exact_tiles_ = 0;
  std::vector<uint8_t> scratch_;  // packed operands of the vector kernels, reused across tiles
};

}  // namespace int4sim::hw
