// int4sim run as a user runs it: every built-in network compiles and runs to completion, the
// report has the documented keys, per-layer MACs equal the closed forms, runs are deterministic.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

#include "base/npy.h"
#include "golden/metrics.h"
#include "golden/quantizers.h"
#include "workloads/network.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Run {
  int rc;
  std::string err, report_text;
  nlohmann::json report;
};

// Under ASan, an error thrown inside a SystemC thread (a coroutine on its own stack) makes ASan
// print a one-time warning that it cannot unpoison that stack; it is not a report about our code
// (docs/robustness.md, sanitizer suite) and is dropped before stderr is compared.
std::string without_asan_stack_warning(const std::string& err) {
  std::istringstream in(err);
  std::string out, line;
  while (std::getline(in, line)) {
    if (line.find("ASan is ignoring requested __asan_handle_no_return") != std::string::npos ||
        line == "False positive error reports may follow" ||
        line == "For details see https://github.com/google/sanitizers/issues/189")
      continue;
    out += line + "\n";
  }
  return out;
}

Run run(const std::string& args, const std::string& tag) {
  const std::string dir = "/tmp/int4sim_run_" + std::to_string(::getpid()) + "_" + tag;
  std::system(("rm -rf " + dir).c_str());
  const std::string cmd = std::string(INT4SIM_BINARY) + " run " + args + " --out " + dir + " >/dev/null 2>" + dir + ".err";
  const int status = std::system(cmd.c_str());
  Run r{WEXITSTATUS(status), without_asan_stack_warning(slurp(dir + ".err")), slurp(dir + "/report.json"), nullptr};
  if (!r.report_text.empty()) r.report = nlohmann::json::parse(r.report_text);
  return r;
}

}  // namespace

TEST_CASE("every built-in network runs a training step to completion at batch 1 with closed-form MACs") {
  for (const std::string& name : int4sim::workloads::builtin_names()) {
    INFO(name);
    const auto r = run("--workload " + name + " --timing-only", name);
    REQUIRE(r.err.empty());
    REQUIRE(r.rc == 0);
    const auto net = int4sim::workloads::builtin_network(name);
    REQUIRE(r.report["totals"]["cycles"].get<uint64_t>() > 0);
    REQUIRE(r.report["totals"].contains("energy_pj"));
    size_t li = 0;
    for (const auto& layer : net.layers) {
      const auto& jl = r.report["layers"][li++];
      REQUIRE(jl["name"] == layer.name);
      REQUIRE(jl["quantized"] == (layer.computes() && layer.quantized));
      if (!layer.computes()) continue;
      const uint64_t fwd = static_cast<uint64_t>(layer.forward_macs());
      REQUIRE(jl["phases"]["fwd"]["macs"] == fwd);
      REQUIRE(jl["phases"]["wgrad"]["macs"] == fwd);
      // An input gradient unless the (left) operand is the network input; an activation x
      // activation GEMM's dgrad is its left operand's gradient, wgrad its right one's.
      const bool reads_input = layer.inputs[0].empty();
      REQUIRE(jl["phases"]["dgrad"]["macs"] == (reads_input ? 0 : fwd));
      for (const char* p : {"fwd", "dgrad", "wgrad"}) {
        REQUIRE(jl["phases"][p].contains("cycles"));
        REQUIRE(jl["phases"][p].contains("energy_pj"));
      }
    }
  }
}

TEST_CASE("run reports the gradient-quantization figures of quantized layers and is deterministic") {
  const auto a = run("--workload smallcnn --iterations 2 --batch 2", "a");
  const auto b = run("--workload smallcnn --iterations 2 --batch 2", "b");
  REQUIRE(a.rc == 0);
  REQUIRE(a.report_text == b.report_text);
  int quantized = 0;
  for (const auto& l : a.report["layers"]) {
    if (!l["quantized"].get<bool>()) continue;
    ++quantized;
    for (const char* p : {"fwd", "dgrad", "wgrad", "update"}) {
      const auto& ph = l["phases"][p];
      REQUIRE(ph["E_G"].get<double>() > 0);
      REQUIRE(ph["E_GL"].get<double>() > 0);
      REQUIRE(ph["gamma"].get<double>() < 1.0);  // the second iteration uses the searched gamma
    }
  }
  REQUIRE(quantized == 2);
  REQUIRE(a.report["schema_version"] == 1);
  REQUIRE(a.report["config"]["run.batch"] == 2);
  std::ifstream csv("/tmp/int4sim_run_" + std::to_string(::getpid()) + "_a/layers.csv");
  std::string header;
  std::getline(csv, header);
  REQUIRE(header.rfind("layer,phase,kind,quantized,cycles,attributed_cycles,macs,energy_pj,attributed_energy_pj", 0) == 0);
  const std::string stem = "/tmp/int4sim_run_" + std::to_string(::getpid());
  REQUIRE(slurp(stem + "_a/layers.csv") == slurp(stem + "_b/layers.csv"));
}

TEST_CASE("run accepts a SCALE-Sim topology and refuses bad workloads") {
  const std::string csv = "/tmp/int4sim_run_topo_" + std::to_string(::getpid()) + ".csv";
  std::ofstream(csv) << "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                        "Conv1, 224, 224, 11, 11, 3, 96, 4,\nConv2, 27, 27, 5, 5, 96, 256, 1,\n";
  const auto ok = run("--workload " + csv + " --timing-only --forward-only", "topo");
  REQUIRE(ok.rc == 0);
  REQUIRE(ok.report["layers"][0]["phases"]["fwd"]["macs"] == 55ull * 55 * 96 * 11 * 11 * 3);
  const auto bad = run("--workload lenet", "bad");
  REQUIRE(bad.rc == 2);
  REQUIRE(bad.report_text.empty());
}

