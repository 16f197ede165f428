#pragma once
// Between the compiler's operations and the instruction set: `lower` turns a compiled program into
// ISA instructions (with the controller's configuration registers for the DMA walks, the tile
// origins, the conv geometry and the layer/phase the work belongs to), `raise` is what the
// controller's decoder does with them. The tensors and layer names are the program's symbol
// table and travel beside the code (isa/README.md, "Compiled programs").
#include <vector>

#include "isa/isa.h"
#include "ir/program.h"

namespace int4sim::compiler {

// Controller configuration registers (cfg reg=...).
enum CfgReg : uint8_t {
  kRegLayer = 1, kRegPhase = 2, kRegWalk = 3, kRegRow0 = 4, kRegCol0 = 5, kRegLd = 6,
  kRegGeometry = 8,  // 8..18: n, c, h, w, k, r, s, stride, pad, groups, group
};
constexpr int kGeometryRegs = 11;

// DRAM byte address of every tensor (64-byte aligned, from 4096: address 0 means "none").
std::vector<uint64_t> tensor_addresses(const ir::Program& prog);

std::vector<isa::Instruction> lower(const ir::Program& prog);

// Operations from instructions; tensors and layers come from `symbols`, geometries from the code.
// Throws InputError naming `origin` and the instruction for an address that is no tensor.
ir::Program raise(const std::vector<isa::Instruction>& code, const ir::Program& symbols, const std::string& origin);

// What the controller executes for a compiled program: its instructions are encoded to the binary
// format, decoded and raised again, so a run exercises the real program image. `binary` (optional)
// receives the encoded program.
ir::Program through_isa(const ir::Program& compiled, std::vector<uint8_t>* binary = nullptr);

// The program as assembly text (isa/README.md syntax), with `header` as leading comment lines.
std::string program_asm(const ir::Program& compiled, const std::string& header);

}  // namespace int4sim::compiler
