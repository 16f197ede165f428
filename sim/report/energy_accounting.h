#pragma once
// Energy of what the model counted: a layer-phase's (or a run's) actions times the energy table
// (models/energy), with leakage over the given time.
#include <map>
#include <string>

#include "models/controller/executor.h"
#include "models/energy/energy_model.h"

namespace int4sim::report {

hw::ActionCounts action_counts(const hw::PhaseAccount& a, const hw::AcceleratorParams& cfg, double seconds);
// The breakdown as report components (pJ): mac, sram.act, ..., dram, gq, fq, vector, wire, static.
std::map<std::string, double> energy_components(const hw::EnergyBreakdown& e);

}  // namespace int4sim::report