TEST_CASE("replay of the shipped trace is deterministic and follows gamma over the recorded iterations") {
  const std::string trace = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";
  const auto a = run("--workload " + trace, "replay_a");
  const std::string cmd = std::string(INT4SIM_BINARY) + " replay --trace " + trace + " --out /tmp/int4sim_replay_b_" +
                          std::to_string(::getpid()) + " >/dev/null 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  REQUIRE(a.rc == 0);
  REQUIRE(a.report_text == slurp("/tmp/int4sim_replay_b_" + std::to_string(::getpid()) + "/report.json"));
  const auto manifest = nlohmann::json::parse(slurp(trace + "/manifest.json"));
  const size_t iterations = manifest["iterations"].size();
  REQUIRE(a.report["config"]["run.iterations"] == iterations);
  REQUIRE(a.report["config"]["run.batch"] == manifest["batch"]);
  int quantized = 0;
  for (const auto& l : a.report["layers"]) {
    if (!l["quantized"].get<bool>()) continue;
    ++quantized;
    const auto& hist = l["gradient_by_iteration"];
    REQUIRE(hist.size() == iterations);
    REQUIRE(hist[0]["gamma"] == 1.0);        // the first iteration quantizes with gamma = 1 ...
    REQUIRE(hist[0]["gq_search_passes"] > 0);  // ... then searches
    for (size_t i = 1; i < iterations; ++i) {
      REQUIRE(hist[i]["gamma"] == hist[i - 1]["gamma_next"]);
      REQUIRE(hist[i]["gamma"].get<double>() < 1.0);
    }
  }
  REQUIRE(quantized == 2);
}

TEST_CASE("run refuses a trace whose iteration count disagrees, with one line and exit 2") {
  const std::string trace = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";
  const auto r = run("--workload " + trace + " --iterations 99", "replay_bad");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("--iterations 99: the trace") != std::string::npos);
  REQUIRE(r.report_text.empty());
}

TEST_CASE("SIGINT or SIGTERM during a long run leaves a whole report marked incomplete and exit code 128 + signal") {
  for (const int sig : {SIGINT, SIGTERM}) {
    DYNAMIC_SECTION("signal " << sig) {
      const std::string dir = "/tmp/int4sim_run_signal_" + std::to_string(::getpid());
      std::system(("rm -rf " + dir).c_str());
      const pid_t pid = fork();
      if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        execl(INT4SIM_BINARY, INT4SIM_BINARY, "run", "--workload", "resnet18", "--batch", "8", "--out", dir.c_str(), nullptr);
        _exit(127);
      }
      sleep(2);
      kill(pid, sig);
      int status = 0;
      waitpid(pid, &status, 0);
      REQUIRE(WIFEXITED(status));
      REQUIRE(WEXITSTATUS(status) == 128 + sig);
      const auto report = nlohmann::json::parse(slurp(dir + "/report.json"));  // whole JSON, not torn
      REQUIRE(report["complete"] == false);
      // The step cut short has no quantization figures, its operands' included: none are listed.
      for (const auto& l : report["layers"]) CHECK_FALSE(l.contains("operands_by_iteration"));
    }
  }
}

TEST_CASE("a NaN in a recorded gradient is refused naming layer and phase, or saturated on request") {
  const std::string src = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";
  const std::string bad = "/tmp/int4sim_nan_trace_" + std::to_string(::getpid());
  std::system(("rm -rf " + bad + " && cp -r " + src + " " + bad).c_str());
  const auto manifest = nlohmann::json::parse(slurp(src + "/manifest.json"));
  const std::string it = std::to_string(manifest["iterations"][1].get<int>());
  const std::string file = bad + "/conv2/dY_" + it + ".npy";
  auto a = int4sim::read_npy(file);
  a.f32[17] = NAN;
  a.f32[20] = INFINITY;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << int4sim::npy_bytes(a.f32.data(), int4sim::NpyType::f32, a.shape);
  const auto refused = run("--workload " + bad, "nan");
  REQUIRE(refused.rc == 2);
  REQUIRE(refused.err == "int4sim: error: " + file + ": layer conv2 iteration " + it +
                             " dL/dy (dgrad, wgrad): element 17 is NaN (run.nonfinite = error; saturate replaces NaN by 0 and "
                             "Inf by the largest finite value)\n");
  REQUIRE(refused.report_text.empty());
  const auto saturated = run("--workload " + bad + " --set run.nonfinite=saturate --log-level error", "nan_sat");
  REQUIRE(saturated.rc == 0);
  REQUIRE(saturated.report["complete"] == true);
}

TEST_CASE("NaN or Inf in recorded weights and activations is refused naming layer and phase, or saturated on request") {
  const std::string src = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";
  const auto manifest = nlohmann::json::parse(slurp(src + "/manifest.json"));
  const std::string it = std::to_string(manifest["iterations"][0].get<int>());
  struct Case {
    std::string tensor, layer, what, value_text;
    float value;
  };
  const Case cases[] = {
      {"conv2/W_", "conv2", "weights (fwd, dgrad)", "NaN", NAN},
      {"conv1/A_", "conv1", "activations (fwd, wgrad)", "Inf", -INFINITY},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.what) {
      const std::string bad = "/tmp/int4sim_nonfinite_trace_" + std::to_string(::getpid());
      std::system(("rm -rf " + bad + " && cp -r " + src + " " + bad).c_str());
      const std::string file = bad + "/" + c.tensor + it + ".npy";
      auto t = int4sim::read_npy(file);
      t.f32[3] = c.value;
      std::ofstream(file, std::ios::binary | std::ios::trunc) << int4sim::npy_bytes(t.f32.data(), int4sim::NpyType::f32, t.shape);
      const auto refused = run("--workload " + bad, "nonfinite");
      REQUIRE(refused.rc == 2);
      REQUIRE(refused.err == "int4sim: error: " + file + ": layer " + c.layer + " iteration " + it + " " + c.what +
                                 ": element 3 is " + c.value_text +
                                 " (run.nonfinite = error; saturate replaces NaN by 0 and Inf by the largest finite value)\n");
      REQUIRE(refused.report_text.empty());
      const auto saturated = run("--workload " + bad + " --set run.nonfinite=saturate --log-level error", "nonfinite_sat");
      REQUIRE(saturated.rc == 0);
      REQUIRE(saturated.report["complete"] == true);
      std::system(("rm -rf " + bad).c_str());
    }
  }
}

