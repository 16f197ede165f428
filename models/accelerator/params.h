#pragma once
// Every parameter of the accelerator: its own (clock, seed; params.def beside this file) and each
// unit's typed struct. A unit reads its own struct; the energy model and the executor take the
// whole. Field names are unique across units (each starts with its section), so `p.gq_bits` and
// `p.array_rows` need no qualification.
#include "models/buffers/params.h"
#include "models/dma/params.h"
#include "models/energy/params.h"
#include "models/fwd_quant/params.h"
#include "models/gqu/params.h"
#include "models/mac_array/params.h"
#include "models/vector_unit/params.h"
#include "base/param_fields.h"

namespace int4sim::hw {

struct ClockParams {
#include "models/accelerator/params.def"
};

struct AcceleratorParams : ClockParams, ArrayParams, FqParams, GqParams, BufParams, DramParams, VecParams, EnergyParams {};

}  // namespace int4sim::hw

#include "base/param_end.h"
