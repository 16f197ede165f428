#pragma once
// DMA engine and DRAM channel: a SystemC module around DramCore. Its operations are tile loads and
// stores in program order (walking DRAM as each op describes: matrices, im2col, feature maps,
// the input gradient's transposed-convolution walks; the walks in dma.cpp); the channel thread serves transfers in order at
// `dram.bytes_per_cycle`, reads before writes; the retire thread delivers each `dram.latency` cycles after it leaves
// the channel. The streaming units (GQU, forward quantizer, vector unit) use the same channel
// through its DramIf.
#include <deque>
#include <vector>

#include "models/accelerator/unit.h"
#include "models/dma/dram_core.h"
#include "models/dma/params.h"

namespace int4sim::hw {

class DmaUnit : public UnitModule, public DramIf {
 public:
  // Stores have their own in-order queue (`ops` has the loads), so that a C block's store waiting
  // for its last tile never holds back the loads of the next tiles (docs/timing.md, "DMA").
  sc_core::sc_fifo_in<const Op*> store_ops;

  SC_HAS_PROCESS(DmaUnit);
  DmaUnit(const sc_core::sc_module_name& name, const UnitContext& ctx, const DramParams& params);

  Transfer* new_transfer() override;
  void submit(Transfer* t) override;

 private:
  bool execute(const Op& op) override;  // issues the tile's transfer; it completes at delivery
  void serve_stores() { serve_from(store_ops); }
  void channel();
  void retire();
  void recycle(Transfer* t);
  uint64_t tile_dram_bytes(const Op& op) const;
  bool stores_zeros(const Op& op) const;
  static uint64_t footprint_rows(int64_t pix0, int64_t npix, int64_t rows, int64_t cols, int64_t src_rows, int64_t step,
                                 int64_t lo, int64_t hi);
  void do_load(const Op& op);
  void do_store(const Op& op);

  DramCore dram_;
  // The channel serves reads first (a load the array waits for never queues behind a large store),
  // and writes in pieces of kWritePiece bytes between them (docs/timing.md, "DMA and DRAM").
  std::deque<Transfer*> reads_, writes_;
  sc_core::sc_event submitted_;
  uint64_t write_done_ = 0;  // bytes of writes_.front() already served
  sc_core::sc_fifo<Transfer*> retire_q_;
  std::deque<Transfer> transfers_;
  std::vector<Transfer*> free_;
};

}  // namespace int4sim::hw
