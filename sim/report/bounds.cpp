#include "sim/report/bounds.h"

namespace int4sim::report {

std::map<std::string, double> unit_bounds(const hw::PhaseAccount& a, const hw::AcceleratorParams& cfg) {
  std::map<std::string, double> b;
  auto put = [&](ir::Unit u, double cycles) {
    if (cycles > 0) b[ir::unit_name(u)] = cycles;
  };
  const double pes = static_cast<double>(cfg.array_rows * cfg.array_cols);
  // An INT8 MAC is four INT4 passes on the array.
  put(ir::Unit::array, (static_cast<double>(a.macs_int4) + 4.0 * static_cast<double>(a.macs_int8)) / pes);
  put(ir::Unit::dma, static_cast<double>(a.dram_read + a.dram_write) / cfg.dram_bytes_per_cycle);
  // The GQU's max and quantize passes and DSGC's candidate passes (they round every element);
  // LBT's histogram pass is left out: still a lower bound.
  put(ir::Unit::gqu, static_cast<double>(a.gq_absmax + a.gq_elements) / static_cast<double>(cfg.gq_lanes));
  put(ir::Unit::fq, static_cast<double>(a.fq_elements) / static_cast<double>(cfg.fq_lanes));
  put(ir::Unit::vec, static_cast<double>(a.vec_work) / static_cast<double>(cfg.vec_lanes));
  return b;
}

}  // namespace int4sim::report
