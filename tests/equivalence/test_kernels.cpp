// The MAC array's GEMM kernels (docs/performance.md): every fast-path kernel this CPU has (portable,
// AVX2, AVX-512 VNNI) and the order-preserving saturating path give exactly the golden model's
// accumulators, on random shapes with edge sizes, both signedness combinations of each operand,
// with and without accumulation, strided operands, wrap at every width 16..32.
#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "golden/gemm.h"
#include "models/mac_array/mac_array_core.h"

using namespace int4sim::hw;
using namespace int4sim::host;

namespace {

const GemmKernel kAllKernels[] = {GemmKernel::portable, GemmKernel::avx2, GemmKernel::avx512_vnni};

// Restores automatic kernel selection when a test case ends, whatever happens.
struct KernelGuard {
  ~KernelGuard() { set_gemm_kernel(GemmKernel::automatic); }
};

struct Problem {
  int64_t m, n, k, lda, ldb, ldc;
  bool a_unsigned, b_unsigned, accumulate;
  std::vector<int8_t> a, b;
  std::vector<int32_t> c0;  // accumulators before the tile (used when accumulate)

  TileOp op(std::vector<int32_t>& c) const {
    TileOp t;
    t.a = a.data();
    t.lda = lda;
    t.b = b.data();
    t.ldb = ldb;
    t.c = c.data();
    t.ldc = ldc;
    t.m = m;
    t.n = n;
    t.k = k;
    t.accumulate = accumulate;
    t.a_unsigned = a_unsigned;
    t.b_unsigned = b_unsigned;
    return t;
  }
  int64_t av(int64_t i, int64_t kk) const {
    const int8_t x = a[static_cast<size_t>(i * lda + kk)];
    return a_unsigned ? int64_t{static_cast<uint8_t>(x)} : int64_t{x};
  }
  int64_t bv(int64_t kk, int64_t j) const {
    const int8_t x = b[static_cast<size_t>(kk * ldb + j)];
    return b_unsigned ? int64_t{static_cast<uint8_t>(x)} : int64_t{x};
  }
};

// Operands drawn from [lo, hi] of each storage type; padding of the leading dimensions is filled
// with values too, so a kernel that reads past a row shows up.
Problem make_problem(std::mt19937_64& rng, int64_t m, int64_t n, int64_t k, bool au, bool bu, bool acc,
                     bool full_range, bool strided, int acc_bits) {
  Problem p{m, n, k, k, n, n, au, bu, acc, {}, {}, {}};
  std::uniform_int_distribution<int> pad(0, 9);
  if (strided) {
    p.lda = k + pad(rng);
    p.ldb = n + pad(rng);
    p.ldc = n + pad(rng);
  }
  auto fill = [&](std::vector<int8_t>& v, size_t size, bool is_unsigned) {
    const int lo = is_unsigned ? 0 : (full_range ? -128 : -8);
    const int hi = is_unsigned ? (full_range ? 255 : 15) : (full_range ? 127 : 7);
    std::uniform_int_distribution<int> d(lo, hi);
    v.resize(size + 1);
    for (auto& x : v) x = static_cast<int8_t>(d(rng));
  };
  fill(p.a, static_cast<size_t>(std::max<int64_t>(m * p.lda, 1)), au);
  fill(p.b, static_cast<size_t>(std::max<int64_t>(k * p.ldb, 1)), bu);
  const int64_t hi = (int64_t{1} << (acc_bits - 1)) - 1;
  std::uniform_int_distribution<int64_t> cd(-hi - 1, hi);
  p.c0.resize(static_cast<size_t>(m * p.ldc + 1));
  for (auto& x : p.c0) x = static_cast<int32_t>(cd(rng));
  return p;
}

// The golden model's accumulator (golden::acc_add), started from the previous value when
// accumulating, in the dataflow's order (docs/numerics.md, "Accumulation order").
std::vector<int32_t> reference(const Problem& p, const ArrayConfig& c) {
  golden::AccSpec spec;
  spec.bits = c.acc_bits;
  spec.overflow = c.saturate ? golden::Overflow::saturate : golden::Overflow::wrap;
  const int64_t chunk = c.dataflow == Dataflow::os ? std::max<int64_t>(p.k, 1) : c.rows;
  std::vector<int32_t> out = p.c0;
  for (int64_t i = 0; i < p.m; ++i)
    for (int64_t j = 0; j < p.n; ++j) {
      int64_t acc = p.accumulate ? p.c0[static_cast<size_t>(i * p.ldc + j)] : 0;
      for (int64_t k0 = 0; k0 < p.k; k0 += chunk) {
        const int64_t k1 = std::min(p.k, k0 + chunk);
        if (c.dataflow == Dataflow::os) {
          for (int64_t kk = k0; kk < k1; ++kk) acc = golden::acc_add(acc, p.av(i, kk) * p.bv(kk, j), spec);
        } else {
          int64_t part = 0;
          for (int64_t kk = k0; kk < k1; ++kk) part = golden::acc_add(part, p.av(i, kk) * p.bv(kk, j), spec);
          acc = golden::acc_add(acc, part, spec);
        }
      }
      out[static_cast<size_t>(i * p.ldc + j)] = static_cast<int32_t>(acc);
    }
  return out;
}

std::vector<GemmKernel> available_kernels() {
  std::vector<GemmKernel> ks;
  for (GemmKernel k : kAllKernels)
    if (gemm_kernel_available(k)) ks.push_back(k);
  return ks;
}

}  // namespace

