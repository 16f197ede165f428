#include "sim/report/report.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>

#include "base/error.h"
#include "base/files.h"

namespace int4sim::report {
namespace {

nlohmann::json num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json units_json(const std::map<std::string, UnitFigures>& units) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, u] : units) j[name] = {{"busy", u.busy}, {"stalls", u.stalls}};
  return j;
}

double sum(const std::map<std::string, double>& m) {
  double s = 0;
  for (const auto& [k, v] : m) s += v;
  return s;
}

}  // namespace

double PhaseFigures::total_energy_pj() const { return sum(energy_pj); }
double Report::total_energy_pj() const { return sum(energy_pj); }

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
  const double seconds = static_cast<double>(cycles) / (freq_mhz * 1e6);
  const double energy = total_energy_pj();
  // Means over the quantized layers' gradient errors of this run.
  double sum_eg = 0, sum_egl = 0;
  int n_err = 0;
  for (const auto& l : layers) {
    const QuantError& e = l.phases[static_cast<size_t>(Phase::dgrad)].grad_error;
    if (e.valid && std::isfinite(e.e_g) && std::isfinite(e.e_gl)) {
      sum_eg += e.e_g;
      sum_egl += e.e_gl;
      ++n_err;
    }
  }
  const double peak = static_cast<double>(peak_macs_per_cycle) * freq_mhz * 1e6;
  nlohmann::json totals = {
      {"cycles", cycles},
      {"seconds", seconds},
      {"macs", macs()},
      {"energy_pj", energy},
      {"edp_pj_s", energy * seconds},
      {"utilization", cycles ? static_cast<double>(macs()) / (static_cast<double>(cycles) * peak_macs_per_cycle) : 0.0},
      {"achieved_macs_per_s", seconds > 0 ? static_cast<double>(macs()) / seconds : 0.0},
      {"peak_macs_per_s", peak},
      {"mean_E_G", n_err ? num(sum_eg / n_err) : nlohmann::json(nullptr)},
      {"mean_E_GL", n_err ? num(sum_egl / n_err) : nlohmann::json(nullptr)},
      {"units", units_json(units)},
      {"bytes", bytes},
      {"energy_by_component_pj", energy_pj},
  };
  nlohmann::json jl = nlohmann::json::array();
  for (const auto& l : layers) {
    nlohmann::json phases = nlohmann::json::object();
    for (size_t p = 0; p < l.phases.size(); ++p) {
      const PhaseFigures& f = l.phases[p];
      if (!f.present) continue;
      const uint64_t dram = (f.bytes.count("dram.read") ? f.bytes.at("dram.read") : 0) +
                            (f.bytes.count("dram.write") ? f.bytes.at("dram.write") : 0);
      nlohmann::json jp = {{"cycles", f.cycles},
                           {"macs", f.macs},
                           {"energy_pj", f.total_energy_pj()},
                           {"energy_by_component_pj", f.energy_pj},
                           {"units", units_json(f.units)},
                           {"bytes", f.bytes},
                           {"arithmetic_intensity_macs_per_dram_byte", dram ? num(static_cast<double>(f.macs) / dram) : nlohmann::json(nullptr)},
                           {"achieved_macs_per_cycle", f.cycles ? static_cast<double>(f.macs) / f.cycles : 0.0}};
      // The layer's gradient-quantization figures of this step (the same G feeds dgrad and wgrad),
      // repeated in every phase of a quantized layer.
      const QuantError& e = l.phases[static_cast<size_t>(Phase::dgrad)].grad_error;
      if (l.quantized && e.valid) {
        jp["E_G"] = num(e.e_g);
        jp["E_GL"] = num(e.e_gl);
        jp["gamma"] = e.gamma;
        jp["gamma_next"] = e.gamma_next;
        jp["g_max"] = e.g_max;
        jp["clipped_fraction"] = e.clipped_fraction;
        jp["grad_mse"] = num(e.mse);
        jp["grad_sqnr_db"] = num(e.sqnr_db);
        jp["grad_cosine"] = num(e.cosine);
        jp["gq_search_passes"] = e.search_passes;
      }
      phases[phase_name(static_cast<Phase>(p))] = jp;
    }
    nlohmann::json jl_item = {{"name", l.name}, {"kind", l.kind}, {"quantized", l.quantized}, {"macs", l.macs()}, {"phases", phases}};
    if (l.quantized && !l.grad_history.empty()) {
      nlohmann::json hist = nlohmann::json::array();
      for (size_t i = 0; i < l.grad_history.size(); ++i) {
        const QuantError& e = l.grad_history[i];
        hist.push_back({{"iteration", i}, {"gamma", e.gamma}, {"gamma_next", e.gamma_next}, {"g_max", e.g_max},
                        {"clipped_fraction", e.clipped_fraction}, {"E_G", num(e.e_g)}, {"E_GL", num(e.e_gl)},
                        {"gq_search_passes", e.search_passes}});
      }
      jl_item["gradient_by_iteration"] = hist;
    }
    jl.push_back(jl_item);
  }
  return {{"schema_version", kSchemaVersion}, {"command", command}, {"workload", workload}, {"complete", complete},
          {"config", config}, {"totals", totals}, {"layers", jl}};
}

