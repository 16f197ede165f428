#pragma once
// Runs tiles through the Verilated MAC array (rtl/array/int4_array.sv) cycle by cycle, with the
// operand buffers and accumulator banks modelled here as the SRAMs the RTL's ports expect.
// The Verilated classes stay inside rtl_array.cpp.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "models/mac_array/mac_array_core.h"

namespace int4sim::rtl {

class RtlArray {
 public:
  // The array sizes (rows, cols) Verilated into this build (rtl/array.cmake).
  static std::vector<std::pair<int64_t, int64_t>> sizes();
  static bool has_size(int64_t rows, int64_t cols);

  // Throws std::invalid_argument for a size not in sizes(). With `vcd_path`, every cycle goes to a
  // VCD waveform there (the 4 x 4 array only).
  explicit RtlArray(const hw::ArrayConfig& cfg, const std::string& vcd_path = "");
  ~RtlArray();
  RtlArray(const RtlArray&) = delete;
  RtlArray& operator=(const RtlArray&) = delete;

  // C (+)= A x B for the tile (host::TileOp's layout: codes one per int8, uint8 when unsigned),
  // `passes` 4 for INT8 operands (nibble passes) else 1. Returns the cycles the RTL measured from
  // its first operand in to its last result out.
  uint64_t run(const host::TileOp& op, int passes);


  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace int4sim::rtl
