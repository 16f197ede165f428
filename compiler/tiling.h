#pragma once
// Tile sizes for a GEMM on the configured buffers (docs/timing.md, "Tiling"), plain C++.
#include <cstdint>


namespace int4sim::compiler {

struct BufferSizes {
  uint64_t act_tile, wgt_tile, acc_tile;  // bytes one tile may use in each buffer
  double dram_bytes_per_cycle = 64;       // to weigh exposed transfers against array time
  bool overlap = true;                    // double buffering: transfers overlap the array's work
  int passes = 1;                         // array passes per tile (4: INT8 operands as INT4 nibbles)
};

// A tile's rows, columns and depth travel in 16-bit instruction fields (isa/README.md).
constexpr int64_t kMaxTileDim = 65535;

struct Tiling {
  int64_t mt = 0, nt = 0, kt = 0;
  uint64_t dram_bytes = 0;  // estimated DRAM traffic of the whole GEMM with these tiles
};

// Chooses the tile minimising DRAM traffic among those that fit: A tiles (mt x kt, INT4 packed),
// B tiles (kt x nt) and C tiles (mt x nt INT32) within the room one tile has in each buffer (half
// of it when double buffering). kt is a multiple of the array's rows (or all of K), so tile
// boundaries coincide with the reduction folds of ws/is. Among tilings of equal traffic, the one
// with the shortest estimated time: the array's work (with each tile's preload, fill and drain)
// or the channel's, whichever is longer, plus what cannot overlap: the first tile's loads and the
// last block's store. Throws InputError if nothing fits.
Tiling choose_tiling(int64_t m, int64_t n, int64_t k, int64_t array_rows, int64_t array_cols, const BufferSizes& buffers);

inline uint64_t int4_bytes(int64_t elements) { return static_cast<uint64_t>((elements + 1) / 2); }

}  // namespace int4sim::compiler
