#include "models/controller/executor.h"

#include <systemc>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <stdexcept>

#include "models/buffers/buffer_core.h"
#include "models/dma/dram_core.h"
#include "models/fwd_quant/fq_core.h"
#include "models/mac_array/mac_array_core.h"
#include "models/vector_unit/vector_core.h"

namespace int4sim::hw {
namespace {

using sc_core::sc_event;
using sc_core::sc_time;

constexpr uint64_t kStreamChunk = 64 * 1024;  // bytes a streaming unit moves per DRAM request

// ---- DRAM images (values mode): INT4 packed two per byte, low nibble first ----
int read_elem(const std::vector<uint8_t>& img, ElemType t, uint64_t i) {
  switch (t) {
    case ElemType::s4: {
      const int v = (img[i / 2] >> ((i & 1) * 4)) & 0xf;
      return v >= 8 ? v - 16 : v;
    }
    case ElemType::u4: return (img[i / 2] >> ((i & 1) * 4)) & 0xf;
    case ElemType::s8: return static_cast<int8_t>(img[i]);
    case ElemType::u8: return img[i];
    default: throw std::logic_error("read_elem: not a code type");
  }
}

void write_code(std::vector<uint8_t>& img, ElemType t, uint64_t i, int v) {
  if (t == ElemType::s4 || t == ElemType::u4) {
    const int shift = (i & 1) * 4;
    img[i / 2] = static_cast<uint8_t>((img[i / 2] & ~(0xf << shift)) | ((v & 0xf) << shift));
  } else {
    img[i] = static_cast<uint8_t>(v);
  }
}

template <typename T>
T* as(std::vector<uint8_t>& img) { return reinterpret_cast<T*>(img.data()); }
template <typename T>
const T* as(const std::vector<uint8_t>& img) { return reinterpret_cast<const T*>(img.data()); }

struct Transfer {
  uint64_t bytes = 0;
  bool write = false;
  std::function<void()> move;     // at the time the transfer leaves the channel
  std::function<void()> on_done;  // at delivery (latency later)
  sc_time enqueued, started, done_at;
  int layer = -1, phase = 0;
};

class System : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(System);
  System(const sc_core::sc_module_name& name, const Config& cfg, const Program& prog, ExecutionOptions& opt,
         ExecutionResult& res)
      : sc_module(name), cfg_(cfg), prog_(prog), opt_(opt), res_(res),
        dram_({cfg.dram_bytes_per_cycle, static_cast<uint64_t>(cfg.dram_latency), static_cast<uint64_t>(cfg.dram_burst_bytes)}),
        array_(array_config(cfg)), gqu_(gqu_config_of(cfg)), fq_(static_cast<int>(cfg.fq_lanes)), vec_(static_cast<int>(cfg.vec_lanes)),
        channel_q_("channel_q", 1 << 20), retire_q_("retire_q", 1 << 20) {
    const uint64_t banks = static_cast<uint64_t>(cfg.buf_banks), port = static_cast<uint64_t>(cfg.buf_port_bytes);
    buffers_.push_back(BufferCore({"act", static_cast<uint64_t>(cfg.buf_act_kib) * 1024, banks, port}));
    buffers_.push_back(BufferCore({"wgt", static_cast<uint64_t>(cfg.buf_wgt_kib) * 1024, banks, port}));
    buffers_.push_back(BufferCore({"grad", static_cast<uint64_t>(cfg.buf_grad_kib) * 1024, banks, port}));
    buffers_.push_back(BufferCore({"acc", static_cast<uint64_t>(cfg.buf_acc_kib) * 1024, banks, static_cast<uint64_t>(cfg.buf_acc_port_bytes)}));
    if (opt_.values) {
      // Operand buffers hold one code per byte (addresses count packed bytes: 2 codes each).
      for (int b = 0; b < 3; ++b) images_[b].assign(buffers_[b].config().capacity_bytes * 2, 0);
      acc_image_.assign(buffers_[3].config().capacity_bytes / 4, 0);
      res_.dram = std::move(opt_.dram);
      res_.dram.resize(prog_.tensors.size());
    }
    for (auto& u : queues_) u = std::make_unique<sc_core::sc_fifo<const Op*>>(256);
    res_.units.resize(static_cast<size_t>(Unit::count));
    for (int u = 0; u < static_cast<int>(Unit::count); ++u) res_.units[u].name = unit_name(static_cast<Unit>(u));
    res_.layers.resize(prog_.layers.size());
    for (int i = 0; i < 32; ++i) sems_[i].count = prog_.initial_semaphores[i];
    SC_THREAD(controller);
    SC_THREAD(channel);
    SC_THREAD(retire);
    SC_THREAD(dma_unit);
    SC_THREAD(array_unit);
    SC_THREAD(gqu_unit);
    SC_THREAD(fq_unit);
    SC_THREAD(vec_unit);
  }

