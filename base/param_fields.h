// Expands a unit's `.def` into the fields of its typed parameter struct (no include guard: included
// once per struct, followed by the .def and base/param_end.h).
//   struct GqParams {
//   #include "base/param_fields.h"
//   #include "models/gqu/params.def"
//   #include "base/param_end.h"
//   };
#include <cstdint>
#include <string>
#define INT4SIM_PARAM_INT(id, name, def, unit, range, desc) int64_t id = def;
#define INT4SIM_PARAM_REAL(id, name, def, unit, range, desc) double id = def;
#define INT4SIM_PARAM_ENUM(id, name, def, choices, desc) std::string id = def;
#define INT4SIM_PARAM_BOOL(id, name, def, desc) bool id = def;
