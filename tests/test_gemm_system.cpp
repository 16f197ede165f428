// The SystemC model of one GEMM: hand-derived cycle counts. Each TEST_CASE elaborates one design
// (ctest runs each in its own process).
#include <catch2/catch.hpp>

#include "golden/gemm.h"
#include "models/accelerator/gemm_system.h"

using namespace int4sim;

namespace {

hw::GemmRun small_run() {
  hw::GemmRun r;
  r.m = r.n = r.k = 4;
  for (int i = 0; i < 16; ++i) {
    r.a.push_back(static_cast<int8_t>(i));      // u4 0..15
    r.b.push_back(static_cast<int8_t>(i % 15 - 7));  // s4 -7..7
  }
  return r;
}

Config array4x4() {
  Config c;
  c.array_rows = c.array_cols = 4;
  c.array_dataflow = "ws";
  return c;
}

}  // namespace

TEST_CASE("4x4 weight-stationary array on a 4x4x4 GEMM with the default DRAM takes 217 cycles") {
  // Loads: A (8 B) and B (8 B) each occupy the 64 B/cycle channel for one 64 B burst: A leaves at 1,
  // B at 2; both arrive 100 cycles later (101, 102). The tile takes 14 cycles (102..116). The
  // store of C (64 B) occupies the channel 1 cycle and is acknowledged 100 cycles later: 217.
  auto run = small_run();
  const auto rep = hw::simulate_gemm(array4x4(), run);
  REQUIRE(rep.cycles == 217);
  REQUIRE(rep.macs == 64);
  const auto& array = rep.units[1];
  REQUIRE(array.busy == 4);
  REQUIRE(array.stalls[static_cast<int>(hw::Stall::fill_drain)] == 10);
  REQUIRE(array.stalls[static_cast<int>(hw::Stall::operand_not_ready)] == 102);
  REQUIRE(array.stalls[static_cast<int>(hw::Stall::idle)] == 101);
  REQUIRE(array.total() == rep.cycles);
  REQUIRE(rep.units[0].total() == rep.cycles);
  REQUIRE(rep.dram_read == 16);
  REQUIRE(rep.dram_written == 64);
  const auto ref = golden::gemm(std::vector<int16_t>(run.a.begin(), run.a.end()),
                                std::vector<int16_t>(run.b.begin(), run.b.end()), 4, 4, 4, golden::AccSpec{});
  REQUIRE(rep.c == ref);
}

TEST_CASE("4x4 weight-stationary array on a 4x4x4 GEMM with DRAM limited to 1 B per cycle takes 294 cycles") {
  // Bursts of 1 B: A occupies 8 cycles (arrives 108), B the next 8 (arrives 116), the tile runs
  // 116..130, C's 64 B occupy 64 cycles (194) and are acknowledged at 294. Both loads had left
  // the queue when the array began waiting for each, so the whole wait is operand-not-ready.
  auto cfg = array4x4();
  cfg.dram_bytes_per_cycle = 1;
  cfg.dram_burst_bytes = 1;
  const auto rep = hw::simulate_gemm(cfg, small_run());
  REQUIRE(rep.cycles == 294);
  const auto& array = rep.units[1];
  REQUIRE(array.stalls[static_cast<int>(hw::Stall::dram_bandwidth)] == 0);
  REQUIRE(array.stalls[static_cast<int>(hw::Stall::operand_not_ready)] == 116);
  REQUIRE(array.total() == 294);
  REQUIRE(rep.units[0].busy == 8 + 8 + 64);
}
