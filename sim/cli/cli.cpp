#include "sim/cli/cli.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "base/error.h"
#include "base/files.h"

namespace int4sim::cli {

po::options_description common_options(const std::vector<Shorthand>& shorthands) {
  po::options_description desc("Configuration (later values win)");
  desc.add_options()
      ("help,h", "show this help")
      ("config", po::value<std::vector<std::string>>(), "INI file of parameters (repeatable); [array] rows = 32 sets array.rows")
      ("set", po::value<std::vector<std::string>>(), "key=value, any parameter (repeatable); `int4sim params` lists them")
      ("log-level", po::value<std::string>()->default_value("warn"), "trace|debug|info|warn|error|off (to stderr)");
  for (const auto& s : shorthands) {
    const ParamInfo* p = find_param(s.param);
    std::string help = std::string("shorthand for --set ") + s.param + "=...: " + (p ? p->description : "");
    if (p && p->type == ParamType::Enum) help += std::string(" (") + p->range + ")";
    desc.add_options()(s.option, po::value<std::vector<std::string>>(), help.c_str());
  }
  return desc;
}

Config resolve_config(const po::parsed_options& parsed, const std::vector<Shorthand>& shorthands) {
  Config cfg;
  for (const auto& opt : parsed.options) {
    if (opt.string_key == "config") {
      for (const auto& f : opt.value) load_ini(cfg, f);
    } else if (opt.string_key == "set") {
      for (const auto& a : opt.value) apply_assignment(cfg, a, "--set");
    } else {
      for (const auto& s : shorthands)
        if (opt.string_key == s.option)
          for (const auto& v : opt.value) set_param(cfg, s.param, v, std::string("--") + s.option);
    }
  }
  return cfg;
}

bool parse(const std::string& command, const std::string& usage, const std::vector<std::string>& args,
           const po::options_description& desc, po::parsed_options& parsed, po::variables_map& vm,
           const po::positional_options_description* positional) {
  try {
    po::command_line_parser parser(args);
    parser.options(desc);
    if (positional) parser.positional(*positional);
    parsed = parser.run();
    po::store(parsed, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fail("int4sim " + command + ": " + e.what() + " (see int4sim " + command + " --help)");
  }
  if (vm.count("help")) {
    std::cout << "usage: " << usage << "\n\n" << desc << "\n";
    return false;
  }
  setup_logging(vm["log-level"].as<std::string>());
  return true;
}

void setup_logging(const std::string& level) {
  auto lvl = spdlog::level::from_str(level);
  if (lvl == spdlog::level::off && level != "off")
    fail("--log-level '" + level + "': expected trace|debug|info|warn|error|off");
  auto logger = spdlog::stderr_color_mt("int4sim");
  logger->set_pattern("[%l] %v");
  logger->set_level(lvl);
  spdlog::set_default_logger(logger);
}

std::string output_file_option(const po::variables_map& vm, const char* option) {
  if (!vm.count(option)) return "";
  const std::string path = vm[option].as<std::string>();
  check_output_file(path);
  return path;
}

void write_output(const std::string& path, const std::string& content) {
  write_file_atomic(path, content);
  announce_written(path);
}

void announce_written(const std::string& path) {
  fmt::print("wrote {}\n", path);
  std::fflush(stdout);
}

Progress::Progress(bool forced) : tty_(::isatty(STDERR_FILENO) != 0) { enabled_ = forced || tty_; }

Progress::~Progress() { finish(); }

void Progress::update(const std::string& text) {
  if (!enabled_) return;
  // A terminal gets at most ten redraws a second; a log (--progress into a file) every update.
  const double now = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  if (tty_) {
    if (now - last_ < 0.1) return;
    last_ = now;
    std::string line = text.substr(0, 120);
    const size_t pad = width_ > line.size() ? width_ - line.size() : 0;
    width_ = line.size();
    std::fprintf(stderr, "\r%s%s", line.c_str(), std::string(pad, ' ').c_str());
  } else {
    std::fprintf(stderr, "%s\n", text.c_str());
  }
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (enabled_ && tty_ && shown_) {
    std::fprintf(stderr, "\r%s\r", std::string(width_, ' ').c_str());
    std::fflush(stderr);
  }
  shown_ = false;
}

void add_workload_options(po::options_description& desc) {
  desc.add_options()
      ("wide", po::value<std::vector<std::string>>(), "NAME: keep this compute layer wide (INT8) as well as the LBT recipe's first and last weight layers (repeatable)")
      ("csv-independent", "read a SCALE-Sim topology's rows as independent layers that all read the network input (no input gradients), as SCALE-Sim does")
      ("weights-from-model", "an ONNX model's stored FP32 weights (export_onnx.py --weights) instead of synthetic ones, in a bit-accurate run");
}

workloads::WorkloadOptions workload_options(const po::variables_map& vm) {
  workloads::WorkloadOptions o;
  o.csv_independent = vm.count("csv-independent") > 0;
  if (vm.count("wide")) o.wide = vm["wide"].as<std::vector<std::string>>();
  return o;
}

workloads::Network load_network(const std::string& workload, const po::variables_map& vm, workloads::LayerWeights* weights) {
  std::vector<std::string> warnings;
  workloads::LayerWeights read;
  const bool from_model = vm.count("weights-from-model") > 0;
  workloads::Network net = workloads::load_workload(workload, workload_options(vm), &warnings, from_model ? &read : nullptr);
  if (weights) *weights = std::move(read);
  for (const auto& w : warnings) spdlog::warn("{}", w);
  return net;
}

std::vector<std::string> workload_run_args(const po::variables_map& vm) {
  std::vector<std::string> args;
  for (const auto& name : workload_options(vm).wide) args.insert(args.end(), {"--wide", name});
  if (vm.count("csv-independent")) args.push_back("--csv-independent");
  if (vm.count("weights-from-model")) args.push_back("--weights-from-model");
  return args;
}

void add_error_options(po::options_description& desc) {
  desc.add_options()
      ("errors", po::value<std::string>()->default_value("operands"),
       "quantization figures of a bit-accurate run: none | gradient (E(G), ...) | operands (W and A too) | all (also every GEMM output against FP32 and the accumulator's overflow: about one more step's work on the host)")
      ("errors-every", po::value<int>()->default_value(1), "compute them every N steps (and always on the last)");
}

const char* error_level_name(ErrorLevel level) {
  static const char* const names[] = {"none", "gradient", "operands", "all"};
  return names[static_cast<int>(level)];
}

ErrorOptions error_options(const po::variables_map& vm) {
  ErrorOptions o;
  const std::string name = vm["errors"].as<std::string>();
  for (const ErrorLevel l : {ErrorLevel::none, ErrorLevel::gradient, ErrorLevel::operands, ErrorLevel::all})
    if (name == error_level_name(l)) o.level = l;
  if (name != error_level_name(o.level)) fail("--errors " + name + ": expected none, gradient, operands or all");
  o.every = vm["errors-every"].as<int>();
  if (o.every < 1 || o.every > 100000) fail("--errors-every " + std::to_string(o.every) + ": expected 1..100000");
  return o;
}

std::vector<std::string> error_run_args(const po::variables_map& vm) {
  const ErrorOptions o = error_options(vm);
  return {"--errors", error_level_name(o.level), "--errors-every", std::to_string(o.every)};
}

SampleStats sample_stats(const std::vector<float>& x) {
  SampleStats s;
  if (x.empty()) return s;
  for (float v : x) s.mean += v;
  s.mean /= static_cast<double>(x.size());
  double sum_sq = 0;
  for (float v : x) sum_sq += (v - s.mean) * (v - s.mean);
  s.std = x.size() > 1 ? std::sqrt(sum_sq / static_cast<double>(x.size() - 1)) : 0.0;
  return s;
}

std::string layer_format(const Config& cfg, bool computes, bool quantized) {
  if (!computes) return "-";
  if (!quantized) return cfg.run_wide_layers;
  if (cfg.fq_w_bits == cfg.fq_a_bits && cfg.fq_a_bits == cfg.gq_bits) return fmt::format("int{}", cfg.gq_bits);
  return fmt::format("w{}a{}g{}", cfg.fq_w_bits, cfg.fq_a_bits, cfg.gq_bits);
}

golden::GradQuantParams grad_quant_params(const Config& cfg, uint64_t layer) {
  golden::GradQuantParams p;
  p.bits = static_cast<int>(cfg.gq_bits);
  p.policy = golden::policy_from_name(cfg.gq_policy);
  p.rounding = cfg.gq_rounding == "nearest" ? golden::Rounding::nearest : golden::Rounding::stochastic;
  p.arith = cfg.gq_arith == "paper" ? golden::Arith::paper : golden::Arith::hw;
  p.mode = cfg.gq_mode == "predicted" ? golden::GmaxMode::predicted : golden::GmaxMode::exact;
  p.fixed_gamma = cfg.gq_gamma;
  p.rand_bits = static_cast<int>(cfg.gq_rand_bits);
  p.alpha = cfg.gq_alpha;
  p.gamma_frac_bits = static_cast<int>(cfg.gq_gamma_frac_bits);
  p.gamma_step_lsb = static_cast<int>(cfg.gq_gamma_step_lsb);
  p.dsgc_grid = static_cast<int>(cfg.gq_dsgc_grid);
  p.dsgc_period = static_cast<int>(cfg.gq_dsgc_period);
  p.pwf_shift = static_cast<int>(cfg.gq_pwf_shift);
  p.seed = static_cast<uint64_t>(cfg.run_seed);
  p.layer = layer;
  if (p.policy == golden::Policy::pwf && p.bits < 3)
    fail("gq.policy = pwf needs gq.bits >= 3 (one range bit plus a signed code of at least 2 bits)");
  // The array's operand path is 8 bits wide: a wide-range pwf code shifted left must still fit.
  if (p.policy == golden::Policy::pwf && (((1 << (p.bits - 2)) - 1) << p.pwf_shift) > 127)
    fail("gq.policy = pwf: a wide code (2^(gq.bits-2)-1) << gq.pwf_shift = " +
         std::to_string(((1 << (p.bits - 2)) - 1) << p.pwf_shift) + " exceeds the array's 8-bit operand (127)");
  return p;
}

nlohmann::json config_json(const Config& cfg) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& p : param_table()) {
    void* f = p.field(const_cast<Config*>(&cfg));
    switch (p.type) {
      case ParamType::Int: j[p.name] = *static_cast<int64_t*>(f); break;
      case ParamType::Real: j[p.name] = *static_cast<double*>(f); break;
      case ParamType::Enum: j[p.name] = *static_cast<std::string*>(f); break;
      case ParamType::Bool: j[p.name] = *static_cast<bool*>(f); break;
    }
  }
  return j;
}

}  // namespace int4sim::cli
