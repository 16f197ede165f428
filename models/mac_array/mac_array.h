#pragma once
// MAC array: a thin SystemC module around MacArrayCore. Its thread takes one GEMM tile at a time
// from its queue, waits for the tile's operands (semaphores), lets the core compute the values
// (or only the timing) and holds the array busy for the tile's cycles.
#include <systemc>

#include "models/accelerator/fabric.h"
#include "models/mac_array/mac_array_core.h"

namespace int4sim::hw {

class MacArray : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<const Op*> queue;

  SC_HAS_PROCESS(MacArray);
  MacArray(const sc_core::sc_module_name& name, Fabric& fabric);

 private:
  void run();
  uint64_t bank_conflicts(const Op& op, const TileTiming& timing);

  Fabric& f_;
  MacArrayCore core_;
};

ArrayConfig array_config(const ArrayParams& cfg);

}  // namespace int4sim::hw
