// int4sim workload: the layers of a built-in network, SCALE-Sim topology or ONNX model, with shapes and MACs.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "sim/cli/cli.h"
#include "base/error.h"
#include "base/files.h"
#include "workloads/network.h"

namespace int4sim::cli {
namespace {

using workloads::Layer;

std::string dims(int64_t a, int64_t b, int64_t c) { return fmt::format("{}x{}x{}", a, b, c); }

// A vector layer shows its function (softmax, layernorm, ...) where others show their kind.
std::string kind_text(const Layer& l) {
  return l.kind == workloads::LayerKind::vector ? workloads::vec_fn_name(l.fn) : workloads::kind_name(l.kind);
}

std::string gemm_text(const Layer& l) {
  if (!l.computes()) return "-";
  const auto g = l.gemm();
  return dims(g.m, g.n, g.k);
}

nlohmann::json layer_json(const Layer& l) {
  nlohmann::json j = {{"name", l.name},
                      {"kind", workloads::kind_name(l.kind)},
                      {"fn", l.kind == workloads::LayerKind::vector ? nlohmann::json(workloads::vec_fn_name(l.fn)) : nlohmann::json()},
                      {"inputs", l.inputs},
                      {"input", {l.c, l.h, l.w}},
                      {"output", {l.k, l.p(), l.q()}},
                      {"kernel", {l.r, l.s}},
                      {"stride", l.stride},
                      {"pad", l.pad},
                      {"groups", l.groups},
                      {"ceil_mode", l.ceil_mode},
                      {"quantized", l.quantized},
                      {"has_weights", l.has_weights},
                      {"m_per_sample", l.m_per_sample},
                      {"gemm", nullptr},
                      {"forward_macs", l.forward_macs()}};
  if (l.computes()) {
    const auto g = l.gemm();
    j["gemm"] = {{"m", g.m}, {"n", g.n}, {"k", g.k}};
  }
  return j;
}

}  // namespace

int cmd_workload(const std::vector<std::string>& args) {
  auto desc = common_options();
  desc.add_options()
      ("workload", po::value<std::string>(), "built-in network name, SCALE-Sim topology .csv or ONNX model .onnx")
      ("json", po::value<std::string>(), "write the layers as JSON to this file");
  add_workload_options(desc);
  po::positional_options_description positional;
  positional.add("workload", 1);
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  std::string known;
  for (const auto& n : workloads::builtin_names()) known += (known.empty() ? "" : "|") + n;
  const std::string usage = "int4sim workload " + known + "|FILE.csv|FILE.onnx [--wide NAME] [--csv-independent] [--weights-from-model] [--json FILE]";
  if (!parse("workload", usage, args, desc, parsed, vm, &positional)) return 0;
  const Config cfg = resolve_config(parsed);  // the formats of the layers (fq.*, gq.bits, run.wide_layers)
  const std::string json_path = output_file_option(vm, "json");
  if (!vm.count("workload")) {
    if (!json_path.empty()) fail("int4sim workload: --json needs a network (int4sim workload NAME --json FILE)");
    fmt::print("built-in networks (int4sim workload NAME shows the layers; a SCALE-Sim topology .csv is read as well)\n");
    fmt::print("{:<12} {:>7} {:>18}  {}\n", "name", "layers", "MACs per sample", "input CxHxW");
    for (const auto& name : workloads::builtin_names()) {
      const auto net = workloads::load_workload(name);
      const auto& first = net.layers.front();
      fmt::print("{:<12} {:>7} {:>18}  {}\n", name, net.layers.size(), net.forward_macs(), dims(first.c, first.h, first.w));
    }
    return 0;
  }

  workloads::LayerWeights weights;
  const auto net = load_network(vm["workload"].as<std::string>(), vm, &weights);
  size_t name_width = 5;
  for (const auto& l : net.layers) name_width = std::max(name_width, l.name.size());
  const std::string row = "{:<" + std::to_string(name_width) + "} {:<11} {:>14} {:>14} {:>6} {:>6} {:>3} {:>6} {:>5} {:>18} {:>13}\n";
  fmt::print("{}: {} layers\n", net.name, net.layers.size());
  fmt::print(fmt::runtime(row), "layer", "kind", "input CxHxW", "output KxPxQ", "kernel", "stride", "pad", "groups", "quant",
             "GEMM MxNxK", "forward MACs");
  for (const auto& l : net.layers)
    fmt::print(fmt::runtime(row), l.name, kind_text(l), dims(l.c, l.h, l.w), dims(l.k, l.p(), l.q()),
               fmt::format("{}x{}", l.r, l.s), l.stride, l.pad, l.groups, layer_format(cfg, l.computes(), l.quantized), gemm_text(l),
               l.forward_macs());
  const bool whole_gemms = std::any_of(net.layers.begin(), net.layers.end(), [](const Layer& l) { return !l.m_per_sample; });
  fmt::print("total forward MACs{}: {} ({:.3f} G)\n", whole_gemms ? "" : " per sample", net.forward_macs(),
             static_cast<double>(net.forward_macs()) * 1e-9);
  // --weights-from-model: what the file stores, summarised per layer (mean, std with Bessel's
  // correction as torch.std, largest magnitude) and in total.
  std::map<std::string, nlohmann::json> weight_stats;
  uint64_t stored = 0;
  for (const auto& [name, w] : weights) {
    double max_abs = 0;
    for (float v : w) max_abs = std::max(max_abs, static_cast<double>(std::abs(v)));
    const SampleStats m = sample_stats(w);
    weight_stats[name] = {{"count", w.size()}, {"mean", m.mean}, {"std", m.std}, {"max_abs", max_abs}};
    stored += w.size();
  }
  if (vm.count("weights-from-model"))
    fmt::print("stored weights: {} FP32 values in {} layers\n", stored, weights.size());

  if (!json_path.empty()) {
    nlohmann::json layers = nlohmann::json::array();
    for (const auto& l : net.layers) {
      layers.push_back(layer_json(l));
      if (vm.count("weights-from-model")) layers.back()["weights"] = weight_stats.count(l.name) ? weight_stats[l.name] : nlohmann::json();
    }
    const nlohmann::json out = {{"command", "workload"}, {"name", net.name}, {"forward_macs", net.forward_macs()},
                                {"layers", layers}};
    write_output(json_path, out.dump(2) + "\n");
  }
  return 0;
}

}  // namespace int4sim::cli
