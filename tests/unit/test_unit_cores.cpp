// The plain C++ cores of the units that had no test of their own, driven without a SystemC kernel:
// forward quantizer, vector unit, DRAM channel, on-chip buffer. Expected values are derived by hand
// from docs/numerics.md and docs/timing.md.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "models/buffers/buffer_core.h"
#include "models/dma/dram_core.h"
#include "models/fwd_quant/fq_core.h"
#include "models/vector_unit/vector_core.h"

using namespace int4sim::hw;

TEST_CASE("FqCore: weights to -7..7 and activations to 0..15 with ties to even and clamping") {
  const FqCore fq(16);
  // s_w = 1.4 at 4 bits: step 0.2, codes = round(w * 5).
  const std::vector<float> w = {0.0f, 0.1f, 0.3f, -0.5f, 1.4f, 2.0f, -9.0f, 0.7f};
  std::vector<int8_t> wc(w.size());
  const float w_step = fq.weights(w.data(), w.size(), 1.4f, 4, wc.data());
  CHECK(w_step == Approx(0.2f));
  // 0.1*5 = 0.5 -> 0 (ties to even), 0.3*5 = 1.5 -> 2, -0.5*5 = -2.5 -> -2, 1.4*5 = 7, clamps at +-7.
  CHECK(wc == std::vector<int8_t>{0, 0, 2, -2, 7, 7, -7, 4});
  // u_a = 3 at 4 bits: 15 levels, step 0.2.
  const std::vector<float> x = {-1.0f, 0.0f, 0.1f, 0.3f, 2.9f, 3.0f, 100.0f};
  std::vector<uint8_t> xc(x.size());
  const float a_step = fq.activations(x.data(), x.size(), 3.0f, 4, xc.data());
  CHECK(a_step == Approx(0.2f));
  CHECK(xc == std::vector<uint8_t>{0, 0, 0, 2, 14, 15, 15});
  // 8 bits (the layers kept wide): 127 and 255 levels.
  std::vector<int8_t> w8(1);
  const float one = 1.0f;
  fq.weights(&one, 1, 1.0f, 8, w8.data());
  CHECK(w8[0] == 127);
  // Cycles: ceil(n / lanes).
  CHECK(fq.cycles(1) == 1);
  CHECK(fq.cycles(16) == 1);
  CHECK(fq.cycles(17) == 2);
}

TEST_CASE("VectorCore: cycles are ceil(elements x passes / lanes) and FP32 operations are counted per element") {
  VectorCore v(16);
  CHECK(v.cycles(VecOp::relu_fwd, 160) == 10);   // one pass
  CHECK(v.cycles(VecOp::bn_fwd, 160) == 30);     // three passes
  CHECK(v.cycles(VecOp::quant8, 1) == 1);        // 2 passes over 1 element: 2 / 16 rounds up
  CHECK(v.run(VecOp::softmax_xent, 100) == 19);  // 300 / 16 rounded up
  CHECK(v.counts().adds == 300);
  CHECK(v.counts().muls == 600);
  CHECK(v.run(VecOp::sgd_momentum, 10) == 1);
  CHECK(v.counts().adds == 320);
  CHECK(v.counts().muls == 630);
  // quant8: nearest onto -127..127 of max|g|; all zeros stay zero.
  const std::vector<float> g = {0.5f, -1.0f, 0.25f, 0.0f};
  std::vector<int8_t> c(g.size());
  VectorCore::quant8(g.data(), g.size(), c.data());
  CHECK(c == std::vector<int8_t>{64, -127, 32, 0});  // 63.5 -> 64 (ties to even), 31.75 -> 32
  const std::vector<float> zeros(3, 0.0f);
  VectorCore::quant8(zeros.data(), zeros.size(), c.data());
  CHECK(c[0] == 0);
  CHECK(c[2] == 0);
}

TEST_CASE("DramCore: whole bursts at the channel's bandwidth, at least one cycle a transfer") {
  DramCore d({64, 100, 64});
  CHECK(d.occupancy(1) == 1);        // one 64 B burst at 64 B/cycle
  CHECK(d.occupancy(64) == 1);
  CHECK(d.occupancy(65) == 2);       // two bursts
  CHECK(d.occupancy(65536) == 1024);
  DramCore slow({0.5, 0, 64});
  CHECK(slow.occupancy(1) == 128);   // a 64 B burst at half a byte a cycle
  DramCore odd({3, 0, 32});
  CHECK(odd.occupancy(100) == 43);   // 4 bursts = 128 B / 3 = 42.67 -> 43
  d.count(false, 100);
  d.count(true, 7);
  d.count(false, 1);
  CHECK(d.bytes_read() == 101);
  CHECK(d.bytes_written() == 7);
}

TEST_CASE("BufferCore: streams limited by banks x port width") {
  BufferCore b({"act", 256 * 1024, 8, 8});
  CHECK(b.config().bytes_per_cycle() == 64);
  CHECK(b.throttled(100, 64) == 100);   // the demand fits the ports
  CHECK(b.throttled(100, 128) == 200);  // twice the supply: twice the cycles
  CHECK(b.throttled(3, 65) == 4);       // 195 / 64 rounded up
}