TEST_CASE("kernel selection: automatic picks the best available kernel, unavailable ones are refused") {
  KernelGuard guard;
  REQUIRE(gemm_kernel_available(GemmKernel::portable));
  const GemmKernel best = gemm_kernel();
  REQUIRE(best != GemmKernel::automatic);
  REQUIRE(gemm_kernel_available(best));
  if (gemm_kernel_available(GemmKernel::avx512_vnni)) REQUIRE(best == GemmKernel::avx512_vnni);
  for (GemmKernel k : kAllKernels) {
    if (gemm_kernel_available(k)) {
      set_gemm_kernel(k);
      REQUIRE(gemm_kernel() == k);
    } else {
      REQUIRE_THROWS_AS(set_gemm_kernel(k), std::invalid_argument);
    }
  }
  set_gemm_kernel(GemmKernel::automatic);
  REQUIRE(gemm_kernel() == best);
  WARN("fast-path kernels on this CPU: best = " << gemm_kernel_name(best));
}

TEST_CASE("every fast-path kernel equals the golden GEMM: edge sizes, signedness, accumulate, wrap 16..32") {
  KernelGuard guard;
  const int64_t dims[] = {1, 2, 3, 4, 5, 6, 7, 13, 15, 16, 17, 31, 33, 63, 64, 65, 100, 129};
  const int64_t depths[] = {0, 1, 2, 3, 4, 5, 7, 8, 63, 64, 65, 127, 300, 1001};
  for (GemmKernel kernel : available_kernels()) {
    set_gemm_kernel(kernel);
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<size_t> pick_dim(0, std::size(dims) - 1), pick_depth(0, std::size(depths) - 1);
    std::uniform_int_distribution<int> bits(16, 32);
    int wrapped = 0;
    for (int trial = 0; trial < 480; ++trial) {
      ArrayConfig c;
      c.rows = 1 + trial % 9;
      c.dataflow = static_cast<Dataflow>(trial % 3);
      c.saturate = false;
      c.acc_bits = trial % 17 == 0 ? 32 : trial % 5 == 0 ? 16 : bits(rng);
      const bool au = trial & 1, bu = (trial >> 1) & 1, acc = (trial >> 2) & 1;
      const bool full = (trial >> 3) & 1, strided = (trial >> 4) & 1;
      const int64_t m = dims[pick_dim(rng)], n = dims[pick_dim(rng)], k = depths[pick_depth(rng)];
      const Problem p = make_problem(rng, m, n, k, au, bu, acc, full, strided, c.acc_bits);
      std::vector<int32_t> out = p.c0;
      MacArrayCore core(c);
      core.run(p.op(out));
      INFO(gemm_kernel_name(kernel) << " trial " << trial << " m" << m << " n" << n << " k" << k << " a_unsigned " << au
                                    << " b_unsigned " << bu << " accumulate " << acc << " full_range " << full
                                    << " strided " << strided << " wrap at " << c.acc_bits);
      REQUIRE(core.fast_tiles() == 1);
      const auto ref = reference(p, c);
      REQUIRE(out == ref);
      if (c.acc_bits < 32 && k >= 300 && full) ++wrapped;
    }
    REQUIRE(wrapped > 10);  // wide reductions of full-range codes did wrap narrow accumulators
  }
}