std::string Report::to_csv() const {
  std::string out =
      "layer,phase,kind,quantized,cycles,macs,energy_pj,dram_read_bytes,dram_write_bytes,E_G,E_GL,gamma,clipped_fraction\n";
  for (const auto& l : layers)
    for (size_t p = 0; p < l.phases.size(); ++p) {
      const PhaseFigures& f = l.phases[p];
      if (!f.present) continue;
      const QuantError& e = l.phases[static_cast<size_t>(Phase::dgrad)].grad_error;
      auto b = [&](const char* k) { return f.bytes.count(k) ? f.bytes.at(k) : uint64_t{0}; };
      auto q = [&](double v) { return (l.quantized && e.valid && std::isfinite(v)) ? fmt::format("{:.9g}", v) : std::string(); };
      out += fmt::format("{},{},{},{},{},{},{:.6g},{},{},{},{},{},{}\n", l.name, phase_name(static_cast<Phase>(p)), l.kind,
                         l.quantized ? "true" : "false", f.cycles, f.macs, f.total_energy_pj(), b("dram.read"),
                         b("dram.write"), q(e.e_g), q(e.e_gl), q(e.gamma), q(e.clipped_fraction));
    }
  return out;
}

std::string Report::summary() const {
  size_t name_width = 16;
  for (const auto& l : layers) name_width = std::max(name_width, l.name.size());
  const std::string row = "{:<" + std::to_string(name_width) + "} {:>6} {:>12} {:>12} {:>12} {:>12} {:>12} {:>10} {:>10} {:>8}\n";
  std::string s = fmt::format(fmt::runtime(row), "layer", "format", "fwd cyc", "dgrad cyc", "wgrad cyc", "update cyc",
                              "energy uJ", "E(G)", "E(G_L)", "gamma");
  for (const auto& l : layers) {
    double energy = 0;
    for (const auto& p : l.phases) energy += p.total_energy_pj();
    const QuantError& e = l.phases[static_cast<size_t>(Phase::dgrad)].grad_error;
    auto cyc = [&](Phase p) {
      const auto& f = l.phases[static_cast<size_t>(p)];
      return f.present ? fmt::format("{}", f.cycles) : std::string("-");
    };
    const bool show = l.quantized && e.valid;
    s += fmt::format(fmt::runtime(row), l.name, l.format.empty() ? (l.quantized ? "int4" : "-") : l.format,
                     cyc(Phase::fwd), cyc(Phase::dgrad), cyc(Phase::wgrad), cyc(Phase::update), fmt::format("{:.3f}", energy / 1e6),
                     show && std::isfinite(e.e_g) ? fmt::format("{:.3e}", e.e_g) : "-",
                     show && std::isfinite(e.e_gl) ? fmt::format("{:.3e}", e.e_gl) : "-",
                     show ? fmt::format("{:.4f}", e.gamma) : "-");
  }
  const double seconds = static_cast<double>(cycles) / (freq_mhz * 1e6);
  const double peak = static_cast<double>(peak_macs_per_cycle) * freq_mhz * 1e6;
  s += fmt::format("\ntotal: {} cycles ({:.6f} s at {} MHz), {} MACs, energy {:.3f} uJ, EDP {:.4g} pJ*s\n", cycles, seconds,
                   freq_mhz, macs(), total_energy_pj() / 1e6, total_energy_pj() * seconds);
  s += fmt::format("roofline: achieved {:.3g} MAC/s of a {:.3g} MAC/s peak ({:.1f} %)\n",
                   seconds > 0 ? static_cast<double>(macs()) / seconds : 0.0, peak,
                   seconds > 0 && peak > 0 ? 100.0 * static_cast<double>(macs()) / seconds / peak : 0.0);
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
