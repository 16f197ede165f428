// The report writers as generated from the metric table (sim/report/metrics.cpp): every declared
// figure lands where its declaration says, exactly once, and docs/report.md documents each.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "models/energy/energy_model.h"
#include "sim/report/energy_accounting.h"
#include "sim/report/metrics.h"
#include "sim/report/report.h"

using namespace int4sim::report;

namespace {

// Two layers: an INT4 conv with gradient figures (one of them not finite) and operand figures (fwd
// reads W and A, dgrad W), and a layer kept wide without values (its operand figures null).
Report sample() {
  Report r;
  r.command = "run";
  r.workload = "unit";
  r.cycles = 1000;
  r.freq_mhz = 500;
  r.peak_macs_per_cycle = 16;
  r.energy_pj = {{"mac", 10}, {"dram", 30}};
  LayerFigures q;
  q.name = "conv1";
  q.kind = "conv";
  q.quantized = true;
  PhaseFigures& fwd = q.phases[static_cast<size_t>(Phase::fwd)];
  fwd.present = true;
  fwd.cycles = 600;
  fwd.macs = 4800;
  fwd.bytes = {{"dram.read", 96}, {"dram.write", 32}};
  fwd.energy_pj = {{"mac", 1.5}, {"dram", 2.25}};
  fwd.attributed_cycles = 550;
  fwd.bounds = {{"mac_array", 4.6875}, {"dma", 2.0}};
  fwd.compulsory_dram_bytes = 64;
  fwd.attributed_energy_pj = 3.5;
  PhaseFigures& dgrad = q.phases[static_cast<size_t>(Phase::dgrad)];
  dgrad.present = true;
  dgrad.cycles = 400;
  dgrad.attributed_cycles = 450;
  dgrad.attributed_energy_pj = 0.25;
  dgrad.grad_error = {true, 0.125, 0.5, 0.01, NAN, 0.99, 0.75, 0.8, 3.0, 0.0625, 7};
  q.grad_history = {dgrad.grad_error};
  const OperandErrors ops{{true, 18.0, 0.25, 0.5}, {true, 24.0, 0.125, 0.375}};
  fwd.reads_w = fwd.reads_a = dgrad.reads_w = true;
  fwd.operands = dgrad.operands = ops;
  q.operand_history = {ops, ops};
  q.operand_history[1].iteration = 1;
  fwd.has_output = dgrad.has_output = true;
  fwd.output = {true, 0.25, 0.96875, 0.5, 3};
  dgrad.output = {true, 0.75, 0.5, 0.0, 0};
  OutputErrors step;
  step.phase[static_cast<size_t>(Phase::fwd)] = fwd.output;
  step.phase[static_cast<size_t>(Phase::dgrad)] = dgrad.output;
  step.iteration = 1;
  q.output_history = {step};
  LayerFigures w;
  w.name = "fc";
  w.kind = "fc";
  w.phases[static_cast<size_t>(Phase::fwd)].present = true;
  w.phases[static_cast<size_t>(Phase::fwd)].macs = 200;
  w.phases[static_cast<size_t>(Phase::fwd)].reads_w = w.phases[static_cast<size_t>(Phase::fwd)].reads_a = true;
  w.phases[static_cast<size_t>(Phase::fwd)].has_output = true;  // not computed: null
  r.layers = {q, w};
  r.iterations = {{true, 400, 64, 50, 1, 1.5}, {false, 600, 64, 50, 0, 2.5}};
  return r;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("layers.csv: the declared columns in order, gradient cells only for INT4 layers") {
  const std::string csv = sample().to_csv();
  std::istringstream in(csv);
  std::string header, row1, row2, row3;
  std::getline(in, header);
  std::getline(in, row1);
  std::getline(in, row2);
  std::getline(in, row3);
  CHECK(header ==
        "layer,phase,kind,quantized,cycles,attributed_cycles,macs,energy_pj,attributed_energy_pj,bound_cycles,bottleneck,"
        "span_over_bound,dram_read_bytes,dram_write_bytes,compulsory_dram_bytes,E_G,E_GL,gamma,clipped_fraction,"
        "w_sqnr_db,w_mse,w_clipped_fraction,a_sqnr_db,a_mse,a_clipped_fraction,out_rel_err,out_cosine,acc_saturated,acc_rel_err");
  CHECK(row1 ==
        "conv1,fwd,conv,true,600,550,4800,3.75,3.5,4.6875,mac_array,128,96,32,64,0.125,0.5,0.75,0.0625,18,0.25,0.5,24,0.125,0.375,"
        "0.25,0.96875,3,0.5");
  CHECK(row2 == "conv1,dgrad,conv,true,400,450,0,0,0.25,0,,,0,0,0,0.125,0.5,0.75,0.0625,18,0.25,0.5,,,,0.75,0.5,0,0");
  CHECK(row3 == "fc,fwd,fc,false,0,0,200,0,0,0,,,0,0,0,,,,,,,,,,,,,,");
  size_t columns = 4;
  for (const Metric& m : metric_table()) columns += m.csv != nullptr;
  CHECK(static_cast<size_t>(std::count(header.begin(), header.end(), ',')) + 1 == columns);
}

TEST_CASE("report.json: every declared key once in its scope, gradient keys only where the layer has them") {
  const Report r = sample();
  const nlohmann::json j = r.to_json();
  const auto& totals = j.at("totals");
  const auto& fwd = j.at("layers")[0].at("phases").at("fwd");
  const auto& wide = j.at("layers")[1].at("phases").at("fwd");
  const auto& hist = j.at("layers")[0].at("gradient_by_iteration")[0];
  const auto& dgrad = j.at("layers")[0].at("phases").at("dgrad");
  const auto& ops = j.at("layers")[0].at("operands_by_iteration");
  const auto& outs = j.at("layers")[0].at("outputs_by_iteration");
  size_t n_totals = 0, n_phase = 0, n_grad = 0, n_ops = 0, n_out = 0, n_w = 0, n_hist = 1;  // gradient_by_iteration also has "iteration"
  for (const Metric& m : metric_table()) {
    if (!m.key) continue;
    INFO(m.key);
    switch (m.scope) {
      case Scope::totals: CHECK(totals.contains(m.key)); ++n_totals; break;
      case Scope::phase: CHECK(fwd.contains(m.key)); CHECK(wide.contains(m.key)); ++n_phase; break;
      case Scope::iteration: CHECK(j.at("iterations")[0].contains(m.key)); break;
      case Scope::gradient:
        CHECK(fwd.contains(m.key));
        CHECK_FALSE(wide.contains(m.key));
        CHECK(hist.contains(m.key) == m.per_iteration);
        ++n_grad;
        n_hist += m.per_iteration;
        break;
      case Scope::operands: {
        // fwd reads both operands, dgrad the weights; the wide layer without values has nulls.
        const bool weights = std::string(m.key).rfind("w_", 0) == 0;
        CHECK(fwd.contains(m.key));
        CHECK(dgrad.contains(m.key) == weights);
        CHECK(wide.at(m.key).is_null());
        CHECK(ops[1].contains(m.key) == m.per_iteration);
        ++n_ops;
        n_w += weights;
        break;
      }
      case Scope::outputs:
        // Phases with a GEMM output; null where it was not computed.
        CHECK(fwd.contains(m.key));
        CHECK(dgrad.contains(m.key));
        CHECK(wide.at(m.key).is_null());
        CHECK(outs[0].contains(m.key) == m.per_iteration);
        ++n_out;
        break;
    }
  }
  // One entry per computed step and phase with figures, each naming them.
  REQUIRE(outs.size() == 2);
  CHECK(outs[0].at("iteration") == 1);
  CHECK(outs[0].at("phase") == "fwd");
  CHECK(outs[1].at("phase") == "dgrad");
  CHECK(outs[1].at("out_rel_err") == 0.75);
  CHECK(ops[1].at("iteration") == 1);
  CHECK(fwd.at("out_rel_err") == 0.25);
  CHECK(fwd.at("acc_saturated") == 3);
  CHECK(dgrad.at("out_cosine") == 0.5);
  CHECK(totals.at("mean_out_rel_err") == 0.5);  // (0.25 + 0.75) / 2
  CHECK(totals.at("total_acc_saturated") == 3);
  CHECK(ops.size() == 2);
  CHECK(fwd.at("w_sqnr_db") == 18.0);
  CHECK(fwd.at("a_clipped_fraction") == 0.375);
  CHECK(dgrad.at("w_mse") == 0.25);
  CHECK(totals.at("mean_w_sqnr_db") == 18.0);  // the wide layer has no values
  CHECK(totals.at("mean_a_sqnr_db") == 24.0);
  CHECK(totals.size() == n_totals);
  size_t n_iteration = 1;  // "iteration"
  for (const Metric& m : metric_table()) n_iteration += m.scope == Scope::iteration;
  REQUIRE(j.at("iterations").size() == 2);
  CHECK(j.at("iterations")[1].size() == n_iteration);
  CHECK(j.at("iterations")[0].at("warmup") == true);
  CHECK(j.at("iterations")[1].at("cycles") == 600);
  CHECK(fwd.size() == n_phase + n_grad + n_ops + n_out);
  CHECK(wide.size() == n_phase + n_ops + n_out);
  CHECK(n_w == 3);
  CHECK(hist.size() == n_hist);
  // Values: exact figures of the sample.
  CHECK(totals.at("cycles") == 1000);
  CHECK(totals.at("macs") == 5000);
  CHECK(totals.at("energy_pj") == 40.0);
  CHECK(totals.at("seconds") == 2e-6);
  CHECK(totals.at("utilization") == 5000.0 / (1000 * 16));
  CHECK(totals.at("mean_E_G") == 0.125);
  CHECK(fwd.at("arithmetic_intensity_macs_per_dram_byte") == 4800.0 / 128);
  CHECK(fwd.at("grad_sqnr_db").is_null());  // not finite
  CHECK(fwd.at("gq_search_passes") == 7);
  CHECK(wide.at("arithmetic_intensity_macs_per_dram_byte").is_null());  // no DRAM traffic
}

TEST_CASE("the sweep's columns are the totals marked for it, in declaration order") {
  CHECK(sweep_metric_keys() == std::vector<std::string>{"cycles", "energy_pj", "edp_pj_s", "utilization", "mean_E_G", "mean_E_GL",
                                                       "mean_w_sqnr_db", "mean_a_sqnr_db", "mean_out_rel_err", "total_acc_saturated"});
}

TEST_CASE("energy components: each declared one reported, the total their sum") {
  int4sim::hw::EnergyBreakdown e;
  double expected = 0, value = 1;
  for (const auto& k : int4sim::hw::energy_components()) {
    e.*k.field = value;
    expected += value;
    value *= 2;
  }
  const auto components = energy_components(e);
  CHECK(components.size() == int4sim::hw::energy_components().size());
  double sum = 0;
  for (const auto& [name, pj] : components) sum += pj;
  CHECK(sum == expected);
  CHECK(components.at("static") == e.stat);
  CHECK(components.at("sram.act") == e.sram_act);
}

TEST_CASE("docs/report.md documents every report key, layers.csv column and energy component") {
  const std::string doc = slurp(std::string(INT4SIM_SOURCE_DIR) + "/docs/report.md");
  REQUIRE_FALSE(doc.empty());
  for (const Metric& m : metric_table()) {
    if (m.key) CHECK(doc.find(std::string("\"") + m.key + "\"") != std::string::npos);
    if (m.csv) CHECK(doc.find(m.csv) != std::string::npos);
  }
  for (const auto& k : int4sim::hw::energy_components()) CHECK(doc.find(std::string("\"") + k.name + "\"") != std::string::npos);
}
