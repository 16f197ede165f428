#pragma once
// DMA engine and DRAM channel: a SystemC module around DramCore. The instruction thread issues
// tile loads and stores in program order (walking DRAM as each op describes: matrices, im2col,
// feature maps, col2im accumulation); the channel thread serves transfers in order at
// `dram.bytes_per_cycle`; the retire thread delivers each `dram.latency` cycles after it leaves
// the channel. Streaming units (GQU, forward quantizer, vector unit) use the same channel.
#include <systemc>

#include "models/accelerator/fabric.h"
#include "models/dma/dram_core.h"

namespace int4sim::hw {

class DmaUnit : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<const Op*> queue;

  SC_HAS_PROCESS(DmaUnit);
  DmaUnit(const sc_core::sc_module_name& name, Fabric& fabric);

 private:
  void instructions();
  void channel();
  void retire();
  uint64_t tile_dram_bytes(const Op& op) const;
  void do_load(const Op& op);
  void do_store(const Op& op);

  Fabric& f_;
  DramCore dram_;
  sc_core::sc_fifo<Transfer*> channel_q_, retire_q_;
};

}  // namespace int4sim::hw
