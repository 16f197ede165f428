#include "models/controller/executor.h"

#include <systemc>

#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "models/accelerator/accelerator.h"
#include "models/accelerator/clock.h"

namespace int4sim::hw {

const std::vector<CounterInfo>& counter_table() {
  static const std::vector<CounterInfo> table = {
#define INT4SIM_COUNTER(id, name, unit, description, action) {name, unit, description, &PhaseAccount::id, action},
#include "models/accelerator/counters.def"
#undef INT4SIM_COUNTER
  };
  return table;
}

namespace {

// Every additive field of two accounts, pairwise: the declared counters, busy and stall cycles,
// buffer bytes and attributed cycles (spans apart: they are closed per iteration).
template <typename F>
void for_each_count(PhaseAccount& a, const PhaseAccount& b, F f) {
  for (const CounterInfo& c : counter_table()) f(a.*c.field, b.*c.field);
  for (size_t u = 0; u < a.busy.size(); ++u) {
    f(a.busy[u], b.busy[u]);
    for (size_t s = 0; s < a.stalls[u].size(); ++s) f(a.stalls[u][s], b.stalls[u][s]);
  }
  for (size_t i = 0; i < a.buf_read.size(); ++i) {
    f(a.buf_read[i], b.buf_read[i]);
    f(a.buf_write[i], b.buf_write[i]);
  }
  f(a.attributed_cycles, b.attributed_cycles);
}

}  // namespace

PhaseAccount& PhaseAccount::operator+=(const PhaseAccount& o) {
  for_each_count(*this, o, [](uint64_t& x, uint64_t y) { x += y; });
  return *this;
}

PhaseAccount& PhaseAccount::operator-=(const PhaseAccount& o) {
  for_each_count(*this, o, [](uint64_t& x, uint64_t y) { x -= y; });
  span_cycles -= o.span_cycles;
  return *this;
}

ExecutionResult execute(const AcceleratorParams& cfg, const Program& program, ExecutionOptions options) {
  ExecutionResult res;
  Accelerator accelerator("accelerator", cfg, program, options, res);
  const Controller& ctrl = accelerator.controller();

  sc_core::sc_trace_file* vcd = nullptr;
  const std::string vcd_tmp = options.vcd_path + ".tmp." + std::to_string(::getpid());
  if (!options.vcd_path.empty()) {
    vcd = sc_core::sc_create_vcd_trace_file(vcd_tmp.c_str());
    vcd->set_time_unit(1, sc_core::SC_NS);  // one VCD time unit = one cycle
    for (int u = 0; u < static_cast<int>(Unit::ctrl); ++u)
      sc_core::sc_trace(vcd, accelerator.unit(static_cast<Unit>(u)).busy, std::string(unit_name(static_cast<Unit>(u))) + ".busy");
  }
  // The VCD reaches its path only when the run succeeded; on any failure its temporary is removed.
  const std::string vcd_written = vcd_tmp + ".vcd";
  auto drop_vcd = [&] {
    if (!vcd) return;
    sc_core::sc_close_vcd_trace_file(vcd);
    vcd = nullptr;
    std::remove(vcd_written.c_str());
  };
  try {
    sc_core::sc_start();
  } catch (...) {
    drop_vcd();
    throw;
  }
  if (ctrl.error) {
    drop_vcd();
    std::rethrow_exception(ctrl.error);
  }
  if (!ctrl.finished) {
    drop_vcd();
    throw std::logic_error("the program deadlocked at cycle " + std::to_string(now_cycles()) +
                           ": a semaphore is waited for that nothing signals");
  }
  if (vcd) {
    sc_core::sc_close_vcd_trace_file(vcd);
    if (std::rename(vcd_written.c_str(), options.vcd_path.c_str()) != 0) {
      std::remove(vcd_written.c_str());
      throw std::runtime_error(options.vcd_path + ": cannot rename the VCD into place");
    }
  }
  res.cycles = static_cast<uint64_t>(ctrl.end_time / cycle_period() + 0.5);
  // Whatever a unit neither worked nor stalled on, it was idle.
  for (auto& u : res.units) {
    uint64_t accounted = u.busy;
    for (auto s : u.stalls) accounted += s;
    if (accounted < res.cycles) u[Stall::idle] += res.cycles - accounted;
  }
  return res;
}

}  // namespace int4sim::hw
