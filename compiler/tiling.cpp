#include "compiler/tiling.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/error.h"

namespace int4sim::compiler {
namespace {

int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

// Candidate sizes along one dimension: multiples of `unit` up to the dimension (powers of two
// times the unit, plus the whole dimension), none above kMaxTileDim.
std::vector<int64_t> candidates(int64_t dim, int64_t unit) {
  std::vector<int64_t> c;
  for (int64_t v = unit; v < dim && v <= kMaxTileDim; v *= 2) c.push_back(v);
  if (dim <= kMaxTileDim) c.push_back(dim);
  return c;
}

}  // namespace

Tiling choose_tiling(int64_t m, int64_t n, int64_t k, int64_t array_rows, int64_t array_cols, const BufferSizes& buf) {
  Tiling best;
  bool found = false;
  for (int64_t kt : candidates(k, array_rows))
    for (int64_t nt : candidates(n, array_cols))
      for (int64_t mt : candidates(m, 1)) {
        if (int4_bytes(mt * kt) > buf.act_tile || int4_bytes(kt * nt) > buf.wgt_tile ||
            static_cast<uint64_t>(mt * nt) * 4 > buf.acc_tile)
          continue;
        // Loop order n, m, k: A is read once per column block, B once per row block, C written once.
        const uint64_t traffic = int4_bytes(m * k) * static_cast<uint64_t>(ceil_div(n, nt)) +
                                 int4_bytes(k * n) * static_cast<uint64_t>(ceil_div(m, mt)) +
                                 static_cast<uint64_t>(m * n) * 4;
        // Fewer, larger tiles break ties (less per-tile fill and drain).
        const bool better = !found || traffic < best.dram_bytes ||
                            (traffic == best.dram_bytes && mt * nt * kt > best.mt * best.nt * best.kt);
        if (better) {
          best = {mt, nt, kt, traffic};
          found = true;
        }
      }
  if (!found)
    fail("no GEMM tile fits the buffers: even a " + std::to_string(std::min<int64_t>(k, array_rows)) + "-deep tile of one row needs more than half of buf.act_kib, buf.wgt_kib or buf.acc_kib");
  return best;
}

}  // namespace int4sim::compiler
