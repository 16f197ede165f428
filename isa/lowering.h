#pragma once
// From the compiler's operations to the instruction set: `lower` turns a program into ISA
// instructions (with the controller's configuration registers for the DMA walks, the tile
// origins, the conv geometry and the layer/phase the work belongs to); the controller's decoder
// (models/controller/decoder.h) raises them back. The tensors and layer names are the program's
// symbol table and travel beside the code (isa/README.md, "Compiled programs").
#include <vector>

#include "isa/isa.h"
#include "ir/program.h"

namespace int4sim::compiler {

// Controller configuration registers (cfg reg=...).
enum CfgReg : uint8_t {
  kRegLayer = 1, kRegPhase = 2, kRegWalk = 3, kRegRow0 = 4, kRegCol0 = 5, kRegLd = 6,
  kRegOnChip = 7,  // operands of the following fq / gq / vec ops that stay on chip (ir::kOnChip*)
  kRegGeometry = 8,  // 8..19: n, c, h, w, k, r, s, stride, pad, groups, group, phase
};
constexpr int kGeometryRegs = 12;
// Field i of a conv geometry in register order (n, c, h, w, k, r, s, stride, pad, groups, group, phase).
inline int64_t geometry_field(const ir::ConvGeometry& g, int i) {
  const int64_t f[] = {g.n, g.c, g.h, g.w, g.k, g.r, g.s, g.stride, g.pad, g.groups, g.group, g.phase};
  return f[i];
}

// DRAM byte address of every tensor (64-byte aligned, from 4096: address 0 means "none").
std::vector<uint64_t> tensor_addresses(const ir::Program& prog);

std::vector<isa::Instruction> lower(const ir::Program& prog);

// The program as assembly text (isa/README.md syntax), with `header` as leading comment lines.
std::string program_asm(const ir::Program& compiled, const std::string& header);

}  // namespace int4sim::compiler
