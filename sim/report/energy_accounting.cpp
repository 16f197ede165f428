#include "sim/report/energy_accounting.h"

namespace int4sim::report {

hw::ActionCounts action_counts(const hw::PhaseAccount& a, const hw::AcceleratorParams& cfg, double seconds) {
  hw::ActionCounts c = hw::configured_units(cfg);
  c.mac_int8 = a.macs_int8;
  c.mac_int4 = a.macs - a.macs_int8 - a.macs_fp32;
  hw::BufferTraffic* bufs[] = {&c.act, &c.wgt, &c.grad, &c.acc};
  for (size_t b = 0; b < a.buf_read.size(); ++b) {
    bufs[b]->bytes_read = a.buf_read[b];
    bufs[b]->bytes_written = a.buf_write[b];
  }
  c.dram_bytes = a.dram_read + a.dram_write;
  c.fq_fp32_elements = a.fq_elements;
  c.gq_elements = a.gq_elements;
  c.gq_stochastic_elements = a.gq_stochastic;
  c.gq_absmax_elements = a.gq_absmax;
  c.vec_adds = a.vec_adds;
  c.vec_muls = a.vec_muls;
  c.run_seconds = seconds;
  return c;
}

std::map<std::string, double> energy_components(const hw::EnergyBreakdown& e) {
  return {{"mac", e.mac},   {"sram.act", e.sram_act}, {"sram.wgt", e.sram_wgt}, {"sram.grad", e.sram_grad},
          {"sram.acc", e.sram_acc}, {"dram", e.dram}, {"gq", e.gq}, {"fq", e.fq},
          {"vector", e.vec}, {"wire", e.wire}, {"static", e.stat}};
}

}  // namespace int4sim::report