TEST_CASE("layers kept wide in FP32 charge the vector unit's operations, not the array's MAC energy") {
  const Run fp32 = run("--workload smallcnn --timing-only --set run.wide_layers=fp32", "wide_fp32");
  const Run int8 = run("--workload smallcnn --timing-only", "wide_int8");
  REQUIRE(fp32.rc == 0);
  REQUIRE(int8.rc == 0);
  int wide = 0;
  for (const auto& l : fp32.report["layers"]) {
    if (l["name"] != "conv1" && l["name"] != "fc") continue;
    for (const auto& [phase, f] : l["phases"].items()) {
      INFO(l["name"] << " " << phase);
      CHECK(f["energy_by_component_pj"]["mac"].get<double>() == 0.0);
      if (f["macs"].get<uint64_t>() > 0) {
        CHECK(f["energy_by_component_pj"]["vector"].get<double>() > 0.0);
        ++wide;
      }
    }
  }
  CHECK(wide == 5);  // conv1 fwd and wgrad (its input is the network's: no dgrad), fc fwd, dgrad, wgrad
  // The same layers on the array (INT8, four INT4 passes) do charge MAC energy.
  for (const auto& l : int8.report["layers"])
    if (l["name"] == "conv1") CHECK(l["phases"]["fwd"]["energy_by_component_pj"]["mac"].get<double>() > 0.0);
}

namespace {

// A report without its value figures (gradient and operand errors, gamma): what a timing-only
// run also reports (its operand figures are null).
nlohmann::json timing_figures(nlohmann::json report) {
  for (const char* k : {"mean_E_G", "mean_E_GL", "mean_w_sqnr_db", "mean_a_sqnr_db"}) report["totals"].erase(k);
  for (auto& layer : report["layers"]) {
    layer.erase("gradient_by_iteration");
    layer.erase("operands_by_iteration");
    for (auto& [name, phase] : layer["phases"].items())
      for (const char* k : {"E_G", "E_GL", "gamma", "gamma_next", "g_max", "clipped_fraction", "grad_mse", "grad_sqnr_db",
                            "grad_cosine", "gq_search_passes", "w_sqnr_db", "w_mse", "w_clipped_fraction", "a_sqnr_db", "a_mse",
                            "a_clipped_fraction"})
        phase.erase(k);
  }
  return report;
}

}  // namespace

TEST_CASE("timing-only and bit-accurate runs give identical cycles, traffic, stalls and energy, for every gradient policy") {
  for (const std::string net : {"smallcnn", "resnet20"})
    for (const std::string policy : {"lbt", "fixed", "minmax", "dsgc", "pwf", "lbt --set gq.mode=predicted"}) {
      INFO(net << " " << policy);
      const std::string args = "--workload " + net + " --batch 2 --iterations 2 --set gq.policy=" + policy;
      const Run values = run(args, "ta_values");
      const Run timing = run(args + " --timing-only", "ta_timing");
      REQUIRE(values.rc == 0);
      REQUIRE(timing.rc == 0);
      // Equal as a whole (the configuration included), not only in the totals.
      const nlohmann::json a = timing_figures(values.report), b = timing_figures(timing.report);
      CHECK(a["totals"] == b["totals"]);
      CHECK(a["layers"] == b["layers"]);
      CHECK(a.dump() == b.dump());
    }
}

TEST_CASE("a layer's forward quantizer never starts before the layer's own GEMM (timeline)") {
  const std::string dir = "/tmp/int4sim_fq_order_" + std::to_string(::getpid());
  const Run r = run("--workload resnet20 --batch 2 --timing-only --timeline " + dir + ".json", "fq_order");
  REQUIRE(r.rc == 0);
  const nlohmann::json tl = nlohmann::json::parse(slurp(dir + ".json"));
  std::map<std::string, double> first;  // slice name -> earliest start
  for (const auto& e : tl.at("traceEvents")) {
    if (e.value("ph", "") != "X") continue;
    const std::string name = e.at("name").get<std::string>();
    const double ts = e.at("ts").get<double>();
    if (!first.count(name) || ts < first[name]) first[name] = ts;
  }
  int checked = 0;
  for (const auto& [name, ts] : first) {
    if (name.rfind("fq acts ", 0) != 0) continue;
    const std::string gemm = "gemm " + name.substr(8);
    INFO(name);
    REQUIRE(first.count(gemm));
    CHECK(ts >= first[gemm]);
    ++checked;
  }
  CHECK(checked == 19);  // every conv layer of resnet20
}

TEST_CASE("attributed cycles and energy add up exactly to the totals, and the iterations partition the run") {
  for (const std::string args : {"--workload resnet20 --batch 2 --iterations 2", "--workload smallcnn --batch 2 --iterations 3 --timing-only",
                                 "--workload mobilenetv2 --batch 1 --timing-only --set gq.policy=dsgc"}) {
    INFO(args);
    const Run r = run(args, "attrib");
    REQUIRE(r.rc == 0);
    const auto& totals = r.report["totals"];
    uint64_t cycles = 0;
    double energy = 0;
    for (const auto& layer : r.report["layers"])
      for (const char* phase : {"fwd", "dgrad", "wgrad", "update"})  // the order the totals sum them in
        if (layer["phases"].contains(phase)) {
          cycles += layer["phases"][phase]["attributed_cycles"].get<uint64_t>();
          energy += layer["phases"][phase]["attributed_energy_pj"].get<double>();
        }
    CHECK(totals["unattributed_cycles"] == 0);
    CHECK(cycles == totals["cycles"].get<uint64_t>());
    CHECK(energy == totals["energy_pj"].get<double>());
    uint64_t it_cycles = 0, it_dram = 0;
    double it_energy = 0;
    for (const auto& it : r.report["iterations"]) {
      it_cycles += it["cycles"].get<uint64_t>();
      it_dram += it["dram_bytes"].get<uint64_t>();
      it_energy += it["energy_pj"].get<double>();
    }
    CHECK(it_cycles == totals["cycles"].get<uint64_t>());
    CHECK(it_dram == totals["bytes"]["dram.read"].get<uint64_t>() + totals["bytes"]["dram.write"].get<uint64_t>());
    CHECK(it_energy == Approx(totals["energy_pj"].get<double>()).epsilon(1e-12));  // addition order differs
  }
}

