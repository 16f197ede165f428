// int4sim gq: the golden gradient quantizer on recorded (or synthetic) gradients, one file per
// iteration of one layer.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "golden/metrics.h"
#include "sim/cli/cli.h"
#include "base/error.h"
#include "base/files.h"
#include "base/npy.h"
#include "base/synthetic.h"

namespace int4sim::cli {
namespace {

const std::vector<Shorthand> kShorthands = {
    {"bits", "gq.bits"},         {"policy", "gq.policy"},       {"gamma", "gq.gamma"},
    {"rounding", "gq.rounding"}, {"arith", "gq.arith"},         {"seed", "run.seed"},
    {"mode", "gq.mode"},         {"rand-bits", "gq.rand_bits"},
};

struct Row {
  golden::GradQuantStep step;
  golden::ErrorMetrics err;
};

std::vector<Row> run_policy(const Config& cfg, const std::vector<std::vector<float>>& grads, uint64_t layer,
                            Progress& progress, const std::string& label) {
  golden::GradQuantizer q(grad_quant_params(cfg, layer));
  std::vector<Row> rows;
  for (const auto& g : grads) {
    progress.update(fmt::format("gq: {}, iteration {}/{}", label, rows.size() + 1, grads.size()));
    Row r;
    r.step = q.step(g);
    r.err = golden::error_metrics(g, r.step.dequant, cfg.gq_rho);
    r.step.codes.clear();  // keep only the figures
    r.step.dequant.clear();
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string fnum(double v, const char* f) { return std::isfinite(v) ? fmt::format(fmt::runtime(f), v) : "n/a"; }

void print_rows(const std::string& title, const std::vector<Row>& rows) {
  fmt::print("{}\n", title);
  fmt::print("{:>5} {:>9} {:>11} {:>8} {:>9} {:>10} {:>10} {:>10} {:>8} {:>8} {:>7} {:>9}\n", "iter", "gamma", "g_max",
             "clipped", "numel", "E(G)", "E(G_L)", "MSE", "SQNR_dB", "cosine", "passes", "gamma_nx");
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& s = rows[i].step;
    const auto& e = rows[i].err;
    fmt::print("{:>5} {:>9.6f} {:>11.4e} {:>8} {:>9} {:>10} {:>10} {:>10} {:>8} {:>8} {:>7} {:>9.6f}\n", i + 1,
               s.gamma_used, s.g_max, s.clipped, s.numel, fnum(e.e_g, "{:.4e}"), fnum(e.e_gl, "{:.4e}"),
               fnum(e.mse, "{:.3e}"), fnum(e.sqnr_db, "{:.2f}"), fnum(e.cosine, "{:.5f}"), s.search_passes,
               s.gamma_next);
  }
}

nlohmann::json rows_json(const std::vector<Row>& rows) {
  nlohmann::json it = nlohmann::json::array();
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& s = rows[i].step;
    const auto& e = rows[i].err;
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    it.push_back({{"iteration", i + 1}, {"gamma", s.gamma_used}, {"gamma_next", s.gamma_next}, {"g_max", s.g_max},
                  {"g_max_used", s.g_max_used}, {"clip", s.clip}, {"clipped", s.clipped}, {"numel", s.numel},
                  {"clipped_fraction", static_cast<double>(s.clipped) / static_cast<double>(s.numel)},
                  {"E_G", num(e.e_g)}, {"E_GL", num(e.e_gl)}, {"mse", num(e.mse)}, {"sqnr_db", num(e.sqnr_db)},
                  {"cosine", num(e.cosine)}, {"search_passes", s.search_passes}, {"lr_scale", s.lr_scale}});
  }
  return it;
}

double mean_of(const std::vector<Row>& rows, double golden::ErrorMetrics::*field) {
  double sum = 0;
  int n = 0;
  for (const auto& r : rows)
    if (std::isfinite(r.err.*field)) {
      sum += r.err.*field;
      ++n;
    }
  return n ? sum / n : NAN;
}

}  // namespace

int cmd_gq(const std::vector<std::string>& args) {
  auto desc = common_options(kShorthands);
  desc.add_options()
      ("grads", po::value<std::vector<std::string>>()->multitoken(), "float32 .npy files of one layer's dL/dy, one per iteration, in order")
      ("synthetic", po::value<int>()->default_value(20), "without --grads: this many iterations of built-in long-tailed gradients (Student-t, 3 dof)")
      ("numel", po::value<int64_t>()->default_value(1 << 20), "without --grads: elements per synthetic gradient")
      ("layer", po::value<uint64_t>()->default_value(0), "layer index (keys the stochastic-rounding random bits)")
      ("compare-arith", "also run the configured policy in both arithmetics (hw, paper) and print how far they land apart")
      ("compare", "also run every policy (lbt, minmax, fixed, dsgc, pwf) on the same gradients and print them side by side")
      ("json", po::value<std::string>(), "write the results as JSON to this file")
      ("progress", "show progress (policy, iteration) on stderr even when it is not a terminal");
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  const std::string usage =
      "int4sim gq [--grads G1.npy G2.npy ...] [--bits B] [--policy lbt|minmax|fixed|dsgc|pwf] [--gamma X]\n"
      "           [--rounding nearest|stochastic] [--arith paper|hw] [--seed S] [--compare] [--json FILE]";
  if (!parse("gq", usage, args, desc, parsed, vm)) return 0;
  const Config cfg = resolve_config(parsed, kShorthands);
  grad_quant_params(cfg);  // validates combinations before any work
  const std::string json_path = output_file_option(vm, "json");
  Progress progress(vm.count("progress") > 0);
  const uint64_t layer = vm["layer"].as<uint64_t>();

  std::vector<std::vector<float>> grads;
  nlohmann::json sources = nlohmann::json::array();
  if (vm.count("grads")) {
    for (const auto& f : vm["grads"].as<std::vector<std::string>>()) {
      grads.push_back(read_finite_f32(f));
      sources.push_back(f);
    }
  } else {
    const int iters = vm["synthetic"].as<int>();
    const int64_t numel = vm["numel"].as<int64_t>();
    if (iters < 1 || iters > 100000) fail("--synthetic " + std::to_string(iters) + ": expected 1..100000 iterations");
    if (numel < 1 || numel > (int64_t{1} << 28)) fail("--numel " + std::to_string(numel) + ": expected 1..2^28");
    spdlog::info("no --grads: {} synthetic iterations of {} elements (Student-t, 3 dof, seed {})", iters, numel, cfg.run_seed);
    for (int t = 1; t <= iters; ++t) {
      progress.update(fmt::format("gq: synthetic gradients, iteration {}/{}", t, iters));
      grads.push_back(synthetic_gradient(static_cast<uint64_t>(cfg.run_seed), layer, t, numel));
    }
    sources = fmt::format("synthetic: {} iterations x {} elements, Student-t(3), seed {}", iters, numel, cfg.run_seed);
  }

  const auto rows = run_policy(cfg, grads, layer, progress, "policy " + cfg.gq_policy);
  progress.finish();
  nlohmann::json out = {{"command", "gq"}, {"sources", sources}, {"config", config_json(cfg)},
                        {"iterations", rows_json(rows)}};
  print_rows(fmt::format("gradient quantizer: policy {}, {} bits, {} rounding, {} arithmetic, g_max {}", cfg.gq_policy,
                         cfg.gq_bits, cfg.gq_rounding, cfg.gq_arith, cfg.gq_mode),
             rows);

  if (vm.count("compare")) {
    struct Variant {
      std::string name, policy;
      double gamma;
    };
    const std::vector<Variant> variants = {{"minmax", "minmax", 1.0}, {"fixed_0.8", "fixed", 0.8},
                                           {"fixed_0.6", "fixed", 0.6}, {"dsgc", "dsgc", 1.0},
                                           {"pwf", "pwf", 1.0},         {"lbt", "lbt", 1.0}};
    fmt::print("\nall policies on the same gradients ({} bits, {} rounding, {} arithmetic)\n", cfg.gq_bits,
               cfg.gq_rounding, cfg.gq_arith);
    fmt::print("{:<10} {:>12} {:>12} {:>10} {:>9} {:>12}\n", "policy", "mean E(G)", "mean E(G_L)", "mean cos",
               "gamma_end", "clipped_end");
    nlohmann::json policies = nlohmann::json::object();
    for (const auto& v : variants) {
      Config c = cfg;
      c.gq_policy = v.policy;
      c.gq_gamma = v.gamma;
      if (v.policy == "pwf" && c.gq_bits < 3) continue;
      const auto r = run_policy(c, grads, layer, progress, "--compare " + v.name);
      progress.finish();
      fmt::print("{:<10} {:>12.4e} {:>12.4e} {:>10.5f} {:>9.4f} {:>12}\n", v.name, mean_of(r, &golden::ErrorMetrics::e_g),
                 mean_of(r, &golden::ErrorMetrics::e_gl), mean_of(r, &golden::ErrorMetrics::cosine),
                 r.back().step.gamma_next, r.back().step.clipped);
      policies[v.name] = {{"iterations", rows_json(r)}};
    }
    out["policies"] = policies;
  }
  if (vm.count("compare-arith")) {
    Config c_hw = cfg, c_paper = cfg;
    c_hw.gq_arith = "hw";
    c_paper.gq_arith = "paper";
    golden::GradQuantizer q_hw(grad_quant_params(c_hw, layer)), q_paper(grad_quant_params(c_paper, layer));
    fmt::print("\nhw vs paper arithmetic, policy {} ({} bits, {} rounding)\n", cfg.gq_policy, cfg.gq_bits, cfg.gq_rounding);
    fmt::print("{:>5} {:>10} {:>10} {:>14} {:>12} {:>12} {:>12} {:>12}\n", "iter", "gamma_hw", "gamma_pap", "codes_differ",
               "E(G)_hw", "E(G)_pap", "E(G_L)_hw", "E(G_L)_pap");
    nlohmann::json cmp = nlohmann::json::array();
    for (size_t t = 0; t < grads.size(); ++t) {
      progress.update(fmt::format("gq: --compare-arith, iteration {}/{}", t + 1, grads.size()));
      const auto a = q_hw.step(grads[t]), b = q_paper.step(grads[t]);
      uint64_t differ = 0;
      for (size_t i = 0; i < a.codes.size(); ++i) differ += a.codes[i] != b.codes[i];
      const auto ea = golden::error_metrics(grads[t], a.dequant, cfg.gq_rho);
      const auto eb = golden::error_metrics(grads[t], b.dequant, cfg.gq_rho);
      const double frac = static_cast<double>(differ) / static_cast<double>(a.numel);
      progress.finish();
      fmt::print("{:>5} {:>10.6f} {:>10.6f} {:>14.4e} {:>12} {:>12} {:>12} {:>12}\n", t + 1, a.gamma_used, b.gamma_used, frac,
                 fnum(ea.e_g, "{:.4e}"), fnum(eb.e_g, "{:.4e}"), fnum(ea.e_gl, "{:.4e}"), fnum(eb.e_gl, "{:.4e}"));
      cmp.push_back({{"iteration", t + 1}, {"gamma_hw", a.gamma_used}, {"gamma_paper", b.gamma_used},
                     {"codes_differ_fraction", frac}});
    }
    out["hw_vs_paper"] = cmp;
  }
  if (!json_path.empty()) write_output(json_path, out.dump(2) + "\n");
  return 0;
}

}  // namespace int4sim::cli
