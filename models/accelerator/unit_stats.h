#pragma once
// Per-unit cycle accounting: busy cycles plus stall cycles by cause. Every cycle of a run is
// attributed to exactly one of them, so busy + stalls = run cycles for each unit.
#include <array>
#include <cstdint>
#include <string>

namespace int4sim::hw {

enum class Stall { operand_not_ready, dram_bandwidth, bank_conflict, quantizer_pass, fill_drain, dependency, idle, count };

inline const char* stall_name(Stall s) {
  static const char* names[] = {"operand_not_ready", "dram_bandwidth", "bank_conflict", "quantizer_pass",
                                "fill_drain",        "dependency",     "idle"};
  return names[static_cast<int>(s)];
}

struct UnitStats {
  std::string name;
  uint64_t busy = 0;
  std::array<uint64_t, static_cast<size_t>(Stall::count)> stalls{};
  uint64_t ops = 0;  // transactions served (tiles, transfers)

  uint64_t& operator[](Stall s) { return stalls[static_cast<size_t>(s)]; }
  uint64_t total() const {
    uint64_t t = busy;
    for (auto s : stalls) t += s;
    return t;
  }
};

// One slice of a unit's activity for the timeline (Chrome trace events).
struct Slice {
  int unit;
  std::string name;
  uint64_t start, cycles;
};

}  // namespace int4sim::hw
