#pragma once
// The R x C INT4 MAC array as plain C++: computes a tile's accumulators in its dataflow's order
// with the configured accumulator, and gives the cycles the tile occupies the array
// (docs/timing.md, "MAC array"). No SystemC here: tests drive it directly.
#include <cstdint>
#include <string>

namespace int4sim::hw {

enum class Dataflow { ws, os, is };
Dataflow dataflow_from(const std::string& name);
const char* dataflow_name(Dataflow d);

struct ArrayConfig {
  int64_t rows = 32, cols = 32;
  Dataflow dataflow = Dataflow::ws;
  int acc_bits = 32;
  bool saturate = true;
};

// C (m x n) = A (m x k) x B (k x n) [+ C when `accumulate`]; codes one per int8, row-major with
// leading dimensions; accumulators int32 (holding acc_bits-wide values).
struct TileOp {
  const int8_t* a = nullptr;
  int64_t lda = 0;
  const int8_t* b = nullptr;
  int64_t ldb = 0;
  int32_t* c = nullptr;
  int64_t ldc = 0;
  int64_t m = 0, n = 0, k = 0;
  bool accumulate = false;
  // Unsigned operands (activation codes: u4, and u8 in four nibble passes) are stored as uint8.
  bool a_unsigned = false, b_unsigned = false;
};

struct TileTiming {
  uint64_t cycles = 0;      // total cycles the tile occupies the array
  uint64_t stream = 0;      // cycles with operands streaming (MACs happen)
  uint64_t fill_drain = 0;  // preload of the first stationary fold + pipeline fill and drain
  uint64_t folds = 0;
};

class MacArrayCore {
 public:
  explicit MacArrayCore(const ArrayConfig& cfg);
  const ArrayConfig& config() const { return cfg_; }

  TileTiming timing(int64_t m, int64_t n, int64_t k) const;
  // Computes the tile's values; returns its timing.
  TileTiming run(const TileOp& op);

  uint64_t macs() const { return macs_; }

 private:
  template <typename TA, typename TB>
  void run_exact(const TileOp& op) const;  // every addition through the accumulator, in order
  template <typename TA, typename TB>
  void run_fast(const TileOp& op) const;   // int32 dot products; valid when nothing can saturate

  ArrayConfig cfg_;
  int64_t acc_max_, acc_min_;
  uint64_t macs_ = 0;
};

}  // namespace int4sim::hw