  bool finished = false;
  sc_time end_time;
  sc_core::sc_signal<int> busy_sig[static_cast<size_t>(Unit::count)];

 private:
  static ArrayConfig array_config(const Config& cfg) {
    ArrayConfig ac;
    ac.rows = cfg.array_rows;
    ac.cols = cfg.array_cols;
    ac.dataflow = dataflow_from(cfg.array_dataflow);
    ac.acc_bits = static_cast<int>(cfg.array_acc_bits);
    ac.saturate = cfg.array_overflow == "saturate";
    return ac;
  }
  static GquConfig gqu_config_of(const Config& cfg);

  uint64_t now_cycles() const { return static_cast<uint64_t>(sc_core::sc_time_stamp() / period_ + 0.5); }
  sc_time cycles(uint64_t c) const { return period_ * static_cast<double>(c); }

  // A tensor's DRAM image, allocated (zeroed) when values first touch it.
  std::vector<uint8_t>& image(int tensor) {
    std::vector<uint8_t>& img = res_.dram[tensor];
    if (img.size() != prog_.tensors[tensor].bytes()) img.assign(prog_.tensors[tensor].bytes(), 0);
    return img;
  }

  PhaseAccount* account(const Op& op) {
    if (op.layer < 0 || op.layer >= static_cast<int>(res_.layers.size())) return nullptr;
    PhaseAccount& a = res_.layers[op.layer][op.phase];
    a.present = true;
    return &a;
  }
  void span(const Op& op, uint64_t start, uint64_t end) {
    if (PhaseAccount* a = account(op)) {
      a->first = std::min(a->first, start);
      a->last = std::max(a->last, end);
    }
  }
  void add_busy(Unit u, const Op& op, uint64_t c) {
    res_.units[static_cast<int>(u)].busy += c;
    if (PhaseAccount* a = account(op)) a->busy[static_cast<int>(u)] += c;
  }
  void add_stall(Unit u, const Op& op, Stall s, uint64_t c) {
    if (!c) return;
    res_.units[static_cast<int>(u)][s] += c;
    if (PhaseAccount* a = account(op)) a->stalls[static_cast<int>(u)][static_cast<int>(s)] += c;
  }
  void count_buffer(Buffer b, const Op& op, uint64_t bytes, bool write) {
    (write ? res_.buf_write : res_.buf_read)[static_cast<int>(b)] += bytes;
    if (PhaseAccount* a = account(op)) (write ? a->buf_write : a->buf_read)[static_cast<int>(b)] += bytes;
  }

  // ---- semaphores ----
  struct Semaphore {
    int64_t count = 0;
    sc_event changed;
  };
  // Waits for the op's semaphores; the wait counts as `cause` (Stall::count: not a stall of this
  // unit, e.g. the DMA, whose cycles are the channel's).
  void sem_wait(Unit u, const Op& op, Stall cause) {
    const uint64_t t0 = now_cycles();
    for (uint8_t id : op.wait) {
      if (!id) continue;
      while (sems_[id].count == 0) wait(sems_[id].changed);
      --sems_[id].count;
    }
    if (cause != Stall::count) add_stall(u, op, cause, now_cycles() - t0);
  }
  void sem_signal(const Op& op) {
    for (uint8_t id : op.signal)
      if (id) {
        ++sems_[id].count;
        sems_[id].changed.notify(sc_core::SC_ZERO_TIME);
      }
  }
  void op_done() {
    --outstanding_;
    drained_.notify(sc_core::SC_ZERO_TIME);
  }

