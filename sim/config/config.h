#pragma once
// The simulator's configuration: one typed field per declared parameter (params.def), plus the
// table describing each one. Everything that reads or prints parameters goes through this table.
#include <cstdint>
#include <string>
#include <vector>

namespace int4sim {

struct Config {
#define INT4SIM_PARAM_INT(id, name, def, unit, range, desc) int64_t id = def;
#define INT4SIM_PARAM_REAL(id, name, def, unit, range, desc) double id = def;
#define INT4SIM_PARAM_ENUM(id, name, def, choices, desc) std::string id = def;
#define INT4SIM_PARAM_BOOL(id, name, def, desc) bool id = def;
#include "sim/config/params.def"
#undef INT4SIM_PARAM_INT
#undef INT4SIM_PARAM_REAL
#undef INT4SIM_PARAM_ENUM
#undef INT4SIM_PARAM_BOOL
};

enum class ParamType { Int, Real, Enum, Bool };

struct ParamInfo {
  const char* name;         // dotted, e.g. "array.rows"
  ParamType type;
  const char* default_text; // as declared
  const char* unit;
  const char* range;        // "[lo,hi]" / "(lo,hi]" for numbers, "a|b|c" for enums, "" for bools
  const char* description;
  void* (*field)(Config&);  // where the value lives
};

// All declared parameters, in declaration order.
const std::vector<ParamInfo>& param_table();
const ParamInfo* find_param(const std::string& name);

// Sets one parameter from its text form. `origin` names where the value came from (a file, or
// "--set") and is part of every error message.
void set_param(Config& cfg, const std::string& name, const std::string& value, const std::string& origin);

// The current value of a parameter as text (numbers in their shortest round-trip form).
std::string get_param(const Config& cfg, const ParamInfo& p);

// Applies an INI file: `[array]` then `rows = 32` sets array.rows. Unknown keys, bad values and
// syntax errors throw InputError naming the file and key.
void load_ini(Config& cfg, const std::string& path);

// Applies "key=value" (the --set form).
void apply_assignment(Config& cfg, const std::string& assignment, const std::string& origin);

}  // namespace int4sim
