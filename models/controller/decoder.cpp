#include "models/controller/decoder.h"

#include <map>

#include "base/error.h"
#include "isa/lowering.h"

namespace int4sim::hw {

using namespace compiler;  // the configuration registers and addresses of the lowering (isa/lowering.h)

namespace {

using ir::Op;
using ir::OpKind;

ir::Buffer from_isa(isa::Buffer b) { return static_cast<ir::Buffer>(static_cast<int>(b)); }

}  // namespace

ir::Program raise(const std::vector<isa::Instruction>& code, const ir::Program& symbols, const std::string& origin) {
  ir::Program prog;
  prog.tensors = symbols.tensors;
  prog.layers = symbols.layers;
  const std::vector<uint64_t> addr = tensor_addresses(symbols);
  std::map<uint64_t, int> tensor_at;
  for (size_t t = 0; t < addr.size(); ++t) tensor_at[addr[t]] = static_cast<int>(t);
  int64_t regs[256] = {};
  std::map<std::vector<int64_t>, int> geometry_index;
  bool leading_barriers = true;
  for (size_t i = 0; i < code.size(); ++i) {
    const isa::Instruction& in = code[i];
    auto tensor = [&](const isa::Location& l) -> int {
      if (l.buffer != isa::Buffer::dram || l.addr == 0) return -1;
      auto it = tensor_at.find(l.addr);
      if (it == tensor_at.end()) fail(origin + ": instruction " + std::to_string(i) + ": no tensor at DRAM address " + std::to_string(l.addr));
      return it->second;
    };
    if (in.op == isa::Opcode::halt) break;
    if (in.op == isa::Opcode::cfg) {
      regs[in.reg] = static_cast<int64_t>(in.value);
      continue;
    }
    if (in.op == isa::Opcode::barrier && leading_barriers && in.wait[0] == 0) {
      for (uint8_t s : in.signal)  // the program's initial semaphore tokens
        if (s) ++prog.initial_semaphores[s];
      continue;
    }
    leading_barriers = false;
    Op op;
    op.wait = in.wait;
    op.signal = in.signal;
    if (regs[kRegLayer] < -1 || regs[kRegLayer] >= static_cast<int64_t>(prog.layers.size()) || regs[kRegPhase] < 0 ||
        regs[kRegPhase] >= static_cast<int64_t>(ir::Phase::count))
      fail(origin + ": instruction " + std::to_string(i) + ": layer " + std::to_string(regs[kRegLayer]) + " or phase " +
           std::to_string(regs[kRegPhase]) + " is not one of the program's");
    op.layer = static_cast<int>(regs[kRegLayer]);
    op.phase = static_cast<ir::Phase>(regs[kRegPhase]);
    switch (in.op) {
      case isa::Opcode::load:
      case isa::Opcode::store: {
        op.kind = in.op == isa::Opcode::load ? OpKind::load : OpKind::store;
        op.unit = ir::Unit::dma;
        op.buffer = from_isa(in.sram.buffer);
        op.sram_addr = in.sram.addr;
        op.tensor = tensor({isa::Buffer::dram, in.dram_addr});
        if (op.tensor < 0) fail(origin + ": instruction " + std::to_string(i) + ": no tensor at DRAM address " + std::to_string(in.dram_addr));
        op.type = prog.tensors[op.tensor].type;
        op.walk = static_cast<ir::Walk>(regs[kRegWalk]);
        op.row0 = regs[kRegRow0];
        op.col0 = regs[kRegCol0];
        op.ld = regs[kRegLd];
        op.rows = static_cast<int64_t>(in.rows);
        op.cols = static_cast<int64_t>(in.cols);
        if (op.walk != ir::Walk::matrix && op.walk != ir::Walk::matrix_t) {
          std::vector<int64_t> g(regs + kRegGeometry, regs + kRegGeometry + kGeometryRegs);
          auto it = geometry_index.find(g);
          if (it == geometry_index.end()) {
            prog.geometries.push_back({g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10]});
            it = geometry_index.emplace(g, static_cast<int>(prog.geometries.size()) - 1).first;
          }
          op.geometry = it->second;
        }
        break;
      }
      case isa::Opcode::gemm:
        op.kind = OpKind::gemm;
        op.unit = ir::Unit::array;
        op.a_buf = from_isa(in.a.buffer);
        op.b_buf = from_isa(in.b.buffer);
        op.a_addr = in.a.addr;
        op.b_addr = in.b.addr;
        op.a_unsigned = in.a_kind == isa::OperandKind::A;
        op.b_unsigned = in.b_kind == isa::OperandKind::A;
        op.c_addr = in.c_addr;
        op.m = static_cast<int64_t>(in.m);
        op.n = static_cast<int64_t>(in.n);
        op.k = static_cast<int64_t>(in.k);
        op.accumulate = in.accumulate;
        op.passes = in.int8 ? 4 : 1;
        break;
      case isa::Opcode::gq:
        op.kind = in.gq_pass == isa::GqPass::max ? OpKind::gq_max : in.gq_pass == isa::GqPass::quant ? OpKind::gq_quant : OpKind::gq_update;
        op.unit = ir::Unit::gqu;
        op.src = tensor(in.src0);
        op.dst = tensor(in.dst);
        op.numel = in.numel;
        op.gq_layer = static_cast<int>(in.layer);
        break;
      case isa::Opcode::fq:
        op.kind = in.fq_kind == isa::FqKind::weight ? OpKind::fq_weights : OpKind::fq_acts;
        op.unit = ir::Unit::fq;
        op.src = tensor(in.src0);
        op.dst = tensor(in.dst);
        op.numel = in.numel;
        break;
      case isa::Opcode::vec:
        op.kind = OpKind::vec;
        op.unit = ir::Unit::vec;
        op.vec_op = in.vec_op;
        op.src = tensor(in.src0);
        op.dst = tensor(in.dst);
        op.numel = in.numel;
        break;
      case isa::Opcode::barrier:
        op.kind = OpKind::barrier;
        op.unit = ir::Unit::ctrl;
        break;
      default: break;
    }
    prog.ops.push_back(op);
  }
  // gq ops of the compiler carry numel on update too (the tensor size for its search passes).
  return prog;
}

ir::Program through_isa(const ir::Program& compiled, std::vector<uint8_t>* binary) {
  const std::vector<uint8_t> bin = isa::encode_program(compiler::lower(compiled));
  ir::Program executed = raise(isa::decode_program(bin.data(), bin.size(), "program"), compiled, "program");
  if (binary) *binary = bin;
  return executed;
}

}  // namespace int4sim::hw
