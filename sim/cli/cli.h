#pragma once
// Shared plumbing of the int4sim subcommands: common options, configuration resolution, logging,
// and the enum conversions from parameter text to the golden model's types.
#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "golden/grad_quantizer.h"
#include "sim/config/config.h"

namespace int4sim::cli {

namespace po = boost::program_options;

// A command-line option that is a shorthand for a parameter (e.g. --bits for gq.bits).
struct Shorthand {
  const char* option;
  const char* param;
};

// --config FILE (repeatable), --set key=value (repeatable), --log-level, --help, plus one option
// per shorthand.
po::options_description common_options(const std::vector<Shorthand>& shorthands = {});

// Applies --config, --set and shorthands in command-line order: later values win.
Config resolve_config(const po::parsed_options& parsed, const std::vector<Shorthand>& shorthands = {});

// Parses `args` against `desc`; returns false (after printing help) when --help was given.
bool parse(const std::string& command, const std::string& usage, const std::vector<std::string>& args,
           const po::options_description& desc, po::parsed_options& parsed, po::variables_map& vm,
           const po::positional_options_description* positional = nullptr);

void setup_logging(const std::string& level);

golden::GradQuantParams grad_quant_params(const Config& cfg, uint64_t layer = 0);

// The resolved configuration as a JSON object keyed by dotted name, typed values.
nlohmann::json config_json(const Config& cfg);

int cmd_params(const std::vector<std::string>& args);
int cmd_gq(const std::vector<std::string>& args);
int cmd_asm(const std::vector<std::string>& args);
int cmd_disasm(const std::vector<std::string>& args);
int cmd_workload(const std::vector<std::string>& args);
int cmd_gemm(const std::vector<std::string>& args);
int cmd_run(const std::vector<std::string>& args);
int cmd_replay(const std::vector<std::string>& args);
int cmd_sweep(const std::vector<std::string>& args);

}  // namespace int4sim::cli