  // ---- DRAM channel: in-order service; delivery `latency` cycles after leaving the channel ----
  void channel() {
    while (true) {
      Transfer* t = channel_q_.read();
      t->started = sc_core::sc_time_stamp();
      const uint64_t occ = dram_.occupancy(t->bytes);
      busy_sig[static_cast<int>(Unit::dma)].write(1);
      wait(cycles(occ));
      if (t->move) t->move();
      dram_.count(t->write, t->bytes);
      (t->write ? res_.dram_write : res_.dram_read) += t->bytes;
      res_.units[static_cast<int>(Unit::dma)].busy += occ;
      if (t->layer >= 0) {
        PhaseAccount& a = res_.layers[t->layer][t->phase];
        (t->write ? a.dram_write : a.dram_read) += t->bytes;
        a.busy[static_cast<int>(Unit::dma)] += occ;
        a.first = std::min(a.first, static_cast<uint64_t>(t->started / period_ + 0.5));
      }
      if (opt_.timeline) res_.timeline.push_back({0, t->write ? "dram write" : "dram read", static_cast<uint64_t>(t->started / period_ + 0.5), occ});
      if (channel_q_.num_available() == 0) busy_sig[static_cast<int>(Unit::dma)].write(0);
      t->done_at = sc_core::sc_time_stamp() + cycles(dram_.config().latency);
      retire_q_.write(t);
    }
  }
  void retire() {
    while (true) {
      Transfer* t = retire_q_.read();
      if (t->done_at > sc_core::sc_time_stamp()) wait(t->done_at - sc_core::sc_time_stamp());
      if (t->layer >= 0) res_.layers[t->layer][t->phase].last = std::max(res_.layers[t->layer][t->phase].last, now_cycles());
      if (t->on_done) t->on_done();
      t->move = nullptr;
      t->on_done = nullptr;
      free_.push_back(t);
    }
  }
  // Transfers are recycled once delivered (a large run moves millions of them).
  Transfer* new_transfer() {
    if (free_.empty()) {
      transfers_.emplace_back();
      return &transfers_.back();
    }
    Transfer* t = free_.back();
    free_.pop_back();
    *t = Transfer();
    return t;
  }

  // Streams `bytes_in` from and `bytes_out` to DRAM in chunks while the unit computes for
  // `compute` cycles; returns when both are done. The excess over `compute` is a DRAM stall.
  void stream(Unit u, const Op& op, uint64_t bytes_in, uint64_t bytes_out, uint64_t compute) {
    const uint64_t t0 = now_cycles();
    sc_event done;
    int pending = 0;
    for (int dir = 0; dir < 2; ++dir) {
      uint64_t left = dir ? bytes_out : bytes_in;
      while (left) {
        Transfer* t = new_transfer();
        t->bytes = std::min(left, kStreamChunk);
        t->write = dir == 1;
        t->layer = op.layer;
        t->phase = op.phase;
        ++pending;
        t->on_done = [&pending, &done] {
          if (--pending == 0) done.notify(sc_core::SC_ZERO_TIME);
        };
        channel_q_.write(t);
        left -= t->bytes;
      }
    }
    busy_sig[static_cast<int>(u)].write(1);
    wait(cycles(compute));
    add_busy(u, op, compute);
    if (pending) wait(done);
    busy_sig[static_cast<int>(u)].write(0);
    const uint64_t total = now_cycles() - t0;
    add_stall(u, op, Stall::dram_bandwidth, total - std::min(total, compute));
    span(op, t0, now_cycles());
    if (opt_.timeline) res_.timeline.push_back({static_cast<int>(u), op_label(op), t0, total});
  }

  std::string op_label(const Op& op) const {
    static const char* kinds[] = {"load", "store", "gemm", "gq max", "gq quantize", "gq update", "fq weights", "fq acts", "vec", "barrier"};
    std::string s = kinds[static_cast<int>(op.kind)];
    if (op.kind == OpKind::vec) s = vec_cost(static_cast<VecOp>(op.vec_op)).name;
    if (op.layer >= 0) s += " " + prog_.layers[op.layer].name;
    return s;
  }

