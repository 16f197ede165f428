#include "models/dma/dma.h"

#include <algorithm>

namespace int4sim::hw {

// The DMA's own cycles are the channel's: waiting for a semaphore is not a DMA stall.
DmaUnit::DmaUnit(const sc_core::sc_module_name& name, const UnitContext& ctx, const DramParams& params)
    : UnitModule(name, Unit::dma, Stall::count, ctx),
      dram_({params.dram_bytes_per_cycle, static_cast<uint64_t>(params.dram_latency), static_cast<uint64_t>(params.dram_burst_bytes)}),
      retire_q_("retire_q", 1 << 20) {
  SC_THREAD(serve_stores);
  SC_THREAD(channel);
  SC_THREAD(retire);
}

Transfer* DmaUnit::new_transfer() {
  if (free_.empty()) {
    transfers_.emplace_back();
    return &transfers_.back();
  }
  Transfer* t = free_.back();
  free_.pop_back();
  *t = Transfer();
  return t;
}

void DmaUnit::recycle(Transfer* t) {
  t->move = nullptr;
  t->on_done = nullptr;
  free_.push_back(t);
}

namespace {
constexpr uint64_t kWritePiece = 4096;  // a write yields the channel to waiting reads this often
}

void DmaUnit::submit(Transfer* t) {
  (t->write ? writes_ : reads_).push_back(t);
  submitted_.notify(sc_core::SC_ZERO_TIME);
}

void DmaUnit::channel() {
  while (true) {
    while (reads_.empty() && writes_.empty()) wait(submitted_);
    const bool write = reads_.empty();
    Transfer* t = write ? writes_.front() : reads_.front();
    const uint64_t bytes = write ? std::min(kWritePiece, t->bytes - write_done_) : t->bytes;
    if (!write_done_ || !write) t->started = sc_core::sc_time_stamp();
    const uint64_t start = now_cycles();
    // A write's pieces add up to the whole transfer's occupancy (bursts rounded once).
    const auto upto = [&](uint64_t b) { return b ? dram_.occupancy(b) : uint64_t{0}; };
    const uint64_t occ = write ? upto(write_done_ + bytes) - upto(write_done_) : dram_.occupancy(bytes);
    busy.write(1);
    wait(cycles(occ));
    dram_.count(write, bytes);
    acct_.dram_transfer(t->layer, t->phase, write, bytes, start, occ);
    if (write) {
      write_done_ += bytes;
      if (write_done_ < t->bytes) continue;  // more pieces to go
      write_done_ = 0;
      writes_.pop_front();
    } else {
      reads_.pop_front();
    }
    if (t->move) t->move();
    if (reads_.empty() && writes_.empty()) busy.write(0);
    t->done_at = sc_core::sc_time_stamp() + cycles(dram_.config().latency);
    retire_q_.write(t);
  }
}

void DmaUnit::retire() {
  while (true) {
    Transfer* t = retire_q_.read();
    if (t->done_at > sc_core::sc_time_stamp()) wait(t->done_at - sc_core::sc_time_stamp());
    acct_.delivered(t->layer, t->phase, now_cycles());
    if (t->on_done) t->on_done();
    recycle(t);
  }
}

bool DmaUnit::execute(const Op& op_ref) {
  const Op* op = &op_ref;
  Transfer* t = new_transfer();
  t->write = op->kind == OpKind::store;
  t->bytes = tile_dram_bytes(*op);
  t->layer = op->layer;
  t->phase = op->phase;
  const uint64_t sram_bytes = op->kind == OpKind::store ? static_cast<uint64_t>(op->rows * op->cols) * 4
                                                        : elem_bytes(prog_.tensors[op->tensor].type, static_cast<uint64_t>(op->rows * op->cols));
  if (!stores_zeros(*op)) acct_.count_buffer(op->buffer, *op, sram_bytes, op->kind == OpKind::load);  // zeros come from no buffer
  if (values_) t->move = [this, op] { op->kind == OpKind::load ? do_load(*op) : do_store(*op); };
  t->on_done = [this, op] { complete(*op); };
  submit(t);
  return false;
}

// A store of an input-gradient phase that no filter tap reaches: zeros, from no buffer.
bool DmaUnit::stores_zeros(const Op& op) const {
  return op.walk == Walk::dgrad_dx && dgrad_phase(prog_.geometries[op.geometry]).taps() == 0;
}

uint64_t DmaUnit::tile_dram_bytes(const Op& op) const {
  const Tensor& t = prog_.tensors[op.tensor];
  if (op.walk == Walk::im2col || op.walk == Walk::im2col_t) {
    // Row-granular footprint: the input rows the tile's output pixels need, whole width, for the
    // tile's channels.
    const ConvGeometry& g = prog_.geometries[op.geometry];
    const bool t_ = op.walk == Walk::im2col_t;
    const int64_t pix0 = t_ ? op.col0 : op.row0, npix = t_ ? op.cols : op.rows;
    const int64_t red0 = t_ ? op.row0 : op.col0, nred = t_ ? op.rows : op.cols;
    const int64_t RS = g.r * g.s;
    const uint64_t rows_needed = footprint_rows(pix0, npix, g.p(), g.q(), g.h, g.stride, -g.pad, g.r - 1 - g.pad);
    return elem_bytes(t.type, rows_needed * static_cast<uint64_t>(g.w) * static_cast<uint64_t>((red0 + nred - 1) / RS - red0 / RS + 1));
  }
  if (op.walk == Walk::dgrad_g) {
    // Likewise: the rows of G the phase's input pixels reach through the taps, whole width.
    const ConvGeometry& g = prog_.geometries[op.geometry];
    const DgradPhase ph = dgrad_phase(g);
    const int64_t taps = ph.taps();
    const int64_t lo = *std::min_element(ph.dr.begin(), ph.dr.end()), hi = *std::max_element(ph.dr.begin(), ph.dr.end());
    const uint64_t rows_needed = footprint_rows(op.row0, op.rows, ph.rows, ph.cols, g.p(), 1, lo, hi);
    return elem_bytes(t.type, rows_needed * static_cast<uint64_t>(g.q()) *
                                  static_cast<uint64_t>((op.col0 + op.cols - 1) / taps - op.col0 / taps + 1));
  }
  return elem_bytes(op.kind == OpKind::store ? ElemType::i32 : t.type, static_cast<uint64_t>(op.rows * op.cols));
}

// The source rows a run of `npix` pixels from `pix0` reads, over images of rows x cols pixels:
// pixel row y reads source rows y * step + lo .. y * step + hi, clipped to 0 .. src_rows - 1.
uint64_t DmaUnit::footprint_rows(int64_t pix0, int64_t npix, int64_t rows, int64_t cols, int64_t src_rows, int64_t step,
                                 int64_t lo, int64_t hi) {
  uint64_t needed = 0;
  const int64_t image = rows * cols;
  for (int64_t n = pix0 / image; n <= (pix0 + npix - 1) / image; ++n) {
    const int64_t first = std::max(pix0, n * image) - n * image, last = std::min(pix0 + npix, (n + 1) * image) - 1 - n * image;
    const int64_t y_lo = std::max<int64_t>(0, (first / cols) * step + lo);
    const int64_t y_hi = std::min<int64_t>(src_rows - 1, (last / cols) * step + hi);
    if (y_hi >= y_lo) needed += static_cast<uint64_t>(y_hi - y_lo + 1);
  }
  return needed;
}

