#pragma once
// Gradient quantizer unit: a thin SystemC shell around GquCore. One thread serves pass requests
// (max, quantize, search/update) and holds the unit busy for ceil(count / lanes) cycles per pass
// plus its pipeline latency.
#include <systemc>

#include <memory>
#include <vector>

#include "models/accelerator/unit_stats.h"
#include "models/dma/dma_engine.h"
#include "models/gqu/gqu_core.h"

namespace int4sim::hw {

struct GquRequest {
  enum Kind { max_pass, quantize_pass, dsgc_search, end_tensor } kind = max_pass;
  std::string name;
  const float* g = nullptr;  // the tile, row-major (or the whole buffered tensor for search / end)
  uint64_t count = 0;        // elements
  // Quantize: the tile's rows of `row_len` elements start at flat tensor index first + r * stride.
  uint64_t first = 0, row_len = 0, stride = 0;
  int16_t* codes = nullptr;
  bool values = true;  // false: timing only
  sc_core::sc_event done;
  bool finished = false;
  GquTensorResult result;  // end_tensor
};

class Gqu : public sc_core::sc_module {
 public:
  sc_core::sc_fifo<GquRequest*> requests;
  sc_core::sc_signal<int> state_signal;  // 0 idle, 1 max, 2 quantize, 3 search
  sc_core::sc_signal<int> gamma_signal;  // gamma register (LSBs)

  SC_HAS_PROCESS(Gqu);
  Gqu(const sc_core::sc_module_name& name, const GquConfig& cfg, uint64_t pipeline, const sc_core::sc_time& period,
      std::vector<Slice>* timeline, int unit_index)
      : sc_module(name), requests("requests", 4), core_(cfg), pipeline_(pipeline), period_(period), timeline_(timeline),
        unit_(unit_index) {
    stats.name = "gqu";
    SC_THREAD(serve);
  }

  GquCore& core() { return core_; }
  // Whole-tensor passes (LBT initial search, DSGC search) read the gradient buffer; a tensor larger
  // than `buffer_bytes` is re-streamed from DRAM through `dma` once per pass.
  void attach_restream(DmaEngine* dma, uint64_t buffer_bytes) {
    dma_ = dma;
    buffer_bytes_ = buffer_bytes;
  }
  uint64_t restream_bytes() const { return restream_bytes_; }
  UnitStats stats;

 private:
  void serve() {
    while (true) {
      GquRequest* r = requests.read();
      uint64_t cycles = 0;
      switch (r->kind) {
        case GquRequest::max_pass:
          if (r->values) core_.max_tile(r->g, r->count);
          cycles = core_.pass_cycles(r->count) + pipeline_;
          state_signal.write(1);
          break;
        case GquRequest::quantize_pass:
          if (r->values)
            for (uint64_t row = 0; row * r->row_len < r->count; ++row)
              core_.quantize_tile(r->g + row * r->row_len, r->first + row * r->stride, r->row_len, r->codes + row * r->row_len);
          cycles = core_.pass_cycles(r->count) + pipeline_;
          state_signal.write(2);
          break;
        case GquRequest::dsgc_search:
          dsgc_passes_ = r->values ? core_.dsgc_search(r->g, r->count) : static_cast<uint64_t>(core_.config().dsgc_grid);
          cycles = dsgc_passes_ * (core_.pass_cycles(r->count) + pipeline_);
          state_signal.write(3);
          break;
        case GquRequest::end_tensor:
          // Timing only: the data-dependent initial search is not known and not charged.
          if (r->values) r->result = core_.end_tensor(r->g);
          // The LBT initial search: one compare-and-count pass over the buffered tensor per step.
          cycles = (r->result.search_passes - dsgc_passes_) * (core_.pass_cycles(r->count) + pipeline_) + pipeline_;
          state_signal.write(3);
          break;
      }
      const uint64_t start = static_cast<uint64_t>(sc_core::sc_time_stamp() / period_);
      const uint64_t passes = r->kind == GquRequest::dsgc_search ? dsgc_passes_
                            : r->kind == GquRequest::end_tensor ? r->result.search_passes - dsgc_passes_ : 0;
      std::vector<std::unique_ptr<DmaRequest>> streams;
      if (dma_ && passes && r->count * 4 > buffer_bytes_)
        for (uint64_t p = 0; p < passes; ++p) {
          streams.push_back(std::make_unique<DmaRequest>());
          streams.back()->name = "re-stream G (search pass)";
          streams.back()->bytes = r->count * 4;
          restream_bytes_ += r->count * 4;
          dma_->submit(streams.back().get());
        }
      wait(period_ * static_cast<double>(cycles));
      for (auto& d : streams)
        if (!d->ready(sc_core::sc_time_stamp())) wait(d->done);
      stats.busy += cycles;
      ++stats.ops;
      if (timeline_ && cycles) timeline_->push_back({unit_, r->name, start, cycles});
      if (r->kind == GquRequest::end_tensor)
        gamma_signal.write(static_cast<int>(r->result.gamma_next * (1 << core_.config().gamma_frac_bits) + 0.5));
      if (r->kind == GquRequest::end_tensor) dsgc_passes_ = 0;
      state_signal.write(0);
      r->finished = true;
      r->done.notify(sc_core::SC_ZERO_TIME);
    }
  }

  GquCore core_;
  uint64_t pipeline_;
  uint64_t dsgc_passes_ = 0;  // of the tensor in flight
  DmaEngine* dma_ = nullptr;
  uint64_t buffer_bytes_ = 0, restream_bytes_ = 0;
  sc_core::sc_time period_;
  std::vector<Slice>* timeline_;
  int unit_;
};

}  // namespace int4sim::hw