TEST_CASE("run --warmup leaves the first steps out of the figures, keeps them in iterations, and must leave one step") {
  const Run all = run("--workload smallcnn --batch 2 --iterations 3", "warm_all");
  const Run warm = run("--workload smallcnn --batch 2 --iterations 3 --warmup 1", "warm_one");
  REQUIRE(all.rc == 0);
  REQUIRE(warm.rc == 0);
  const auto& its = all.report["iterations"];
  REQUIRE(its.size() == 3);
  CHECK(warm.report["iterations"][0]["warmup"] == true);
  CHECK(warm.report["iterations"][1]["warmup"] == false);
  CHECK(warm.report["totals"]["cycles"].get<uint64_t>() == its[1]["cycles"].get<uint64_t>() + its[2]["cycles"].get<uint64_t>());
  CHECK(warm.report["totals"]["energy_pj"].get<double>() ==
        Approx(its[1]["energy_pj"].get<double>() + its[2]["energy_pj"].get<double>()).epsilon(1e-12));
  uint64_t attributed = 0;
  for (const auto& layer : warm.report["layers"])
    for (const auto& [name, phase] : layer["phases"].items()) attributed += phase["attributed_cycles"].get<uint64_t>();
  CHECK(attributed == warm.report["totals"]["cycles"].get<uint64_t>());
  // LBT's initial search is in the first step only: the steady state does no search pass.
  CHECK(its[0]["gq_search_passes"].get<uint64_t>() > 0);
  CHECK(its[1]["gq_search_passes"] == 0);
  const Run bad = run("--workload smallcnn --batch 2 --iterations 2 --warmup 2", "warm_bad");
  CHECK(bad.rc == 2);
  CHECK(bad.err == "int4sim: error: --warmup 2: expected 0..1 (fewer than the 2 iteration(s) run: at least one must be measured)\n");
}

TEST_CASE("no layer-phase beats its bounds: each span is at least every unit's work over its throughput") {
  for (const std::string net : {"resnet20", "mobilenetv2", "bert_layer", "smallcnn"}) {
    INFO(net);
    const Run r = run("--workload " + net + " --batch 2 --iterations 2 --timing-only", "bounds");
    REQUIRE(r.rc == 0);
    int checked = 0;
    for (const auto& layer : r.report["layers"])
      for (const auto& [name, p] : layer["phases"].items()) {
        INFO(layer["name"] << " " << name);
        if (p["bounds"].empty()) continue;
        double largest = 0;
        std::string unit;
        for (const auto& [u, cycles] : p["bounds"].items())
          if (cycles.get<double>() > largest) largest = cycles.get<double>(), unit = u;
        CHECK(p["bound_cycles"].get<double>() == largest);
        CHECK(p["bottleneck"] == unit);
        CHECK(p["cycles"].get<double>() >= largest);
        CHECK(p["span_over_bound"].get<double>() >= 1.0);
        ++checked;
      }
    CHECK(checked > 10);
  }
  // By hand: resnet20's layer1.0.conv1 forward is 2 x (32 x 32) x 16 x (16 x 3 x 3) = 4,718,592
  // INT4 MACs, 4,608 cycles of the 32 x 32 array at the least.
  const Run r = run("--workload resnet20 --batch 2 --timing-only", "bounds_hand");
  REQUIRE(r.rc == 0);
  for (const auto& layer : r.report["layers"])
    if (layer["name"] == "layer1.0.conv1") CHECK(layer["phases"]["fwd"]["bounds"]["mac_array"].get<double>() == 4608.0);
}

TEST_CASE("compulsory DRAM bytes: each tensor crossing between layer-phases once at its stored width") {
  const Run r = run("--workload resnet20 --batch 2 --iterations 2 --timing-only", "compulsory");
  REQUIRE(r.rc == 0);
  // layer1.0.conv1 at batch 2: A 2x16x32x32 u4 = 16,384 B, W 16x16x3x3 s4 = 1,152 B, its output
  // codes 16,384 B and FP32 pre-activation 131,072 B; dL/dy, dX in FP32 131,072 B each, G codes
  // 16,384 B; dW FP32 9,216 B; the update reads W, momentum and dW and writes W and momentum in
  // FP32 (5 x 9,216 B) and the new codes. Two iterations: twice each.
  for (const auto& layer : r.report["layers"]) {
    if (layer["name"] != "layer1.0.conv1") continue;
    const auto& p = layer["phases"];
    CHECK(p["fwd"]["compulsory_dram_bytes"] == 2 * (16384 + 1152 + 16384 + 131072));
    CHECK(p["dgrad"]["compulsory_dram_bytes"] == 2 * (131072 + 131072 + 1152 + 131072 + 16384));
    CHECK(p["wgrad"]["compulsory_dram_bytes"] == 2 * (16384 + 16384 + 9216));
    CHECK(p["update"]["compulsory_dram_bytes"] == 2 * (5 * 9216 + 1152));
  }
  uint64_t sum = 0;
  for (const auto& layer : r.report["layers"])
    for (const auto& [name, phase] : layer["phases"].items()) sum += phase["compulsory_dram_bytes"].get<uint64_t>();
  CHECK(sum == r.report["totals"]["compulsory_dram_bytes"].get<uint64_t>());
  CHECK(r.report["iterations"][0]["compulsory_dram_bytes"].get<uint64_t>() * 2 == sum);
}

TEST_CASE("no layer-phase moves less DRAM traffic than it must (missing traffic would show here)") {
  for (const std::string net : {"resnet20", "mobilenetv2", "bert_layer", "vgg16", "smallcnn --set run.wide_layers=fp32"}) {
    INFO(net);
    const Run r = run("--workload " + net + " --batch 2 --timing-only", "moved_vs_compulsory");
    REQUIRE(r.rc == 0);
    for (const auto& layer : r.report["layers"])
      for (const auto& [name, p] : layer["phases"].items()) {
        INFO(layer["name"] << " " << name);
        CHECK(p["bytes"]["dram.read"].get<uint64_t>() + p["bytes"]["dram.write"].get<uint64_t>() >=
              p["compulsory_dram_bytes"].get<uint64_t>());
      }
  }
}