  // A tile's walk as index = row_base[r] + col_base[c], valid where the input coordinates
// (h, w) = (row_h[r] + col_h[c], row_w[r] + col_w[c]) fall inside the image (im2col kinds only).
// Built once per tile, so the element loops have no divisions.
struct TileWalk {
  std::vector<int64_t> row_base, col_base, row_h, row_w, col_h, col_w;
  int64_t h = 0, w = 0;
  bool bounded = false;
};

static TileWalk make_walk(const Op& op, const Program& prog) {
  TileWalk t;
  t.row_base.resize(static_cast<size_t>(op.rows));
  t.col_base.resize(static_cast<size_t>(op.cols));
  switch (op.walk) {
    case Walk::matrix:
      for (int64_t r = 0; r < op.rows; ++r) t.row_base[r] = (op.row0 + r) * op.ld;
      for (int64_t c = 0; c < op.cols; ++c) t.col_base[c] = op.col0 + c;
      return t;
    case Walk::matrix_t:
      for (int64_t r = 0; r < op.rows; ++r) t.row_base[r] = op.row0 + r;
      for (int64_t c = 0; c < op.cols; ++c) t.col_base[c] = (op.col0 + c) * op.ld;
      return t;
    default: break;
  }
  const ConvGeometry& g = prog.geometries[op.geometry];
  const int64_t P = g.p(), Q = g.q();
  if (op.walk == Walk::fmap) {
    const int64_t kg = g.k / g.groups;
    for (int64_t r = 0; r < op.rows; ++r) {
      const int64_t pix = op.row0 + r, n = pix / (P * Q);
      t.row_base[r] = n * g.k * P * Q + pix % (P * Q);
    }
    for (int64_t c = 0; c < op.cols; ++c) t.col_base[c] = (g.group * kg + op.col0 + c) * P * Q;
    return t;
  }
  if (op.walk == Walk::dgrad_g || op.walk == Walk::dgrad_w || op.walk == Walk::dgrad_dx) {
    const DgradPhase ph = dgrad_phase(g);
    const int64_t kg = g.k / g.groups, cg = g.c / g.groups, ns = static_cast<int64_t>(ph.s.size()), taps = ph.taps();
    // The phase's input pixel (n, i, j) of a row.
    const auto pixel = [&](int64_t r, int64_t& n, int64_t& i, int64_t& j) {
      const int64_t pix = op.row0 + r;
      n = pix / (ph.rows * ph.cols);
      i = pix / ph.cols % ph.rows;
      j = pix % ph.cols;
    };
    if (op.walk == Walk::dgrad_g) {  // G[n, k, i + dr, j + ds], zero outside P x Q
      t.bounded = true;
      t.h = P;
      t.w = Q;
      t.row_h.resize(static_cast<size_t>(op.rows));
      t.row_w.resize(static_cast<size_t>(op.rows));
      t.col_h.resize(static_cast<size_t>(op.cols));
      t.col_w.resize(static_cast<size_t>(op.cols));
      for (int64_t r = 0; r < op.rows; ++r) {
        int64_t n, i, j;
        pixel(r, n, i, j);
        t.row_h[r] = i;
        t.row_w[r] = j;
        t.row_base[r] = n * g.k * P * Q + i * Q + j;
      }
      for (int64_t c = 0; c < op.cols; ++c) {
        const int64_t red = op.col0 + c, k = red / taps, tr = red % taps / ns, ts = red % ns;
        t.col_h[c] = ph.dr[tr];
        t.col_w[c] = ph.ds[ts];
        t.col_base[c] = (g.group * kg + k) * P * Q + ph.dr[tr] * Q + ph.ds[ts];
      }
    } else if (op.walk == Walk::dgrad_w) {  // W[k, c, r, s]
      for (int64_t r = 0; r < op.rows; ++r) {
        const int64_t red = op.row0 + r, k = red / taps, tr = red % taps / ns, ts = red % ns;
        t.row_base[r] = (g.group * kg + k) * cg * g.r * g.s + ph.r[tr] * g.s + ph.s[ts];
      }
      for (int64_t c = 0; c < op.cols; ++c) t.col_base[c] = (op.col0 + c) * g.r * g.s;
    } else {  // dX[n, c, a + stride * i, b + stride * j]
      for (int64_t r = 0; r < op.rows; ++r) {
        int64_t n, i, j;
        pixel(r, n, i, j);
        t.row_base[r] = n * g.c * g.h * g.w + (ph.a + g.stride * i) * g.w + ph.b + g.stride * j;
      }
      for (int64_t c = 0; c < op.cols; ++c) t.col_base[c] = (g.group * cg + op.col0 + c) * g.h * g.w;
    }
    return t;
  }
  // im2col, im2col_t: one side is output pixels (n, p, q), the other (c, r, s).
  t.bounded = true;
  t.h = g.h;
  t.w = g.w;
  const bool pixels_are_rows = op.walk == Walk::im2col;
  const int64_t npix = pixels_are_rows ? op.rows : op.cols, pix0 = pixels_are_rows ? op.row0 : op.col0;
  const int64_t nred = pixels_are_rows ? op.cols : op.rows, red0 = pixels_are_rows ? op.col0 : op.row0;
  std::vector<int64_t> pb(npix), ph(npix), pw(npix), rb(nred), rh(nred), rw(nred);
  for (int64_t i = 0; i < npix; ++i) {
    const int64_t pix = pix0 + i, n = pix / (P * Q), p = pix / Q % P, q = pix % Q;
    ph[i] = p * g.stride - g.pad;
    pw[i] = q * g.stride - g.pad;
    pb[i] = n * g.c * g.h * g.w + ph[i] * g.w + pw[i];
  }
  const int64_t cg = g.c / g.groups;
  for (int64_t j = 0; j < nred; ++j) {
    const int64_t red = red0 + j, ch = red / (g.r * g.s), rr = red / g.s % g.r, ss = red % g.s;
    rh[j] = rr;
    rw[j] = ss;
    rb[j] = (g.group * cg + ch) * g.h * g.w + rr * g.w + ss;
  }
  if (pixels_are_rows) {
    t.row_base = pb, t.row_h = ph, t.row_w = pw, t.col_base = rb, t.col_h = rh, t.col_w = rw;
  } else {
    t.row_base = rb, t.row_h = rh, t.row_w = rw, t.col_base = pb, t.col_h = ph, t.col_w = pw;
  }
  return t;
}

// Calls f(r, c, index) for every element of the tile that lies inside the tensor.
template <typename F>
static void for_each_element(const Op& op, const TileWalk& t, F&& f) {
  for (int64_t r = 0; r < op.rows; ++r) {
    const int64_t base = t.row_base[r];
    if (!t.bounded) {
      for (int64_t c = 0; c < op.cols; ++c) f(r, c, base + t.col_base[c]);
      continue;
    }
    const int64_t h0 = t.row_h[r], w0 = t.row_w[r];
    for (int64_t c = 0; c < op.cols; ++c) {
      const int64_t h = h0 + t.col_h[c], w = w0 + t.col_w[c];
      if (h >= 0 && h < t.h && w >= 0 && w < t.w) f(r, c, base + t.col_base[c]);
    }
  }
}

void DmaUnit::do_load(const Op& op) {
  const std::vector<uint8_t>& img = mem_.dram(op.tensor);
  const ElemType type = prog_.tensors[op.tensor].type;
  int8_t* dst = mem_.operands(op.buffer, op.sram_addr);
  std::fill(dst, dst + op.rows * op.cols, 0);  // padding reads zeros
  const TileWalk t = make_walk(op, prog_);
  const uint8_t* data = img.data();
  switch (type) {
    case ElemType::s4:
      for_each_element(op, t, [&](int64_t r, int64_t c, int64_t i) {
        dst[r * op.cols + c] = static_cast<int8_t>(nibble_s4(data, static_cast<uint64_t>(i)));
      });
      break;
    case ElemType::u4:
      for_each_element(op, t, [&](int64_t r, int64_t c, int64_t i) {
        dst[r * op.cols + c] = static_cast<int8_t>(nibble_u4(data, static_cast<uint64_t>(i)));
      });
      break;
    default:  // s8 / u8: the byte as stored
      for_each_element(op, t, [&](int64_t r, int64_t c, int64_t i) { dst[r * op.cols + c] = static_cast<int8_t>(data[i]); });
      break;
  }
}

void DmaUnit::do_store(const Op& op) {
  int32_t* out = reinterpret_cast<int32_t*>(mem_.dram(op.tensor).data());
  const TileWalk t = make_walk(op, prog_);
  const uint8_t* flags = mem_.overflow_flags(op.sram_addr);
  uint8_t* flags_out = flags ? mem_.stored_flags(op.tensor).data() : nullptr;
  if (stores_zeros(op)) {
    // A phase no filter tap reaches (a 1x1 filter at stride 2): its input gradient is zero.
    for_each_element(op, t, [&](int64_t, int64_t, int64_t i) {
      out[i] = 0;
      if (flags_out) flags_out[i] = 0;
    });
    return;
  }
  const int32_t* src = mem_.accumulators(op.sram_addr);
  for_each_element(op, t, [&](int64_t r, int64_t c, int64_t i) { out[i] = src[r * op.cols + c]; });
  if (flags_out) for_each_element(op, t, [&](int64_t r, int64_t c, int64_t i) { flags_out[i] = flags[r * op.cols + c]; });
}

}  // namespace int4sim::hw
