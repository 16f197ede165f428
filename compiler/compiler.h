#pragma once
#include <array>
// The compiler: lowers a GEMM, or one training step of a network, to a program of tile-level
// operations with double-buffering semaphores (isa/README.md, "Compiled programs").
#include <cstdint>
#include <string>
#include <vector>

#include "ir/program.h"
#include "compiler/target.h"
#include "compiler/tiling.h"
#include "workloads/network.h"

namespace int4sim::compiler {

// Tensors of one compute layer (ids into Program::tensors; -1 = absent).
struct LayerTensors {
  int act = -1;        // input activation codes, N x C x H x W (u4, or u8 for a wide layer)
  int w_fp32 = -1;     // FP32 master weights, K x C/groups x R x S
  int w_codes = -1;    // weight codes (s4 / s8)
  int y = -1;          // forward accumulators, N x K x P x Q (INT32)
  int y_fp32 = -1;     // the dequantized / normalised output (FP32; vector-unit traffic)
  int dy = -1;         // FP32 dL/dy, N x K x P x Q
  int g_codes = -1;    // its codes (s4; s8 for a wide layer)
  int dx = -1;         // input gradient, N x C x H x W (INT64: exact col2im sums)
  int dw = -1;         // weight gradient accumulators, K x C/groups x R x S (INT32)
  int geometry = -1;
  int layer = -1;      // index into Program::layers
  int source_layer = -1;  // index into the network's layers
};

struct Compiled {
  ir::Program program;
  std::vector<LayerTensors> layers;
  // The DRAM bytes each layer-phase of one step must move, by program layer (docs/timing.md,
  // "Compulsory traffic"): each tensor that crosses from one layer-phase to another, read or
  // written once at its stored width. Nothing else has to leave the chip.
  std::vector<std::array<uint64_t, static_cast<size_t>(ir::Phase::count)>> compulsory;
};

struct StepOptions {
  int64_t batch = 1;
  bool forward_only = false;
};

// One training step (forward, loss, backward with input and weight gradients, weight update and
// re-quantization) of `net` at `opt.batch`.
Compiled compile_training_step(const workloads::Network& net, const Target& target, const StepOptions& opt);

// C (m x n) = A (m x k) x B (k x n): tensors 0 (A codes, u4 or s4), 1 (B codes, s4), 2 (C INT32);
// with `a_gradient`, tensor 0 is an FP32 gradient that the GQU quantizes into tensor 3 (s4) first.
// `tiling` (optional) receives the tile sizes chosen.
ir::Program compile_gemm(int64_t m, int64_t n, int64_t k, bool a_gradient, bool a_signed, const Target& target,
                         Tiling* tiling = nullptr);

}  // namespace int4sim::compiler
