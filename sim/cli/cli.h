#pragma once
// Shared plumbing of the int4sim subcommands: common options, configuration resolution, logging,
// and the enum conversions from parameter text to the golden model's types.
#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "golden/grad_quantizer.h"
#include "sim/config/config.h"
#include "workloads/network.h"

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

// Every file a command writes: its path checked when the options are read, before any work
// (check_output_file / check_output_dir: refused with one line, nothing written anywhere), then
// written atomically with its missing parent folders made, and announced on stdout as "wrote PATH".
// The value of a file option, checked as an output; empty when the option was not given.
std::string output_file_option(const po::variables_map& vm, const char* option);
void write_output(const std::string& path, const std::string& content);
void announce_written(const std::string& path);

// Progress of a long command on stderr: shown when stderr is a terminal or when forced
// (--progress); one line rewritten in place on a terminal, one line per update otherwise.
class Progress {
 public:
  explicit Progress(bool forced);
  ~Progress();
  bool enabled() const { return enabled_; }
  void update(const std::string& text);
  void finish();  // clears the line on a terminal

 private:
  bool enabled_ = false, tty_ = false, shown_ = false;
  double last_ = -1;
  size_t width_ = 0;
};

// How a workload is read, the same in workload, run and sweep: --wide NAME (repeatable),
// --csv-independent, --weights-from-model, and the workload itself. load_network prints a warning
// (spdlog) for each thing the reader noticed, and with --weights-from-model fills `weights` with
// the model's stored weights (refusing a model without them); workload_run_args gives the options
// back as a run's arguments.
void add_workload_options(po::options_description& desc);
workloads::WorkloadOptions workload_options(const po::variables_map& vm);
workloads::Network load_network(const std::string& workload, const po::variables_map& vm,
                                workloads::LayerWeights* weights = nullptr);
std::vector<std::string> workload_run_args(const po::variables_map& vm);

// The number format a layer computes in, as tables show it: "int4" (or "w8a4g4" when the operand
// widths differ) for quantized layers, run.wide_layers ("int8", "fp32") for those kept wide, "-"
// for layers with no GEMM.
std::string layer_format(const Config& cfg, bool computes, bool quantized);

// The quantization figures a bit-accurate run computes (run and sweep: --errors, --errors-every;
// docs/report.md): none; the gradient's; the operands' too (the default); all adds the GEMM outputs
// and the accumulator. Every `every` steps, and always the last.
enum class ErrorLevel { none, gradient, operands, all };
const char* error_level_name(ErrorLevel level);  // as --errors spells it
struct ErrorOptions {
  ErrorLevel level = ErrorLevel::operands;
  int every = 1;
  bool at(int iteration, int iterations) const {
    return level != ErrorLevel::none && (iteration % every == 0 || iteration == iterations - 1);
  }
};
void add_error_options(po::options_description& desc);
ErrorOptions error_options(const po::variables_map& vm);  // checked: one-line error, exit 2
std::vector<std::string> error_run_args(const po::variables_map& vm);

// Mean and standard deviation with Bessel's correction (torch.std), in double; std 0 for fewer
// than two values. What LBT's clip initialisation and `workload --weights-from-model` use.
struct SampleStats {
  double mean = 0, std = 0;
};
SampleStats sample_stats(const std::vector<float>& x);

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