TEST_CASE("resnet20's training step moves at most 1.5x its compulsory DRAM bytes and writes each dX at most twice") {
  // Issue 15's targets at batch 2, steady state: fused element-wise chains, the input gradient as a
  // transposed convolution (docs/timing.md, "Which tensors cross DRAM").
  const Run r = run("--workload resnet20 --batch 2 --iterations 2 --warmup 1 --timing-only", "resnet20_traffic");
  REQUIRE(r.rc == 0);
  const auto& steady = r.report["iterations"][1];
  const double moved = steady["dram_bytes"].get<double>(), must = steady["compulsory_dram_bytes"].get<double>();
  CHECK(moved <= 1.5 * must);
  CHECK(moved >= must);
  const auto net = int4sim::workloads::builtin_network("resnet20");
  int checked = 0;
  for (const auto& layer : r.report["layers"]) {
    const std::string name = layer["name"];
    for (const auto& l : net.layers) {
      if (l.name != name || !l.computes() || l.inputs[0].empty()) continue;
      const uint64_t dx_bytes = 2 * static_cast<uint64_t>(l.c * l.h * l.w) * 4;  // batch 2, 4 B an element
      INFO(name);
      CHECK(layer["phases"]["dgrad"]["bytes"]["dram.write"].get<uint64_t>() <= 2 * dx_bytes);
      ++checked;
    }
  }
  CHECK(checked == 19);  // every conv but the first, and the FC
}

TEST_CASE("ONNX exports of resnet18, resnet20 and mobilenetv2 train in the same cycles, energy and traffic as the built-ins") {
  const std::string data = std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/";
  for (const auto& [file, name] : std::vector<std::pair<std::string, std::string>>{
           {"resnet18.onnx", "resnet18"}, {"resnet20.onnx", "resnet20"}, {"mobilenet_v2.onnx", "mobilenetv2"}}) {
    INFO(file);
    const auto onnx = run("--workload " + data + file + " --timing-only --batch 2", "onnx_" + name);
    const auto builtin = run("--workload " + name + " --timing-only --batch 2", "builtin_" + name);
    REQUIRE((onnx.rc == 0 && builtin.rc == 0));
    for (const char* key : {"cycles", "macs", "energy_pj", "bytes", "compulsory_dram_bytes"})
      REQUIRE(onnx.report["totals"][key] == builtin.report["totals"][key]);
    REQUIRE(onnx.report["totals"]["cycles"].get<uint64_t>() > 0);
  }
  // A model with its weights reads as the same network as one without.
  const auto weights = run("--workload " + data + "smallcnn_weights.onnx --timing-only", "onnx_weights");
  const auto bare = run("--workload " + data + "smallcnn.onnx --timing-only", "onnx_bare");
  REQUIRE((weights.rc == 0 && weights.report["totals"] == bare.report["totals"]));
}

TEST_CASE("a chained SCALE-Sim CSV of ResNet-18's convs gets the built-in ResNet-18's input-gradient MACs") {
  const std::string csv = std::string(INT4SIM_SOURCE_DIR) + "/tests/data/resnet18_convs.csv";
  const auto chained = run("--workload " + csv + " --timing-only", "csv_chained");
  const auto builtin = run("--workload resnet18 --timing-only", "csv_builtin");
  REQUIRE((chained.rc == 0 && builtin.rc == 0 && chained.err.empty()));
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& l : builtin.report["layers"]) by_name[l["name"]] = l;
  int compared = 0;
  for (const auto& l : chained.report["layers"]) {
    INFO(l["name"]);
    const auto& b = by_name.at(l["name"]);
    REQUIRE(l["phases"]["dgrad"]["macs"] == b["phases"]["dgrad"]["macs"]);
    REQUIRE(l["phases"]["wgrad"]["macs"] == b["phases"]["wgrad"]["macs"]);
    compared += l["phases"]["dgrad"]["macs"].get<uint64_t>() > 0;
  }
  REQUIRE(compared == 20);  // every layer but conv1
  // Read as SCALE-Sim reads it, no layer has an input gradient.
  const auto independent = run("--workload " + csv + " --csv-independent --timing-only", "csv_independent");
  REQUIRE(independent.rc == 0);
  for (const auto& l : independent.report["layers"]) REQUIRE(l["phases"]["dgrad"]["macs"] == 0);
}

