#pragma once
// An on-chip SRAM buffer as plain C++: capacity, banks x port width per direction, byte counters
// (docs/timing.md, "Buffers").
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
  // One half of the buffer holds one tile while the other is being filled.
  uint64_t half() const { return cfg_.capacity_bytes / 2; }

  void read(uint64_t bytes) { bytes_read_ += bytes; }
  void write(uint64_t bytes) { bytes_written_ += bytes; }
  // Cycles needed to move `bytes_per_cycle_demand` for `cycles`: the stream slows when the
  // demand exceeds banks x port width (bank conflicts).
  uint64_t throttled(uint64_t cycles, uint64_t demand_per_cycle) const {
    const uint64_t supply = cfg_.bytes_per_cycle();
    return demand_per_cycle <= supply ? cycles : (cycles * demand_per_cycle + supply - 1) / supply;
  }
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_written() const { return bytes_written_; }

 private:
  BufferConfig cfg_;
  uint64_t bytes_read_ = 0, bytes_written_ = 0;
};

}  // namespace int4sim::hw
