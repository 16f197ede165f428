#include "sim/report/energy_accounting.h"

namespace int4sim::report {

hw::ActionCounts action_counts(const hw::PhaseAccount& a, const hw::AcceleratorParams& cfg, double seconds) {
  hw::ActionCounts c = hw::configured_units(cfg);
  // Each declared counter is charged as the action its declaration names (counters.def).
  for (const hw::CounterInfo& k : hw::counter_table())
    if (k.action) c.*k.action += a.*k.field;
  hw::BufferTraffic* bufs[] = {&c.act, &c.wgt, &c.grad, &c.acc};
  for (size_t b = 0; b < a.buf_read.size(); ++b) {
    bufs[b]->bytes_read = a.buf_read[b];
    bufs[b]->bytes_written = a.buf_write[b];
  }
  c.run_seconds = seconds;
  return c;
}

std::map<std::string, double> energy_components(const hw::EnergyBreakdown& e) {
  std::map<std::string, double> out;
  for (const hw::EnergyComponentInfo& k : hw::energy_components()) out[k.name] = e.*k.field;
  return out;
}

}  // namespace int4sim::report
