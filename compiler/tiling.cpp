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

// A first-order time of the tiled GEMM (docs/timing.md, "Tiling"): the array streams M*N*K / (R*C)
// cycles plus about 2R + C - 2 of preload, fill and drain per tile; the channel moves `traffic`;
// double buffering overlaps the two except the first tile's loads and the last block's store;
// without it, nothing overlaps.
double estimated_cycles(int64_t m, int64_t n, int64_t k, int64_t mt, int64_t nt, int64_t kt, int64_t rows, int64_t cols,
                        uint64_t traffic, double bytes_per_cycle, bool overlap, int passes) {
  const double tiles = static_cast<double>(ceil_div(m, mt) * ceil_div(n, nt) * ceil_div(k, kt));
  const double array = passes * (static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k) / static_cast<double>(rows * cols) +
                                 tiles * static_cast<double>(2 * rows + cols - 2));
  const double channel = static_cast<double>(traffic) / bytes_per_cycle;
  const double exposed = static_cast<double>(int4_bytes(std::min(mt, m) * std::min(kt, k)) + int4_bytes(std::min(kt, k) * std::min(nt, n)) +
                                             static_cast<uint64_t>(std::min(mt, m) * std::min(nt, n)) * 4) /
                         bytes_per_cycle;
  return overlap ? std::max(array, channel) + exposed : array + channel;
}

}  // namespace

Tiling choose_tiling(int64_t m, int64_t n, int64_t k, int64_t array_rows, int64_t array_cols, const BufferSizes& buf) {
  Tiling best;
  double best_time = 0;
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
        const double time = estimated_cycles(m, n, k, mt, nt, kt, array_rows, array_cols, traffic, buf.dram_bytes_per_cycle, buf.overlap, buf.passes);
        const bool better = !found || traffic < best.dram_bytes || (traffic == best.dram_bytes && time < best_time);
        if (better) {
          best = {mt, nt, kt, traffic};
          best_time = time;
          found = true;
        }
      }
  if (!found)
    fail("no GEMM tile fits the buffers: even a " + std::to_string(std::min<int64_t>(k, array_rows)) + "-deep tile of one row needs more than half of buf.act_kib, buf.wgt_kib or buf.acc_kib");
  return best;
}

}  // namespace int4sim::compiler
