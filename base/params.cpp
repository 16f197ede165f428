#include "base/params.h"

#include <boost/program_options.hpp>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>

#include "base/error.h"
#include "base/files.h"

namespace int4sim {
namespace {

struct Range {
  double lo, hi;
  bool lo_open, hi_open;
};

// "[lo,hi]", "(lo,hi]", ... as written in params.def.
Range parse_range(const char* text) {
  std::string s(text);
  Range r{};
  r.lo_open = s.front() == '(';
  r.hi_open = s.back() == ')';
  auto comma = s.find(',');
  r.lo = std::strtod(s.substr(1, comma - 1).c_str(), nullptr);
  r.hi = std::strtod(s.substr(comma + 1, s.size() - comma - 2).c_str(), nullptr);
  return r;
}

bool in_range(double v, const Range& r) {
  if (r.lo_open ? !(v > r.lo) : !(v >= r.lo)) return false;
  if (r.hi_open ? !(v < r.hi) : !(v <= r.hi)) return false;
  return true;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

// Whole numbers in plain digits: 1000, not the equally short 1e+03.
std::string format_double(double v) {
  char buf[64];
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}


const ParamInfo* find_param(const ParamTable& table, const std::string& name) {
  for (const auto& p : table)
    if (name == p.name) return &p;
  return nullptr;
}

void set_param(const ParamTable& table, void* owner, const std::string& name, const std::string& raw,
               const std::string& origin) {
  const ParamInfo* p = find_param(table, name);
  if (!p) fail(origin + ": unknown parameter '" + shown(name) + "' (int4sim params lists them)");
  const std::string value = trim(raw);
  auto bad = [&](const std::string& why) {
    fail(origin + ": " + name + " = '" + shown(value) + "': " + why);
  };
  void* field = p->field(owner);
  switch (p->type) {
    case ParamType::Int: {
      int64_t v = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (value.empty() || ec != std::errc() || end != value.data() + value.size())
        bad("expected an integer");
      if (!in_range(static_cast<double>(v), parse_range(p->range)))
        bad(std::string("out of range ") + p->range);
      *static_cast<int64_t*>(field) = v;
      break;
    }
    case ParamType::Real: {
      char* end = nullptr;
      double v = value.empty() ? 0 : std::strtod(value.c_str(), &end);
      if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(v))
        bad("expected a finite number");
      if (!in_range(v, parse_range(p->range))) bad(std::string("out of range ") + p->range);
      *static_cast<double*>(field) = v;
      break;
    }
    case ParamType::Enum: {
      std::string choices = std::string("|") + p->range + "|";
      if (value.empty() || value.find('|') != std::string::npos ||
          choices.find("|" + value + "|") == std::string::npos)
        bad(std::string("expected one of ") + p->range);
      *static_cast<std::string*>(field) = value;
      break;
    }
    case ParamType::Bool: {
      bool v = false;  // bad() does not return
      if (value == "true" || value == "1" || value == "yes" || value == "on") v = true;
      else if (value == "false" || value == "0" || value == "no" || value == "off") v = false;
      else bad("expected true or false");
      *static_cast<bool*>(field) = v;
      break;
    }
  }
}

std::string get_param(const ParamInfo& p, const void* owner) {
  void* field = p.field(const_cast<void*>(owner));
  switch (p.type) {
    case ParamType::Int: return std::to_string(*static_cast<int64_t*>(field));
    case ParamType::Real: return format_double(*static_cast<double*>(field));
    case ParamType::Enum: return *static_cast<std::string*>(field);
    case ParamType::Bool: return *static_cast<bool*>(field) ? "true" : "false";
  }
  return "";
}

void load_ini(const ParamTable& table, void* owner, const std::string& path) {
  check_not_directory(path);
  std::ifstream in(path);
  if (!in) fail(path + ": cannot open config file");
  namespace po = boost::program_options;
  po::options_description none;  // every key is checked against the table below
  po::parsed_options parsed(&none);
  try {
    parsed = po::parse_config_file(in, none, /*allow_unregistered=*/true);
  } catch (const po::error& e) {
    fail(path + ": " + e.what());
  }
  for (const auto& opt : parsed.options) {
    if (opt.value.size() != 1) fail(path + ": " + opt.string_key + ": expected one value");
    set_param(table, owner, opt.string_key, opt.value[0], path);
  }
}

void apply_assignment(const ParamTable& table, void* owner, const std::string& assignment, const std::string& origin) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos)
    fail(origin + " '" + shown(assignment) + "': expected key=value");
  set_param(table, owner, trim(assignment.substr(0, eq)), assignment.substr(eq + 1), origin);
}

}  // namespace int4sim
