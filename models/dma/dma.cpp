#include "models/dma/dma.h"

#include <algorithm>

namespace int4sim::hw {

DmaUnit::DmaUnit(const sc_core::sc_module_name& name, Fabric& fabric)
    : sc_module(name), queue("queue", 256), f_(fabric),
      dram_({fabric.cfg.dram_bytes_per_cycle, static_cast<uint64_t>(fabric.cfg.dram_latency),
             static_cast<uint64_t>(fabric.cfg.dram_burst_bytes)}),
      channel_q_("channel_q", 1 << 20), retire_q_("retire_q", 1 << 20) {
  f_.channel = &channel_q_;
  SC_THREAD(instructions);
  SC_THREAD(channel);
  SC_THREAD(retire);
}

void DmaUnit::channel() {
  while (true) {
    Transfer* t = channel_q_.read();
    t->started = sc_core::sc_time_stamp();
    const uint64_t start = f_.now_cycles();
    const uint64_t occ = dram_.occupancy(t->bytes);
    f_.busy_signal[static_cast<int>(Unit::dma)].write(1);
    wait(f_.cycles(occ));
    if (t->move) t->move();
    dram_.count(t->write, t->bytes);
    (t->write ? f_.res.dram_write : f_.res.dram_read) += t->bytes;
    f_.res.units[static_cast<int>(Unit::dma)].busy += occ;
    if (t->layer >= 0) {
      PhaseAccount& a = f_.res.layers[t->layer][t->phase];
      (t->write ? a.dram_write : a.dram_read) += t->bytes;
      a.busy[static_cast<int>(Unit::dma)] += occ;
      a.first = std::min(a.first, start);
    }
    if (f_.opt.timeline) f_.res.timeline.push_back({0, t->write ? "dram write" : "dram read", start, occ});
    if (channel_q_.num_available() == 0) f_.busy_signal[static_cast<int>(Unit::dma)].write(0);
    t->done_at = sc_core::sc_time_stamp() + f_.cycles(dram_.config().latency);
    retire_q_.write(t);
  }
}

void DmaUnit::retire() {
  while (true) {
    Transfer* t = retire_q_.read();
    if (t->done_at > sc_core::sc_time_stamp()) wait(t->done_at - sc_core::sc_time_stamp());
    if (t->layer >= 0) {
      PhaseAccount& a = f_.res.layers[t->layer][t->phase];
      a.last = std::max(a.last, f_.now_cycles());
    }
    if (t->on_done) t->on_done();
    f_.recycle(t);
  }
}

// The DMA's own cycles are the channel's: waiting for a semaphore is not a DMA stall.
void DmaUnit::instructions() {
  while (true) {
    const Op* op = queue.read();
    f_.sem_wait(Unit::dma, *op, Stall::count);
    Transfer* t = f_.new_transfer();
    t->write = op->kind == OpKind::store;
    t->bytes = tile_dram_bytes(*op);
    t->layer = op->layer;
    t->phase = op->phase;
    const uint64_t sram_bytes = op->kind == OpKind::store ? static_cast<uint64_t>(op->rows * op->cols) * 4
                                                          : elem_bytes(f_.prog.tensors[op->tensor].type, static_cast<uint64_t>(op->rows * op->cols));
    f_.count_buffer(op->buffer, *op, sram_bytes, op->kind == OpKind::load);
    if (f_.opt.values) t->move = [this, op] { op->kind == OpKind::load ? do_load(*op) : do_store(*op); };
    t->on_done = [this, op] {
      f_.sem_signal(*op);
      f_.op_done();
    };
    f_.channel->write(t);
  }
}

uint64_t DmaUnit::tile_dram_bytes(const Op& op) const {
  const Tensor& t = f_.prog.tensors[op.tensor];
  if (op.walk == Walk::im2col || op.walk == Walk::im2col_t) {
    // Row-granular footprint: the input rows the tile's output pixels need, whole width, for the
    // tile's channels.
    const ConvGeometry& g = f_.prog.geometries[op.geometry];
    const bool t_ = op.walk == Walk::im2col_t;
    const int64_t pix0 = t_ ? op.col0 : op.row0, npix = t_ ? op.cols : op.rows;
    const int64_t red0 = t_ ? op.row0 : op.col0, nred = t_ ? op.rows : op.cols;
    const int64_t P = g.p(), Q = g.q(), RS = g.r * g.s;
    const int64_t c_lo = red0 / RS, c_hi = (red0 + nred - 1) / RS;
    uint64_t rows_needed = 0;
    for (int64_t n = pix0 / (P * Q); n <= (pix0 + npix - 1) / (P * Q); ++n) {
      const int64_t first = std::max(pix0, n * P * Q) - n * P * Q, last = std::min(pix0 + npix, (n + 1) * P * Q) - 1 - n * P * Q;
      const int64_t h_lo = std::max<int64_t>(0, (first / Q) * g.stride - g.pad);
      const int64_t h_hi = std::min<int64_t>(g.h - 1, (last / Q) * g.stride - g.pad + g.r - 1);
      if (h_hi >= h_lo) rows_needed += static_cast<uint64_t>(h_hi - h_lo + 1);
    }
    return elem_bytes(t.type, rows_needed * static_cast<uint64_t>(g.w) * static_cast<uint64_t>(c_hi - c_lo + 1));
  }
  return elem_bytes(op.kind == OpKind::store ? ElemType::i32 : t.type, static_cast<uint64_t>(op.rows * op.cols)) *
         (t.type == ElemType::i64 ? 2 : 1);
}

