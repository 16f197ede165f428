#include "models/accelerator/memory.h"

namespace int4sim::hw {

Memory::Memory(const BufParams& p, const Program& prog, ExecutionResult& res, bool values, std::vector<std::vector<uint8_t>> dram,
               bool overflow_flags)
    : prog_(prog), res_(res) {
  const uint64_t banks = static_cast<uint64_t>(p.buf_banks), port = static_cast<uint64_t>(p.buf_port_bytes);
  buffers_.push_back(BufferCore({"act", static_cast<uint64_t>(p.buf_act_kib) * 1024, banks, port}));
  buffers_.push_back(BufferCore({"wgt", static_cast<uint64_t>(p.buf_wgt_kib) * 1024, banks, port}));
  buffers_.push_back(BufferCore({"grad", static_cast<uint64_t>(p.buf_grad_kib) * 1024, banks, port}));
  buffers_.push_back(BufferCore({"acc", static_cast<uint64_t>(p.buf_acc_kib) * 1024, banks, static_cast<uint64_t>(p.buf_acc_port_bytes)}));
  if (values) {
    for (int b = 0; b < 3; ++b) operand_image_[b].assign(buffers_[b].config().capacity_bytes * 2, 0);
    acc_image_.assign(buffers_[3].config().capacity_bytes / 4, 0);
    if (overflow_flags) {
      acc_flags_.assign(acc_image_.size(), 0);
      res_.overflow.resize(prog.tensors.size());
    }
    res_.dram = std::move(dram);
    res_.dram.resize(prog.tensors.size());
  }
}

std::vector<uint8_t>& Memory::dram(int tensor) {
  std::vector<uint8_t>& img = res_.dram[tensor];
  if (img.size() != prog_.tensors[tensor].bytes()) img.assign(prog_.tensors[tensor].bytes(), 0);
  return img;
}

std::vector<uint8_t>& Memory::stored_flags(int tensor) {
  std::vector<uint8_t>& f = res_.overflow[static_cast<size_t>(tensor)];
  if (f.size() != prog_.tensors[tensor].numel()) f.assign(prog_.tensors[tensor].numel(), 0);
  return f;
}

}  // namespace int4sim::hw