TEST_CASE("a layer reading a Concat of the network input and another layer's output gets its input gradient") {
  const auto r = run("--workload " + std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/concat_input.onnx --timing-only", "concat_input");
  REQUIRE(r.rc == 0);
  const auto& conv2 = r.report["layers"][1];
  REQUIRE(conv2["name"] == "conv2");
  REQUIRE(conv2["phases"]["dgrad"]["macs"] == conv2["phases"]["fwd"]["macs"]);
  REQUIRE(r.report["layers"][0]["phases"]["dgrad"]["macs"] == 0);
}

TEST_CASE("a version-2 trace replays its recorded layers and gives every other layer the synthetic run's values") {
  // bert_layer.onnx with out_proj alone recorded (random tensors), one iteration at batch 1: every
  // other quantized layer, attention's activation x activation GEMMs included, must report exactly
  // the figures of `run --workload bert_layer.onnx` (the synthetic values of the same seed), and
  // out_proj other ones; the cycles do not depend on values at all.
  const std::string dir = "/tmp/int4sim_v2_trace_" + std::to_string(::getpid());
  std::system(("rm -rf " + dir + " && mkdir -p " + dir + "/out_proj").c_str());
  std::system(("cp " + std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/bert_layer.onnx " + dir + "/model.onnx").c_str());
  auto put = [&](const std::string& name, const std::vector<int64_t>& shape, uint64_t seed, float scale) {
    int64_t n = 1;
    for (auto d : shape) n *= d;
    std::vector<float> v(static_cast<size_t>(n));
    uint64_t x = seed;
    for (auto& f : v) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      f = scale * (static_cast<float>(x >> 40) / static_cast<float>(1 << 24) - 0.5f);
    }
    std::ofstream(dir + "/out_proj/" + name, std::ios::binary) << int4sim::npy_bytes(v.data(), int4sim::NpyType::f32, shape);
  };
  put("A_1.npy", {1, 768, 128, 1}, 1, 4.0f);
  put("W_1.npy", {768, 768, 1, 1}, 2, 0.1f);
  put("dY_1.npy", {1, 768, 128, 1}, 3, 1e-3f);
  std::ofstream(dir + "/manifest.json")
      << R"({"format": "int4sim-trace", "version": 2, "network": "bert_layer", "batch": 1, "model": "model.onnx",
            "iterations": [1], "layers": [{"name": "out_proj",
            "tensors": {"A": "out_proj/A_{iter}.npy", "W": "out_proj/W_{iter}.npy", "dY": "out_proj/dY_{iter}.npy"},
            "s_w": [0.15], "u_a": [1.5], "gamma": [null]}]})";
  const auto replay = run("--workload " + dir, "v2_replay");
  const auto synthetic = run("--workload " + std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/bert_layer.onnx --batch 1",
                             "v2_synthetic");
  REQUIRE(replay.rc == 0);
  REQUIRE(synthetic.rc == 0);
  REQUIRE(replay.report["totals"]["cycles"] == synthetic.report["totals"]["cycles"]);
  const auto& rl = replay.report["layers"];
  const auto& sl = synthetic.report["layers"];
  REQUIRE(rl.size() == sl.size());
  int same = 0;
  for (size_t i = 0; i < rl.size(); ++i) {
    INFO(rl[i]["name"]);
    REQUIRE(rl[i]["name"] == sl[i]["name"]);
    // The operands (A and W) as well: a layer's values, not only its gradient's.
    if (rl[i].contains("operands_by_iteration")) {
      if (rl[i]["name"] == "out_proj") REQUIRE(rl[i]["operands_by_iteration"] != sl[i]["operands_by_iteration"]);
      else REQUIRE(rl[i]["operands_by_iteration"] == sl[i]["operands_by_iteration"]);
    }
    if (!rl[i]["quantized"].get<bool>() || rl[i]["gradient_by_iteration"].empty()) continue;
    if (rl[i]["name"] == "out_proj") {
      REQUIRE(rl[i]["gradient_by_iteration"] != sl[i]["gradient_by_iteration"]);
    } else {
      REQUIRE(rl[i]["gradient_by_iteration"] == sl[i]["gradient_by_iteration"]);
      ++same;
    }
  }
  REQUIRE(same == 5);  // k_proj, v_proj, ffn1 and the two activation x activation GEMMs
  std::system(("rm -rf " + dir).c_str());
}

TEST_CASE("attention's K and V are each sample's own: their gradients are written once per sample, by hand") {
  // bert_layer's scores = Q K^T per head: the wgrad phase writes dK, one FP32 64 x 128 matrix per
  // head and sample (12 heads), and reads no weight buffer; context = P V writes dV, 128 x 64 each.
  for (int batch : {1, 2}) {
    INFO("batch " << batch);
    const auto r = run("--workload bert_layer --timing-only --batch " + std::to_string(batch), "attn_" + std::to_string(batch));
    REQUIRE(r.rc == 0);
    for (const auto& l : r.report["layers"]) {
      if (l["name"] != "scores" && l["name"] != "context") continue;
      INFO(l["name"]);
      const auto& wgrad = l["phases"]["wgrad"];
      REQUIRE(wgrad["bytes"]["dram.write"] == uint64_t(batch) * 12 * 64 * 128 * 4);
      REQUIRE(wgrad["macs"] == uint64_t(batch) * 12 * 128 * 64 * 128);
    }
  }
}

TEST_CASE("operand errors of a replay equal the golden quantizers' on the trace's own tensors") {
  // The shipped trace: each iteration's W and A, quantized by golden::quantize_weights /
  // quantize_activations (hw arithmetic) with the manifest's s_w and u_a, give every layer's
  // w_ and a_ figures of every iteration (smallcnn: conv1 and fc are INT8, conv2 and conv3 INT4).
  const std::string trace = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";
  const auto r = run("--workload " + trace, "operands_replay");
  REQUIRE(r.rc == 0);
  const auto manifest = nlohmann::json::parse(slurp(trace + "/manifest.json"));
  int checked = 0;
  for (const auto& ml : manifest["layers"]) {
    if (!ml.contains("tensors")) continue;
    const std::string name = ml["name"];
    INFO(name);
    const int bits = ml["quantized"].get<bool>() ? 4 : 8;
    const nlohmann::json* rl = nullptr;
    for (const auto& l : r.report["layers"])
      if (l["name"] == name) rl = &l;
    REQUIRE(rl != nullptr);
    const auto& hist = (*rl)["operands_by_iteration"];
    REQUIRE(hist.size() == manifest["iterations"].size());
    for (size_t i = 0; i < hist.size(); ++i) {
      const std::string it = std::to_string(manifest["iterations"][i].get<int>());
      const auto w = int4sim::read_npy(trace + "/" + name + "/W_" + it + ".npy").f32;
      const auto a = int4sim::read_npy(trace + "/" + name + "/A_" + it + ".npy").f32;
      const float s_w = ml["s_w"][i].get<float>(), u_a = ml["u_a"][i].get<float>();
      const auto wq = golden::quantize_weights(w, s_w, bits, golden::Arith::hw);
      const auto aq = golden::quantize_activations(a, u_a, bits, golden::Arith::hw);
      const auto we = golden::error_metrics(w, wq.dequant, 0.01), ae = golden::error_metrics(a, aq.dequant, 0.01);
      uint64_t w_clipped = 0, a_clipped = 0;
      for (float v : w) w_clipped += std::abs(v) > s_w;
      for (float v : a) a_clipped += v < 0 || v > u_a;
      CHECK(hist[i]["w_sqnr_db"].get<double>() == Approx(we.sqnr_db).epsilon(1e-12));
      CHECK(hist[i]["w_mse"].get<double>() == Approx(we.mse).epsilon(1e-12));
      CHECK(hist[i]["a_sqnr_db"].get<double>() == Approx(ae.sqnr_db).epsilon(1e-12));
      CHECK(hist[i]["a_mse"].get<double>() == Approx(ae.mse).epsilon(1e-12));
      CHECK(hist[i]["w_clipped_fraction"].get<double>() == static_cast<double>(w_clipped) / static_cast<double>(w.size()));
      CHECK(hist[i]["a_clipped_fraction"].get<double>() == static_cast<double>(a_clipped) / static_cast<double>(a.size()));
      ++checked;
    }
    // The phases that read each operand carry the last iteration's figures; the others do not.
    const auto& phases = (*rl)["phases"];
    REQUIRE(phases["fwd"]["w_sqnr_db"] == hist.back()["w_sqnr_db"]);
    REQUIRE(phases["fwd"]["a_sqnr_db"] == hist.back()["a_sqnr_db"]);
    REQUIRE(phases["wgrad"]["a_sqnr_db"] == hist.back()["a_sqnr_db"]);
    REQUIRE_FALSE(phases["wgrad"].contains("w_sqnr_db"));
    REQUIRE_FALSE(phases["update"].contains("a_sqnr_db"));
  }
  REQUIRE(checked == 4 * 3);
}

