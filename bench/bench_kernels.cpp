// Microbenchmarks of the MAC array's GEMM kernels (docs/performance.md; scripts/bench.sh runs them).
//
// gemm/<layer>/<phase>/<impl>: one whole GEMM of ResNet-18 at batch 32 for every distinct conv
//   shape: fwd (M = N*P*Q, N = K, K = C*R*S), dgrad (M = N*P*Q, N = C*R*S, K = K; none for conv1,
//   which the network input feeds) and wgrad (M = C*R*S, N = K, K = N*P*Q).
//   impl `int4sim`: MacArrayCore::run over the tiles the compiler gives the array (choose_tiling on
//   the default buffers, loop order n, m, k; later K tiles accumulate), default accumulator (32 bits,
//   saturating: the overflow check runs on every tile). impl `onednn`: dnnl_gemm_u8s8s32 (A unsigned:
//   fwd, wgrad) or dnnl_gemm_s8s8s32 (dgrad) on the whole matrices, single call.
// tile/<what>/<m>x<n>x<k>/<kinds>: one tile as the array sees it, per fast-path kernel this CPU has
//   (portable, avx2, avx512_vnni), a 16-bit saturating accumulator (`sat16`: the order-preserving
//   path where the overflow check cannot rule saturation out; counter exact_tiles) and oneDNN.
// Counters: items_per_second = MAC/s; `weight` = occurrences of the shape in ResNet-18; `checksum`
// = a 24-bit hash of C (int4sim and onednn compute the same C when they agree).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/tiling.h"
#include "models/mac_array/mac_array_core.h"

#ifdef INT4SIM_HAVE_DNNL
#include <dnnl.h>
#endif

using namespace int4sim::hw;
using namespace int4sim::host;

