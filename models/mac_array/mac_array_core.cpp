#include "models/mac_array/mac_array_core.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace int4sim::hw {

Dataflow dataflow_from(const std::string& name) {
  if (name == "ws") return Dataflow::ws;
  if (name == "os") return Dataflow::os;
  if (name == "is") return Dataflow::is;
  throw std::invalid_argument("unknown dataflow '" + name + "'");
}

const char* dataflow_name(Dataflow d) { return d == Dataflow::ws ? "ws" : d == Dataflow::os ? "os" : "is"; }

MacArrayCore::MacArrayCore(const ArrayConfig& cfg)
    : cfg_(cfg), acc_max_((int64_t{1} << (cfg.acc_bits - 1)) - 1), acc_min_(-(int64_t{1} << (cfg.acc_bits - 1))) {}

TileTiming MacArrayCore::timing(int64_t m, int64_t n, int64_t k) const {
  const int64_t R = cfg_.rows, C = cfg_.cols;
  int64_t row_dim, col_dim, T;
  switch (cfg_.dataflow) {
    case Dataflow::ws: row_dim = k; col_dim = n; T = m; break;
    case Dataflow::is: row_dim = k; col_dim = m; T = n; break;
    default: row_dim = m; col_dim = n; T = k; break;
  }
  TileTiming t;
  t.folds = static_cast<uint64_t>(((row_dim + R - 1) / R) * ((col_dim + C - 1) / C));
  // Folds stream back to back; the next fold's stationary operand (or the previous fold's
  // outputs, in os) moves through shadow registers while the current one streams, so a fold
  // costs max(T, R). The first preload (ws/is: R) and one pipeline fill + drain (R + C - 2)
  // are paid per tile.
  const uint64_t per_fold = static_cast<uint64_t>(std::max(T, R));
  const uint64_t preload = cfg_.dataflow == Dataflow::os ? 0 : static_cast<uint64_t>(R);
  t.stream = (t.folds - 1) * per_fold + static_cast<uint64_t>(T);
  t.fill_drain = preload + static_cast<uint64_t>(R + C - 2);
  t.cycles = t.stream + t.fill_drain;
  return t;
}

namespace {
// Operand value at p: int8 or uint8 storage.
template <typename T>
int value(const int8_t* p) { return static_cast<int>(static_cast<T>(*p)); }
}  // namespace

TileTiming MacArrayCore::run(const TileOp& op) {
  // Saturation is order-dependent; when no partial sum can reach the accumulator's range, any
  // order gives the same result and the fast path is exact.
  bool can_saturate = false;
  if (cfg_.saturate) {
    int max_a = 0, max_b = 0;
    for (int64_t i = 0; i < op.m; ++i)
      for (int64_t kk = 0; kk < op.k; ++kk)
        max_a = std::max(max_a, std::abs(op.a_unsigned ? value<uint8_t>(&op.a[i * op.lda + kk]) : value<int8_t>(&op.a[i * op.lda + kk])));
    for (int64_t kk = 0; kk < op.k; ++kk)
      for (int64_t j = 0; j < op.n; ++j)
        max_b = std::max(max_b, std::abs(op.b_unsigned ? value<uint8_t>(&op.b[kk * op.ldb + j]) : value<int8_t>(&op.b[kk * op.ldb + j])));
    int64_t max_prev = 0;
    if (op.accumulate)
      for (int64_t i = 0; i < op.m; ++i)
        for (int64_t j = 0; j < op.n; ++j) max_prev = std::max<int64_t>(max_prev, std::llabs(op.c[i * op.ldc + j]));
    can_saturate = max_prev + op.k * int64_t{max_a} * max_b > acc_max_;
  }
  const int kind = (op.a_unsigned ? 2 : 0) + (op.b_unsigned ? 1 : 0);
  if (can_saturate) {
    if (kind == 0) run_exact<int8_t, int8_t>(op);
    else if (kind == 1) run_exact<int8_t, uint8_t>(op);
    else if (kind == 2) run_exact<uint8_t, int8_t>(op);
    else run_exact<uint8_t, uint8_t>(op);
  } else {
    if (kind == 0) run_fast<int8_t, int8_t>(op);
    else if (kind == 1) run_fast<int8_t, uint8_t>(op);
    else if (kind == 2) run_fast<uint8_t, int8_t>(op);
    else run_fast<uint8_t, uint8_t>(op);
  }
  macs_ += static_cast<uint64_t>(op.m * op.n * op.k);
  return timing(op.m, op.n, op.k);
}

template <typename TA, typename TB>
void MacArrayCore::run_fast(const TileOp& op) const {
  const int shift = 32 - cfg_.acc_bits;
  for (int64_t i = 0; i < op.m; ++i) {
    int32_t* __restrict crow = op.c + i * op.ldc;
    const int8_t* __restrict arow = op.a + i * op.lda;
    // Unsigned arithmetic: wrapping modulo 2^32 is defined; the result is then narrowed.
    uint32_t acc[512];
    for (int64_t j0 = 0; j0 < op.n; j0 += 512) {
      const int64_t nj = std::min<int64_t>(512, op.n - j0);
      for (int64_t j = 0; j < nj; ++j) acc[j] = op.accumulate ? static_cast<uint32_t>(crow[j0 + j]) : 0u;
      for (int64_t kk = 0; kk < op.k; ++kk) {
        const uint32_t av = static_cast<uint32_t>(value<TA>(&arow[kk]));
        const TB* __restrict brow = reinterpret_cast<const TB*>(op.b + kk * op.ldb + j0);
        for (int64_t j = 0; j < nj; ++j) acc[j] += av * static_cast<uint32_t>(static_cast<int32_t>(brow[j]));
      }
      // Wrap to acc_bits (sign-extend the low bits); a no-op at 32 bits or when nothing overflowed.
      for (int64_t j = 0; j < nj; ++j)
        crow[j0 + j] = static_cast<int32_t>(acc[j] << shift) >> shift;
    }
  }
}

template <typename TA, typename TB>
void MacArrayCore::run_exact(const TileOp& op) const {
  // Saturating, in the dataflow's order: os keeps one running sum per output over k; ws and is
  // reduce each fold of `rows` products down a column from zero, then add it to the output.
  const int64_t chunk = cfg_.dataflow == Dataflow::os ? op.k : cfg_.rows;
  auto sat = [&](int64_t v) { return v > acc_max_ ? acc_max_ : (v < acc_min_ ? acc_min_ : v); };
  for (int64_t i = 0; i < op.m; ++i)
    for (int64_t j = 0; j < op.n; ++j) {
      int64_t out = op.accumulate ? op.c[i * op.ldc + j] : 0;
      for (int64_t k0 = 0; k0 < op.k; k0 += chunk) {
        const int64_t k1 = std::min(op.k, k0 + chunk);
        if (cfg_.dataflow == Dataflow::os) {
          for (int64_t kk = k0; kk < k1; ++kk)
            out = sat(out + int64_t{value<TA>(&op.a[i * op.lda + kk])} * value<TB>(&op.b[kk * op.ldb + j]));
        } else {
          int64_t column = 0;
          for (int64_t kk = k0; kk < k1; ++kk)
            column = sat(column + int64_t{value<TA>(&op.a[i * op.lda + kk])} * value<TB>(&op.b[kk * op.ldb + j]));
          out = sat(out + column);
        }
      }
      op.c[i * op.ldc + j] = static_cast<int32_t>(out);
    }
}

}  // namespace int4sim::hw
