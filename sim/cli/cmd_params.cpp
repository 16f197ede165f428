// int4sim params: every declared parameter with its type, default, unit, range and description.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "sim/cli/cli.h"
#include "sim/common/error.h"

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

}  // namespace

int cmd_params(const std::vector<std::string>& args) {
  auto desc = common_options();
  desc.add_options()("format", po::value<std::string>()->default_value("table"),
                     "table | ini (the resolved configuration as an INI file) | json");
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  if (!parse("params", "int4sim params [--config F.ini] [--set k=v] [--format table|ini|json]", args, desc, parsed, vm))
    return 0;
  const Config cfg = resolve_config(parsed);
  const std::string format = vm["format"].as<std::string>();
  if (format == "table") {
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