  // ---- controller: in-order dispatch ----
  void controller() {
    for (int it = 0; it < opt_.iterations; ++it) {
      iteration_ = it;
      for (int i = 0; i < 32; ++i) sems_[i].count = prog_.initial_semaphores[i];  // leftover tokens of the last step
      if (opt_.values && opt_.before_iteration) opt_.before_iteration(it, res_.dram);
      for (const Op& op : prog_.ops) {
        if (op.kind == OpKind::barrier) {
          while (outstanding_ > 0) wait(drained_);
          continue;
        }
        ++outstanding_;
        ++res_.ops;
        queues_[static_cast<int>(op.unit)]->write(&op);
      }
      // Iterations do not overlap: the next step's forward needs this step's updated weights.
      while (outstanding_ > 0) wait(drained_);
      for (auto& layer : res_.layers)
        for (auto& a : layer)
          if (a.present && a.last >= a.first) {
            a.span_cycles += a.last - a.first;
            a.first = UINT64_MAX;
            a.last = 0;
          }
    }
    end_time = sc_core::sc_time_stamp();
    finished = true;
  }

  // ---- DMA: tile loads and stores between DRAM tensors and buffers ----
  uint64_t tile_dram_bytes(const Op& op) const {
    const Tensor& t = prog_.tensors[op.tensor];
    if (op.walk == Walk::im2col || op.walk == Walk::im2col_t) {
      // Row-granular footprint: the input rows the tile's output pixels need, whole width, for the
      // tile's channels.
      const ConvGeometry& g = prog_.geometries[op.geometry];
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
  int64_t walk_index(const Op& op, int64_t r, int64_t c) const {
    switch (op.walk) {
      case Walk::matrix: return (op.row0 + r) * op.ld + op.col0 + c;
      case Walk::matrix_t: return (op.col0 + c) * op.ld + op.row0 + r;
      case Walk::im2col:
      case Walk::im2col_t: {
        const bool t_ = op.walk == Walk::im2col_t;
        const int64_t pix = t_ ? op.col0 + c : op.row0 + r, red = t_ ? op.row0 + r : op.col0 + c;
        const ConvGeometry& g = prog_.geometries[op.geometry];
        const int64_t P = g.p(), Q = g.q(), cg = g.c / g.groups;
        const int64_t n = pix / (P * Q), p = pix / Q % P, q = pix % Q;
        const int64_t ch = red / (g.r * g.s), rr = red / g.s % g.r, ss = red % g.s;
        const int64_t h = p * g.stride - g.pad + rr, w = q * g.stride - g.pad + ss;
        if (h < 0 || h >= g.h || w < 0 || w >= g.w) return -1;
        return ((n * g.c + g.group * cg + ch) * g.h + h) * g.w + w;
      }
      case Walk::fmap:
      case Walk::col2im_add: {
        const ConvGeometry& g = prog_.geometries[op.geometry];
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

  void dma_unit() {
    while (true) {
      const Op* op = queues_[static_cast<int>(Unit::dma)]->read();
      sem_wait(Unit::dma, *op, Stall::count);
      Transfer* t = new_transfer();
      t->write = op->kind == OpKind::store;
      t->bytes = tile_dram_bytes(*op);
      t->layer = op->layer;
      t->phase = op->phase;
      const Buffer b = op->buffer;
      const uint64_t sram_bytes = op->kind == OpKind::store ? static_cast<uint64_t>(op->rows * op->cols) * 4
                                                            : elem_bytes(prog_.tensors[op->tensor].type, static_cast<uint64_t>(op->rows * op->cols));
      count_buffer(b, *op, sram_bytes, op->kind == OpKind::load);
      if (opt_.values) t->move = [this, op] { op->kind == OpKind::load ? do_load(*op) : do_store(*op); };
      t->on_done = [this, op] {
        sem_signal(*op);
        op_done();
      };
      channel_q_.write(t);
    }
  }

  void do_load(const Op& op) {
    const std::vector<uint8_t>& img = image(op.tensor);
    const ElemType type = prog_.tensors[op.tensor].type;
    int8_t* dst = reinterpret_cast<int8_t*>(images_[static_cast<int>(op.buffer)].data()) + op.sram_addr * 2;
    for (int64_t r = 0; r < op.rows; ++r)
      for (int64_t c = 0; c < op.cols; ++c) {
        const int64_t i = walk_index(op, r, c);
        dst[r * op.cols + c] = static_cast<int8_t>(i < 0 ? 0 : read_elem(img, type, static_cast<uint64_t>(i)));
      }
  }

  void do_store(const Op& op) {
    std::vector<uint8_t>& img = image(op.tensor);
    const int32_t* src = acc_image_.data() + op.sram_addr / 4;
    const bool wide = prog_.tensors[op.tensor].type == ElemType::i64;
    for (int64_t r = 0; r < op.rows; ++r)
      for (int64_t c = 0; c < op.cols; ++c) {
        const int64_t i = walk_index(op, r, c);
        if (i < 0) continue;
        if (op.walk == Walk::col2im_add) as<int64_t>(img)[i] += src[r * op.cols + c];  // exact 64-bit col2im
        else if (wide) as<int64_t>(img)[i] = src[r * op.cols + c];
        else as<int32_t>(img)[i] = src[r * op.cols + c];
      }
  }

  // ---- MAC array ----
  uint64_t bank_conflicts(const Op& op, const TileTiming& timing) {
    const ArrayConfig& ac = array_.config();
    const int64_t R = ac.rows, C = ac.cols;
    const auto ceil_div = [](int64_t a, int64_t b) { return (a + b - 1) / b; };
    const uint64_t a_bytes = static_cast<uint64_t>((op.m * op.k + 1) / 2), b_bytes = static_cast<uint64_t>((op.k * op.n + 1) / 2);
    const uint64_t c_bytes = static_cast<uint64_t>(op.m * op.n) * 4;
    uint64_t num = 1, den = 1;
    auto demand = [&](Buffer b, uint64_t per_cycle) {
      const uint64_t supply = buffers_[static_cast<int>(b)].config().bytes_per_cycle();
      if (per_cycle * den > supply * num) {
        num = per_cycle;
        den = supply;
      }
    };
    const uint64_t k_folds = static_cast<uint64_t>(ceil_div(op.k, R));
    switch (ac.dataflow) {
      case Dataflow::ws:
        count_buffer(op.a_buf, op, a_bytes * static_cast<uint64_t>(ceil_div(op.n, C)), false);
        count_buffer(op.b_buf, op, b_bytes, false);
        count_buffer(Buffer::acc, op, c_bytes * k_folds, true);
        count_buffer(Buffer::acc, op, c_bytes * (k_folds - 1 + (op.accumulate ? 1 : 0)), false);
        demand(op.a_buf, static_cast<uint64_t>((R + 1) / 2));
        demand(Buffer::acc, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::is:
        count_buffer(op.a_buf, op, a_bytes, false);
        count_buffer(op.b_buf, op, b_bytes * static_cast<uint64_t>(ceil_div(op.m, C)), false);
        count_buffer(Buffer::acc, op, c_bytes * k_folds, true);
        count_buffer(Buffer::acc, op, c_bytes * (k_folds - 1 + (op.accumulate ? 1 : 0)), false);
        demand(op.b_buf, static_cast<uint64_t>((R + 1) / 2));
        demand(Buffer::acc, static_cast<uint64_t>(C) * 4);
        break;
      case Dataflow::os:
        count_buffer(op.a_buf, op, a_bytes * static_cast<uint64_t>(ceil_div(op.n, C)), false);
        count_buffer(op.b_buf, op, b_bytes * static_cast<uint64_t>(ceil_div(op.m, R)), false);
        count_buffer(Buffer::acc, op, c_bytes, true);
        if (op.accumulate) count_buffer(Buffer::acc, op, c_bytes, false);
        demand(op.a_buf, static_cast<uint64_t>((R + 1) / 2));
        demand(op.b_buf, static_cast<uint64_t>((C + 1) / 2));
        break;
    }
    return (timing.stream * num + den - 1) / den - timing.stream;
  }

  void array_unit() {
    uint64_t free_since = 0;
    while (true) {
      const Op* op = queues_[static_cast<int>(Unit::array)]->read();
      const uint64_t t_read = now_cycles();
      add_stall(Unit::array, *op, Stall::idle, t_read - free_since);
      sem_wait(Unit::array, *op, Stall::operand_not_ready);
      TileTiming timing;
      if (opt_.values) {
        TileOp t;
        t.a = reinterpret_cast<const int8_t*>(images_[static_cast<int>(op->a_buf)].data()) + op->a_addr * 2;
        t.lda = op->k;
        t.b = reinterpret_cast<const int8_t*>(images_[static_cast<int>(op->b_buf)].data()) + op->b_addr * 2;
        t.ldb = op->n;
        t.c = acc_image_.data() + op->c_addr / 4;
        t.ldc = op->n;
        t.m = op->m;
        t.n = op->n;
        t.k = op->k;
        t.accumulate = op->accumulate;
        t.a_unsigned = op->a_unsigned;
        t.b_unsigned = op->b_unsigned;
        timing = array_.run(t);
      } else {
        timing = array_.timing(op->m, op->n, op->k);
      }
      // INT8 operands: four INT4 nibble passes over the same tile.
      timing.cycles *= static_cast<uint64_t>(op->passes);
      timing.stream *= static_cast<uint64_t>(op->passes);
      timing.fill_drain *= static_cast<uint64_t>(op->passes);
      const uint64_t conflicts = bank_conflicts(*op, timing);
      const uint64_t start = now_cycles();
      busy_sig[static_cast<int>(Unit::array)].write(1);
      wait(cycles(timing.cycles + conflicts));
      busy_sig[static_cast<int>(Unit::array)].write(0);
      add_busy(Unit::array, *op, timing.stream);
      add_stall(Unit::array, *op, Stall::fill_drain, timing.fill_drain);
      add_stall(Unit::array, *op, Stall::bank_conflict, conflicts);
      if (PhaseAccount* a = account(*op)) a->macs += static_cast<uint64_t>(op->m * op->n * op->k);
      span(*op, start, now_cycles());
      if (opt_.timeline) res_.timeline.push_back({1, op_label(*op), start, timing.cycles + conflicts});
      free_since = now_cycles();
      sem_signal(*op);
      op_done();
    }
  }

  // ---- gradient quantizer unit ----
  void gqu_unit() {
    std::vector<float> g;  // the FP32 tensor in flight (values)
    while (true) {
      const Op* op = queues_[static_cast<int>(Unit::gqu)]->read();
      sem_wait(Unit::gqu, *op, Stall::dependency);
      const uint64_t numel = op->numel;
      const uint64_t pass = gqu_.pass_cycles(numel) + static_cast<uint64_t>(cfg_.gq_pipeline);
      PhaseAccount* acct = account(*op);
      switch (op->kind) {
        case OpKind::gq_max:
          gqu_.begin_tensor(static_cast<uint64_t>(op->gq_layer), numel);
          if (opt_.values) {
            g.resize(numel);
            std::memcpy(g.data(), image(op->src).data(), numel * 4);
          }
          if (gqu_.needs_max_pass()) {
            if (opt_.values) gqu_.max_tile(g.data(), numel);
            if (acct) acct->gq_absmax += numel;
            stream(Unit::gqu, *op, numel * 4, 0, pass);
          }
          break;
        case OpKind::gq_quant: {
          uint64_t extra = 0;
          if (opt_.values && gqu_.config().policy == GqPolicy::dsgc) extra = gqu_.dsgc_search(g.data(), numel);
          if (opt_.values) {
            std::vector<int16_t> codes(numel);
            gqu_.quantize_tile(g.data(), 0, numel, codes.data());
            std::vector<uint8_t>& img = image(op->dst);
            const ElemType type = prog_.tensors[op->dst].type;
            for (uint64_t i = 0; i < numel; ++i) write_code(img, type, i, codes[i]);
          }
          if (acct) {
            acct->gq_elements += numel;
            if (gqu_.config().stochastic) acct->gq_stochastic += numel;
          }
          restream(*op, numel, extra);
          stream(Unit::gqu, *op, numel * 4, elem_bytes(ElemType::s4, numel), pass + extra * pass);
          break;
        }
        case OpKind::gq_update: {
          if (opt_.values) {
            GqOutcome out;
            out.layer = op->layer;
            out.iteration = iteration_;
            out.result = gqu_.end_tensor(g.data());
            res_.gq.push_back(out);
            const uint64_t passes = out.result.search_passes - last_dsgc_passes_;
            restream(*op, numel, passes);
            stream(Unit::gqu, *op, 0, 0, passes * pass + static_cast<uint64_t>(cfg_.gq_pipeline));
          } else {
            stream(Unit::gqu, *op, 0, 0, static_cast<uint64_t>(cfg_.gq_pipeline));
          }
          last_dsgc_passes_ = 0;
          break;
        }
        default: throw std::logic_error("gqu: unexpected op");
      }
      if (op->kind == OpKind::gq_quant) last_dsgc_passes_ = 0;
      sem_signal(*op);
      op_done();
    }
  }
  // Whole-tensor search passes re-read the FP32 tensor from DRAM when it exceeds the gradient buffer.
  void restream(const Op& op, uint64_t numel, uint64_t passes) {
    if (passes && numel * 4 > buffers_[static_cast<int>(Buffer::grad)].config().capacity_bytes)
      stream(Unit::gqu, op, passes * numel * 4, 0, 0);
  }

  // ---- forward quantizer ----
  void fq_unit() {
    while (true) {
      const Op* op = queues_[static_cast<int>(Unit::fq)]->read();
      sem_wait(Unit::fq, *op, Stall::dependency);
      const uint64_t n = op->numel;
      const ProgramLayer& L = prog_.layers[op->layer];
      if (opt_.values) {
        const float* src = as<float>(image(op->src));
        std::vector<uint8_t>& img = image(op->dst);
        if (op->kind == OpKind::fq_weights) {
          std::vector<int8_t> codes(n);
          fq_.weights(src, n, L.s_w, L.quantized ? static_cast<int>(cfg_.fq_w_bits) : 8, codes.data());
          for (uint64_t i = 0; i < n; ++i) write_code(img, prog_.tensors[op->dst].type, i, codes[i]);
        } else {
          std::vector<uint8_t> codes(n);
          fq_.activations(src, n, L.u_a, L.quantized ? static_cast<int>(cfg_.fq_a_bits) : 8, codes.data());
          for (uint64_t i = 0; i < n; ++i) write_code(img, prog_.tensors[op->dst].type, i, codes[i]);
        }
      }
      if (PhaseAccount* a = account(*op)) a->fq_elements += n;
      stream(Unit::fq, *op, n * 4, elem_bytes(ElemType::s4, n), fq_.cycles(n));
      sem_signal(*op);
      op_done();
    }
  }

  // ---- vector unit (FP32; timing and operation counts) ----
  void vec_unit() {
    while (true) {
      const Op* op = queues_[static_cast<int>(Unit::vec)]->read();
      sem_wait(Unit::vec, *op, Stall::dependency);
      const VecOp v = static_cast<VecOp>(op->vec_op);
      if (v == VecOp::quant8 && opt_.values) quant8(*op);
      const VecOpCounts before = vec_.counts();
      const uint64_t c = vec_.run(v, op->numel);
      if (PhaseAccount* a = account(*op)) {
        a->vec_adds += vec_.counts().adds - before.adds;
        a->vec_muls += vec_.counts().muls - before.muls;
      }
      const uint64_t in = op->src >= 0 ? prog_.tensors[op->src].bytes() : 0;
      const uint64_t out = op->dst >= 0 ? prog_.tensors[op->dst].bytes() : 0;
      stream(Unit::vec, *op, in, out, c);
      sem_signal(*op);
      op_done();
    }
  }

  // The gradient of a wide (8-bit) layer: nearest rounding onto -127..127 of max|g| (docs/numerics.md).
  void quant8(const Op& op) {
    const float* g = as<float>(image(op.src));
    float g_max = 0;
    for (uint64_t i = 0; i < op.numel; ++i) g_max = std::max(g_max, std::fabs(g[i]));
    const float inv = g_max > 0 ? 127.0f / g_max : 0.0f;
    std::vector<uint8_t>& img = image(op.dst);
    for (uint64_t i = 0; i < op.numel; ++i)
      write_code(img, ElemType::s8, i, static_cast<int>(std::min(127.0f, std::max(-127.0f, std::nearbyint(g[i] * inv)))));
  }

  const Config& cfg_;
  const Program& prog_;
  ExecutionOptions& opt_;
  ExecutionResult& res_;
  DramCore dram_;
  MacArrayCore array_;
  GquCore gqu_;
  FqCore fq_;
  VectorCore vec_;
  std::vector<BufferCore> buffers_;
  std::vector<uint8_t> images_[3];
  std::vector<int32_t> acc_image_;
  std::array<std::unique_ptr<sc_core::sc_fifo<const Op*>>, static_cast<size_t>(Unit::count)> queues_;
  sc_core::sc_fifo<Transfer*> channel_q_, retire_q_;
  std::deque<Transfer> transfers_;
  std::vector<Transfer*> free_;
  Semaphore sems_[32];
  int64_t outstanding_ = 0;
  int iteration_ = 0;
  sc_event drained_;
  uint64_t last_dsgc_passes_ = 0;
  const sc_time period_{1, sc_core::SC_NS};
};

GquConfig System::gqu_config_of(const Config& cfg) {
  GquConfig g;
  g.bits = static_cast<int>(cfg.gq_bits);
  g.policy = gq_policy_from(cfg.gq_policy);
  g.stochastic = cfg.gq_rounding == "stochastic";
  g.predicted_max = cfg.gq_mode == "predicted";
  g.fixed_gamma = cfg.gq_gamma;
  g.rand_bits = static_cast<int>(cfg.gq_rand_bits);
  g.alpha_ppm = std::llround(cfg.gq_alpha * 1e6);
  g.gamma_frac_bits = static_cast<int>(cfg.gq_gamma_frac_bits);
  g.gamma_step_lsb = cfg.gq_gamma_step_lsb;
  g.dsgc_grid = static_cast<int>(cfg.gq_dsgc_grid);
  g.dsgc_period = static_cast<int>(cfg.gq_dsgc_period);
  g.pwf_shift = static_cast<int>(cfg.gq_pwf_shift);
  g.seed = static_cast<uint64_t>(cfg.run_seed);
  g.lanes = static_cast<int>(cfg.gq_lanes);
  return g;
}

}  // namespace

ExecutionResult execute(const Config& cfg, const Program& program, ExecutionOptions options) {
  ExecutionResult res;
  System sys("accelerator", cfg, program, options, res);
  sc_core::sc_trace_file* vcd = nullptr;
  if (!options.vcd_path.empty()) {
    vcd = sc_core::sc_create_vcd_trace_file(options.vcd_path.c_str());
    vcd->set_time_unit(1, sc_core::SC_NS);  // one VCD time unit = one cycle
    for (int u = 0; u < static_cast<int>(Unit::ctrl); ++u)
      sc_core::sc_trace(vcd, sys.busy_sig[u], std::string(unit_name(static_cast<Unit>(u))) + ".busy");
  }
  sc_core::sc_start();
  if (vcd) sc_core::sc_close_vcd_trace_file(vcd);
  if (!sys.finished)
    throw std::logic_error("the program deadlocked at cycle " + std::to_string(sc_core::sc_time_stamp().value() / 1000) +
                           ": a semaphore is waited for that nothing signals");
  res.cycles = static_cast<uint64_t>(sys.end_time / sc_time(1, sc_core::SC_NS) + 0.5);
  for (auto& u : res.units) {
    uint64_t accounted = u.busy;
    for (auto s : u.stalls) accounted += s;
    if (accounted < res.cycles) u[Stall::idle] += res.cycles - accounted;
  }
  return res;
}

}  // namespace int4sim::hw
