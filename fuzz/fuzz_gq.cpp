// libFuzzer target for the numerical hazards of the golden gradient quantizer (golden/
// grad_quantizer.h) on what read_finite_f32 lets through: any finite float32 values (denormals,
// +-FLT_MAX, zeros, one element), every policy, arithmetic, rounding and width. Bytes 0..3 pick the
// parameters, the rest are the gradient (non-finite values replaced by 0, as they are refused when
// read). UBSan (float-cast-overflow included with clang) catches out-of-range conversions; the
// checks below are the quantizer's documented invariants.
#include <cmath>
#include <cstring>

#include "fuzz/fuzz_util.h"
#include "golden/grad_quantizer.h"
#include "golden/metrics.h"

using namespace golden;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  GradQuantParams p;
  p.bits = 2 + data[0] % 7;
  p.policy = static_cast<Policy>(data[1] % 5);
  p.arith = data[2] & 1 ? Arith::paper : Arith::hw;
  p.rounding = data[2] & 2 ? Rounding::stochastic : Rounding::nearest;
  p.mode = data[2] & 4 ? GmaxMode::predicted : GmaxMode::exact;
  if (p.policy == Policy::pwf && p.bits < 3) p.bits = 3;  // refused by the CLI
  while (p.policy == Policy::pwf && (((1 << (p.bits - 2)) - 1) << p.pwf_shift) > 127) --p.pwf_shift;
  const int iterations = 1 + data[3] % 3;
  std::vector<float> g((size - 4) / 4);
  std::memcpy(g.data(), data + 4, g.size() * 4);
  for (float& v : g)
    if (!std::isfinite(v)) v = 0;

  GradQuantizer q(p);
  const int limit = p.policy == Policy::pwf ? 127 : 1 << (p.bits - 1);
  for (int it = 0; it < iterations; ++it) {
    const GradQuantStep s = q.step(g);
    if (s.codes.size() != g.size() || s.dequant.size() != g.size()) int4sim::fuzz::finding("wrong output size");
    for (size_t i = 0; i < g.size(); ++i) {
      if (std::abs(s.codes[i]) > limit) int4sim::fuzz::finding("code " + std::to_string(s.codes[i]) + " out of range");
      if (!std::isfinite(s.dequant[i])) int4sim::fuzz::finding("non-finite dequantized value");
    }
    if (!(s.gamma_next >= 0.001 - 1e-6 && s.gamma_next <= 1.0))
      int4sim::fuzz::finding("gamma " + std::to_string(s.gamma_next) + " outside [0.001, 1]");
    if (s.clipped > s.numel) int4sim::fuzz::finding("more clipped entries than entries");
    error_metrics(g, s.dequant, 0.01);
  }
  return 0;
}
