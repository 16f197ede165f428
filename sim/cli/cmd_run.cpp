// int4sim run: training steps of a network through the SystemC model executing its compiled
// program; writes report.json and layers.csv.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <cstring>

#include "golden/metrics.h"
#include "isa/compiler.h"
#include "isa/lowering.h"
#include "models/controller/executor.h"
#include "models/fwd_quant/fq_core.h"
#include "sim/cli/cli.h"
#include "sim/common/error.h"
#include "sim/common/files.h"
#include "sim/common/synthetic.h"
#include "sim/report/energy_accounting.h"
#include "sim/report/report.h"
#include "sim/report/timeline.h"
#include "workloads/network.h"

namespace int4sim::cli {
namespace {

const std::vector<Shorthand> kShorthands = {{"batch", "run.batch"}, {"seed", "run.seed"}};

uint64_t mix(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

void pack_codes(std::vector<uint8_t>& img, hw::ElemType t, const std::vector<int8_t>& codes) {
  img.assign(hw::elem_bytes(t, codes.size()), 0);
  for (size_t i = 0; i < codes.size(); ++i) {
    if (t == hw::ElemType::s4 || t == hw::ElemType::u4) img[i / 2] |= static_cast<uint8_t>((codes[i] & 0xf) << ((i & 1) * 4));
    else img[i] = static_cast<uint8_t>(codes[i]);
  }
}

int unpack_code(const std::vector<uint8_t>& img, hw::ElemType t, size_t i) {
  if (t == hw::ElemType::s4) {
    const int v = (img[i / 2] >> ((i & 1) * 4)) & 0xf;  // two's complement nibble
    return v >= 8 ? v - 16 : v;
  }
  return static_cast<int8_t>(img[i]);
}

// Seeded synthetic training state for every compute layer (no trace given): activation codes,
// FP32 weights (He-normal-like), their codes, and long-tailed output gradients per iteration.
struct SyntheticState {
  const Config& cfg;
  const compiler::Compiled& compiled;
  std::vector<std::vector<float>> last_dy;  // per compute layer, the last iteration's dL/dy

  void init(std::vector<std::vector<uint8_t>>& dram, hw::Program& prog) {
    const uint64_t seed = static_cast<uint64_t>(cfg.run_seed);
    hw::FqCore fq(static_cast<int>(cfg.fq_lanes));
    for (const auto& t : compiled.layers) {
      const hw::Tensor& a = prog.tensors[t.act];
      const bool quantized = prog.layers[t.layer].quantized;
      const int a_top = quantized ? (1 << cfg.fq_a_bits) - 1 : 255;
      pack_codes(dram[t.act], a.type, synthetic_codes(seed, 100 + t.layer, static_cast<int64_t>(a.numel()), 0, a_top));
      const hw::Tensor& w = prog.tensors[t.w_fp32];
      const uint64_t fan_in = w.numel() / static_cast<uint64_t>(w.shape[0]);
      std::vector<float> wf = synthetic_gradient(seed, 200 + t.layer, 1, static_cast<int64_t>(w.numel()));
      double sum_sq = 0;
      for (float& v : wf) {
        v = static_cast<float>(v * 1e3 * std::sqrt(2.0 / static_cast<double>(fan_in)) / std::sqrt(3.0));
        sum_sq += static_cast<double>(v) * v;
      }
      // LBT's initial clip value: 3 * std(W).
      prog.layers[t.layer].s_w = static_cast<float>(3.0 * std::sqrt(sum_sq / static_cast<double>(wf.size())));
      dram[t.w_fp32].resize(wf.size() * 4);
      std::memcpy(dram[t.w_fp32].data(), wf.data(), wf.size() * 4);
      std::vector<int8_t> codes(wf.size());
      fq.weights(wf.data(), wf.size(), prog.layers[t.layer].s_w, quantized ? static_cast<int>(cfg.fq_w_bits) : 8, codes.data());
      pack_codes(dram[t.w_codes], prog.tensors[t.w_codes].type, codes);
    }
    last_dy.resize(compiled.layers.size());
  }

  void iteration(int it, std::vector<std::vector<uint8_t>>& dram, const hw::Program& prog) {
    const uint64_t seed = static_cast<uint64_t>(cfg.run_seed);
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      auto g = synthetic_gradient(seed, 300 + t.layer, static_cast<uint64_t>(it + 1), static_cast<int64_t>(prog.tensors[t.dy].numel()));
      dram[t.dy].resize(g.size() * 4);
      std::memcpy(dram[t.dy].data(), g.data(), g.size() * 4);
      last_dy[i] = std::move(g);
    }
  }
};

std::map<std::string, uint64_t> bytes_of(const hw::PhaseAccount& a) {
  std::map<std::string, uint64_t> b;
  for (int i = 0; i < static_cast<int>(hw::Buffer::count); ++i) {
    b[std::string(hw::buffer_name(static_cast<hw::Buffer>(i))) + ".read"] = a.buf_read[i];
    b[std::string(hw::buffer_name(static_cast<hw::Buffer>(i))) + ".write"] = a.buf_write[i];
  }
  b["dram.read"] = a.dram_read;
  b["dram.write"] = a.dram_write;
  return b;
}

}  // namespace

int cmd_run(const std::vector<std::string>& args) {
  auto desc = common_options(kShorthands);
  desc.add_options()
      ("workload", po::value<std::string>(), "a built-in network (int4sim workload lists them) or a SCALE-Sim topology .csv")
      ("iterations", po::value<int>()->default_value(1), "training steps to simulate (gamma evolves across them)")
      ("forward-only", "simulate the forward pass only")
      ("timing-only", "no values: cycles, traffic and energy only")
      ("out", po::value<std::string>()->default_value("out"), "directory for report.json and layers.csv")
      ("vcd", po::value<std::string>(), "write unit activity as a VCD file")
      ("timeline", po::value<std::string>(), "write a Chrome/Perfetto trace-event JSON")
      ("emit-asm", po::value<std::string>(), "write the compiled program (one training step) as assembly");
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  const std::string usage =
      "int4sim run --workload NAME|FILE.csv [--iterations N] [--batch N] [--config F.ini] [--set k=v] [--out DIR]\n"
      "            [--forward-only] [--timing-only] [--vcd FILE] [--timeline FILE] [--emit-asm FILE.s]";
  if (!parse("run", usage, args, desc, parsed, vm)) return 0;
  const Config cfg = resolve_config(parsed, kShorthands);
  if (!vm.count("workload")) fail("int4sim run: --workload is required (int4sim workload lists the built-in networks)");
  const int iterations = vm["iterations"].as<int>();
  if (iterations < 1 || iterations > 100000) fail("--iterations " + std::to_string(iterations) + ": expected 1..100000");
  grad_quant_params(cfg);  // validates the gq.* combination
  const workloads::Network net = workloads::load_workload(vm["workload"].as<std::string>());
  const bool values = !vm.count("timing-only");

  compiler::StepOptions so;
  so.batch = cfg.run_batch;
  so.forward_only = vm.count("forward-only") > 0;
  compiler::Compiled compiled = compiler::compile_training_step(net, cfg, so);
  spdlog::info("compiled {}: {} operations, {} tensors", net.name, compiled.program.ops.size(), compiled.program.tensors.size());
  if (vm.count("emit-asm"))
    write_file_atomic(vm["emit-asm"].as<std::string>(),
                      compiler::program_asm(compiled.program, fmt::format("int4sim program: one training step of {} at batch {}\n"
                                                                           "tensors live at the addresses of isa/lowering.cpp's tensor_addresses()",
                                                                           net.name, cfg.run_batch)));

  hw::ExecutionOptions eo;
  eo.values = values;
  eo.iterations = iterations;
  eo.timeline = vm.count("timeline") > 0;
  if (vm.count("vcd")) {
    std::string p = vm["vcd"].as<std::string>();
    if (p.size() > 4 && p.substr(p.size() - 4) == ".vcd") p.resize(p.size() - 4);
    eo.vcd_path = p;
  }
  SyntheticState state{cfg, compiled, {}};
  if (values) {
    eo.dram.resize(compiled.program.tensors.size());
    state.init(eo.dram, compiled.program);
    eo.before_iteration = [&](int it, std::vector<std::vector<uint8_t>>& dram) { state.iteration(it, dram, compiled.program); };
  }
  // The controller runs the binary program image: encoded, decoded and raised back to operations
  // (after the synthetic state set the clip scalars in the symbol table).
  const hw::Program executed = compiler::through_isa(compiled.program);
  const hw::ExecutionResult res = hw::execute(cfg, executed, std::move(eo));

  report::Report rep;
  rep.command = "run";
  rep.workload = net.name;
  rep.config = config_json(cfg);
  rep.config["run.iterations"] = iterations;
  rep.cycles = res.cycles;
  rep.freq_mhz = cfg.run_freq_mhz;
  rep.peak_macs_per_cycle = static_cast<uint64_t>(cfg.array_rows * cfg.array_cols);
  for (size_t u = 0; u < res.units.size(); ++u) {
    if (static_cast<hw::Unit>(u) == hw::Unit::ctrl) continue;
    report::UnitFigures f;
    f.busy = res.units[u].busy;
    for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s) f.stalls[hw::stall_name(static_cast<hw::Stall>(s))] = res.units[u].stalls[s];
    rep.units[res.units[u].name] = f;
  }
  for (int i = 0; i < static_cast<int>(hw::Buffer::count); ++i) {
    rep.bytes[std::string(hw::buffer_name(static_cast<hw::Buffer>(i))) + ".read"] = res.buf_read[i];
    rep.bytes[std::string(hw::buffer_name(static_cast<hw::Buffer>(i))) + ".write"] = res.buf_write[i];
  }
  rep.bytes["dram.read"] = res.dram_read;
  rep.bytes["dram.write"] = res.dram_write;
  const hw::EnergyTable table = hw::energy_table(cfg);
  hw::PhaseAccount whole;  // the run's actions, for its total energy
  for (const auto& layer : res.layers)
    for (const auto& a : layer) {
      whole.macs += a.macs;
      whole.macs_int8 += a.macs_int8;
      for (int b = 0; b < 4; ++b) {
        whole.buf_read[b] += a.buf_read[b];
        whole.buf_write[b] += a.buf_write[b];
      }
      whole.dram_read += a.dram_read;
      whole.dram_write += a.dram_write;
      whole.fq_elements += a.fq_elements;
      whole.gq_elements += a.gq_elements;
      whole.gq_stochastic += a.gq_stochastic;
      whole.gq_absmax += a.gq_absmax;
      whole.vec_adds += a.vec_adds;
      whole.vec_muls += a.vec_muls;
    }
  rep.energy_pj = report::energy_components(
      hw::energy(report::action_counts(whole, cfg, static_cast<double>(res.cycles) / (cfg.run_freq_mhz * 1e6)), table));
  for (size_t l = 0; l < compiled.program.layers.size(); ++l) {
    report::LayerFigures lf;
    lf.name = compiled.program.layers[l].name;
    lf.kind = compiled.program.layers[l].kind;
    lf.quantized = compiled.program.layers[l].quantized;
    for (int p = 0; p < 4; ++p) {
      const hw::PhaseAccount& a = res.layers[l][p];
      report::PhaseFigures& f = lf.phases[p];
      f.present = a.present;
      if (!a.present) continue;
      f.cycles = a.span_cycles;
      f.macs = a.macs;
      f.bytes = bytes_of(a);
      // Dynamic energy of what this layer-phase did, leakage over its span.
      f.energy_pj = report::energy_components(
          hw::energy(report::action_counts(a, cfg, static_cast<double>(a.span_cycles) / (cfg.run_freq_mhz * 1e6)), table));
      for (int u = 0; u < static_cast<int>(hw::Unit::ctrl); ++u) {
        report::UnitFigures uf;
        uf.busy = a.busy[u];
        for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s)
          if (a.stalls[u][s]) uf.stalls[hw::stall_name(static_cast<hw::Stall>(s))] = a.stalls[u][s];
        if (uf.busy || !uf.stalls.empty()) f.units[hw::unit_name(static_cast<hw::Unit>(u))] = uf;
      }
    }
    rep.layers.push_back(std::move(lf));
  }
  // Gradient-quantization figures of the last iteration, from the model's own codes.
  if (values)
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      const hw::GqOutcome* last = nullptr;
      for (const auto& g : res.gq)
        if (g.layer == t.layer) last = &g;
      if (!last) continue;
      const auto& dy = state.last_dy[i];
      std::vector<float> ghat(dy.size());
      for (size_t j = 0; j < dy.size(); ++j)
        ghat[j] = static_cast<float>(unpack_code(res.dram[t.g_codes], compiled.program.tensors[t.g_codes].type, j)) * last->result.scale;
      const auto m = golden::error_metrics(dy, ghat, cfg.gq_rho);
      report::QuantError& e = rep.layers[t.layer].phases[static_cast<int>(report::Phase::dgrad)].grad_error;
      e.valid = true;
      e.e_g = m.e_g;
      e.e_gl = m.e_gl;
      e.mse = m.mse;
      e.sqnr_db = m.sqnr_db;
      e.cosine = m.cosine;
      e.gamma = last->result.gamma_used;
      e.gamma_next = last->result.gamma_next;
      e.g_max = last->result.g_max;
      e.clipped_fraction = static_cast<double>(last->result.clipped) / static_cast<double>(last->result.numel);
      e.search_passes = last->result.search_passes;
    }
  const std::string out = vm["out"].as<std::string>();
  report::write_report(rep, out);
  if (vm.count("timeline")) report::write_timeline(vm["timeline"].as<std::string>(), res.timeline, cfg.run_freq_mhz);
  fmt::print("{}: {} iteration(s) at batch {} on a {}x{} {} array ({} operations)\n\n", net.name, iterations, cfg.run_batch,
             cfg.array_rows, cfg.array_cols, cfg.array_dataflow, res.ops);
  fmt::print("{}", rep.summary());
  fmt::print("\nwrote {}/report.json and {}/layers.csv\n", out, out);
  return 0;
}

}  // namespace int4sim::cli
