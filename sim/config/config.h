#pragma once
// The configuration of a simulation: every parameter of the accelerator (its units' typed structs,
// models/accelerator/params.h) and of the run (run_params.def), and the one table that describes
// them all. Everything that reads or prints parameters (CLI, INI files, `int4sim params`, reports,
// sweeps) goes through this table; the machinery is base/params.h.
#include <string>
#include <vector>

#include "base/params.h"
#include "compiler/target.h"
#include "models/accelerator/params.h"
#include "base/param_fields.h"

namespace int4sim {

struct RunParams {
#include "sim/config/run_params.def"
};

struct Config : hw::AcceleratorParams, RunParams {};

}  // namespace int4sim

#include "base/param_end.h"

namespace int4sim {

// All declared parameters: the run's, then the accelerator's unit by unit.
const std::vector<ParamInfo>& param_table();
const ParamInfo* find_param(const std::string& name);

void set_param(Config& cfg, const std::string& name, const std::string& value, const std::string& origin);
std::string get_param(const Config& cfg, const ParamInfo& p);
void load_ini(Config& cfg, const std::string& path);
void apply_assignment(Config& cfg, const std::string& assignment, const std::string& origin);

// The compiler's view of the configured accelerator.
compiler::Target compile_target(const Config& cfg);

}  // namespace int4sim
