#pragma once
// Runs gradient tensors through the Verilated gradient quantizer unit (rtl/gqu/gqu_top.sv) cycle
// by cycle: pass 1 (max), the per-tensor setup, pass 2 (quantize) and the gamma update, measuring
// each op's cycles on the RTL itself. The Verilated classes stay inside rtl_gqu.cpp.
#include <cstdint>
#include <memory>
#include <vector>

#include "models/gqu/gqu_core.h"

namespace int4sim::rtl {

// What one tensor did in the RTL. Cycles count from the op's first cycle (its first beat, or the
// update's issue) = 0 to the cycle its last result is valid, plus 1: the native model's measure.
struct RtlGquTensor {
  std::vector<int16_t> codes;  // one per element
  uint64_t clipped = 0;        // entries with |g| > c
  float g_max = 0;             // exact max |g| of pass 1
  float clip = 0;              // c = g_max * gamma
  float scale = 0;             // Delta = c / L; 0 when every code is 0 (as golden reports it)
  double gamma_used = 0;       // gamma the quantization used (register / 2^F)
  double gamma_next = 0;       // gamma after the update
  bool searched = false;       // the update ran LBT's initial search (histogram pass + scan)
  uint64_t search_steps = 0;   // steps that search took (golden's search_passes)
  uint64_t max_cycles = 0;     // pass 1
  uint64_t setup_cycles = 0;   // c, the two dividers, the key: between the passes, not charged by the native model
  uint64_t quant_cycles = 0;   // pass 2
  uint64_t update_cycles = 0;  // the update op (with the histogram pass and scan when searched)
};

class RtlGqu {
 public:
  // The lane counts Verilated into this build (rtl/gqu.cmake).
  static std::vector<int> lane_counts();
  static constexpr int kLayers = 16;  // per-layer gamma registers in the RTL (gqu_top LAYERS)

  // Throws std::invalid_argument for what the RTL does not implement: a lane count not in
  // lane_counts(), policies other than lbt/fixed/minmax (dsgc and pwf are not in the RTL),
  // predicted g_max, or register widths outside the RTL's ports.
  explicit RtlGqu(const hw::GquConfig& cfg);
  ~RtlGqu();
  RtlGqu(const RtlGqu&) = delete;
  RtlGqu& operator=(const RtlGqu&) = delete;

  // One iteration of `layer` (< kLayers): quantizes g (finite, 1 .. 2^32 - 1 elements) and
  // updates the layer's gamma register, which the RTL keeps for the next call.
  RtlGquTensor quantize(uint64_t layer, const std::vector<float>& g);


  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace int4sim::rtl
