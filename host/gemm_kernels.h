#pragma once
// The host's GEMM kernels that compute the MAC array's values fast: not hardware, but how this
// machine evaluates a tile bit-exactly (docs/performance.md). Two paths, both equal to the golden
// model's arithmetic: int32 dot products modulo 2^32 then wrapped to the accumulator's width
// (exact whenever nothing can saturate), and the order-preserving saturating path. The vector
// kernels are chosen at run time from the CPU's features; all give identical results.
#include <cstdint>
#include <vector>

namespace int4sim::host {

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

// The vector kernels, chosen at run time from the CPU's features. Tests and benchmarks may force
// one. `automatic` = the best this CPU has.
enum class GemmKernel { automatic, portable, avx2, avx512_vnni };
const char* gemm_kernel_name(GemmKernel k);
bool gemm_kernel_available(GemmKernel k);  // compiled in and supported by this CPU
GemmKernel gemm_kernel();                  // the kernel the fast path uses now
void set_gemm_kernel(GemmKernel k);        // process-wide; throws std::invalid_argument if unavailable

// C (+)= A x B modulo 2^32, then each accumulator wrapped to `acc_bits` (sign extension of the low
// bits). `scratch` holds packed operands, reused across calls.
void gemm_wrapping(const TileOp& op, int acc_bits, std::vector<uint8_t>& scratch);

// Every addition saturated to [lo, hi], in the array's order: with `running_sum`, one running sum
// per output over k (os); otherwise folds of `chunk` products reduced from zero, each then added
// to the output (ws, is).
void gemm_saturating(const TileOp& op, int64_t chunk, bool running_sum, int64_t lo, int64_t hi);

// The accumulator's overflow flags of the tile (`flags`, laid out as `c`, row stride ldc): an
// output's flag is set when any addition of its sum left [lo, hi] (saturated or wrapped), in the
// array's order (as gemm_saturating: `running_sum` for os, else folds of `chunk`), from the
// accumulators in `c` and, with `accumulate`, the flags already there (sticky across K tiles).
// Scalar and int64: the figures of `--errors all` call it only for tiles that may_saturate.
void overflow_flags(const TileOp& op, int64_t chunk, bool running_sum, int64_t lo, int64_t hi, bool saturate, uint8_t* flags);

// Whether some partial sum of the tile could leave [-acc_max - 1, acc_max] (then only the
// saturating path in the array's order is exact): |previous C| + k * max|a| * max|b| > acc_max.
bool may_saturate(const TileOp& op, int64_t acc_max);

}  // namespace int4sim::host
