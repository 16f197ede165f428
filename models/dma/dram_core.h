#pragma once
// DRAM channel timing as plain C++ (docs/timing.md, "DMA and DRAM"): one channel of
// `bytes_per_cycle`, transfers rounded up to whole bursts (the DMA serves reads first, writes in
// pieces between them); data arrives `latency` cycles after its transfer leaves the channel, so
// latency overlaps later transfers.
#include <algorithm>
#include <cstdint>

namespace int4sim::hw {

struct DramConfig {
  double bytes_per_cycle = 64;
  uint64_t latency = 100;
  uint64_t burst_bytes = 64;
};

class DramCore {
 public:
  explicit DramCore(const DramConfig& cfg) : cfg_(cfg) {}
  const DramConfig& config() const { return cfg_; }

  // Cycles a transfer of `bytes` occupies the channel.
  uint64_t occupancy(uint64_t bytes) const {
    const uint64_t bursts = (bytes + cfg_.burst_bytes - 1) / cfg_.burst_bytes;
    const double cycles = static_cast<double>(bursts * cfg_.burst_bytes) / cfg_.bytes_per_cycle;
    return std::max<uint64_t>(1, static_cast<uint64_t>(cycles + 0.999999999));
  }
  void count(bool write, uint64_t bytes) { (write ? bytes_written_ : bytes_read_) += bytes; }
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_written() const { return bytes_written_; }

 private:
  DramConfig cfg_;
  uint64_t bytes_read_ = 0, bytes_written_ = 0;
};

}  // namespace int4sim::hw
