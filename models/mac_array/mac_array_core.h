#pragma once
// The R x C INT4 MAC array as plain C++: computes a tile's accumulators in its dataflow's order
// with the configured accumulator, and gives the cycles the tile occupies the array
// (docs/timing.md, "MAC array"). No SystemC here: tests drive it directly.
#include <cstdint>
#include <string>
#include <vector>

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

// The kernels of the fast path (int32 dot products, exact modulo 2^32), chosen at run time from
// the CPU's features (docs/performance.md). All give identical results; tests and benchmarks may
// force one. `automatic` = the best this CPU has.
enum class GemmKernel { automatic, portable, avx2, avx512_vnni };
const char* gemm_kernel_name(GemmKernel k);
bool gemm_kernel_available(GemmKernel k);  // compiled in and supported by this CPU
GemmKernel gemm_kernel();                  // the kernel the fast path uses now
void set_gemm_kernel(GemmKernel k);        // process-wide; throws std::invalid_argument if unavailable

class MacArrayCore {
 public:
  explicit MacArrayCore(const ArrayConfig& cfg);
  const ArrayConfig& config() const { return cfg_; }

  TileTiming timing(int64_t m, int64_t n, int64_t k) const;
  // Computes the tile's values; returns its timing.
  TileTiming run(const TileOp& op);

  uint64_t macs() const { return macs_; }
  // Tiles computed by the fast path and by the order-preserving path.
  uint64_t fast_tiles() const { return fast_tiles_; }
  uint64_t exact_tiles() const { return exact_tiles_; }

 private:
  void run_exact(const TileOp& op) const;  // every addition through the accumulator, in order
  void run_fast(const TileOp& op);         // int32 dot products; valid when nothing can saturate
  bool can_saturate(const TileOp& op) const;

  ArrayConfig cfg_;
  int64_t acc_max_, acc_min_;
  uint64_t macs_ = 0, fast_tiles_ = 0, exact_tiles_ = 0;
  std::vector<uint8_t> scratch_;  // packed operands of the vector kernels, reused across tiles
};

}  // namespace int4sim::hw
