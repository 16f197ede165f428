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

// The decoder's state while it walks a program: the configuration registers, the tensors by DRAM
// address, the conv geometries seen so far, and the program it builds.
class Decoder {
 public:
  Decoder(const ir::Program& symbols, const std::string& origin) : origin_(origin) {
    prog_.tensors = symbols.tensors;
    prog_.layers = symbols.layers;
    const std::vector<uint64_t> addr = tensor_addresses(symbols);
    for (size_t t = 0; t < addr.size(); ++t) tensor_at_[addr[t]] = static_cast<int>(t);
  }

  // Applies instruction i: a register write, the leading barriers' initial tokens, or an operation.
  // Returns false at halt.
  bool step(const isa::Instruction& in, size_t i) {
    index_ = i;
    if (in.op == isa::Opcode::halt) return false;
    if (in.op == isa::Opcode::cfg) {
      regs_[in.reg] = static_cast<int64_t>(in.value);
      return true;
    }
    if (in.op == isa::Opcode::barrier && leading_barriers_ && in.wait[0] == 0) {
      for (uint8_t s : in.signal)  // the program's initial semaphore tokens
        if (s) ++prog_.initial_semaphores[s];
      return true;
    }
    leading_barriers_ = false;
    prog_.ops.push_back(operation(in));
    return true;
  }

  ir::Program take() { return std::move(prog_); }

 private:
  [[noreturn]] void refuse(const std::string& why) const {
    fail(origin_ + ": instruction " + std::to_string(index_) + ": " + why);
  }

  int tensor(const isa::Location& l) const {
    if (l.buffer != isa::Buffer::dram || l.addr == 0) return -1;
    auto it = tensor_at_.find(l.addr);
    if (it == tensor_at_.end()) refuse("no tensor at DRAM address " + std::to_string(l.addr));
    return it->second;
  }

  Op operation(const isa::Instruction& in) {
    Op op;
    op.wait = in.wait;
    op.signal = in.signal;
    if (regs_[kRegLayer] < -1 || regs_[kRegLayer] >= static_cast<int64_t>(prog_.layers.size()) || regs_[kRegPhase] < 0 ||
        regs_[kRegPhase] >= static_cast<int64_t>(ir::Phase::count))
      refuse("layer " + std::to_string(regs_[kRegLayer]) + " or phase " + std::to_string(regs_[kRegPhase]) +
             " is not one of the program's");
    op.layer = static_cast<int>(regs_[kRegLayer]);
    op.phase = static_cast<ir::Phase>(regs_[kRegPhase]);
    switch (in.op) {
      case isa::Opcode::load:
      case isa::Opcode::store: transfer(in, op); break;
      case isa::Opcode::gemm: gemm(in, op); break;
      case isa::Opcode::gq:
        op.kind = in.gq_pass == isa::GqPass::max ? OpKind::gq_max : in.gq_pass == isa::GqPass::quant ? OpKind::gq_quant : OpKind::gq_update;
        op.unit = ir::Unit::gqu;
        op.gq_layer = static_cast<int>(in.layer);
        whole_tensor(in, op);
        break;
      case isa::Opcode::fq:
        op.kind = in.fq_kind == isa::FqKind::weight ? OpKind::fq_weights : OpKind::fq_acts;
        op.unit = ir::Unit::fq;
        whole_tensor(in, op);
        break;
      case isa::Opcode::vec:
        op.kind = OpKind::vec;
        op.unit = ir::Unit::vec;
        op.vec_op = in.vec_op;
        whole_tensor(in, op);
        break;
      case isa::Opcode::barrier:
        op.kind = OpKind::barrier;
        op.unit = ir::Unit::ctrl;
        break;
      default: break;
    }
    return op;
  }

  // load / store: a tile walked as the walk and geometry registers say.
  void transfer(const isa::Instruction& in, Op& op) {
    op.kind = in.op == isa::Opcode::load ? OpKind::load : OpKind::store;
    op.unit = ir::Unit::dma;
    op.buffer = from_isa(in.sram.buffer);
    op.sram_addr = in.sram.addr;
    op.tensor = tensor({isa::Buffer::dram, in.dram_addr});
    if (op.tensor < 0) refuse("no tensor at DRAM address " + std::to_string(in.dram_addr));
    op.type = prog_.tensors[op.tensor].type;
    op.walk = static_cast<ir::Walk>(regs_[kRegWalk]);
    op.row0 = regs_[kRegRow0];
    op.col0 = regs_[kRegCol0];
    op.ld = regs_[kRegLd];
    op.rows = static_cast<int64_t>(in.rows);
    op.cols = static_cast<int64_t>(in.cols);
    if (op.walk != ir::Walk::matrix && op.walk != ir::Walk::matrix_t) {
      std::vector<int64_t> g(regs_ + kRegGeometry, regs_ + kRegGeometry + kGeometryRegs);
      auto it = geometry_index_.find(g);
      if (it == geometry_index_.end()) {
        prog_.geometries.push_back({g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11]});
        it = geometry_index_.emplace(g, static_cast<int>(prog_.geometries.size()) - 1).first;
      }
      op.geometry = it->second;
    }
  }

  void gemm(const isa::Instruction& in, Op& op) const {
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
  }

  // gq / fq / vec stream whole tensors (gq.update names none: the GQU works on the tensor its gq.max
  // started).
  void whole_tensor(const isa::Instruction& in, Op& op) const {
    op.src = tensor(in.src0);
    op.src1 = tensor(in.src1);
    op.dst = tensor(in.dst);
    op.numel = in.numel;
    if (regs_[kRegOnChip] < 0 || regs_[kRegOnChip] > ir::kOnChipAll)
      refuse("on-chip operand mask " + std::to_string(regs_[kRegOnChip]) + " is not 0..7");
    op.on_chip = static_cast<uint8_t>(regs_[kRegOnChip]);
  }

  std::string origin_;
  ir::Program prog_;
  std::map<uint64_t, int> tensor_at_;
  int64_t regs_[256] = {};
  std::map<std::vector<int64_t>, int> geometry_index_;
  bool leading_barriers_ = true;
  size_t index_ = 0;
};

}  // namespace

ir::Program raise(const std::vector<isa::Instruction>& code, const ir::Program& symbols, const std::string& origin) {
  Decoder decoder(symbols, origin);
  for (size_t i = 0; i < code.size(); ++i)
    if (!decoder.step(code[i], i)) break;
  return decoder.take();
}

ir::Program through_isa(const ir::Program& compiled, std::vector<uint8_t>* binary) {
  const std::vector<uint8_t> bin = isa::encode_program(compiler::lower(compiled));
  ir::Program executed = raise(isa::decode_program(bin.data(), bin.size(), "program"), compiled, "program");
  if (binary) *binary = bin;
  return executed;
}

}  // namespace int4sim::hw
