#include "isa/lowering.h"

#include <map>

#include "base/error.h"

namespace int4sim::compiler {
namespace {

using ir::Op;
using ir::OpKind;

isa::Buffer to_isa(ir::Buffer b) { return static_cast<isa::Buffer>(static_cast<int>(b)); }

}  // namespace

std::vector<uint64_t> tensor_addresses(const ir::Program& prog) {
  std::vector<uint64_t> addr(prog.tensors.size());
  uint64_t next = 4096;
  for (size_t t = 0; t < prog.tensors.size(); ++t) {
    addr[t] = next;
    next += (prog.tensors[t].bytes() + 63) / 64 * 64;
  }
  return addr;
}

namespace {

// Emits a program's instructions, writing the controller's configuration registers only when the
// next operation needs another value.
class Lowerer {
 public:
  explicit Lowerer(const ir::Program& prog) : prog_(prog), addr_(tensor_addresses(prog)) {}

  std::vector<isa::Instruction> run() {
    initial_tokens();
    for (const Op& op : prog_.ops) {
      if (op.layer >= 0) {
        cfg(kRegLayer, op.layer);
        cfg(kRegPhase, static_cast<int64_t>(op.phase));
      }
      isa::Instruction in;
      in.wait = op.wait;
      in.signal = op.signal;
      switch (op.kind) {
        case OpKind::load:
        case OpKind::store: transfer(op, in); break;
        case OpKind::gemm: gemm(op, in); break;
        case OpKind::gq_max:
        case OpKind::gq_quant:
        case OpKind::gq_update: gq(op, in); break;
        case OpKind::fq_weights:
        case OpKind::fq_acts:
          cfg(kRegOnChip, op.on_chip);
          in.op = isa::Opcode::fq;
          in.fq_kind = op.kind == OpKind::fq_weights ? isa::FqKind::weight : isa::FqKind::activation;
          in.src0 = loc(op.src);
          in.dst = loc(op.dst);
          in.numel = op.numel;
          in.layer = static_cast<uint64_t>(op.layer);
          break;
        case OpKind::vec:
          cfg(kRegOnChip, op.on_chip);
          in.op = isa::Opcode::vec;
          in.vec_op = op.vec_op;
          in.src0 = loc(op.src);
          in.src1 = loc(op.src1);
          in.dst = loc(op.dst);
          in.numel = op.numel;
          break;
        case OpKind::barrier: in.op = isa::Opcode::barrier; break;
      }
      code_.push_back(in);
    }
    isa::Instruction halt;
    halt.op = isa::Opcode::halt;
    code_.push_back(halt);
    return std::move(code_);
  }

 private:
  // The program's initial semaphore tokens: leading barriers that only signal, two tokens each.
  void initial_tokens() {
    std::vector<uint8_t> tokens;
    for (int id = 1; id < 32; ++id)
      for (int n = 0; n < prog_.initial_semaphores[id]; ++n) tokens.push_back(static_cast<uint8_t>(id));
    for (size_t i = 0; i < tokens.size(); i += 2) {
      isa::Instruction b;
      b.op = isa::Opcode::barrier;
      b.signal = {tokens[i], i + 1 < tokens.size() ? tokens[i + 1] : uint8_t{0}};
      code_.push_back(b);
    }
  }

  void cfg(uint8_t reg, int64_t value) {
    auto it = regs_.find(reg);
    if (it != regs_.end() && it->second == value) return;
    regs_[reg] = value;
    isa::Instruction c;
    c.op = isa::Opcode::cfg;
    c.reg = reg;
    c.value = static_cast<uint64_t>(value);
    code_.push_back(c);
  }

  isa::Location loc(int tensor) const { return isa::Location{isa::Buffer::dram, tensor >= 0 ? addr_[tensor] : 0}; }

  // load / store: the walk, the tile origin, the row stride and the conv geometry go to registers.
  void transfer(const Op& op, isa::Instruction& in) {
    cfg(kRegWalk, static_cast<int64_t>(op.walk));
    cfg(kRegRow0, op.row0);
    cfg(kRegCol0, op.col0);
    cfg(kRegLd, op.ld);
    if (op.geometry >= 0)
      for (int i = 0; i < kGeometryRegs; ++i) cfg(static_cast<uint8_t>(kRegGeometry + i), geometry_field(prog_.geometries[op.geometry], i));
    in.op = op.kind == OpKind::load ? isa::Opcode::load : isa::Opcode::store;
    in.sram = {to_isa(op.buffer), op.sram_addr};
    in.dram_addr = addr_[op.tensor];
    in.rows = static_cast<uint64_t>(op.rows);
    in.cols = static_cast<uint64_t>(op.cols);
    in.stride = static_cast<uint64_t>(op.cols);  // the walk register describes DRAM
    in.type = op.kind == OpKind::load ? prog_.tensors[op.tensor].type : ir::ElemType::i32;
  }

  static isa::OperandKind operand_kind(bool is_unsigned, ir::Buffer b) {
    return is_unsigned ? isa::OperandKind::A : (b == ir::Buffer::grad ? isa::OperandKind::G : isa::OperandKind::W);
  }

  void gemm(const Op& op, isa::Instruction& in) const {
    in.op = isa::Opcode::gemm;
    in.a = {to_isa(op.a_buf), op.a_addr};
    in.b = {to_isa(op.b_buf), op.b_addr};
    in.a_kind = operand_kind(op.a_unsigned, op.a_buf);
    in.b_kind = operand_kind(op.b_unsigned, op.b_buf);
    in.c_addr = op.c_addr;
    in.m = static_cast<uint64_t>(op.m);
    in.n = static_cast<uint64_t>(op.n);
    in.k = static_cast<uint64_t>(op.k);
    in.accumulate = op.accumulate;
    in.int8 = op.passes > 1;
  }

  // gq.update names no tensor: the GQU works on the one its gq.max started.
  void gq(const Op& op, isa::Instruction& in) {
    cfg(kRegOnChip, op.on_chip);
    in.op = isa::Opcode::gq;
    in.gq_pass = op.kind == OpKind::gq_max ? isa::GqPass::max : op.kind == OpKind::gq_quant ? isa::GqPass::quant : isa::GqPass::update;
    if (op.kind != OpKind::gq_update) {
      in.src0 = loc(op.src);
      in.numel = op.numel;
    }
    if (op.kind == OpKind::gq_quant) in.dst = loc(op.dst);
    in.layer = static_cast<uint64_t>(op.gq_layer);
  }

  const ir::Program& prog_;
  const std::vector<uint64_t> addr_;
  std::vector<isa::Instruction> code_;
  std::map<uint8_t, int64_t> regs_;  // what the controller's registers hold, to write only changes
};

}  // namespace

std::vector<isa::Instruction> lower(const ir::Program& prog) { return Lowerer(prog).run(); }

std::string program_asm(const ir::Program& compiled, const std::string& header) {
  std::string text;
  size_t start = 0;
  while (start < header.size()) {
    const size_t end = header.find('\n', start);
    text += "# " + header.substr(start, end == std::string::npos ? std::string::npos : end - start) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (const isa::Instruction& in : lower(compiled)) text += isa::to_asm(in) + "\n";
  return text;
}

}  // namespace int4sim::compiler
