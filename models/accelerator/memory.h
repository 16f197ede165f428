#pragma once
// The accelerator's memories as the units see them: the DRAM image of every tensor (values mode;
// INT4 codes in the one layout of ir/codec.h), and the four on-chip buffers: their sizing and
// ports (BufferCore) and, in values mode, their contents (operand buffers one code per byte,
// addressed by packed byte address x 2; the accumulator buffer as INT32).
#include <cstdint>
#include <vector>

#include "ir/codec.h"
#include "models/buffers/buffer_core.h"
#include "models/buffers/params.h"
#include "models/controller/executor.h"

namespace int4sim::hw {

class Memory {
 public:
  // `dram` holds the initial images (moved into `res.dram`, which keeps the final ones).
  Memory(const BufParams& params, const Program& prog, ExecutionResult& res, bool values,
         std::vector<std::vector<uint8_t>> dram, bool overflow_flags = false);

  // A tensor's DRAM image, allocated (zeroed) when values first touch it.
  std::vector<uint8_t>& dram(int tensor);
  const BufferCore& buffer(Buffer b) const { return buffers_[static_cast<size_t>(b)]; }
  int8_t* operands(Buffer b, uint64_t byte_addr) {
    return reinterpret_cast<int8_t*>(operand_image_[static_cast<size_t>(b)].data()) + byte_addr * 2;
  }
  int32_t* accumulators(uint64_t byte_addr) { return acc_image_.data() + byte_addr / 4; }
  // The sticky overflow flag of each accumulator (ExecutionOptions::overflow_flags; else nullptr).
  uint8_t* overflow_flags(uint64_t byte_addr) { return acc_flags_.empty() ? nullptr : acc_flags_.data() + byte_addr / 4; }
  // A tensor's overflow flags (ExecutionResult::overflow), allocated (cleared) when first stored.
  std::vector<uint8_t>& stored_flags(int tensor);

 private:
  const Program& prog_;
  ExecutionResult& res_;
  std::vector<BufferCore> buffers_;                 // act, wgt, grad, acc
  std::vector<uint8_t> operand_image_[3];           // act, wgt, grad
  std::vector<int32_t> acc_image_;
  std::vector<uint8_t> acc_flags_;  // one per accumulator of acc_image_
};

}  // namespace int4sim::hw
