// Expands `.def` files into ParamInfo rows of a table whose owner type is INT4SIM_PARAM_OWNER (no
// include guard: included before the .def files, followed by base/param_end.h).
#define INT4SIM_PARAM_INT(id, name, def, unit, range, desc) \
  {name, ParamType::Int, #def, unit, range, desc, [](void* o) -> void* { return &static_cast<INT4SIM_PARAM_OWNER*>(o)->id; }},
#define INT4SIM_PARAM_REAL(id, name, def, unit, range, desc) \
  {name, ParamType::Real, #def, unit, range, desc, [](void* o) -> void* { return &static_cast<INT4SIM_PARAM_OWNER*>(o)->id; }},
#define INT4SIM_PARAM_ENUM(id, name, def, choices, desc) \
  {name, ParamType::Enum, def, "", choices, desc, [](void* o) -> void* { return &static_cast<INT4SIM_PARAM_OWNER*>(o)->id; }},
#define INT4SIM_PARAM_BOOL(id, name, def, desc) \
  {name, ParamType::Bool, #def, "", "true|false", desc, [](void* o) -> void* { return &static_cast<INT4SIM_PARAM_OWNER*>(o)->id; }},
