#pragma once
// Parameters: the machinery, not the list. A parameter is declared once in a unit's `.def` file
// (identifier, dotted name, default, unit, range or choices, description); the macros below turn a
// `.def` into the fields of that unit's typed struct (base/param_fields.h) or into rows of a table
// (base/param_rows.h). Here: reading values from text (--set, INI files) with range and type checks,
// and printing them, for any table over any owner object.
#include <cstdint>
#include <string>
#include <vector>

namespace int4sim {

enum class ParamType { Int, Real, Enum, Bool };

struct ParamInfo {
  const char* name;          // dotted, e.g. "array.rows"
  ParamType type;
  const char* default_text;  // as declared
  const char* unit;
  const char* range;         // "[lo,hi]" / "(lo,hi]" for numbers, "a|b|c" for enums, "" for bools
  const char* description;
  void* (*field)(void* owner);  // where the value lives in the table's owner object
};

using ParamTable = std::vector<ParamInfo>;

const ParamInfo* find_param(const ParamTable& table, const std::string& name);

// Sets one parameter of `owner` from its text form. `origin` names where the value came from (a
// file, or "--set") and is part of every error message.
void set_param(const ParamTable& table, void* owner, const std::string& name, const std::string& value,
               const std::string& origin);

// The current value as text (numbers in their shortest round-trip form, whole numbers in digits).
std::string get_param(const ParamInfo& p, const void* owner);

// Applies an INI file: `[array]` then `rows = 32` sets array.rows. Unknown keys, bad values and
// syntax errors throw InputError naming the file and key.
void load_ini(const ParamTable& table, void* owner, const std::string& path);

// Applies "key=value" (the --set form).
void apply_assignment(const ParamTable& table, void* owner, const std::string& assignment, const std::string& origin);

// The shortest text that reads back as `v`; whole numbers below 10^15 in plain digits.
std::string format_double(double v);

}  // namespace int4sim
