// int4sim gemm as a user runs it: randomized bit-exact sweeps against the golden model (each run is
// its own process, so each elaborates its own design), timing properties, SCALE-Sim figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Result {
  int rc;
  nlohmann::json json;
  std::string err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result gemm(const std::string& args) {
  const std::string dir = "/tmp/int4sim_gemm_" + std::to_string(::getpid());
  std::system(("mkdir -p " + dir + " && rm -f " + dir + "/out.json").c_str());
  const std::string cmd = std::string(INT4SIM_BINARY) + " gemm " + args + " --json " + dir + "/out.json >/dev/null 2>" + dir + "/err";
  const int status = std::system(cmd.c_str());
  Result r{WEXITSTATUS(status), nullptr, slurp(dir + "/err")};
  const std::string text = slurp(dir + "/out.json");
  if (!text.empty()) r.json = nlohmann::json::parse(text);
  return r;
}

void check_accounting(const nlohmann::json& j) {
  const uint64_t cycles = j["cycles"];
  for (const auto& [name, u] : j["units"].items()) {
    uint64_t total = u["busy"];
    for (const auto& [cause, c] : u["stalls"].items()) total += c.get<uint64_t>();
    INFO("unit " << name);
    REQUIRE(total == cycles);
  }
  const uint64_t rows = j["config"]["array.rows"], cols = j["config"]["array.cols"];
  REQUIRE(j["macs"].get<uint64_t>() <= rows * cols * cycles);
  REQUIRE(j["macs"].get<uint64_t>() == j["m"].get<uint64_t>() * j["n"].get<uint64_t>() * j["k"].get<uint64_t>());
}

}  // namespace

TEST_CASE("gemm --verify is bit-exact over random shapes, arrays, dataflows and accumulators") {
  std::mt19937_64 rng(7);
  const char* flows[] = {"ws", "os", "is"};
  for (int trial = 0; trial < 45; ++trial) {
    const int rows = trial % 9 == 0 ? 1 : 1 + static_cast<int>(rng() % 64), cols = trial % 9 == 0 ? 1 : 1 + static_cast<int>(rng() % 64);
    const int m = 1 + static_cast<int>(rng() % 90), n = 1 + static_cast<int>(rng() % 90);
    const int k = trial % 3 == 0 ? 300 + static_cast<int>(rng() % 900) : 1 + static_cast<int>(rng() % 90);
    const int acc = trial % 4 == 0 ? 16 : 16 + static_cast<int>(rng() % 17);
    std::ostringstream args;
    args << "--m " << m << " --n " << n << " --k " << k << " --seed " << trial << " --verify --set array.rows=" << rows
         << " --set array.cols=" << cols << " --set array.dataflow=" << flows[trial % 3] << " --set array.acc_bits=" << acc
         << " --set array.overflow=" << (trial % 2 ? "wrap" : "saturate") << " --set buf.act_kib=" << (trial % 5 == 0 ? 4 : 256)
         << " --set buf.double_buffer=" << (trial % 7 == 3 ? "false" : "true");
    INFO(args.str());
    const auto r = gemm(args.str());
    REQUIRE(r.err.empty());
    REQUIRE(r.rc == 0);
    REQUIRE(r.json["bit_exact"] == true);
    check_accounting(r.json);
  }
}

TEST_CASE("gemm --grad-a --verify: the GQU's codes, gamma update and the GEMM are bit-exact for every policy and mode") {
  std::mt19937_64 rng(11);
  const char* policies[] = {"lbt", "fixed", "minmax", "dsgc", "pwf"};
  for (int trial = 0; trial < 20; ++trial) {
    std::ostringstream args;
    args << "--grad-a --m " << 1 + rng() % 150 << " --n " << 1 + rng() % 80 << " --k " << 1 + rng() % 150 << " --seed " << trial
         << " --verify --set gq.policy=" << policies[trial % 5] << " --set gq.mode=" << (trial % 2 ? "predicted" : "exact")
         << " --set gq.rand_bits=" << std::vector<int>{4, 8, 16}[trial % 3] << " --set gq.bits=" << 3 + trial % 6
         << " --set gq.pwf_shift=" << (trial % 6 >= 4 ? 1 : 3)
         << " --set gq.rounding=" << (trial % 7 == 0 ? "nearest" : "stochastic") << " --set gq.lanes=" << 1 + rng() % 64
         << " --set array.rows=" << 1 + rng() % 32 << " --set array.dataflow=" << (trial % 3 == 0 ? "os" : "ws")
         << " --set buf.grad_kib=" << (trial % 4 == 0 ? 16 : 256) << " --set buf.double_buffer=" << (trial % 5 == 2 ? "false" : "true");
    INFO(args.str());
    const auto r = gemm(args.str());
    REQUIRE(r.err.empty());
    REQUIRE(r.rc == 0);
    REQUIRE(r.json["gq_bit_exact"] == true);
    REQUIRE(r.json["bit_exact"] == true);
    check_accounting(r.json);
  }
}

