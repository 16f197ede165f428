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

}  // namespace int4sim::hw