TEST_CASE("saturating accumulators: every kernel takes the fast path only when nothing can saturate, and equals the golden order") {
  KernelGuard guard;
  for (GemmKernel kernel : available_kernels()) {
    set_gemm_kernel(kernel);
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int64_t> dim(1, 60), depth(1, 1200);
    uint64_t fast = 0, exact = 0;
    for (int trial = 0; trial < 240; ++trial) {
      ArrayConfig c;
      c.rows = 1 + trial % 33;
      c.dataflow = static_cast<Dataflow>(trial % 3);
      c.saturate = true;
      c.acc_bits = 16 + trial % 17;
      const bool au = trial & 1, bu = (trial >> 1) & 1, acc = (trial >> 2) & 1;
      const bool full = (trial >> 3) & 1, strided = (trial >> 4) & 1;
      const int64_t m = dim(rng), n = dim(rng), k = depth(rng);
      Problem p = make_problem(rng, m, n, k, au, bu, acc, full, strided, c.acc_bits);
      // Previous accumulators: sometimes near the range's ends, sometimes small.
      if (trial % 3 != 0)
        for (auto& x : p.c0) x /= 1 << (trial % 12);
      std::vector<int32_t> out = p.c0;
      MacArrayCore core(c);
      core.run(p.op(out));
      INFO(gemm_kernel_name(kernel) << " trial " << trial << " " << dataflow_name(c.dataflow) << " rows " << c.rows << " m" << m
                                    << " n" << n << " k" << k << " a_unsigned " << au << " b_unsigned " << bu
                                    << " accumulate " << acc << " full_range " << full << " acc " << c.acc_bits);
      REQUIRE(out == reference(p, c));
      fast += core.fast_tiles();
      exact += core.exact_tiles();
    }
    REQUIRE(fast > 20);   // both paths exercised
    REQUIRE(exact > 20);
  }
}

TEST_CASE("kernels agree with each other on tiles the size the array sees") {
  KernelGuard guard;
  std::mt19937_64 rng(3);
  struct Shape {
    int64_t m, n, k;
  };
  const Shape shapes[] = {{256, 64, 576}, {128, 128, 2048}, {147, 64, 1024}, {128, 128, 64}, {97, 131, 515}};
  for (const Shape& s : shapes)
    for (int kind = 0; kind < 8; ++kind) {
      const bool au = kind & 1, bu = kind & 2, acc = kind & 4;
      const Problem p = make_problem(rng, s.m, s.n, s.k, au, bu, acc, kind % 3 == 0, kind % 2 == 0, 32);
      ArrayConfig c;
      c.saturate = false;
      std::vector<int32_t> expect;
      for (GemmKernel kernel : available_kernels()) {
        set_gemm_kernel(kernel);
        std::vector<int32_t> out = p.c0;
        MacArrayCore core(c);
        core.run(p.op(out));
        INFO(gemm_kernel_name(kernel) << " m" << s.m << " n" << s.n << " k" << s.k << " kind " << kind);
        if (expect.empty()) {
          expect = reference(p, c);
        }
        REQUIRE(out == expect);
      }
    }
}
