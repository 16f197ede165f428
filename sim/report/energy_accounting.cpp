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
  return {{"mac", e.mac},   {"sram.act", e.sram_act}, {"sram.wgt", e.sram_wgt}, {"sram.grad", e.sram_grad},
          {"sram.acc", e.sram_acc}, {"dram", e.dram}, {"gq", e.gq}, {"fq", e.fq},
          {"vector", e.vec}, {"wire", e.wire}, {"static", e.stat}};
}

}  // namespace int4sim::report
