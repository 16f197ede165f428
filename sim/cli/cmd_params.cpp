// int4sim params: every declared parameter with its type, default, unit, range and description;
// --energy: the resolved energy table with provenance and derived per-action figures.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "models/energy/energy_model.h"
#include "models/controller/executor.h"
#include "sim/cli/cli.h"
#include "sim/report/metrics.h"
#include "base/error.h"

namespace int4sim::cli {
namespace {

const char* type_name(ParamType t) {
  switch (t) {
    case ParamType::Int: return "int";
    case ParamType::Real: return "real";
    case ParamType::Enum: return "enum";
    case ParamType::Bool: return "bool";
  }
  return "";
}

const hw::EnergyProvenance& provenance_of(const std::string& name) {
  for (const auto& e : hw::energy_provenance())
    if (name == e.name) return e;
  throw std::logic_error("no energy provenance for " + name);
}

// The energy.* parameters at the configured node and supply, then figures derived from them.
void print_energy(const Config& cfg) {
  const hw::EnergyTable t = hw::energy_table(cfg);
  fmt::print("energy table at {} nm, {} V: node factor {:.6g} (Stillmaker & Baas 2017), wire factor {:.6g} (vdd^2)\n",
             t.node_nm, t.vdd, t.node_factor, t.wire_factor);
  fmt::print("basis: Q quoted, D derived by the stated rule, A assumption (docs/energy.md)\n\n");
  fmt::print("{:<30} {:<9} {:<11} {:<10} {:<5} {}\n", "name", "value", "at node", "unit", "basis", "source");
  for (const auto& p : param_table()) {
    if (std::string(p.name).rfind("energy.", 0) != 0) continue;
    const hw::EnergyProvenance& e = provenance_of(p.name);
    std::string at_node = get_param(cfg, p);
    if (p.type == ParamType::Real && e.scaling != hw::EnergyScaling::none) {
      const double v = *static_cast<const double*>(p.field(const_cast<Config*>(&cfg)));
      at_node = fmt::format("{:.6g}", v * (e.scaling == hw::EnergyScaling::node ? t.node_factor : t.wire_factor));
    }
    fmt::print("{:<30} {:<9} {:<11} {:<10} {:<5} {}\n", p.name, get_param(cfg, p), at_node, p.unit, e.basis, e.source);
  }

  auto line = [](const std::string& what, double value, const char* unit) {
    fmt::print("  {:<40} {:>9.6g} {}\n", what, value, unit);
  };
  const int acc = static_cast<int>(cfg.array_acc_bits);
  const hw::ActionCounts units = hw::configured_units(cfg);
  fmt::print("\nderived, at {} nm\n", t.node_nm);
  line(fmt::format("INT4 MAC, {}-bit accumulator", acc), t.mac_pj(4, 4, acc), "pJ");
  line(fmt::format("INT8 MAC, {}-bit accumulator", acc), t.mac_pj(8, 8, acc), "pJ");
  const std::pair<const char*, const hw::BufferTraffic*> buffers[] = {
      {"act", &units.act}, {"wgt", &units.wgt}, {"grad", &units.grad}, {"acc", &units.acc}};
  for (const auto& [name, b] : buffers)
    line(fmt::format("SRAM, {} buffer ({} KiB)", name, b->capacity_bytes / 1024), t.sram_pj_per_byte(b->capacity_bytes),
         "pJ/B");
  line(fmt::format("DRAM ({})", cfg.energy_dram_pj_per_byte > 0 ? "energy.dram_pj_per_byte" : cfg.energy_dram_type),
       t.dram_pj_per_byte, "pJ/B");
  line(fmt::format("static, MAC array ({} PEs)", units.pes), units.pes * t.static_mw_per_pe, "mW");
  line(fmt::format("static, forward quantizer ({} lanes)", units.fq_lanes), units.fq_lanes * t.static_fq_mw_per_lane, "mW");
  line(fmt::format("static, GQU ({} lanes)", units.gq_lanes), units.gq_lanes * t.static_gq_mw_per_lane, "mW");
  line(fmt::format("static, vector unit ({} lanes)", units.vec_lanes), units.vec_lanes * t.static_vec_mw_per_lane, "mW");
  const uint64_t sram_kib =
      (units.act.capacity_bytes + units.wgt.capacity_bytes + units.grad.capacity_bytes + units.acc.capacity_bytes) / 1024;
  line(fmt::format("static, buffers ({} KiB)", sram_kib), sram_kib * t.static_sram_mw_per_kib, "mW");
  line("static, total", hw::static_mw(units, t), "mW");
}

}  // namespace

int cmd_params(const std::vector<std::string>& args) {
  auto desc = common_options();
  desc.add_options()("format", po::value<std::string>()->default_value("table"),
                     "table | ini (the resolved configuration as an INI file) | json")(
      "energy", "the energy table at energy.node_nm and energy.vdd: values, units, provenance, derived figures")(
      "counters", "the action counters every layer x phase of a run keeps (models/accelerator/counters.def)")(
      "metrics", "the figures a run reports: report.json keys, layers.csv columns, sweep columns (sim/report/metrics.cpp)");
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  if (!parse("params", "int4sim params [--config F.ini] [--set k=v] [--format table|ini|json | --energy | --counters | --metrics]", args, desc,
             parsed, vm))
    return 0;
  const Config cfg = resolve_config(parsed);
  const std::string format = vm["format"].as<std::string>();
  if (vm.count("metrics")) {
    if (!vm["format"].defaulted() || vm.count("energy") || vm.count("counters"))
      throw InputError("--metrics prints its own table: drop --format, --energy and --counters");
    // where: the JSON key's place (totals, a layer's phases, also gradient_by_iteration), the CSV
    // column and the sweep.
    fmt::print("{:<9} {:<40} {:<17} {:<10} {}\n", "scope", "key", "layers.csv", "unit", "description");
    for (const auto& m : report::metric_table()) {
      std::string desc = m.description;
      if (m.sweep) desc += " [sweep column]";
      if (m.per_iteration) desc += " [also per iteration]";
      fmt::print("{:<9} {:<40} {:<17} {:<10} {}\n", report::scope_name(m.scope), m.key ? m.key : "-", m.csv ? m.csv : "-",
                 *m.unit ? m.unit : "-", desc);
    }
  } else if (vm.count("counters")) {
    if (!vm["format"].defaulted() || vm.count("energy")) throw InputError("--counters prints its own table: drop --format and --energy");
    fmt::print("{:<16} {:<9} {}\n", "counter", "unit", "description");
    for (const auto& c : hw::counter_table()) fmt::print("{:<16} {:<9} {}\n", c.name, c.unit, c.description);
  } else if (vm.count("energy")) {
    if (!vm["format"].defaulted()) throw InputError("--energy prints its own table: drop --format");
    print_energy(cfg);
  } else if (format == "table") {
    fmt::print("{:<22} {:<5} {:<12} {:<12} {:<11} {:<26} {}\n", "name", "type", "default", "value", "unit", "range",
               "description");
    for (const auto& p : param_table())
      fmt::print("{:<22} {:<5} {:<12} {:<12} {:<11} {:<26} {}\n", p.name, type_name(p.type), p.default_text,
                 get_param(cfg, p), p.unit, p.range, p.description);
  } else if (format == "ini") {
    std::string section;
    for (const auto& p : param_table()) {
      const std::string name = p.name;
      const auto dot = name.find('.');
      if (name.substr(0, dot) != section) {
        section = name.substr(0, dot);
        fmt::print("{}[{}]\n", section == name.substr(0, dot) && &p != &param_table().front() ? "\n" : "", section);
      }
      fmt::print("# {} [{}]{}\n{} = {}\n", p.description, p.range, *p.unit ? std::string(" ") + p.unit : "",
                 name.substr(dot + 1), get_param(cfg, p));
    }
  } else if (format == "json") {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& p : param_table())
      j.push_back({{"name", p.name}, {"type", type_name(p.type)}, {"default", p.default_text},
                   {"value", get_param(cfg, p)}, {"unit", p.unit}, {"range", p.range},
                   {"description", p.description}});
    fmt::print("{}\n", j.dump(2));
  } else {
    throw InputError("--format '" + format + "': expected table, ini or json");
  }
  return 0;
}

}  // namespace int4sim::cli
