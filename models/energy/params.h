#pragma once
// The energy table's parameters as a typed struct generated from its declarations (params.def
// beside this file): one field per parameter, with its declared default.
#include "base/param_fields.h"

namespace int4sim::hw {

struct EnergyParams {
#include "models/energy/params.def"
};

}  // namespace int4sim::hw

#include "base/param_end.h"
