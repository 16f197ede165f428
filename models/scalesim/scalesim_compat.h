#pragma once
// SCALE-Sim v2-compatible compute figures (docs: /work/shared/spec/scalesim-compat.md): the
// stall-free cycles, utilizations and SRAM access counts SCALE-Sim reports for one layer on an
// R x C systolic array, so results can be quoted beside SCALE-Sim's. Closed form, O(1) per layer.
// This is SCALE-Sim's model (serial, non-overlapped folds), not the simulator's native timing.
#include <cstdint>
#include <string>

#include "models/mac_array/dataflow.h"

namespace int4sim::scalesim {

using hw::Dataflow;
// "os", "ws" or "is", as in SCALE-Sim's config; throws std::invalid_argument otherwise.
inline Dataflow parse_dataflow(const std::string& name) { return hw::dataflow_from(name); }

// C (m x n) = A (m x k) * B (k x n): m output pixels, n filters, k reduction length.
struct Gemm {
  int64_t m, n, k;
};

// One row of a SCALE-Sim conv topology: no padding, the same stride in both dimensions.
struct ConvLayer {
  int64_t ifmap_h, ifmap_w, filt_h, filt_w, channels, num_filters, stride;
};

// The layer as SCALE-Sim lowers it: m = E_h * E_w with E = ceil((H - F + S) / S),
// n = num_filters, k = filt_h * filt_w * channels. Throws std::invalid_argument for a
// non-positive size or stride, or a filter larger than the input.
Gemm to_gemm(const ConvLayer& layer);

struct Result {
  int64_t cycles;            // 0-based index of the last output write, as SCALE-Sim reports it
  double overall_util_pct;   // useful MACs / (cycles * R * C)
  double mapping_eff_pct;    // mean over folds of the fraction of PEs mapped
  double compute_util_pct;   // mean over folds of the fraction of PE-cycles computing
  int64_t ifmap_reads, filter_reads, ofmap_writes;  // SRAM accesses, in words
  int64_t folds;
};

// One GEMM on a rows x cols array. Throws std::invalid_argument for non-positive sizes and for
// the one case SCALE-Sim cannot report (zero cycles, where its overall utilization divides by
// zero), std::overflow_error when a count does not fit in 64 bits.
Result compute(const Gemm& gemm, int64_t rows, int64_t cols, Dataflow dataflow);

// A depthwise layer (SCALE-Sim: "DP" in the layer name): one layer per channel, each with one
// channel and one filter; cycles, accesses and folds are summed over the channels and
// layer.num_filters is not used. SCALE-Sim v2 itself keeps the row's Num Filter for every channel
// layer (topology_utils.py), so the two agree for rows that give 1 filter.
Result compute_depthwise(const ConvLayer& layer, int64_t rows, int64_t cols, Dataflow dataflow);

}  // namespace int4sim::scalesim
