// Ends a base/param_fields.h or base/param_rows.h expansion (no include guard).
#undef INT4SIM_PARAM_INT
#undef INT4SIM_PARAM_REAL
#undef INT4SIM_PARAM_ENUM
#undef INT4SIM_PARAM_BOOL
