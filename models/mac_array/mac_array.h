#pragma once
// MAC array: a thin SystemC module around MacArrayCore. It takes one GEMM tile at a time, waits for
// the tile's operands (semaphores), lets the core compute the values (or only the timing) and holds
// the array busy for the tile's cycles.
#include "models/accelerator/unit.h"
#include "models/mac_array/mac_array_core.h"
#include "models/mac_array/params.h"

namespace int4sim::hw {

class MacArray : public UnitModule {
 public:
  MacArray(const sc_core::sc_module_name& name, const UnitContext& ctx, const ArrayParams& params);

 private:
  bool execute(const Op& op) override;
  void taken(const Op& op) override;
  uint64_t bank_conflicts(const Op& op, const TileTiming& timing);

  MacArrayCore core_;
  uint64_t free_since_ = 0;  // when the array finished its last tile
};

ArrayConfig array_config(const ArrayParams& cfg);

}  // namespace int4sim::hw