  // The logical (row, col) element of a load's walk, as an index into the tensor (or -1 = padding).
int64_t DmaUnit::walk_index(const Op& op, int64_t r, int64_t c) const {
  switch (op.walk) {
    case Walk::matrix: return (op.row0 + r) * op.ld + op.col0 + c;
    case Walk::matrix_t: return (op.col0 + c) * op.ld + op.row0 + r;
    case Walk::im2col:
    case Walk::im2col_t: {
      const bool t_ = op.walk == Walk::im2col_t;
      const int64_t pix = t_ ? op.col0 + c : op.row0 + r, red = t_ ? op.row0 + r : op.col0 + c;
      const ConvGeometry& g = f_.prog.geometries[op.geometry];
      const int64_t P = g.p(), Q = g.q(), cg = g.c / g.groups;
      const int64_t n = pix / (P * Q), p = pix / Q % P, q = pix % Q;
      const int64_t ch = red / (g.r * g.s), rr = red / g.s % g.r, ss = red % g.s;
      const int64_t h = p * g.stride - g.pad + rr, w = q * g.stride - g.pad + ss;
      if (h < 0 || h >= g.h || w < 0 || w >= g.w) return -1;
      return ((n * g.c + g.group * cg + ch) * g.h + h) * g.w + w;
    }
    case Walk::fmap:
    case Walk::col2im_add: {
      const ConvGeometry& g = f_.prog.geometries[op.geometry];
      const int64_t pix = op.row0 + r, P = g.p(), Q = g.q();
      const int64_t n = pix / (P * Q), p = pix / Q % P, q = pix % Q;
      if (op.walk == Walk::fmap) {
        const int64_t kg = g.k / g.groups;
        return ((n * g.k + g.group * kg + op.col0 + c) * P + p) * Q + q;
      }
      const int64_t red = op.col0 + c, cg = g.c / g.groups;
      const int64_t ch = red / (g.r * g.s), rr = red / g.s % g.r, ss = red % g.s;
      const int64_t h = p * g.stride - g.pad + rr, w = q * g.stride - g.pad + ss;
      if (h < 0 || h >= g.h || w < 0 || w >= g.w) return -1;
      return ((n * g.c + g.group * cg + ch) * g.h + h) * g.w + w;
    }
  }
  return -1;
}

void DmaUnit::do_load(const Op& op) {
  const std::vector<uint8_t>& img = f_.image(op.tensor);
  const ElemType type = f_.prog.tensors[op.tensor].type;
  int8_t* dst = reinterpret_cast<int8_t*>(f_.operand_image[static_cast<int>(op.buffer)].data()) + op.sram_addr * 2;
  for (int64_t r = 0; r < op.rows; ++r)
    for (int64_t c = 0; c < op.cols; ++c) {
      const int64_t i = walk_index(op, r, c);
      dst[r * op.cols + c] = static_cast<int8_t>(i < 0 ? 0 : read_code(img, type, static_cast<uint64_t>(i)));
    }
}

void DmaUnit::do_store(const Op& op) {
  std::vector<uint8_t>& img = f_.image(op.tensor);
  const int32_t* src = f_.acc_image.data() + op.sram_addr / 4;
  const bool wide = f_.prog.tensors[op.tensor].type == ElemType::i64;
  for (int64_t r = 0; r < op.rows; ++r)
    for (int64_t c = 0; c < op.cols; ++c) {
      const int64_t i = walk_index(op, r, c);
      if (i < 0) continue;
      if (op.walk == Walk::col2im_add) reinterpret_cast<int64_t*>(img.data())[i] += src[r * op.cols + c];  // exact 64-bit col2im
      else if (wide) reinterpret_cast<int64_t*>(img.data())[i] = src[r * op.cols + c];
      else reinterpret_cast<int32_t*>(img.data())[i] = src[r * op.cols + c];
    }
}

}  // namespace int4sim::hw
