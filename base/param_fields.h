// Expands a unit's `.def` into the fields of its typed parameter struct (no include guard):
// include this header, then declare the struct with the unit's params.def included in its body,
// then include base/param_end.h (models/gqu/params.h is an example).
#include <cstdint>
#include <string>
#define INT4SIM_PARAM_INT(id, name, def, unit, range, desc) int64_t id = def;
#define INT4SIM_PARAM_REAL(id, name, def, unit, range, desc) double id = def;
#define INT4SIM_PARAM_ENUM(id, name, def, choices, desc) std::string id = def;
#define INT4SIM_PARAM_BOOL(id, name, def, desc) bool id = def;
