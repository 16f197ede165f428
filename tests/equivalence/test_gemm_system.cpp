// A compiled GEMM program on the SystemC model: hand-derived cycle counts. Each TEST_CASE
// elaborates one design (ctest runs each in its own process).
#include <catch2/catch.hpp>

#include <cstring>

#include "golden/gemm.h"
#include "compiler/compiler.h"
#include "ir/codec.h"
#include "sim/config/config.h"
#include "models/controller/executor.h"

using namespace int4sim;

namespace {

std::vector<int> a_codes() {
  std::vector<int> a;
  for (int i = 0; i < 16; ++i) a.push_back(i);  // u4 0..15
  return a;
}
std::vector<int> b_codes() {
  std::vector<int> b;
  for (int i = 0; i < 16; ++i) b.push_back(i % 15 - 7);  // s4 -7..7
  return b;
}

Config array4x4() {
  Config c;
  c.array_rows = c.array_cols = 4;
  c.array_dataflow = "ws";
  return c;
}

hw::ExecutionResult run4x4(const Config& cfg) {
  const ir::Program prog = compiler::compile_gemm(4, 4, 4, false, false, compile_target(cfg));
  hw::ExecutionOptions eo;
  eo.dram.resize(prog.tensors.size());
  eo.dram[0] = ir::pack_codes(ir::ElemType::u4, a_codes());
  eo.dram[1] = ir::pack_codes(ir::ElemType::s4, b_codes());
  return hw::execute(cfg, prog, std::move(eo));
}

uint64_t stall(const hw::UnitStats& u, hw::Stall s) { return u.stalls[static_cast<int>(s)]; }

}  // namespace

TEST_CASE("4x4 weight-stationary array on a 4x4x4 GEMM with the default DRAM takes 217 cycles") {
  // Loads: A (8 B) and B (8 B) each occupy the 64 B/cycle channel for one 64 B burst: A leaves at 1,
  // B at 2; both arrive 100 cycles later (101, 102). The tile takes 14 cycles (102..116). The
  // store of C (64 B) occupies the channel 1 cycle and is delivered 100 cycles later: 217.
  const auto res = run4x4(array4x4());
  REQUIRE(res.cycles == 217);
  REQUIRE(res.layers[0][0].macs() == 64);
  const auto& array = res.units[static_cast<int>(ir::Unit::array)];
  REQUIRE(array.busy == 4);
  REQUIRE(stall(array, hw::Stall::fill_drain) == 10);
  REQUIRE(stall(array, hw::Stall::operand_not_ready) == 102);
  REQUIRE(stall(array, hw::Stall::idle) == 101);
  REQUIRE(array.busy + [&] { uint64_t s = 0; for (auto x : array.stalls) s += x; return s; }() == res.cycles);
  REQUIRE(res.units[static_cast<int>(ir::Unit::dma)].busy == 3);
  REQUIRE(res.dram_read == 16);
  REQUIRE(res.dram_write == 64);
  std::vector<int16_t> a16, b16;
  for (int v : a_codes()) a16.push_back(static_cast<int16_t>(v));
  for (int v : b_codes()) b16.push_back(static_cast<int16_t>(v));
  const auto ref = golden::gemm(a16, b16, 4, 4, 4, golden::AccSpec{});
  std::vector<int32_t> c(16);
  std::memcpy(c.data(), res.dram[2].data(), 64);
  REQUIRE(c == ref);
}

TEST_CASE("4x4 weight-stationary array on a 4x4x4 GEMM with DRAM limited to 1 B per cycle takes 294 cycles") {
  // Bursts of 1 B: A occupies 8 cycles (arrives 108), B the next 8 (arrives 116), the tile runs
  // 116..130, C's 64 B occupy 64 cycles (194) and are delivered at 294.
  auto cfg = array4x4();
  cfg.dram_bytes_per_cycle = 1;
  cfg.dram_burst_bytes = 1;
  const auto res = run4x4(cfg);
  REQUIRE(res.cycles == 294);
  const auto& array = res.units[static_cast<int>(ir::Unit::array)];
  REQUIRE(stall(array, hw::Stall::operand_not_ready) == 116);
  REQUIRE(res.units[static_cast<int>(ir::Unit::dma)].busy == 8 + 8 + 64);
}

TEST_CASE("tiles pipeline on the array: a tile whose operands are ready skips its preload, drains overlap") {
  // Two 4x4x4 tiles on a 4x4 weight-stationary array, operands already in the buffers. The first
  // preloads (4) and streams (4); the second's stationary fold went to the shadow registers
  // meanwhile, so it streams right away (4); then the last drain (R + C - 2 = 6): 18 cycles, where
  // two tiles on an idle array would take 2 x 14.
  ir::Program prog;
  prog.layers.push_back({"gemm", "gemm", true});
  for (int i = 0; i < 2; ++i) {
    ir::Op g;
    g.kind = ir::OpKind::gemm;
    g.unit = ir::Unit::array;
    g.layer = 0;
    g.a_buf = ir::Buffer::act;
    g.b_buf = ir::Buffer::wgt;
    g.m = g.n = g.k = 4;
    g.accumulate = i > 0;
    prog.ops.push_back(g);
  }
  hw::ExecutionOptions eo;
  eo.values = false;
  const auto res = hw::execute(array4x4(), prog, std::move(eo));
  REQUIRE(res.cycles == 18);
  const auto& array = res.units[static_cast<int>(ir::Unit::array)];
  REQUIRE(array.busy == 8);
  REQUIRE(stall(array, hw::Stall::fill_drain) == 4 + 6);
  REQUIRE(stall(array, hw::Stall::operand_not_ready) == 0);
}

TEST_CASE("a gemm frees its operand slot when its stream has read the operands, before its drain") {
  // One 4x4x4 tile (preload 4, stream 4, drain 6) gives semaphore 3 from its first signal slot;
  // a 64-byte load waiting for it starts at cycle 8, not 14: it leaves the channel at 9 and its
  // data arrive 100 cycles later, at 109.
  ir::Program prog;
  prog.layers.push_back({"gemm", "gemm", true});
  const int t = prog.add_tensor("A", ir::ElemType::u4, {8, 16});
  ir::Op g;
  g.kind = ir::OpKind::gemm;
  g.unit = ir::Unit::array;
  g.layer = 0;
  g.m = g.n = g.k = 4;
  g.signal = {3, 0};
  ir::Op l;
  l.kind = ir::OpKind::load;
  l.unit = ir::Unit::dma;
  l.layer = 0;
  l.tensor = t;
  l.type = ir::ElemType::u4;
  l.rows = 8;
  l.cols = 16;
  l.ld = 16;
  l.wait = {3, 0};
  prog.ops = {g, l};
  hw::ExecutionOptions eo;
  eo.values = false;
  const auto res = hw::execute(array4x4(), prog, std::move(eo));
  REQUIRE(res.cycles == 109);
}
