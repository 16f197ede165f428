#pragma once
// The GEMM-output figures of `run --errors all` (docs/numerics.md, "GEMM output errors"). A compute
// layer's three training GEMMs are recomputed on the host with FP32 GEMMs (host/fp32_gemm.h), apart
// from the accelerator model: from the FP32 operands (the reference the dequantized accumulators
// are compared with) and from the operands' codes (the exact integer sums the accumulators are
// compared with).
#include <cstdint>
#include <vector>

#include "ir/program.h"
#include "sim/report/report.h"

namespace int4sim::report {

// The product of one training phase of the (grouped) convolution `g` (a fully connected layer and
// an activation x activation GEMM are convolutions too: compiler/compiler.cpp), in the layout of
// the phase's output:
//   fwd:   Y  (n, k, p, q)        from left = A (n, c, h, w), right = W (k, c/groups, r, s)
//   dgrad: dX (n, c, h, w)        from left = G (n, k, p, q), right = W
//   wgrad: dW (k, c/groups, r, s) from left = A, right = G
// `max_product` 0: real operands, each output one FP32 accumulation per sample and group, summed in
// double. `max_product` > 0: integer codes whose products are at most that in magnitude; each FP32
// partial sum then covers few enough products to stay below 2^24, so it is exact, and the partial
// sums add up in double (exact below 2^53): the exact integer sums.
std::vector<double> conv_phase_product(const ir::ConvGeometry& g, ir::Phase phase, const float* left, const float* right,
                                       double max_product);

// The figures of one output: `acc` the accumulators, `scale` what dequantizes them, `reference`
// the FP32 product, `exact` the exact integer sums of the codes (nullptr: the accumulators are
// exact, as when no overflow flag is set), `overflow` the accumulators' sticky overflow flags
// (nullptr: none set).
OutputError output_error(const int32_t* acc, size_t n, double scale, const std::vector<double>& reference,
                         const std::vector<double>* exact, const uint8_t* overflow);

}  // namespace int4sim::report
