#pragma once
// One GEMM through the accelerator: controller, DMA + DRAM, the four buffers and the MAC array,
// elaborated as a SystemC design and simulated (docs/timing.md). One design per process.
#include <cstdint>
#include <string>
#include <vector>

#include "models/accelerator/unit_stats.h"
#include "models/controller/tiling.h"
#include "models/gqu/gqu_core.h"
#include "sim/config/config.h"

namespace int4sim::hw {

struct GemmRun {
  int64_t m = 0, n = 0, k = 0;
  std::vector<int8_t> a, b;       // codes, row-major (m x k, k x n); empty in timing-only mode
  // Input-gradient style GEMM: A is an FP32 gradient (m x k) that the GQU quantizes (gq.*
  // parameters) on its way to the array; `a` is then unused.
  bool a_is_gradient = false;
  std::vector<float> g;
  uint64_t layer = 0;
  bool compute_values = true;
  std::string vcd_path;           // without the .vcd suffix SystemC adds; empty = none
  bool record_timeline = false;
};

struct BufferTraffic {
  std::string name;
  uint64_t capacity = 0, bytes_read = 0, bytes_written = 0;
};

struct GemmReport {
  std::vector<int32_t> c;  // accumulators (m x n), when values were computed
  std::vector<int16_t> g_codes;  // the GQU's codes of A (a_is_gradient)
  GquTensorResult gq;
  uint64_t cycles = 0;
  uint64_t macs = 0;
  double utilization = 0;  // MACs / (cycles * rows * cols)
  Tiling tiling;
  uint64_t tiles = 0;
  std::vector<UnitStats> units;
  std::vector<BufferTraffic> buffers;
  uint64_t dram_read = 0, dram_written = 0;
  std::vector<Slice> timeline;
  std::vector<std::string> unit_names;
};

GemmReport simulate_gemm(const Config& cfg, GemmRun run);

// The GQU's configuration from the gq.* parameters.
GquConfig gqu_config(const Config& cfg);

}  // namespace int4sim::hw
