#include "models/accelerator/fabric.h"

#include <algorithm>
#include <stdexcept>

#include "models/vector_unit/vector_core.h"

namespace int4sim::hw {

namespace {
constexpr uint64_t kStreamChunk = 64 * 1024;  // bytes a streaming unit moves per DRAM request
}

Fabric::Fabric(const AcceleratorParams& c, const Program& p, ExecutionOptions& o, ExecutionResult& r) : cfg(c), prog(p), opt(o), res(r) {
  const uint64_t banks = static_cast<uint64_t>(cfg.buf_banks), port = static_cast<uint64_t>(cfg.buf_port_bytes);
  buffers.push_back(BufferCore({"act", static_cast<uint64_t>(cfg.buf_act_kib) * 1024, banks, port}));
  buffers.push_back(BufferCore({"wgt", static_cast<uint64_t>(cfg.buf_wgt_kib) * 1024, banks, port}));
  buffers.push_back(BufferCore({"grad", static_cast<uint64_t>(cfg.buf_grad_kib) * 1024, banks, port}));
  buffers.push_back(BufferCore({"acc", static_cast<uint64_t>(cfg.buf_acc_kib) * 1024, banks, static_cast<uint64_t>(cfg.buf_acc_port_bytes)}));
  if (opt.values) {
    for (int b = 0; b < 3; ++b) operand_image[b].assign(buffers[b].config().capacity_bytes * 2, 0);
    acc_image.assign(buffers[3].config().capacity_bytes / 4, 0);
    res.dram = std::move(opt.dram);
    res.dram.resize(prog.tensors.size());
  }
  res.units.resize(static_cast<size_t>(Unit::count));
  for (int u = 0; u < static_cast<int>(Unit::count); ++u) res.units[u].name = unit_name(static_cast<Unit>(u));
  res.layers.resize(prog.layers.size());
  reset_semaphores();
}

std::vector<uint8_t>& Fabric::image(int tensor) {
  std::vector<uint8_t>& img = res.dram[tensor];
  if (img.size() != prog.tensors[tensor].bytes()) img.assign(prog.tensors[tensor].bytes(), 0);
  return img;
}

PhaseAccount* Fabric::account(const Op& op) {
  if (op.layer < 0 || op.layer >= static_cast<int>(res.layers.size())) return nullptr;
  PhaseAccount& a = res.layers[op.layer][op.phase];
  a.present = true;
  return &a;
}

void Fabric::span(const Op& op, uint64_t start, uint64_t end) {
  if (PhaseAccount* a = account(op)) {
    a->first = std::min(a->first, start);
    a->last = std::max(a->last, end);
  }
}

void Fabric::add_busy(Unit u, const Op& op, uint64_t c) {
  res.units[static_cast<int>(u)].busy += c;
  if (PhaseAccount* a = account(op)) a->busy[static_cast<int>(u)] += c;
}

void Fabric::add_stall(Unit u, const Op& op, Stall s, uint64_t c) {
  if (!c) return;
  res.units[static_cast<int>(u)][s] += c;
  if (PhaseAccount* a = account(op)) a->stalls[static_cast<int>(u)][static_cast<int>(s)] += c;
}

void Fabric::count_buffer(Buffer b, const Op& op, uint64_t bytes, bool write) {
  (write ? res.buf_write : res.buf_read)[static_cast<int>(b)] += bytes;
  if (PhaseAccount* a = account(op)) (write ? a->buf_write : a->buf_read)[static_cast<int>(b)] += bytes;
}

void Fabric::slice(Unit u, const Op& op, uint64_t start, uint64_t c) {
  if (opt.timeline) res.timeline.push_back({static_cast<int>(u), label(op), start, c});
}

std::string Fabric::label(const Op& op) const {
  static const char* kinds[] = {"load", "store", "gemm", "gq max", "gq quantize", "gq update", "fq weights", "fq acts", "vec", "barrier"};
  std::string s = kinds[static_cast<int>(op.kind)];
  if (op.kind == OpKind::vec) s = vec_op_name(op.vec_op);
  if (op.layer >= 0) s += " " + prog.layers[op.layer].name;
  return s;
}

void Fabric::reset_semaphores() {
  for (int i = 0; i < 32; ++i) sems_[i].count = prog.initial_semaphores[i];
}

void Fabric::sem_wait(Unit u, const Op& op, Stall cause) {
  const uint64_t t0 = now_cycles();
  for (uint8_t id : op.wait) {
    if (!id) continue;
    while (sems_[id].count == 0) sc_core::wait(sems_[id].changed);
    --sems_[id].count;
  }
  if (cause != Stall::count) add_stall(u, op, cause, now_cycles() - t0);
}

void Fabric::sem_signal(const Op& op) {
  for (uint8_t id : op.signal)
    if (id) {
      ++sems_[id].count;
      sems_[id].changed.notify(sc_core::SC_ZERO_TIME);
    }
}

void Fabric::op_done() {
  --outstanding_;
  drained_.notify(sc_core::SC_ZERO_TIME);
}

void Fabric::wait_drained() {
  while (outstanding_ > 0) sc_core::wait(drained_);
}

// Transfers are recycled once delivered (a large run moves millions of them).
Transfer* Fabric::new_transfer() {
  if (free_.empty()) {
    transfers_.emplace_back();
    return &transfers_.back();
  }
  Transfer* t = free_.back();
  free_.pop_back();
  *t = Transfer();
  return t;
}

void Fabric::recycle(Transfer* t) {
  t->move = nullptr;
  t->on_done = nullptr;
  free_.push_back(t);
}

void Fabric::stream(Unit u, const Op& op, uint64_t bytes_in, uint64_t bytes_out, uint64_t compute) {
  const uint64_t t0 = now_cycles();
  sc_core::sc_event done;
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
      channel->write(t);
      left -= t->bytes;
    }
  }
  busy_signal[static_cast<int>(u)].write(1);
  sc_core::wait(cycles(compute));
  add_busy(u, op, compute);
  if (pending) sc_core::wait(done);
  busy_signal[static_cast<int>(u)].write(0);
  const uint64_t total = now_cycles() - t0;
  add_stall(u, op, Stall::dram_bandwidth, total - std::min(total, compute));
  span(op, t0, now_cycles());
  slice(u, op, t0, total);
}

}  // namespace int4sim::hw