TEST_CASE("DSGC's grid search is charged once: each grid point costs the GQU one pass") {
  // 64 x 64 gradient = 4096 elements: a pass streams them over gq.lanes = 32 lanes plus the
  // gq.pipeline = 8 cycles of latency, 136 cycles. Ten more grid points: ten more passes.
  const std::string args = "--grad-a --m 64 --n 32 --k 64 --set gq.policy=dsgc --set gq.lanes=32 --set gq.pipeline=8";
  const auto coarse = gemm(args + " --set gq.dsgc_grid=10");
  const auto fine = gemm(args + " --set gq.dsgc_grid=20");
  REQUIRE(coarse.rc == 0);
  REQUIRE(fine.rc == 0);
  CHECK(coarse.json["gq"]["search_passes"] == 10);
  CHECK(fine.json["gq"]["search_passes"] == 20);
  const uint64_t pass = 4096 / 32 + 8;
  CHECK(fine.json["units"]["gqu"]["busy"].get<uint64_t>() - coarse.json["units"]["gqu"]["busy"].get<uint64_t>() == 10 * pass);
  // With no search at all (minmax): the max pass and the quantization pass only.
  const auto minmax = gemm("--grad-a --m 64 --n 32 --k 64 --set gq.policy=minmax --set gq.lanes=32 --set gq.pipeline=8");
  REQUIRE(minmax.rc == 0);
  CHECK(coarse.json["units"]["gqu"]["busy"].get<uint64_t>() - minmax.json["units"]["gqu"]["busy"].get<uint64_t>() == 10 * pass);
}

TEST_CASE("more DRAM bandwidth never slows a GEMM") {
  for (const char* flow : {"ws", "os", "is"}) {
    uint64_t previous = UINT64_MAX;
    for (double bw : {0.5, 1.0, 4.0, 16.0, 64.0, 256.0}) {
      const auto r = gemm(std::string("--m 200 --n 150 --k 300 --timing-only --set array.dataflow=") + flow +
                          " --set dram.bytes_per_cycle=" + std::to_string(bw) + " --set buf.act_kib=16 --set buf.wgt_kib=16");
      REQUIRE(r.rc == 0);
      const uint64_t cycles = r.json["cycles"];
      INFO(flow << " bandwidth " << bw);
      REQUIRE(cycles <= previous);
      previous = cycles;
      check_accounting(r.json);
    }
  }
}

// The lower bounds of a GEMM at the defaults (32 x 32 array, 64 B per cycle): the channel moves
// A and B as 4-bit codes and C as 4-byte results once; the array does M*N*K / (R*C) cycles of MACs.
double gemm_bound(int64_t m, int64_t n, int64_t k) {
  const double channel = static_cast<double>((m * k + 1) / 2 + (k * n + 1) / 2 + m * n * 4) / 64.0;
  const double array = static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k) / 1024.0;
  return std::max(channel, array);
}

TEST_CASE("gemm is within 10 % of its bound on DRAM-bound shapes and 5 % on compute-bound ones, never below it") {
  struct Case {
    int64_t m, n, k;
    double slack;
  };
  for (const Case c : {Case{4096, 32, 32, 1.10}, Case{1024, 1024, 32, 1.10}, Case{2048, 128, 1, 1.10},
                       Case{512, 512, 512, 1.05}, Case{1024, 1024, 1024, 1.05}}) {
    const auto r = gemm("--m " + std::to_string(c.m) + " --n " + std::to_string(c.n) + " --k " + std::to_string(c.k) + " --timing-only");
    REQUIRE(r.rc == 0);
    const double cycles = r.json["cycles"].get<double>(), bound = gemm_bound(c.m, c.n, c.k);
    INFO(c.m << "x" << c.n << "x" << c.k << ": " << cycles << " cycles, bound " << bound);
    CHECK(cycles >= bound);
    CHECK(cycles <= c.slack * bound);
  }
}

