#pragma once
// An on-chip SRAM buffer as plain C++: capacity and banks x port width per direction (docs/timing.md,
// "Buffers"). Its traffic is counted by the units that move the bytes (models/accelerator/accounting.h).
#include <algorithm>
#include <cstdint>
#include <string>

namespace int4sim::hw {

struct BufferConfig {
  std::string name;
  uint64_t capacity_bytes = 0;
  uint64_t banks = 8;
  uint64_t port_bytes = 8;
  uint64_t bytes_per_cycle() const { return banks * port_bytes; }
};

class BufferCore {
 public:
  explicit BufferCore(const BufferConfig& cfg) : cfg_(cfg) {}
  const BufferConfig& config() const { return cfg_; }
  // Cycles a stream of `cycles` at `demand_per_cycle` bytes a cycle takes through this buffer's
  // ports: longer when the demand exceeds banks x port width (bank conflicts).
  uint64_t throttled(uint64_t cycles, uint64_t demand_per_cycle) const {
    const uint64_t supply = cfg_.bytes_per_cycle();
    return demand_per_cycle <= supply ? cycles : (cycles * demand_per_cycle + supply - 1) / supply;
  }

 private:
  BufferConfig cfg_;
};

}  // namespace int4sim::hw
