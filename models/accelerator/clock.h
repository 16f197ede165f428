#pragma once
// The accelerator's clock in SystemC time: one cycle is 1 ns, so times stay exact integers.
#include <systemc>

#include <cstdint>

namespace int4sim::hw {

inline const sc_core::sc_time& cycle_period() {
  static const sc_core::sc_time period(1, sc_core::SC_NS);
  return period;
}
inline uint64_t now_cycles() { return static_cast<uint64_t>(sc_core::sc_time_stamp() / cycle_period() + 0.5); }
inline sc_core::sc_time cycles(uint64_t c) { return cycle_period() * static_cast<double>(c); }

}  // namespace int4sim::hw
