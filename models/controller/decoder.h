#pragma once
// The controller's decoder: instructions (isa/) back to the operations the units execute, with the
// controller's configuration registers applied (DMA walks, tile origins, conv geometry, the layer
// and phase of the work). Tensors and layer names come from the program's symbol table.
#include <cstdint>
#include <string>
#include <vector>

#include "ir/program.h"
#include "isa/isa.h"

namespace int4sim::hw {

// Throws InputError naming `origin` and the instruction for an address that is no tensor, or a
// layer or phase that is not the program's.
ir::Program raise(const std::vector<isa::Instruction>& code, const ir::Program& symbols, const std::string& origin);

// What the accelerator executes for a compiled program: its instructions encoded to the binary
// image, decoded and raised again, so a run exercises the real program. `binary` (optional)
// receives the image.
ir::Program through_isa(const ir::Program& compiled, std::vector<uint8_t>* binary = nullptr);

}  // namespace int4sim::hw
