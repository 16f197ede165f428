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

compiler::Target compile_target(const Config& cfg) {
  compiler::Target t;
  t.array_rows = cfg.array_rows;
  t.array_cols = cfg.array_cols;
  const int64_t kib[4] = {cfg.buf_act_kib, cfg.buf_wgt_kib, cfg.buf_grad_kib, cfg.buf_acc_kib};
  for (int b = 0; b < 4; ++b) t.buffer_bytes[b] = static_cast<uint64_t>(kib[b]) * 1024;
  t.double_buffer = cfg.buf_double_buffer;
  t.dram_bytes_per_cycle = cfg.dram_bytes_per_cycle;
  t.w_bits = static_cast<int>(cfg.fq_w_bits);
  t.a_bits = static_cast<int>(cfg.fq_a_bits);
  t.g_bits = static_cast<int>(cfg.gq_bits);
  t.g_wide_codes = cfg.gq_policy == "pwf";
  t.wide_layers_fp32 = cfg.run_wide_layers == "fp32";
  return t;
}

}  // namespace int4sim