TEST_CASE("turning double buffering off never makes a GEMM faster (random shapes and dataflows)") {
  std::mt19937_64 rng(15);
  const char* flows[] = {"ws", "os", "is"};
  for (int trial = 0; trial < 30; ++trial) {
    const int64_t m = 1 + static_cast<int64_t>(rng() % 2000), n = 1 + static_cast<int64_t>(rng() % 600),
                  k = 1 + static_cast<int64_t>(rng() % 1500);
    const std::string args = "--m " + std::to_string(m) + " --n " + std::to_string(n) + " --k " + std::to_string(k) +
                             " --timing-only --set array.dataflow=" + flows[trial % 3] +
                             (trial % 2 ? " --set buf.act_kib=16 --set buf.wgt_kib=16 --set buf.acc_kib=16" : "");
    const auto on = gemm(args), off = gemm(args + " --set buf.double_buffer=false");
    REQUIRE(on.rc == 0);
    REQUIRE(off.rc == 0);
    INFO(args);
    CHECK(on.json["cycles"].get<uint64_t>() <= off.json["cycles"].get<uint64_t>());
    CHECK(on.json["cycles"].get<double>() >= gemm_bound(m, n, k));
  }
}

TEST_CASE("gemm --compat scalesim reproduces SCALE-Sim's GEMM reference figures beside the native cycles") {
  const std::pair<const char*, std::pair<int, double>> expected[] = {
      {"os", {10175, 80.503}}, {"ws", {11199, 67.192}}, {"is", {14207, 50.593}}};
  for (const auto& [flow, want] : expected) {
    const auto r = gemm(std::string("--m 256 --n 128 --k 256 --timing-only --compat scalesim --set array.dataflow=") + flow);
    REQUIRE(r.rc == 0);
    REQUIRE(r.json["scalesim_cycles"] == want.first);
    REQUIRE(r.json["scalesim_compute_util"].get<double>() == Approx(want.second).margin(5e-4));
    REQUIRE(r.json["cycles"].get<uint64_t>() > 0);
  }
}

TEST_CASE("gemm refuses bad input with one line and exit code 2") {
  REQUIRE(gemm("--m 0 --n 4 --k 4").err == "int4sim: error: --m 0: expected 1..1048576\n");
  REQUIRE(gemm("--n 4 --k 4").err == "int4sim: error: --m is required (or give --a and --b)\n");
  REQUIRE(gemm("--m 4 --n 4 --k 4 --compat timeloop").err == "int4sim: error: --compat 'timeloop': expected scalesim\n");
  REQUIRE(gemm("--m 4 --n 4 --k 4 --timing-only --verify").err == "int4sim: error: --verify needs values: drop --timing-only\n");
  REQUIRE(gemm("--m 4 --n 4 --k 4 --set array.rows=0").rc == 2);
  REQUIRE(gemm("--m 4 --n 4 --k 4 --a /nonexistent.npy --b /nonexistent.npy").err == "int4sim: error: /nonexistent.npy: cannot open file\n");
}

#ifdef INT4SIM_HAVE_RTL  // the build has the Verilated RTL (docs/rtl.md)
TEST_CASE("gemm --rtl runs every tile of a GEMM on the RTL array: bit-exact, equal array cycles") {
  const char* cases[] = {
      "--m 300 --n 70 --k 100",  // default 32 x 32 ws, several tiles
      "--m 45 --n 37 --k 90 --set array.rows=8 --set array.cols=8 --set array.dataflow=os --set array.acc_bits=16 --set array.overflow=wrap",
      "--m 61 --n 19 --k 75 --set array.rows=16 --set array.cols=16 --set array.dataflow=is --set array.acc_bits=17",
      "--m 33 --n 65 --k 129 --set array.rows=4 --set array.cols=4 --set buf.acc_kib=1 --set buf.act_kib=1"};
  for (const char* args : cases) {
    INFO(args);
    const Result r = gemm(std::string(args) + " --rtl");
    REQUIRE(r.rc == 0);
    REQUIRE(r.json["rtl_bit_exact"] == true);
    REQUIRE(r.json["rtl_tiles"] == r.json["tiling"]["tiles"]);
    REQUIRE(r.json["array_cycles"].get<uint64_t>() > 0);
    REQUIRE(r.json["array_cycles"] == r.json["rtl_array_cycles"]);
    REQUIRE_FALSE(r.json.contains("rtl_first_mismatch"));
  }
}

TEST_CASE("gemm --rtl refuses what it cannot run, before simulating") {
  Result r = gemm("--m 8 --n 8 --k 8 --rtl --set array.rows=7");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("no Verilated 7x32 array") != std::string::npos);
  r = gemm("--m 8 --n 8 --k 8 --rtl --timing-only");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("--rtl needs values") != std::string::npos);
  r = gemm("--m 8 --n 8 --k 8 --rtl --rtl-vcd /tmp/x.vcd");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("4x4 array only") != std::string::npos);
}
#endif
