#pragma once
// MAC array: a thin SystemC module around MacArrayCore. It takes one GEMM tile at a time, waits for
// the tile's operands (semaphores), lets the core compute the values (or only the timing) and holds
// the array busy while the tile streams. Tiles pipeline like folds: a tile whose operands are ready
// when the previous one stops streaming skips its preload (shadow registers), and every tile's
// drain overlaps whatever the array does next; the tile completes when its last result is out.
#include <deque>

#include "models/accelerator/unit.h"
#include "models/mac_array/mac_array_core.h"
#include "models/mac_array/params.h"

namespace int4sim::hw {

class MacArray : public UnitModule {
 public:
  SC_HAS_PROCESS(MacArray);
  MacArray(const sc_core::sc_module_name& name, const UnitContext& ctx, const ArrayParams& params);
  // Called for every tile computed with values, after the core computed it (an RTL cross-check).
  void observe_tiles(TileObserver observer) { observer_ = std::move(observer); }

 private:
  bool execute(const Op& op) override;
  void taken(const Op&) override { taken_at_ = now_cycles(); }
  uint64_t bank_conflicts(const Op& op, const TileTiming& timing);
  void account_gap(const Op& op, uint64_t start);
  void drain();

  MacArrayCore core_;
  TileObserver observer_;
  std::vector<int32_t> c_before_;
  // The last tile: when it stopped streaming, when its drain ends, and up to when the time after
  // it is accounted (the drain thread charges an exposed drain as it ends).
  const Op* last_ = nullptr;
  uint64_t stream_end_ = 0, drain_end_ = 0, accounted_until_ = 0, taken_at_ = 0, last_start_ = 0;
  struct Draining {
    const Op* op;
    uint64_t stream_end, done_at;
  };
  std::deque<Draining> draining_;
  sc_core::sc_event drain_added_;
};

ArrayConfig array_config(const ArrayParams& cfg);

}  // namespace int4sim::hw
