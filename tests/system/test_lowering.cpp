// Compiled programs survive the instruction set: lowering to instructions, encoding, decoding and
// raising gives back the same operations, for every built-in network.
#include <catch2/catch.hpp>

#include "compiler/compiler.h"
#include "sim/config/config.h"
#include "isa/lowering.h"
#include "models/controller/decoder.h"

using namespace int4sim;

namespace {

void require_same(const ir::Op& a, const ir::Op& b, const ir::Program& pa, const ir::Program& pb) {
  REQUIRE(a.kind == b.kind);
  REQUIRE(a.unit == b.unit);
  REQUIRE(a.wait == b.wait);
  REQUIRE(a.signal == b.signal);
  if (a.layer >= 0) {
    REQUIRE(a.layer == b.layer);
    REQUIRE(a.phase == b.phase);
  }
  switch (a.kind) {
    case ir::OpKind::load:
    case ir::OpKind::store:
      REQUIRE(a.buffer == b.buffer);
      REQUIRE(a.sram_addr == b.sram_addr);
      REQUIRE(a.tensor == b.tensor);
      REQUIRE(a.walk == b.walk);
      REQUIRE(a.row0 == b.row0);
      REQUIRE(a.col0 == b.col0);
      REQUIRE(a.rows == b.rows);
      REQUIRE(a.cols == b.cols);
      REQUIRE(a.ld == b.ld);
      if (a.geometry >= 0) {
        const auto& ga = pa.geometries[a.geometry];
        const auto& gb = pb.geometries[b.geometry];
        REQUIRE(std::vector<int64_t>{ga.n, ga.c, ga.h, ga.w, ga.k, ga.r, ga.s, ga.stride, ga.pad, ga.groups, ga.group} ==
                std::vector<int64_t>{gb.n, gb.c, gb.h, gb.w, gb.k, gb.r, gb.s, gb.stride, gb.pad, gb.groups, gb.group});
      }
      break;
    case ir::OpKind::gemm:
      REQUIRE(a.a_buf == b.a_buf);
      REQUIRE(a.b_buf == b.b_buf);
      REQUIRE(a.a_addr == b.a_addr);
      REQUIRE(a.b_addr == b.b_addr);
      REQUIRE(a.c_addr == b.c_addr);
      REQUIRE(std::vector<int64_t>{a.m, a.n, a.k} == std::vector<int64_t>{b.m, b.n, b.k});
      REQUIRE(a.accumulate == b.accumulate);
      REQUIRE(a.passes == b.passes);
      REQUIRE(a.a_unsigned == b.a_unsigned);
      REQUIRE(a.b_unsigned == b.b_unsigned);
      break;
    case ir::OpKind::gq_update:
      REQUIRE(a.gq_layer == b.gq_layer);
      break;
    default:
      REQUIRE(a.src == b.src);
      REQUIRE(a.dst == b.dst);
      REQUIRE(a.numel == b.numel);
      REQUIRE(a.vec_op == b.vec_op);
      REQUIRE(a.gq_layer == b.gq_layer);
  }
}

}  // namespace

TEST_CASE("every built-in network's training step survives lower, encode, decode and raise") {
  for (const std::string& name : workloads::builtin_names()) {
    INFO(name);
    Config cfg;
    compiler::StepOptions so;
    so.batch = 2;
    const auto compiled = compiler::compile_training_step(workloads::builtin_network(name), compile_target(cfg), so);
    std::vector<uint8_t> bin;
    const ir::Program back = hw::through_isa(compiled.program, &bin);
    REQUIRE(bin.size() > compiled.program.ops.size() * 32);
    REQUIRE(back.ops.size() == compiled.program.ops.size());
    REQUIRE(back.initial_semaphores == compiled.program.initial_semaphores);
    for (size_t i = 0; i < back.ops.size(); ++i) require_same(compiled.program.ops[i], back.ops[i], compiled.program, back);
  }
}

TEST_CASE("raise refuses an instruction that addresses no tensor") {
  Config cfg;
  const ir::Program p = compiler::compile_gemm(8, 8, 8, false, false, compile_target(cfg));
  auto code = compiler::lower(p);
  for (auto& in : code)
    if (in.op == isa::Opcode::load) {
      in.dram_addr += 8;
      break;
    }
  REQUIRE_THROWS_WITH(hw::raise(code, p, "prog.bin"), Catch::Contains("prog.bin: instruction") && Catch::Contains("no tensor at DRAM address"));
}
