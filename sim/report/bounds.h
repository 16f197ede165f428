#pragma once
// Lower bounds of a layer-phase's time, one per unit: its counted work over the unit's throughput
// (docs/timing.md, "Bounds"). No unit can do the work faster, so a phase's span is at least each.
#include <map>
#include <string>

#include "models/accelerator/params.h"
#include "models/controller/executor.h"

namespace int4sim::report {

// Cycles by unit name (mac_array, dma, gqu, fq, vector); units with no work are left out.
std::map<std::string, double> unit_bounds(const hw::PhaseAccount& a, const hw::AcceleratorParams& cfg);

}  // namespace int4sim::report
