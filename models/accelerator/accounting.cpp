#include "models/accelerator/accounting.h"

#include <algorithm>

namespace int4sim::hw {

Accounting::Accounting(const Program& prog, ExecutionResult& res, bool timeline, int warmup)
    : prog_(prog), retired_(prog.ops.size(), 0), warmup_(warmup), res_(res), timeline_(timeline) {
  res_.units.resize(static_cast<size_t>(Unit::count));
  for (int u = 0; u < static_cast<int>(Unit::count); ++u) res_.units[u].name = unit_name(static_cast<Unit>(u));
  res_.layers.resize(prog.layers.size());
}

PhaseAccount* Accounting::account(int layer, Phase phase) {
  if (layer < 0 || layer >= static_cast<int>(res_.layers.size())) return nullptr;
  PhaseAccount& a = res_.layers[layer][static_cast<size_t>(phase)];
  a.present = true;
  return &a;
}

PhaseAccount* Accounting::account(const Op& op) { return account(op.layer, op.phase); }

void Accounting::span(const Op& op, uint64_t start, uint64_t end) {
  if (PhaseAccount* a = account(op)) {
    a->first = std::min(a->first, start);
    a->last = std::max(a->last, end);
  }
}

void Accounting::add_busy(Unit u, const Op& op, uint64_t c) {
  res_.units[static_cast<int>(u)].busy += c;
  if (PhaseAccount* a = account(op)) a->busy[static_cast<int>(u)] += c;
}

void Accounting::add_stall(Unit u, const Op& op, Stall s, uint64_t c) {
  if (!c) return;
  res_.units[static_cast<int>(u)][s] += c;
  if (PhaseAccount* a = account(op)) a->stalls[static_cast<int>(u)][static_cast<int>(s)] += c;
}

void Accounting::count_buffer(Buffer b, const Op& op, uint64_t bytes, bool write) {
  (write ? res_.buf_write : res_.buf_read)[static_cast<int>(b)] += bytes;
  if (PhaseAccount* a = account(op)) (write ? a->buf_write : a->buf_read)[static_cast<int>(b)] += bytes;
}

// The channel's own time is the DMA unit's busy time; a transfer does not mark its layer-phase
// present (the operation that asked for it does).
void Accounting::dram_transfer(int layer, Phase phase, bool write, uint64_t bytes, uint64_t start, uint64_t occupancy) {
  (write ? res_.dram_write : res_.dram_read) += bytes;
  res_.units[static_cast<int>(Unit::dma)].busy += occupancy;
  if (layer >= 0) {
    PhaseAccount& a = res_.layers[layer][static_cast<size_t>(phase)];
    (write ? a.dram_write : a.dram_read) += bytes;
    a.busy[static_cast<int>(Unit::dma)] += occupancy;
    a.first = std::min(a.first, start);
  }
  if (timeline_) res_.timeline.push_back({0, write ? "dram write" : "dram read", start, occupancy});
}

void Accounting::delivered(int layer, Phase phase, uint64_t now) {
  if (layer >= 0) {
    PhaseAccount& a = res_.layers[layer][static_cast<size_t>(phase)];
    a.last = std::max(a.last, now);
  }
}

void Accounting::slice(Unit u, const Op& op, uint64_t start, uint64_t c) {
  if (timeline_) res_.timeline.push_back({static_cast<int>(u), label(op), start, c});
}

std::string Accounting::label(const Op& op) const {
  static const char* kinds[] = {"load", "store", "gemm", "gq max", "gq quantize", "gq update", "fq weights", "fq acts", "vec", "barrier"};
  std::string s = kinds[static_cast<int>(op.kind)];
  if (op.kind == OpKind::vec) s = vec_op_name(op.vec_op);
  if (op.layer >= 0) s += " " + prog_.layers[op.layer].name;
  return s;
}

void Accounting::charge_head(uint64_t now) {
  if (now <= since_) return;
  const uint64_t c = now - since_;
  since_ = now;
  if (head_ >= issued_) {  // nothing in flight
    res_.unattributed_cycles += c;
    return;
  }
  const Op& op = prog_.ops[head_];
  if (PhaseAccount* a = account(op)) a->attributed_cycles += c;
  else res_.unattributed_cycles += c;
}

void Accounting::issued(const Op& op, uint64_t now) {
  const size_t i = static_cast<size_t>(&op - prog_.ops.data());
  if (head_ >= issued_) {  // the first in flight: the time before it had no operation
    charge_head(now);
    head_ = i;
  }
  issued_ = i + 1;
}

void Accounting::retired(const Op& op, uint64_t now) {
  const size_t i = static_cast<size_t>(&op - prog_.ops.data());
  retired_[i] = 1;
  if (i != head_) return;
  charge_head(now);
  while (head_ < issued_ && retired_[head_]) ++head_;
}

void Accounting::begin_iteration(uint64_t now) {
  charge_head(now);
  iteration_start_ = now;
  std::fill(retired_.begin(), retired_.end(), 0);
  head_ = issued_ = 0;
}

void Accounting::end_iteration(uint64_t now) {
  charge_head(now);
  for (auto& layer : res_.layers)
    for (auto& a : layer)
      if (a.present && a.last >= a.first) {
        a.span_cycles += a.last - a.first;
        a.first = UINT64_MAX;
        a.last = 0;
      }
  PhaseAccount done;
  for (const auto& layer : res_.layers)
    for (const auto& a : layer) done += a;
  IterationRecord rec{iteration_start_, now, done, res_.unattributed_cycles - unattributed_before_};
  rec.work -= done_before_;
  res_.iterations.push_back(rec);
  done_before_ = done;
  unattributed_before_ = res_.unattributed_cycles;
  if (static_cast<int>(res_.iterations.size()) == warmup_)
    res_.after_warmup = AccountSnapshot{now,           res_.layers,   res_.units,    res_.dram_read, res_.dram_write,
                                        res_.unattributed_cycles, res_.buf_read, res_.buf_write};
}

}  // namespace int4sim::hw
