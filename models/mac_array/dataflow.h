#pragma once
// The array's dataflows, named once: which GEMM dimension a dataflow puts on the array's rows and
// columns and which one streams through. The native timing (mac_array_core), the SCALE-Sim
// compatible figures (models/scalesim) and the accumulation order all follow this mapping.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace int4sim::hw {

enum class Dataflow { ws, os, is };

inline const char* dataflow_name(Dataflow d) { return d == Dataflow::ws ? "ws" : d == Dataflow::os ? "os" : "is"; }

// "ws", "os" or "is" (array.dataflow's choices); throws std::invalid_argument otherwise.
inline Dataflow dataflow_from(const std::string& name) {
  for (Dataflow d : {Dataflow::ws, Dataflow::os, Dataflow::is})
    if (name == dataflow_name(d)) return d;
  throw std::invalid_argument("unknown dataflow '" + name + "' (expected ws, os or is)");
}

// C (m x n) = A (m x k) x B (k x n) on the array: ws keeps B stationary (rows get K, columns N, A's
// m rows stream); os keeps C stationary (rows M, columns N, K streams); is keeps A stationary
// (rows K, columns M, B's n columns stream).
struct ArrayMapping {
  int64_t rows_dim, cols_dim, streamed;
};

inline ArrayMapping map_onto_array(Dataflow d, int64_t m, int64_t n, int64_t k) {
  switch (d) {
    case Dataflow::ws: return {k, n, m};
    case Dataflow::is: return {k, m, n};
    default: return {m, n, k};
  }
}

// A tile's traffic through the buffers (docs/timing.md, "Buffers"): bytes read from A's and B's
// buffers, written to and read from the accumulators, and the bytes per cycle each stream demands
// while the tile streams (0: that buffer is not streamed). The stationary operand is read once;
// the streamed one once per fold across the array; ws and is write every reduction fold's
// partial sums and read them back for the next, os keeps its sums in the PEs.
struct TileTraffic {
  uint64_t a_read = 0, b_read = 0, acc_write = 0, acc_read = 0;
  uint64_t a_demand = 0, b_demand = 0, acc_demand = 0;
};

inline TileTraffic tile_traffic(Dataflow d, int64_t m, int64_t n, int64_t k, int64_t rows, int64_t cols, bool accumulate) {
  const auto ceil_div = [](int64_t a, int64_t b) { return static_cast<uint64_t>((a + b - 1) / b); };
  const uint64_t a_bytes = static_cast<uint64_t>((m * k + 1) / 2), b_bytes = static_cast<uint64_t>((k * n + 1) / 2);
  const uint64_t c_bytes = static_cast<uint64_t>(m * n) * 4;
  const uint64_t k_folds = ceil_div(k, rows), packed_row = static_cast<uint64_t>((rows + 1) / 2);
  TileTraffic t;
  switch (d) {
    case Dataflow::ws:
      t.a_read = a_bytes * ceil_div(n, cols);
      t.b_read = b_bytes;
      t.a_demand = packed_row;
      break;
    case Dataflow::is:
      t.a_read = a_bytes;
      t.b_read = b_bytes * ceil_div(m, cols);
      t.b_demand = packed_row;
      break;
    case Dataflow::os:
      t.a_read = a_bytes * ceil_div(n, cols);
      t.b_read = b_bytes * ceil_div(m, rows);
      t.acc_write = c_bytes;
      t.acc_read = accumulate ? c_bytes : 0;
      t.a_demand = packed_row;
      t.b_demand = static_cast<uint64_t>((cols + 1) / 2);
      return t;
  }
  t.acc_write = c_bytes * k_folds;
  t.acc_read = c_bytes * (k_folds - 1 + (accumulate ? 1 : 0));
  t.acc_demand = static_cast<uint64_t>(cols) * 4;
  return t;
}

// The order the accumulators see the products in: folds of `rows` products reduced down a column
// from zero, each then added to the output (ws, is), or one running sum over all k (os).
inline int64_t reduction_chunk(Dataflow d, int64_t k, int64_t rows) { return d == Dataflow::os ? (k > 1 ? k : 1) : rows; }

}  // namespace int4sim::hw
