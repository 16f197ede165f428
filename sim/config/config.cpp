#include "sim/config/config.h"

namespace int4sim {
namespace {

#define INT4SIM_PARAM_OWNER Config
#include "base/param_rows.h"
const ParamTable kTable = {
#include "sim/config/params.def"
};
#include "base/param_end.h"
#undef INT4SIM_PARAM_OWNER

}  // namespace

const std::vector<ParamInfo>& param_table() { return kTable; }
const ParamInfo* find_param(const std::string& name) { return find_param(kTable, name); }
void set_param(Config& cfg, const std::string& name, const std::string& value, const std::string& origin) {
  set_param(kTable, &cfg, name, value, origin);
}
std::string get_param(const Config& cfg, const ParamInfo& p) { return get_param(p, &cfg); }
void load_ini(Config& cfg, const std::string& path) { load_ini(kTable, &cfg, path); }
void apply_assignment(Config& cfg, const std::string& assignment, const std::string& origin) {
  apply_assignment(kTable, &cfg, assignment, origin);
}

}  // namespace int4sim