TEST_CASE("4-bit operands of Gaussian data reach the SQNR derived for clipped uniform quantization, and 8-bit ones more") {
  // docs/numerics.md, "Operand errors": He-normal weights clipped at s_w = 3 std and quantized to
  // -7..7 give 18.05 dB; ReLU(N(0, 1)) inputs clipped at LBT's u_a = 3 std / sqrt(1 - 2/pi) = 2.905
  // and quantized to 0..15 give 24.33 dB (numerical integrals of the quantizers' error, clipping
  // included). The synthetic operands are such data; conv2 and conv3 have 18,432 and 36,864
  // weights and 50,176 and 25,088 inputs at batch 2, so the figures sit within a few tenths of a dB.
  const auto four = run("--workload smallcnn --batch 2", "operands_4");
  const auto eight = run("--workload smallcnn --batch 2 --set fq.w_bits=8 --set fq.a_bits=8", "operands_8");
  REQUIRE(four.rc == 0);
  REQUIRE(eight.rc == 0);
  int quantized = 0;
  for (size_t i = 0; i < four.report["layers"].size(); ++i) {
    const auto& l4 = four.report["layers"][i];
    const auto& l8 = eight.report["layers"][i];
    if (!l4["quantized"].get<bool>()) continue;
    INFO(l4["name"]);
    ++quantized;
    const auto& f4 = l4["phases"]["fwd"];
    const auto& f8 = l8["phases"]["fwd"];
    CHECK(f4["w_sqnr_db"].get<double>() == Approx(18.05).margin(0.3));
    CHECK(f4["a_sqnr_db"].get<double>() == Approx(24.33).margin(0.5));
    CHECK(f8["w_sqnr_db"].get<double>() > f4["w_sqnr_db"].get<double>() + 10);
    CHECK(f8["a_sqnr_db"].get<double>() > f4["a_sqnr_db"].get<double>() + 5);
  }
  REQUIRE(quantized == 2);
  REQUIRE(four.report["totals"]["mean_w_sqnr_db"].is_number());
  // A timing-only run has no values: the figures are null, the keys there.
  const auto timing = run("--workload smallcnn --batch 2 --timing-only", "operands_timing");
  REQUIRE(timing.report["totals"]["mean_w_sqnr_db"].is_null());
  REQUIRE(timing.report["layers"][1]["phases"]["fwd"]["a_sqnr_db"].is_null());
}

TEST_CASE("smallcnn --errors all: 32-bit accumulators are exact, 16-bit saturating ones under 8-bit operands overflow and cost accuracy") {
  const std::string base = "--workload smallcnn --batch 2 --errors all";
  const auto four = run(base, "outputs_4");
  const auto wide32 = run(base + " --set fq.w_bits=8 --set fq.a_bits=8", "outputs_8_32");
  const auto wide16 = run(base + " --set fq.w_bits=8 --set fq.a_bits=8 --set array.acc_bits=16 --set array.overflow=saturate", "outputs_8_16");
  REQUIRE(four.rc == 0);
  REQUIRE(wide32.rc == 0);
  REQUIRE(wide16.rc == 0);
  int outputs = 0, saturating_layers = 0;
  for (const auto* r : {&four, &wide32})
    for (const auto& l : r->report["layers"])
      for (const auto& [phase, f] : l["phases"].items())
        if (f.contains("out_rel_err")) {
          INFO(l["name"] << " " << phase);
          CHECK(f["acc_rel_err"] == 0.0);
          CHECK(f["acc_saturated"] == 0);
          CHECK(f["out_rel_err"].get<double>() > 0);
          ++outputs;
        }
  // conv1 and fc (INT8) and conv2, conv3 (INT4): fwd, wgrad, and dgrad but for conv1.
  CHECK(outputs == 2 * 11);
  for (size_t i = 0; i < wide16.report["layers"].size(); ++i) {
    const auto& l16 = wide16.report["layers"][i];
    const auto& f16 = l16["phases"]["fwd"];
    if (!l16["quantized"].get<bool>() || f16["acc_saturated"].get<uint64_t>() == 0) continue;
    INFO(l16["name"]);
    ++saturating_layers;
    CHECK(f16["acc_rel_err"].get<double>() > 0);
    CHECK(f16["out_rel_err"].get<double>() > wide32.report["layers"][i]["phases"]["fwd"]["out_rel_err"].get<double>());
  }
  CHECK(saturating_layers > 0);
  CHECK(wide16.report["totals"]["total_acc_saturated"].get<uint64_t>() > 0);
  CHECK(wide32.report["totals"]["total_acc_saturated"] == 0);
  CHECK(wide16.report["totals"]["mean_out_rel_err"].get<double>() > wide32.report["totals"]["mean_out_rel_err"].get<double>());
  // The host's references are split the same way on any number of threads: the same report.
  ::setenv("OMP_NUM_THREADS", "1", 1);
  const auto one_thread = run(base, "outputs_4_t1");
  ::setenv("OMP_NUM_THREADS", "3", 1);
  const auto three_threads = run(base, "outputs_4_t3");
  ::unsetenv("OMP_NUM_THREADS");
  CHECK(one_thread.report_text == four.report_text);
  CHECK(three_threads.report_text == four.report_text);
  // The values and the timing do not depend on which figures are computed.
  const auto plain = run("--workload smallcnn --batch 2 --errors none", "outputs_none");
  REQUIRE(plain.rc == 0);
  CHECK(plain.report["totals"]["cycles"] == four.report["totals"]["cycles"]);
  CHECK(plain.report["totals"]["energy_pj"] == four.report["totals"]["energy_pj"]);
}

