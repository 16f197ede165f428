// Exhaustive checks of the 4-bit (and 2..8-bit) quantizers and INT4 arithmetic against sc_dt
// oracles that compute the same thing a different way.
#define SC_INCLUDE_FX
#include <catch2/catch.hpp>
#include <systemc>

#include <cmath>

#include "golden/gemm.h"
#include "golden/quantizers.h"

using namespace golden;

namespace {

// Oracle: the code nearest to t among [lo, hi], ties to the even code, found by scanning every
// representable code as an sc_int.
int nearest_code(double t, int lo, int hi) {
  int best = lo;
  double best_d = INFINITY;
  for (int k = lo; k <= hi; ++k) {
    sc_dt::sc_int<9> code = k;
    const double d = std::fabs(t - static_cast<double>(code.to_int()));
    if (d < best_d || (d == best_d && (code.to_int() & 1) == 0)) {
      best = code.to_int();
      best_d = d;
    }
  }
  return best;
}

}  // namespace

TEST_CASE("hw weight quantizer picks the nearest signed code for every input on a fine grid, b = 2..8") {
  for (int bits = 2; bits <= 8; ++bits) {
    const int L = (1 << (bits - 1)) - 1;
    const float s = 0.75f;
    std::vector<float> w;
    for (int i = -4000; i <= 4000; ++i) w.push_back(static_cast<float>(i) / 2000.0f);  // beyond +-s too
    // Decision boundaries exactly: (k + 0.5) steps.
    for (int k = -L - 1; k <= L; ++k) w.push_back(static_cast<float>((k + 0.5) * (s / L)));
    const auto q = quantize_weights(w, s, bits, Arith::hw);
    const float inv = static_cast<float>(L) / s;
    for (size_t i = 0; i < w.size(); ++i) {
      INFO("bits " << bits << " w " << w[i]);
      REQUIRE(q.codes[i] == nearest_code(static_cast<double>(w[i] * inv), -L, L));
      REQUIRE(q.dequant[i] == static_cast<float>(q.codes[i]) * q.scale);
    }
  }
}

TEST_CASE("hw activation quantizer picks the nearest unsigned code, b = 2..8") {
  for (int bits = 2; bits <= 8; ++bits) {
    const int n = (1 << bits) - 1;
    const float u = 2.5f;
    std::vector<float> x;
    for (int i = -100; i <= 6000; ++i) x.push_back(static_cast<float>(i) / 2000.0f);
    const auto q = quantize_activations(x, u, bits, Arith::hw);
    const float inv = static_cast<float>(n) / u;
    for (size_t i = 0; i < x.size(); ++i) {
      INFO("bits " << bits << " x " << x[i]);
      REQUIRE(q.codes[i] == nearest_code(static_cast<double>(x[i] * inv), 0, n));
    }
  }
}

TEST_CASE("paper weight quantizer: every 4-bit level maps to itself and values follow s*(2k/14-1)") {
  const float s = 1.3f;
  std::vector<float> w;
  for (int k = 0; k <= 14; ++k) w.push_back(s * (2.0f * k / 14.0f - 1.0f));
  const auto q = quantize_weights(w, s, 4, Arith::paper);
  for (int k = 0; k <= 14; ++k) {
    REQUIRE(q.codes[k] == k - 7);
    REQUIRE(q.dequant[k] == Approx(w[k]).margin(1e-6));
  }
}

TEST_CASE("paper activation quantizer clamps to [0, u] and has 16 levels at 4 bits") {
  const auto q = quantize_activations({-1.0f, 0.0f, 0.5f, 1.0f, 7.0f}, 1.0f, 4, Arith::paper);
  REQUIRE(q.codes == std::vector<int16_t>{0, 0, 8, 15, 15});  // 0.5*15 = 7.5 ties to even 8
  REQUIRE(q.dequant[4] == 1.0f);
}

TEST_CASE("every INT4 x INT4 product (s4 x s4 and u4 x s4) equals the sc_int product") {
  for (int a = -8; a <= 15; ++a)
    for (int b = -8; b <= 7; ++b) {
      sc_dt::sc_int<5> sa = a;  // u4 needs a fifth bit as a signed number
      sc_dt::sc_int<4> sb = b;
      sc_dt::sc_int<9> expect = sa * sb;
      const auto c = gemm({static_cast<int16_t>(a)}, {static_cast<int16_t>(b)}, 1, 1, 1, AccSpec{});
      REQUIRE(c[0] == expect.to_int());
    }
}

TEST_CASE("accumulator wraps like sc_int_base and saturates like sc_fix(SC_SAT) at every width 16..32") {
  const int64_t values[] = {0, 1, -1, 32767, -32768, 32768, 65535, 65536, 1 << 20, -(1 << 20),
                            2147483647LL, -2147483648LL, 3000000000LL, -3000000000LL, 123456789};
  for (int bits = 16; bits <= 32; ++bits) {
    for (int64_t a : values)
      for (int64_t b : values) {
        // Operands are first brought into the accumulator's range, as they would be in hardware.
        sc_dt::sc_int_base wa(bits), wb(bits), wsum(bits);
        wa = a;
        wb = b;
        wsum = wa.to_int64() + wb.to_int64();
        REQUIRE(acc_add(wa.to_int64(), wb.to_int64(), AccSpec{bits, Overflow::wrap}) == wsum.to_int64());

        sc_dt::sc_fix sa(bits, bits, sc_dt::SC_TRN, sc_dt::SC_SAT), ssum(bits, bits, sc_dt::SC_TRN, sc_dt::SC_SAT);
        sa = static_cast<double>(a);
        sc_dt::sc_fix sb(bits, bits, sc_dt::SC_TRN, sc_dt::SC_SAT);
        sb = static_cast<double>(b);
        ssum = sa.to_double() + sb.to_double();
        REQUIRE(acc_add(static_cast<int64_t>(sa.to_double()), static_cast<int64_t>(sb.to_double()),
                        AccSpec{bits, Overflow::saturate}) == static_cast<int64_t>(ssum.to_double()));
      }
  }
}
