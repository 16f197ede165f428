#pragma once
// What the compiler needs to know of the accelerator it compiles for: the array's geometry, the
// buffers' capacities, the operand formats and how the layers kept wide run. Filled from the
// configuration by the caller (sim/config: compile_target), so the compiler depends on the IR and
// the workloads only, never on the hardware model.
#include <cstdint>

namespace int4sim::compiler {

struct Target {
  int64_t array_rows = 32, array_cols = 32;
  // Bytes of the activation, weight, gradient and accumulator buffers (ir::Buffer order).
  uint64_t buffer_bytes[4] = {256 << 10, 256 << 10, 256 << 10, 128 << 10};
  bool double_buffer = true;
  double dram_bytes_per_cycle = 64;
  int w_bits = 4, a_bits = 4, g_bits = 4;
  bool g_wide_codes = false;  // the gradient policy writes 8-bit codes whatever g_bits (pwf)
  bool wide_layers_fp32 = false;  // the layers kept wide run in FP32 on the vector unit, not INT8 on the array
};

}  // namespace int4sim::compiler