TEST_CASE("GEMM output errors add the operands' errors in quadrature (docs/numerics.md)") {
  // Independent zero-mean errors on the two operands of a GEMM of independent terms: the output's
  // relative error squared is about the sum of the operands' (fwd: W and A; dgrad: G and W;
  // wgrad: A and G), the operands' relative errors being 10^(-SQNR/20). About: G's stochastic
  // rounding noise depends on each element's magnitude, which the other operand weights unevenly
  // (15 % covers it; a wrong scale or reference would be off by far more).
  const auto r = run("--workload smallcnn --batch 2 --errors all", "outputs_theory");
  REQUIRE(r.rc == 0);
  int checked = 0;
  for (const auto& l : r.report["layers"]) {
    if (!l["quantized"].get<bool>()) continue;
    const auto& ph = l["phases"];
    const auto rel = [](const nlohmann::json& db) { return std::pow(10.0, -db.get<double>() / 20.0); };
    const double w = rel(ph["fwd"]["w_sqnr_db"]), a = rel(ph["fwd"]["a_sqnr_db"]), g = rel(ph["dgrad"]["grad_sqnr_db"]);
    INFO(l["name"] << ": W " << w << ", A " << a << ", G " << g);
    CHECK(ph["fwd"]["out_rel_err"].get<double>() == Approx(std::hypot(w, a)).epsilon(0.15));
    CHECK(ph["dgrad"]["out_rel_err"].get<double>() == Approx(std::hypot(g, w)).epsilon(0.15));
    CHECK(ph["wgrad"]["out_rel_err"].get<double>() == Approx(std::hypot(a, g)).epsilon(0.15));
    checked += 3;
  }
  REQUIRE(checked == 6);
}

TEST_CASE("run --errors chooses which figures a run computes and --errors-every when") {
  const std::string base = "--workload smallcnn --batch 2 --iterations 5";
  const auto none = run(base + " --errors none", "levels_none");
  const auto grad = run(base + " --errors gradient", "levels_gradient");
  const auto ops = run(base, "levels_operands");
  const auto all = run(base + " --errors all --errors-every 2", "levels_all");
  for (const auto* r : {&none, &grad, &ops, &all}) REQUIRE(r->rc == 0);
  const auto layer = [](const Run& r, const char* name) -> const nlohmann::json& {
    for (const auto& l : r.report["layers"])
      if (l["name"] == name) return l;
    FAIL("no layer " << name);
    return r.report;
  };
  const auto iterations = [](const nlohmann::json& hist) {
    std::vector<int> its;
    for (const auto& h : hist) its.push_back(h["iteration"].get<int>());
    return its;
  };
  // none: nothing computed; the keys stay, null (gradient keys absent, as in a timing-only run).
  CHECK(layer(none, "conv2")["phases"]["fwd"]["w_sqnr_db"].is_null());
  CHECK_FALSE(layer(none, "conv2")["phases"]["dgrad"].contains("E_G"));
  CHECK(layer(none, "conv2")["phases"]["fwd"]["out_rel_err"].is_null());
  // gradient: E(G) and the rest, no operand figures.
  CHECK(layer(grad, "conv2")["phases"]["dgrad"]["E_G"].is_number());
  CHECK(layer(grad, "conv2")["phases"]["fwd"]["a_sqnr_db"].is_null());
  CHECK(iterations(layer(grad, "conv2")["gradient_by_iteration"]) == std::vector<int>{0, 1, 2, 3, 4});
  // operands (the default): W and A too, no output figures.
  CHECK(layer(ops, "conv2")["phases"]["fwd"]["a_sqnr_db"].is_number());
  CHECK(layer(ops, "conv2")["phases"]["fwd"]["out_rel_err"].is_null());
  CHECK(ops.report["totals"]["mean_out_rel_err"].is_null());
  // all, every second step: steps 0, 2, 4 (the last is always computed).
  const auto& c2 = layer(all, "conv2");
  CHECK(iterations(c2["gradient_by_iteration"]) == std::vector<int>{0, 2, 4});
  CHECK(iterations(c2["operands_by_iteration"]) == std::vector<int>{0, 2, 4});
  CHECK(iterations(c2["outputs_by_iteration"]) == std::vector<int>{0, 0, 0, 2, 2, 2, 4, 4, 4});
  CHECK(c2["phases"]["fwd"]["out_rel_err"] == c2["outputs_by_iteration"][6]["out_rel_err"]);
  // Same simulation whatever is computed.
  for (const auto* r : {&none, &grad, &all}) CHECK(r->report["totals"]["cycles"] == ops.report["totals"]["cycles"]);
  // Bad levels and contradictions: one line, exit 2, no report.
  for (const char* bad : {"--errors most", "--errors-every 0", "--errors all --timing-only"}) {
    INFO(bad);
    const auto b = run(std::string("--workload smallcnn ") + bad, "levels_bad");
    CHECK(b.rc == 2);
    CHECK(std::count(b.err.begin(), b.err.end(), '\n') == 1);
    CHECK(b.report_text.empty());
  }
}
