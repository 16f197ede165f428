#pragma once
// The accelerator executing a program: the controller dispatches each operation, in program
// order, to its unit's queue; units run their queues in order, synchronised only by counting
// semaphores (docs/timing.md, "Programs"). One SystemC design per process.
#include <csignal>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "models/accelerator/unit_stats.h"
#include "ir/program.h"
#include "models/gqu/gqu_core.h"
#include "models/mac_array/mac_array_core.h"
#include "models/accelerator/params.h"
#include "models/energy/energy_model.h"

namespace int4sim::hw {

using namespace ir;  // the hardware executes the program IR

// Per layer and phase: what each unit did for it.
struct PhaseAccount {
  bool present = false;
  uint64_t first = UINT64_MAX, last = 0;  // cycle span in the current iteration
  uint64_t span_cycles = 0;               // spans summed over the iterations
  uint64_t attributed_cycles = 0;         // cycles charged to it (docs/timing.md, "Attribution")
  std::array<uint64_t, static_cast<size_t>(Unit::count)> busy{};
  std::array<std::array<uint64_t, static_cast<size_t>(Stall::count)>, static_cast<size_t>(Unit::count)> stalls{};
  std::array<uint64_t, static_cast<size_t>(Buffer::count)> buf_read{}, buf_write{};
#define INT4SIM_COUNTER(id, name, unit, description, action) uint64_t id = 0;
#include "models/accelerator/counters.def"
#undef INT4SIM_COUNTER

  // Every multiply-accumulate, whatever its format.
  uint64_t macs() const { return macs_int4 + macs_int8 + macs_fp32; }
  // Adds every counter, busy and stall cycle, buffer byte and attributed cycle of `other` (not the
  // spans); -= takes them away (an iteration's share: a later snapshot minus an earlier one; the
  // spans too).
  PhaseAccount& operator+=(const PhaseAccount& other);
  PhaseAccount& operator-=(const PhaseAccount& other);
};

using LayerAccounts = std::vector<std::array<PhaseAccount, static_cast<size_t>(Phase::count)>>;  // [layer][phase]

// One training iteration: its first and last cycle, everything its layer-phases did, summed (the
// energy model is linear in it, so its energy follows), and its cycles of no layer. Constant size
// whatever the network.
struct IterationRecord {
  uint64_t start = 0, end = 0;
  PhaseAccount work;
  uint64_t unattributed_cycles = 0;
};

// Every account as it stood at the end of an iteration: what a report that leaves the first
// iterations out (--warmup) subtracts.
struct AccountSnapshot {
  uint64_t end = 0;
  LayerAccounts layers;
  std::vector<UnitStats> units;
  uint64_t dram_read = 0, dram_write = 0, unattributed_cycles = 0;
  std::array<uint64_t, static_cast<size_t>(Buffer::count)> buf_read{}, buf_write{};
};

// The declared counters: name, unit of measure, description, where each lives, and the energy
// action it is charged as (nullptr: none of its own).
struct CounterInfo {
  const char* name;
  const char* unit;
  const char* description;
  uint64_t PhaseAccount::*field;
  uint64_t ActionCounts::*action;
};
const std::vector<CounterInfo>& counter_table();

struct GqOutcome {  // one quantized tensor
  int layer = -1;
  int iteration = 0;
  GquTensorResult result;
};

struct ExecutionResult {
  uint64_t cycles = 0;
  std::vector<UnitStats> units;                       // indexed by Unit
  LayerAccounts layers;                               // [layer][phase], the whole run
  std::vector<IterationRecord> iterations;
  uint64_t unattributed_cycles = 0;                   // cycles whose oldest operation has no layer
  std::optional<AccountSnapshot> after_warmup;        // at the end of ExecutionOptions::warmup iterations
  std::vector<GqOutcome> gq;
  std::vector<std::vector<uint8_t>> dram;             // final tensor images (values mode)
  // With ExecutionOptions::overflow_flags, by tensor: one byte per element of every tensor the
  // array's accumulators were stored to, 1 where the output's sum saturated or wrapped.
  std::vector<std::vector<uint8_t>> overflow;
  std::vector<Slice> timeline;
  uint64_t dram_read = 0, dram_write = 0;
  std::array<uint64_t, static_cast<size_t>(Buffer::count)> buf_read{}, buf_write{};
  uint64_t ops = 0;
  bool complete = true;
};

struct ExecutionOptions {
  bool values = true;
  // Unit activity as VCD, written to exactly this path (SystemC would append ".vcd": the trace is
  // written beside it under a temporary name and renamed into place once the run has ended).
  std::string vcd_path;
  bool timeline = false;
  // Initial DRAM images by tensor id (values mode); missing ones start zeroed.
  std::vector<std::vector<uint8_t>> dram;
  // The program runs this many times back to back (training iterations; unit state such as the
  // GQU's gamma carries over); before each, `before_iteration` may refresh DRAM tensors.
  int iterations = 1;
  // Snapshot every account at the end of this many iterations (0: none), for a report that
  // leaves them out (ExecutionResult::after_warmup).
  int warmup = 0;
  // Set (e.g. by a SIGINT handler) to stop dispatching: the run drains what was issued and ends
  // with ExecutionResult::complete false.
  const volatile std::sig_atomic_t* stop = nullptr;
  // `so_far` is the result up to here (its dram holds the previous iteration's outputs).
  std::function<void(int iteration, ExecutionResult& so_far)> before_iteration;
  // Called as the controller dispatches the first operation of a layer and phase (progress display).
  std::function<void(int iteration, int layer, Phase phase)> on_dispatch;
  // Values mode: keep a sticky overflow flag beside every accumulator and store it with the
  // accumulators (ExecutionResult::overflow). Costs a scalar pass over the tiles that could overflow.
  bool overflow_flags = false;
  // Values mode: sees every tile the MAC array computes (`int4sim gemm --rtl` runs it on the RTL).
  TileObserver on_tile;
};

ExecutionResult execute(const AcceleratorParams& cfg, const Program& program, ExecutionOptions options);

}  // namespace int4sim::hw
