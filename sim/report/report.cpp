#include "sim/report/report.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>

#include "base/error.h"
#include "base/files.h"
#include "sim/report/metrics.h"

namespace int4sim::report {
namespace {

double sum(const std::map<std::string, double>& m) {
  double s = 0;
  for (const auto& [k, v] : m) s += v;
  return s;
}

const QuantError& gradient_of(const LayerFigures& l) { return l.phases[static_cast<size_t>(Phase::dgrad)].grad_error; }

// The layer's gradient figures, when it has them: a quantized layer with a valid quantization.
const QuantError* reported_gradient(const LayerFigures& l) {
  const QuantError& e = gradient_of(l);
  return l.quantized && e.valid ? &e : nullptr;
}

// The metrics of `scope` for one context, as JSON keys (metric_table(), metrics.cpp).
void put_metrics(nlohmann::json& j, Scope scope, const MetricContext& c, bool per_iteration_only = false) {
  for (const Metric& m : metric_table()) {
    if (m.scope != scope || !m.key || (per_iteration_only && !m.per_iteration)) continue;
    if (MetricValue v = m.value(c)) j[m.key] = std::move(*v);
  }
}

// The terminal table's columns: header, width, the cell of a layer.
struct SummaryColumn {
  const char* header;
  int width;
  std::string (*cell)(const Report&, const LayerFigures&);
};

template <Phase P>
std::string phase_cycles(const Report&, const LayerFigures& l) {
  const PhaseFigures& f = l.phases[static_cast<size_t>(P)];
  return f.present ? fmt::format("{}", f.attributed_cycles) : std::string("-");
}

std::string gradient_cell(const LayerFigures& l, double QuantError::*field, const char* format) {
  const QuantError* e = reported_gradient(l);
  return e && std::isfinite(e->*field) ? fmt::format(fmt::runtime(format), e->*field) : "-";
}

const SummaryColumn kSummaryColumns[] = {
    {"format", 6, [](const Report&, const LayerFigures& l) { return l.format.empty() ? std::string(l.quantized ? "int4" : "-") : l.format; }},
    {"fwd cyc", 12, phase_cycles<Phase::fwd>},
    {"dgrad cyc", 12, phase_cycles<Phase::dgrad>},
    {"wgrad cyc", 12, phase_cycles<Phase::wgrad>},
    {"update cyc", 12, phase_cycles<Phase::update>},
    {"energy uJ", 12,
     [](const Report&, const LayerFigures& l) {
       double energy = 0;
       for (const auto& p : l.phases) energy += p.attributed_energy_pj;
       return fmt::format("{:.3f}", energy / 1e6);
     }},
    {"E(G)", 10, [](const Report&, const LayerFigures& l) { return gradient_cell(l, &QuantError::e_g, "{:.3e}"); }},
    {"E(G_L)", 10, [](const Report&, const LayerFigures& l) { return gradient_cell(l, &QuantError::e_gl, "{:.3e}"); }},
    {"gamma", 8, [](const Report&, const LayerFigures& l) { return gradient_cell(l, &QuantError::gamma, "{:.4f}"); }},
    // The forward operands' SQNR, weights / activations (the last step's).
    {"W/A dB", 11,
     [](const Report&, const LayerFigures& l) {
       const OperandErrors& e = l.phases[static_cast<size_t>(Phase::fwd)].operands;
       if (!e.w.valid || !e.a.valid) return std::string("-");
       const auto db = [](double v) { return std::isfinite(v) ? fmt::format("{:.1f}", v) : std::string("inf"); };
       return db(e.w.sqnr_db) + "/" + db(e.a.sqnr_db);
     }},
    // The forward output's error against FP32, in percent (the last computed step; --errors all).
    {"Y err %", 8,
     [](const Report&, const LayerFigures& l) {
       const PhaseFigures& f = l.phases[static_cast<size_t>(Phase::fwd)];
       if (!f.has_output || !f.output.valid || !std::isfinite(f.output.rel_err)) return std::string("-");
       return fmt::format("{:.2f}{}", 100.0 * f.output.rel_err, f.output.acc_saturated ? "!" : "");
     }},
    // Where the layer sits on the roofline: memory- or compute-bound (its MACs per DRAM byte below
    // or above peak MACs per cycle / DRAM bytes per cycle) and the share of that roof it reaches
    // in its attributed cycles.
    {"roofline", 9,
     [](const Report& r, const LayerFigures& l) {
       uint64_t dram = 0, cycles = 0;
       for (const auto& p : l.phases) {
         for (const char* k : {"dram.read", "dram.write"})
           if (const auto it = p.bytes.find(k); it != p.bytes.end()) dram += it->second;
         cycles += p.attributed_cycles;
       }
       if (!l.macs() || !cycles) return std::string("-");
       const double peak = static_cast<double>(r.peak_macs_per_cycle), intensity = dram ? static_cast<double>(l.macs()) / dram : INFINITY;
       const double roof = std::min(peak, intensity * r.dram_bytes_per_cycle);
       return fmt::format("{} {:.0f}%", intensity * r.dram_bytes_per_cycle < peak ? "mem" : "cmp",
                          100.0 * static_cast<double>(l.macs()) / static_cast<double>(cycles) / roof);
     }},
};

}  // namespace

double PhaseFigures::total_energy_pj() const { return sum(energy_pj); }
double Report::total_energy_pj() const { return energy_total_pj ? *energy_total_pj : sum(energy_pj); }

uint64_t LayerFigures::macs() const {
  uint64_t m = 0;
  for (const auto& p : phases) m += p.macs;
  return m;
}

uint64_t Report::macs() const {
  uint64_t m = 0;
  for (const auto& l : layers) m += l.macs();
  return m;
}

nlohmann::json Report::to_json() const {
  nlohmann::json totals = nlohmann::json::object();
  put_metrics(totals, Scope::totals, {this});
  nlohmann::json jl = nlohmann::json::array();
  for (const auto& l : layers) {
    // The layer's gradient-quantization figures of this step (the same G feeds dgrad and wgrad),
    // repeated in every phase of a quantized layer.
    const QuantError* grad = reported_gradient(l);
    nlohmann::json phases = nlohmann::json::object();
    for (size_t p = 0; p < l.phases.size(); ++p) {
      const PhaseFigures& f = l.phases[p];
      if (!f.present) continue;
      nlohmann::json jp = nlohmann::json::object();
      put_metrics(jp, Scope::phase, {this, &l, &f, grad});
      if (grad) put_metrics(jp, Scope::gradient, {this, &l, &f, grad});
      MetricContext oc{this, &l, &f, grad};
      oc.operands = &f.operands;
      put_metrics(jp, Scope::operands, oc);
      oc.output = f.has_output ? &f.output : nullptr;
      put_metrics(jp, Scope::outputs, oc);
      phases[phase_name(static_cast<Phase>(p))] = jp;
    }
    nlohmann::json jl_item = {{"name", l.name}, {"kind", l.kind}, {"quantized", l.quantized}, {"macs", l.macs()}, {"phases", phases}};
    if (l.quantized && !l.grad_history.empty()) {
      nlohmann::json hist = nlohmann::json::array();
      for (size_t i = 0; i < l.grad_history.size(); ++i) {
        nlohmann::json h = {{"iteration", l.grad_history[i].iteration}};
        put_metrics(h, Scope::gradient, {this, &l, nullptr, &l.grad_history[i]}, true);
        hist.push_back(std::move(h));
      }
      jl_item["gradient_by_iteration"] = hist;
    }
    if (!l.operand_history.empty()) {
      nlohmann::json hist = nlohmann::json::array();
      for (size_t i = 0; i < l.operand_history.size(); ++i) {
        nlohmann::json h = {{"iteration", l.operand_history[i].iteration}};
        MetricContext oc{this, &l};
        oc.operands = &l.operand_history[i];
        put_metrics(h, Scope::operands, oc, true);
        hist.push_back(std::move(h));
      }
      jl_item["operands_by_iteration"] = hist;
    }
    if (!l.output_history.empty()) {
      // One entry per computed step and GEMM phase of the layer.
      nlohmann::json hist = nlohmann::json::array();
      for (const OutputErrors& step : l.output_history)
        for (size_t p = 0; p < step.phase.size(); ++p) {
          if (!step.phase[p].valid) continue;
          nlohmann::json h = {{"iteration", step.iteration}, {"phase", phase_name(static_cast<Phase>(p))}};
          MetricContext oc{this, &l};
          oc.output = &step.phase[p];
          put_metrics(h, Scope::outputs, oc, true);
          hist.push_back(std::move(h));
        }
      jl_item["outputs_by_iteration"] = hist;
    }
    jl.push_back(jl_item);
  }
  nlohmann::json ji = nlohmann::json::array();
  for (size_t i = 0; i < iterations.size(); ++i) {
    nlohmann::json it = {{"iteration", i}};
    MetricContext c{this};
    c.iteration = &iterations[i];
    put_metrics(it, Scope::iteration, c);
    ji.push_back(std::move(it));
  }
  return {{"schema_version", kSchemaVersion}, {"command", command}, {"workload", workload}, {"complete", complete},
          {"config", config}, {"totals", totals}, {"layers", jl}, {"iterations", ji}};
}

std::string Report::to_csv() const {
  std::string out = "layer,phase,kind,quantized";
  for (const Scope scope : {Scope::phase, Scope::gradient, Scope::operands, Scope::outputs})
    for (const Metric& m : metric_table())
      if (m.scope == scope && m.csv) out += std::string(",") + m.csv;
  out += "\n";
  for (const auto& l : layers) {
    const QuantError* grad = reported_gradient(l);
    for (size_t p = 0; p < l.phases.size(); ++p) {
      const PhaseFigures& f = l.phases[p];
      if (!f.present) continue;
      out += fmt::format("{},{},{},{}", l.name, phase_name(static_cast<Phase>(p)), l.kind, l.quantized ? "true" : "false");
      MetricContext c{this, &l, &f, grad};
      c.operands = &f.operands;
      c.output = f.has_output ? &f.output : nullptr;
      for (const Scope scope : {Scope::phase, Scope::gradient, Scope::operands, Scope::outputs})
        for (const Metric& m : metric_table())
          if (m.scope == scope && m.csv)
            out += "," + (scope == Scope::gradient && !grad ? std::string() : csv_cell(m.value(c), m.csv_digits));
      out += "\n";
    }
  }
  return out;
}

std::string Report::summary() const {
  size_t name_width = 16;
  for (const auto& l : layers) name_width = std::max(name_width, l.name.size());
  auto line = [&](const std::string& first, auto&& cell) {
    std::string row = fmt::format("{:<{}}", first, name_width);
    for (const SummaryColumn& col : kSummaryColumns) row += fmt::format(" {:>{}}", cell(col), col.width);
    return row + "\n";
  };
  std::string s = line("layer", [](const SummaryColumn& col) { return std::string(col.header); });
  for (const auto& l : layers) s += line(l.name, [&](const SummaryColumn& col) { return col.cell(*this, l); });
  const double seconds = static_cast<double>(cycles) / (freq_mhz * 1e6);
  const double peak = static_cast<double>(peak_macs_per_cycle) * freq_mhz * 1e6;
  s += fmt::format("\ntotal: {} cycles ({:.6f} s at {} MHz), {} MACs, energy {:.3f} uJ, EDP {:.4g} pJ*s\n", cycles, seconds,
                   freq_mhz, macs(), total_energy_pj() / 1e6, total_energy_pj() * seconds);
  if (!values) s += "quantization errors: none in a timing-only run (null in report.json)\n";
  else if (errors == "none") s += "quantization errors: none computed (--errors none; null in report.json)\n";
  else if (errors != "all")
    s += fmt::format("GEMM output errors: not computed (--errors {}; --errors all adds them; null in report.json)\n", errors);
  else if (const auto sat = std::count_if(layers.begin(), layers.end(), [](const LayerFigures& l) {
             return std::any_of(l.phases.begin(), l.phases.end(), [](const PhaseFigures& p) { return p.has_output && p.output.acc_saturated; });
           }))
    s += fmt::format("accumulator overflow: {} layer(s) saturated or wrapped some outputs ('!' after Y err %; acc_saturated in report.json)\n", sat);
  s += fmt::format("roofline: achieved {:.3g} MAC/s of a {:.3g} MAC/s peak ({:.1f} %)\n",
                   seconds > 0 ? static_cast<double>(macs()) / seconds : 0.0, peak,
                   seconds > 0 && peak > 0 ? 100.0 * static_cast<double>(macs()) / seconds / peak : 0.0);
  // The first step (LBT's initial search, cold state) and the steady state, apart.
  if (!iterations.empty()) {
    const IterationFigures& first = iterations.front();
    s += fmt::format("first step: {} cycles, {:.3f} uJ, {:.3f} MB of DRAM traffic{}\n", first.cycles, first.energy_pj / 1e6,
                     static_cast<double>(first.dram_bytes) / 1e6, first.warmup ? " (warmup: left out of the figures above)" : "");
    // The steady state: the steps after the first, warmup steps left out.
    size_t from = 1;
    while (from < iterations.size() && iterations[from].warmup) ++from;
    if (from < iterations.size()) {
      double cycles = 0, energy = 0, dram = 0;
      for (size_t i = from; i < iterations.size(); ++i) {
        cycles += static_cast<double>(iterations[i].cycles);
        energy += iterations[i].energy_pj;
        dram += static_cast<double>(iterations[i].dram_bytes);
      }
      const double n = static_cast<double>(iterations.size() - from);
      s += fmt::format("steady-state step (mean of steps {}..{}): {:.0f} cycles, {:.3f} uJ, {:.3f} MB of DRAM traffic\n",
                       from + 1, iterations.size(), cycles / n, energy / n / 1e6, dram / n / 1e6);
    }
  }
  if (!complete) s += "INCOMPLETE: the run was interrupted; figures cover only what finished\n";
  return s;
}

std::vector<std::string> write_report(const Report& r, const std::string& dir) {
  make_dirs(dir);
  const std::vector<std::string> paths = {dir + "/report.json", dir + "/layers.csv"};
  write_file_atomic(paths[0], r.to_json().dump(2) + "\n");
  write_file_atomic(paths[1], r.to_csv());
  return paths;
}

}  // namespace int4sim::report