namespace {

struct Conv {
  const char* name;
  int64_t c, k, r, p;  // input channels, output channels, kernel size, output height = width
  int weight;          // occurrences in ResNet-18
  bool first;          // fed by the network input: 8-bit codes, no input gradient
};

// ResNet-18's distinct conv shapes (int4sim workload resnet18).
const Conv kResnet18[] = {
    {"conv1", 3, 64, 7, 112, 1, true},
    {"layer1.conv", 64, 64, 3, 56, 4, false},
    {"layer2.0.conv1", 64, 128, 3, 28, 1, false},
    {"layer2.conv", 128, 128, 3, 28, 3, false},
    {"layer2.0.downsample", 64, 128, 1, 28, 1, false},
    {"layer3.0.conv1", 128, 256, 3, 14, 1, false},
    {"layer3.conv", 256, 256, 3, 14, 3, false},
    {"layer3.0.downsample", 128, 256, 1, 14, 1, false},
    {"layer4.0.conv1", 256, 512, 3, 7, 1, false},
    {"layer4.conv", 512, 512, 3, 7, 3, false},
    {"layer4.0.downsample", 256, 512, 1, 7, 1, false},
};
constexpr int64_t kBatch = 32;

struct Gemm {
  int64_t m, n, k;
  bool a_unsigned;
  bool full_range;  // 8-bit codes (conv1) instead of INT4 ones
};

struct Operands {
  std::vector<int8_t> a, b;
  std::vector<int32_t> c;
  Operands(const Gemm& g) : a(static_cast<size_t>(g.m * g.k)), b(static_cast<size_t>(g.k * g.n)), c(static_cast<size_t>(g.m * g.n)) {
    uint64_t s = 0x9E3779B97F4A7C15ull;
    auto next = [&s] {
      s ^= s << 13;
      s ^= s >> 7;
      s ^= s << 17;
      return s;
    };
    // A: activation (u4 / u8) or gradient (s4) codes; B: weight or gradient codes (s4 / s8).
    for (auto& x : a) {
      const uint64_t r = next();
      x = g.a_unsigned ? static_cast<int8_t>(static_cast<uint8_t>(g.full_range ? r & 255 : r & 15))
                       : static_cast<int8_t>(static_cast<int>(r & 15) - 8);
    }
    for (auto& x : b) {
      const uint64_t r = next();
      x = g.full_range ? static_cast<int8_t>(static_cast<uint8_t>(r & 255)) : static_cast<int8_t>(static_cast<int>(r & 15) - 8);
    }
  }
};

double checksum(const std::vector<int32_t>& c) {
  uint64_t h = 1469598103934665603ull;
  for (int32_t x : c) h = (h ^ static_cast<uint32_t>(x)) * 1099511628211ull;
  return static_cast<double>((h ^ (h >> 24) ^ (h >> 48)) & 0xFFFFFF);
}

const int4sim::compiler::BufferSizes kDefaultRooms{128 * 1024, 128 * 1024, 64 * 1024};  // default buffers, double-buffered

// The GEMM as the array computes it: the compiler's tiles, loop order n, m, k.
void run_tiled(MacArrayCore& core, const Gemm& g, Operands& d) {
  const int4sim::compiler::Tiling t = int4sim::compiler::choose_tiling(g.m, g.n, g.k, core.config().rows, core.config().cols, kDefaultRooms);
  for (int64_t n0 = 0; n0 < g.n; n0 += t.nt)
    for (int64_t m0 = 0; m0 < g.m; m0 += t.mt)
      for (int64_t k0 = 0; k0 < g.k; k0 += t.kt) {
        TileOp op;
        op.a = d.a.data() + m0 * g.k + k0;
        op.lda = g.k;
        op.b = d.b.data() + k0 * g.n + n0;
        op.ldb = g.n;
        op.c = d.c.data() + m0 * g.n + n0;
        op.ldc = g.n;
        op.m = std::min(t.mt, g.m - m0);
        op.n = std::min(t.nt, g.n - n0);
        op.k = std::min(t.kt, g.k - k0);
        op.accumulate = k0 > 0;
        op.a_unsigned = g.a_unsigned;
        op.b_unsigned = false;
        core.run(op);
      }
}

#ifdef INT4SIM_HAVE_DNNL
bool run_onednn(const Gemm& g, Operands& d) {
  const int32_t co = 0;
  const dnnl_status_t st =
      g.a_unsigned
          ? dnnl_gemm_u8s8s32('N', 'N', 'F', g.m, g.n, g.k, 1.0f, reinterpret_cast<const uint8_t*>(d.a.data()), g.k, 0,
                              d.b.data(), g.n, 0, 0.0f, d.c.data(), g.n, &co)
          : dnnl_gemm_s8s8s32('N', 'N', 'F', g.m, g.n, g.k, 1.0f, d.a.data(), g.k, 0, d.b.data(), g.n, 0, 0.0f,
                              d.c.data(), g.n, &co);
  return st == dnnl_success;
}
#endif

void set_counters(benchmark::State& state, const Gemm& g, int weight, const Operands& d) {
  const double macs = static_cast<double>(g.m) * g.n * g.k;
  state.SetItemsProcessed(static_cast<int64_t>(macs) * state.iterations());
  state.counters["macs"] = macs;
  state.counters["weight"] = weight;
  state.counters["checksum"] = checksum(d.c);
}

void bench_int4sim(benchmark::State& state, Gemm g, int weight) {
  Operands d(g);
  ArrayConfig cfg;  // 32 x 32 ws, 32-bit saturating accumulator
  MacArrayCore core(cfg);
  for (auto _ : state) {
    run_tiled(core, g, d);
    benchmark::ClobberMemory();
  }
  set_counters(state, g, weight, d);
  state.SetLabel(gemm_kernel_name(gemm_kernel()));
}

#ifdef INT4SIM_HAVE_DNNL
void bench_onednn(benchmark::State& state, Gemm g, int weight) {
  Operands d(g);
  for (auto _ : state) {
    if (!run_onednn(g, d)) {
      state.SkipWithError("oneDNN GEMM failed");
      break;
    }
    benchmark::ClobberMemory();
  }
  set_counters(state, g, weight, d);
}
#endif

// One tile: `kernel` forces a fast-path kernel; acc_bits < 32 with saturation takes the
// order-preserving path.
void bench_tile(benchmark::State& state, Gemm g, bool accumulate, GemmKernel kernel, int acc_bits) {
  Operands d(g);
  ArrayConfig cfg;
  cfg.acc_bits = acc_bits;
  MacArrayCore core(cfg);
  set_gemm_kernel(kernel);
  TileOp op;
  op.a = d.a.data();
  op.lda = g.k;
  op.b = d.b.data();
  op.ldb = g.n;
  op.c = d.c.data();
  op.ldc = g.n;
  op.m = g.m;
  op.n = g.n;
  op.k = g.k;
  op.accumulate = accumulate;
  op.a_unsigned = g.a_unsigned;
  for (auto _ : state) {
    if (accumulate) std::fill(d.c.begin(), d.c.end(), 0);
    core.run(op);
    benchmark::ClobberMemory();
  }
  set_gemm_kernel(GemmKernel::automatic);
  set_counters(state, g, 0, d);
  state.counters["exact_tiles"] = static_cast<double>(core.exact_tiles());
}

void register_all() {
  for (const Conv& cv : kResnet18) {
    const int64_t pixels = kBatch * cv.p * cv.p, crs = cv.c * cv.r * cv.r;
    struct Phase {
      const char* name;
      Gemm g;
    };
    std::vector<Phase> phases = {{"fwd", {pixels, cv.k, crs, true, cv.first}}};
    if (!cv.first) phases.push_back({"dgrad", {pixels, crs, cv.k, false, false}});
    phases.push_back({"wgrad", {crs, cv.k, pixels, true, cv.first}});
    for (const Phase& ph : phases) {
      const std::string base = std::string("gemm/") + cv.name + "/" + ph.name + "/";
      benchmark::RegisterBenchmark((base + "int4sim").c_str(), bench_int4sim, ph.g, cv.weight)->Unit(benchmark::kMillisecond);
#ifdef INT4SIM_HAVE_DNNL
      benchmark::RegisterBenchmark((base + "onednn").c_str(), bench_onednn, ph.g, cv.weight)->Unit(benchmark::kMillisecond);
#endif
    }
  }
  // Tiles the array sees most in a ResNet-18 step (by MACs).
  struct Tile {
    Gemm g;
    bool accumulate;
  };
  const Tile tiles[] = {{{256, 64, 576, true, false}, false},
                        {{128, 128, 2048, true, false}, true},
                        {{128, 128, 256, false, false}, false},
                        {{128, 128, 64, false, false}, false}};
  for (const Tile& t : tiles) {
    const std::string shape = std::to_string(t.g.m) + "x" + std::to_string(t.g.n) + "x" + std::to_string(t.g.k) +
                              (t.g.a_unsigned ? "/u8s8" : "/s8s8") + (t.accumulate ? "/acc" : "");
    for (GemmKernel k : {GemmKernel::portable, GemmKernel::avx2, GemmKernel::avx512_vnni})
      if (gemm_kernel_available(k))
        benchmark::RegisterBenchmark(("tile/" + std::string(gemm_kernel_name(k)) + "/" + shape).c_str(), bench_tile, t.g,
                                     t.accumulate, k, 32)
            ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("tile/sat16/" + shape).c_str(), bench_tile, t.g, t.accumulate,
                                 GemmKernel::automatic, 16)
        ->Unit(benchmark::kMicrosecond);
#ifdef INT4SIM_HAVE_DNNL
    benchmark::RegisterBenchmark(("tile/onednn/" + shape).c_str(), bench_onednn, t.g, 0)->Unit(benchmark::kMicrosecond);
#endif
  }
}

}  // namespace

// libsystemc (linked through int4sim_models) owns main() and calls sc_main.
extern "C" int sc_main(int argc, char* argv[]) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const char* omp = std::getenv("OMP_NUM_THREADS");
  benchmark::AddCustomContext("gemm_kernel", gemm_kernel_name(gemm_kernel()));
  benchmark::AddCustomContext("OMP_NUM_THREADS", omp ? omp : "unset (oneDNN uses every core)");
#ifdef INT4SIM_HAVE_DNNL
  const dnnl_version_t* v = dnnl_version();
  benchmark::AddCustomContext("onednn", std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch));
#endif
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
