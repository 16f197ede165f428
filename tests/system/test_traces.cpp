// Training traces (traces/README.md): the shipped smallcnn trace against the built-in network and
// its own tensors, a synthetic trace with every layer kind, and every refusal with its exact message.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/npy.h"
#include "traces/trace.h"

using namespace int4sim;
using namespace int4sim::traces;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kShipped = std::string(INT4SIM_SOURCE_DIR) + "/traces/smallcnn_fmnist";

// The folders this process wrote, removed when it exits.
struct Scratch {
  std::vector<std::string> dirs;
  ~Scratch() {
    std::error_code ec;
    for (const auto& d : dirs) fs::remove_all(d, ec);
  }
} scratch;

std::string scratch_dir(const std::string& tag) {
  const std::string dir = "/tmp/int4sim_traces_" + std::to_string(::getpid()) + "_" + tag;
  scratch.dirs.push_back(dir);
  return dir;
}

void put(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

void put_f32(const std::string& path, const std::vector<int64_t>& shape, float base = 0.25f) {
  int64_t n = 1;
  for (auto d : shape) n *= d;
  std::vector<float> v(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v[i] = base + 0.01f * static_cast<float>(i % 7);
  put(path, npy_bytes(v.data(), NpyType::f32, shape));
}

// A small trace with every layer kind, batch 2, iterations 5 and 7:
//   conv1 1->2 3x3 pad 1 on 4x4 (wide), pool1 max 2x2, conv2 2->4 3x3 pad 1 groups 2,
//   add1 = conv2 + pool1 (option-A shortcut), fc 16->3 (wide).
json tiny_manifest() {
  auto conv = [](const char* name, const char* input, int c, int hw, int k, int groups, bool quantized) {
    const std::string n = name;
    return json{{"name", n},   {"kind", "conv"}, {"inputs", {input}}, {"c", c},           {"h", hw},
                {"w", hw},     {"k", k},         {"r", 3},            {"s", 3},           {"stride", 1},
                {"pad", 1},    {"groups", groups}, {"quantized", quantized},
                {"tensors", {{"A", n + "/A_{iter}.npy"}, {"W", n + "/W_{iter}.npy"}, {"dY", n + "/dY_{iter}.npy"}}},
                {"s_w", {0.5, 0.625}}, {"u_a", {2.0, 3}}, {"gamma", {nullptr, 0.5}}};
  };
  json fc = conv("fc", "add1", 16, 1, 3, 1, false);
  fc["kind"] = "fc";
  fc["r"] = fc["s"] = 1;
  fc["pad"] = 0;
  return json{{"format", "int4sim-trace"},
              {"version", 1},
              {"network", "tiny"},
              {"batch", 2},
              {"input", {{"c", 1}, {"h", 4}, {"w", 4}}},
              {"iterations", {5, 7}},
              {"layers",
               {conv("conv1", "", 1, 4, 2, 1, false),
                {{"name", "pool1"}, {"kind", "pool"}, {"inputs", {"conv1"}}, {"c", 2}, {"h", 4}, {"w", 4}, {"k", 2},
                 {"r", 2}, {"s", 2}, {"stride", 2}, {"pad", 0}, {"groups", 1}, {"pool", "max"}},
                conv("conv2", "pool1", 2, 2, 4, 2, true),
                {{"name", "add1"}, {"kind", "add"}, {"inputs", {"conv2", "pool1"}}, {"c", 4}, {"h", 2}, {"w", 2},
                 {"k", 4}, {"r", 1}, {"s", 1}, {"stride", 1}, {"pad", 0}, {"groups", 1}},
                fc}},
              {"producer", {{"note", "written by tests/test_traces.cpp"}}}};
}

// Writes the tiny trace (manifest and tensors) into a fresh folder; returns the folder.
std::string write_tiny(const std::string& tag, const json& m = tiny_manifest()) {
  const std::string dir = scratch_dir(tag);
  fs::remove_all(dir);
  fs::create_directories(dir);
  put(dir + "/manifest.json", m.dump(1));
  const std::vector<std::vector<int64_t>> a = {{2, 1, 4, 4}, {2, 2, 2, 2}, {2, 16, 1, 1}},
                                          w = {{2, 1, 3, 3}, {4, 1, 3, 3}, {3, 16, 1, 1}},
                                          y = {{2, 2, 4, 4}, {2, 4, 2, 2}, {2, 3, 1, 1}};
  const char* names[] = {"conv1", "conv2", "fc"};
  for (int l = 0; l < 3; ++l)
    for (int it : {5, 7}) {
      const std::string base = dir + "/" + names[l] + "/";
      put_f32(base + "A_" + std::to_string(it) + ".npy", a[l]);
      put_f32(base + "W_" + std::to_string(it) + ".npy", w[l], -0.5f);
      put_f32(base + "dY_" + std::to_string(it) + ".npy", y[l], -1e-3f);
    }
  return dir;
}

std::string error_of(const std::string& dir) {
  try {
    read_trace(dir);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// The message for the tiny trace with its manifest changed by `edit`; `dir` receives the folder.
std::string refusal(const std::string& tag, const std::function<void(json&)>& edit, std::string* dir = nullptr) {
  json m = tiny_manifest();
  edit(m);
  const std::string d = write_tiny(tag, m);
  if (dir) *dir = d;
  return error_of(d);
}

double mean(const std::vector<float>& v) {
  double s = 0;
  for (float x : v) s += x;
  return s / static_cast<double>(v.size());
}

// Standard deviation with Bessel's correction (torch.std).
double stdev(const std::vector<float>& v) {
  const double m = mean(v);
  double s = 0;
  for (float x : v) s += (x - m) * (x - m);
  return std::sqrt(s / static_cast<double>(v.size() - 1));
}

}  // namespace

TEST_CASE("the shipped smallcnn trace reads and matches the built-in smallcnn layer by layer") {
  const Trace t = read_trace(kShipped);
  REQUIRE(t.network == "smallcnn");
  REQUIRE(t.manifest == kShipped + "/manifest.json");
  REQUIRE(t.iterations.size() == 3);
  REQUIRE(t.batch >= 1);
  REQUIRE(t.input_c == 1);
  REQUIRE(t.input_h == 28);
  REQUIRE(t.input_w == 28);
  const workloads::Network ref = workloads::builtin_network("smallcnn");
  REQUIRE(t.net.layers.size() == ref.layers.size());
  for (size_t i = 0; i < ref.layers.size(); ++i) {
    const auto &a = t.net.layers[i], &b = ref.layers[i];
    INFO("layer " << i << " " << b.name);
    CHECK(a.name == b.name);
    CHECK(a.kind == b.kind);
    CHECK(a.inputs == b.inputs);
    CHECK(a.c == b.c);
    CHECK(a.h == b.h);
    CHECK(a.w == b.w);
    CHECK(a.k == b.k);
    CHECK(a.r == b.r);
    CHECK(a.s == b.s);
    CHECK(a.stride == b.stride);
    CHECK(a.pad == b.pad);
    CHECK(a.groups == b.groups);
    CHECK(a.ceil_mode == b.ceil_mode);
    CHECK(a.quantized == b.quantized);
    CHECK(a.p() == b.p());
    CHECK(a.q() == b.q());
    CHECK(a.forward_macs() == b.forward_macs());
    CHECK(a.pool == workloads::PoolKind::max);
  }
  CHECK(t.net.forward_macs() == 21933184);
  REQUIRE(t.tensors.size() == 4);
  const char* compute[] = {"conv1", "conv2", "conv3", "fc"};
  for (size_t i = 0; i < 4; ++i) {
    REQUIRE(t.tensors[i].name == compute[i]);
    REQUIRE(t.find(compute[i]) == &t.tensors[i]);
  }
  REQUIRE(t.find("pool1") == nullptr);
}

TEST_CASE("the shipped trace's tensors have the manifest's shapes and its clip values are LBT's initialisation") {
  const Trace t = read_trace(kShipped + "/");  // a trailing slash is dropped
  REQUIRE(t.dir == kShipped);
  for (const auto& lt : t.tensors) {
    const auto& l = t.net.layers[lt.layer];
    REQUIRE(lt.paths.size() == t.iterations.size());
    for (size_t i = 0; i < lt.paths.size(); ++i) {
      INFO(lt.name << " iteration " << t.iterations[i]);
      const auto& p = lt.paths[i];
      CHECK(p.dy == kShipped + "/" + lt.name + "/dY_" + std::to_string(t.iterations[i]) + ".npy");
      const auto a = load_tensor(p.a, activation_shape(l, t.batch));
      const auto w = load_tensor(p.w, weight_shape(l));
      const auto dy = load_tensor(p.dy, output_shape(l, t.batch));
      CHECK(lt.s_w[i] == Approx(3 * stdev(w)).epsilon(1e-5));
      CHECK(lt.u_a[i] == Approx(3 * stdev(a) / std::sqrt(1 - 2 / M_PI)).epsilon(1e-5));
      CHECK_FALSE(lt.gamma[i].has_value());  // FP32 training: no gradient quantizer
      if (l.quantized) {  // post-ReLU inputs
        bool non_negative = true;
        for (float x : a) non_negative = non_negative && x >= 0;
        CHECK(non_negative);
      }
      double max_dy = 0;
      for (float g : dy) max_dy = std::max(max_dy, std::abs(double(g)));
      CHECK(max_dy > 0);
    }
  }
}

TEST_CASE("a trace with every layer kind reads into a network with the manifest's geometry") {
  const std::string dir = write_tiny("good");
  const Trace t = read_trace(dir);
  REQUIRE(t.network == "tiny");
  REQUIRE(t.net.name == "tiny");
  REQUIRE(t.batch == 2);
  REQUIRE(t.iterations == std::vector<int64_t>{5, 7});
  REQUIRE(t.net.layers.size() == 5);
  const auto& add = t.net.layers[3];
  CHECK(add.kind == workloads::LayerKind::add);
  CHECK(add.inputs == std::vector<std::string>{"conv2", "pool1"});
  const auto& conv2 = t.net.layers[2];
  CHECK(conv2.groups == 2);
  CHECK(conv2.quantized);
  CHECK(conv2.forward_macs() == 2 * 2 * 2 * 2 * 9);  // groups x M (2x2) x N (2) x K (1x3x3)
  CHECK_FALSE(t.net.layers[0].quantized);
  CHECK(t.net.layers[1].pool == workloads::PoolKind::max);
  REQUIRE(t.tensors.size() == 3);
  const TraceLayerTensors& lt = *t.find("conv2");
  CHECK(lt.layer == 2);
  CHECK(lt.s_w == std::vector<float>{0.5f, 0.625f});
  CHECK(lt.u_a == std::vector<float>{2.0f, 3.0f});
  REQUIRE(lt.gamma.size() == 2);
  CHECK_FALSE(lt.gamma[0].has_value());
  CHECK(*lt.gamma[1] == 0.5f);
  CHECK(lt.paths[1].a == dir + "/conv2/A_7.npy");
  CHECK(lt.paths[1].y.empty());
  CHECK_FALSE(lt.has_outputs());
  CHECK(activation_shape(t.net.layers[4], 2) == std::vector<int64_t>{2, 16, 1, 1});
  CHECK(weight_shape(conv2) == std::vector<int64_t>{4, 1, 3, 3});
  CHECK(output_shape(conv2, 2) == std::vector<int64_t>{2, 4, 2, 2});
  CHECK(shape_text({2, 4, 2, 2}) == "(2, 4, 2, 2)");
  CHECK(shape_text({4}) == "(4,)");
  CHECK(shape_text({}) == "()");
  CHECK(load_tensor(lt.paths[0].w).size() == 36);
  try {
    load_tensor(lt.paths[0].w, {4, 2, 3, 3});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == dir + "/conv2/W_5.npy: shape (4, 1, 3, 3) does not match the manifest's (4, 2, 3, 3)");
  }
}

TEST_CASE("npy_shape reads the shape and type from the header alone, with read_npy's checks") {
  const std::string dir = scratch_dir("npy_shape");
  const std::vector<int8_t> codes = {1, -2, 3};
  put(dir + "/codes.npy", npy_bytes(codes.data(), NpyType::i8, {3}));
  NpyType type = NpyType::f32;
  CHECK(npy_shape(dir + "/codes.npy", &type) == std::vector<int64_t>{3});
  CHECK(type == NpyType::i8);
  put_f32(dir + "/x.npy", {2, 1, 4});
  CHECK(npy_shape(dir + "/x.npy") == std::vector<int64_t>{2, 1, 4});
  const std::string bytes = npy_bytes(codes.data(), NpyType::i8, {3});
  put(dir + "/long.npy", bytes + "x");
  try {
    npy_shape(dir + "/long.npy");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == dir + "/long.npy: 1 unexpected bytes after the data");
  }
}

TEST_CASE("optional outputs Y are checked like the other tensors") {
  json m = tiny_manifest();
  m["layers"][4]["tensors"]["Y"] = "fc/Y_{iter}.npy";
  const std::string dir = write_tiny("outputs", m);
  REQUIRE(error_of(dir) == dir + "/fc/Y_5.npy: cannot open file");
  put_f32(dir + "/fc/Y_5.npy", {2, 3, 1, 1});
  put_f32(dir + "/fc/Y_7.npy", {2, 3});
  REQUIRE(error_of(dir) == dir + "/fc/Y_7.npy: shape (2, 3) does not match the manifest's (2, 3, 1, 1)");
  put_f32(dir + "/fc/Y_7.npy", {2, 3, 1, 1});
  const Trace t = read_trace(dir);
  CHECK(t.find("fc")->has_outputs());
  CHECK(t.find("fc")->paths[1].y == dir + "/fc/Y_7.npy");
  CHECK_FALSE(t.find("conv1")->has_outputs());
}

TEST_CASE("malformed manifests are refused with the file and the field named") {
  std::string dir;
  const std::string m = "/manifest.json: ";
  auto is = [&](const std::string& tag, const std::function<void(json&)>& edit, const std::string& expected) {
    INFO(tag);
    const std::string got = refusal(tag, edit, &dir);
    CHECK(got == dir + m + expected);
  };
  is("no_batch", [](json& j) { j.erase("batch"); }, "batch: missing");
  is("format", [](json& j) { j["format"] = "npy"; }, "format: expected \"int4sim-trace\"");
  is("version", [](json& j) { j["version"] = 3; }, "version: 3 is not supported (this reader reads versions 1 and 2)");
  is("version1_model", [](json& j) { j["model"] = "model.onnx"; }, "unknown field 'model'");
  is("version_type", [](json& j) { j["version"] = "1"; }, "version: expected an integer");
  is("unknown_top", [](json& j) { j["layer"] = json::array(); }, "unknown field 'layer'");
  is("network", [](json& j) { j["network"] = ""; }, "network: expected a non-empty string");
  is("batch_float", [](json& j) { j["batch"] = 2.0; }, "batch: expected a positive integer");
  is("batch_zero", [](json& j) { j["batch"] = 0; }, "batch: expected a positive integer");
  is("input", [](json& j) { j["input"].erase("h"); }, "input.h: missing");
  is("iterations_empty", [](json& j) { j["iterations"] = json::array(); },
     "iterations: expected a non-empty array of positive integers");
  is("iterations_order", [](json& j) { j["iterations"] = {7, 5}; },
     "iterations[1]: 5 does not follow 7 (iterations increase strictly)");
  is("iterations_zero", [](json& j) { j["iterations"] = {0, 5}; }, "iterations[0]: expected a positive integer");
  is("layers_empty", [](json& j) { j["layers"] = json::array(); }, "layers: expected a non-empty array of layers");
  is("layer_type", [](json& j) { j["layers"][1] = 3; }, "layers[1]: expected an object");
  is("k_string", [](json& j) { j["layers"][2]["k"] = "4"; }, "layers[2].k: expected a positive integer");
  is("k_negative", [](json& j) { j["layers"][2]["k"] = -4; }, "layers[2].k: expected a positive integer");
  is("pad_negative", [](json& j) { j["layers"][0]["pad"] = -1; }, "layers[0].pad: expected a non-negative integer");
  is("c_huge", [](json& j) { j["layers"][0]["c"] = 2000000; }, "layers[0].c: 2000000 exceeds the maximum 1048576 (2^20)");
  is("c_huger", [](json& j) { j["layers"][0]["c"] = 18446744073709551615ull; },
     "layers[0].c: 18446744073709551615 exceeds the maximum 1048576 (2^20)");
  is("unknown_layer_field", [](json& j) { j["layers"][0]["stide"] = 1; }, "layers[0]: unknown field 'stide'");
  is("no_stride", [](json& j) { j["layers"][0].erase("stride"); }, "layers[0].stride: missing");
  is("kind", [](json& j) { j["layers"][0]["kind"] = "gemm"; }, "layers[0].kind: expected one of conv, fc, pool, add, got 'gemm'");
  is("name_repeats", [](json& j) { j["layers"][2]["name"] = "conv1"; }, "layers[2].name: 'conv1' repeats layers[0]");
  is("name_empty", [](json& j) { j["layers"][1]["name"] = ""; }, "layers[1].name: expected a non-empty string");
  is("input_unknown", [](json& j) { j["layers"][1]["inputs"] = {"conv9"}; },
     "layers[1].inputs[0]: 'conv9' names no earlier layer (\"\" is the network input)");
  is("input_later", [](json& j) { j["layers"][1]["inputs"] = {"conv2"}; },
     "layers[1].inputs[0]: 'conv2' names no earlier layer (\"\" is the network input)");
  is("add_one_input", [](json& j) { j["layers"][3]["inputs"] = {"conv2"}; },
     "layers[3].inputs: expected an array of 2 layer names for an add layer");
  is("conv_two_inputs", [](json& j) { j["layers"][2]["inputs"] = {"pool1", "conv1"}; },
     "layers[2].inputs: expected an array of 1 layer name for a conv layer");
  is("chain", [](json& j) { j["layers"][2]["h"] = 3; },
     "layers[2]: input 2x3x2 (c x h x w) does not match the output 2x2x2 of 'pool1'");
  is("chain_input", [](json& j) { j["input"]["w"] = 5; },
     "layers[0]: input 1x4x4 (c x h x w) does not match the output 1x4x5 of the network input");
  is("fc_features", [](json& j) { j["layers"][4]["c"] = 15; }, "layers[4].c: 15 does not match the 16 = 4x2x2 outputs of 'add1'");
  is("fc_h", [](json& j) { j["layers"][4]["h"] = 2; }, "layers[4].h: expected 1 for an fc layer (its c is the number of features)");
  is("pool_k", [](json& j) { j["layers"][1]["k"] = 3; }, "layers[1].k: expected 2 for a pool layer (k = c)");
  is("add_stride", [](json& j) { j["layers"][3]["stride"] = 2; }, "layers[3].stride: expected 1 for an add layer");
  is("add_shortcut", [](json& j) { j["layers"][3]["inputs"] = {"conv2", "conv1"}; j["layers"][0]["k"] = 8;
       j["layers"][1]["c"] = j["layers"][1]["k"] = 8; j["layers"][2]["c"] = 8; },
     "layers[3].inputs[1]: the output 8x4x4 of 'conv1' cannot be added to 4x2x2 (the same shape, or an option-A "
     "shortcut: no more channels, no smaller feature map)");
  is("groups", [](json& j) { j["layers"][2]["groups"] = 3; }, "layers[2].groups: 3 does not divide c = 2");
  is("window", [](json& j) { j["layers"][0]["r"] = 7; }, "layers[0].r: 7 exceeds h + 2*pad = 6 (output height < 1)");
  is("macs", [](json& j) { j["input"]["c"] = j["layers"][0]["c"] = 1 << 20; j["layers"][0]["k"] = 1 << 20;
       j["layers"][0]["r"] = j["layers"][0]["s"] = 1; j["layers"][0]["pad"] = 0; },
     "layers[0]: groups x M x N x K = 1 x 16 x 1048576 x 1048576 exceeds the maximum of 2^40 MACs per layer");
  is("ceil_mode", [](json& j) { j["layers"][1]["ceil_mode"] = 1; }, "layers[1].ceil_mode: expected true or false");
  is("has_weights", [](json& j) { j["layers"][0]["has_weights"] = false; },
     "layers[0].has_weights: expected true (trace layers have weights)");
  is("quantized", [](json& j) { j["layers"][0].erase("quantized"); }, "layers[0].quantized: missing");
  is("pool_op", [](json& j) { j["layers"][1]["pool"] = "min"; }, "layers[1].pool: expected \"max\" or \"avg\"");
  is("pool_op_conv", [](json& j) { j["layers"][0]["pool"] = "max"; }, "layers[0].pool: only pool layers have it, this is conv");
  is("pool_tensors", [](json& j) { j["layers"][1]["s_w"] = {1, 1}; },
     "layers[1].s_w: a pool layer has none (only conv and fc layers)");
  is("no_tensors", [](json& j) { j["layers"][0].erase("tensors"); }, "layers[0].tensors: missing");
  is("no_dy", [](json& j) { j["layers"][0]["tensors"].erase("dY"); }, "layers[0].tensors.dY: missing");
  is("tensor_key", [](json& j) { j["layers"][0]["tensors"]["dX"] = "x_{iter}.npy"; },
     "layers[0].tensors: unknown tensor 'dX' (A, W, dY and optionally Y)");
  const std::string path_why = "expected a relative path inside the trace folder containing {iter}";
  is("path_dotdot", [](json& j) { j["layers"][0]["tensors"]["A"] = "../conv1/A_{iter}.npy"; }, "layers[0].tensors.A: " + path_why);
  is("path_absolute", [](json& j) { j["layers"][0]["tensors"]["W"] = "/tmp/W_{iter}.npy"; }, "layers[0].tensors.W: " + path_why);
  is("path_no_iter", [](json& j) { j["layers"][2]["tensors"]["dY"] = "conv2/dY_5.npy"; }, "layers[2].tensors.dY: " + path_why);
  is("s_w_length", [](json& j) { j["layers"][0]["s_w"] = {0.5}; },
     "layers[0].s_w: expected an array of 2 values (one per iteration)");
  is("s_w_negative", [](json& j) { j["layers"][2]["s_w"][1] = -0.5; }, "layers[2].s_w[1]: expected a positive number");
  is("u_a_null", [](json& j) { j["layers"][2]["u_a"][0] = nullptr; }, "layers[2].u_a[0]: expected a positive number");
  is("u_a_overflow", [](json& j) { j["layers"][2]["u_a"][0] = 1e300; }, "layers[2].u_a[0]: expected a positive number");
  is("gamma_range", [](json& j) { j["layers"][2]["gamma"][0] = 1.5; }, "layers[2].gamma[0]: expected null or a number in (0, 1]");
  is("gamma_missing", [](json& j) { j["layers"][4].erase("gamma"); }, "layers[4].gamma: missing");
  is("builtin", [](json& j) { j["network"] = "smallcnn"; },
     "layers: 5 layers where the built-in smallcnn has 6 (a trace named after a built-in network has its layer names, "
     "kinds and inputs)");
}

TEST_CASE("a trace named after a built-in network keeps its layer names") {
  json m = tiny_manifest();
  // smallcnn's graph with the tiny trace's data would fail on shapes; only the names are changed here.
  m["network"] = "smallcnn";
  m["layers"].push_back({{"name", "pool2"}, {"kind", "pool"}, {"inputs", {"fc"}}, {"c", 3}, {"h", 1}, {"w", 1}, {"k", 3},
                         {"r", 1}, {"s", 1}, {"stride", 1}, {"pad", 0}, {"groups", 1}});
  const std::string dir = write_tiny("builtin_names", m);
  CHECK(error_of(dir) == dir +
                             "/manifest.json: layers[1].name: 'pool1' where the built-in smallcnn has 'conv2' (a trace "
                             "named after a built-in network has its layer names, kinds and inputs)");
}

TEST_CASE("unreadable manifests and bad tensors are refused with the file named") {
  const std::string dir = write_tiny("files");
  const std::string manifest = dir + "/manifest.json";
  SECTION("no manifest") {
    fs::remove(manifest);
    CHECK(error_of(dir) == manifest + ": cannot open file");
  }
  SECTION("malformed JSON") {
    put(manifest, "{\"format\": \"int4sim-trace\",\n \"version\": 1,\n}\n");
    CHECK(error_of(dir) == manifest +
                               ": invalid JSON: parse error at line 3, column 1: syntax error while parsing object key - "
                               "unexpected '}'; expected string literal");
  }
  SECTION("empty manifest") {
    put(manifest, "");
    CHECK(error_of(dir) == manifest +
                               ": invalid JSON: parse error at line 1, column 1: syntax error while parsing value - "
                               "unexpected end of input; expected '[', '{', or a literal");
  }
  SECTION("not an object") {
    put(manifest, "[1, 2]");
    CHECK(error_of(dir) == manifest + ": expected a JSON object (an int4sim-trace manifest)");
  }
  SECTION("missing tensor") {
    fs::remove(dir + "/conv2/dY_7.npy");
    CHECK(error_of(dir) == dir + "/conv2/dY_7.npy: cannot open file");
  }
  SECTION("shape mismatch") {
    put_f32(dir + "/conv2/dY_5.npy", {2, 4, 4, 4});
    CHECK(error_of(dir) == dir + "/conv2/dY_5.npy: shape (2, 4, 4, 4) does not match the manifest's (2, 4, 2, 2)");
  }
  SECTION("weights of another layer") {
    put_f32(dir + "/fc/W_7.npy", {4, 1, 3, 3});
    CHECK(error_of(dir) == dir + "/fc/W_7.npy: shape (4, 1, 3, 3) does not match the manifest's (3, 16, 1, 1)");
  }
  SECTION("wrong dtype") {
    const std::vector<int32_t> v(2 * 1 * 4 * 4, 1);
    put(dir + "/conv1/A_5.npy", npy_bytes(v.data(), NpyType::i32, {2, 1, 4, 4}));
    CHECK(error_of(dir) == dir + "/conv1/A_5.npy: expected float32 ('<f4') data");
  }
  SECTION("truncated tensor") {
    const std::vector<float> v(2 * 3, 1.0f);
    const std::string bytes = npy_bytes(v.data(), NpyType::f32, {2, 3, 1, 1});
    put(dir + "/fc/dY_7.npy", bytes.substr(0, bytes.size() - 4));
    CHECK(error_of(dir) == dir + "/fc/dY_7.npy: truncated: shape (2, 3, 1, 1) needs 24 data bytes, file has 20");
  }
  SECTION("NaN is found when the tensor is loaded") {
    std::vector<float> v(2 * 3, 1.0f);
    v[4] = std::nanf("");
    put(dir + "/fc/dY_7.npy", npy_bytes(v.data(), NpyType::f32, {2, 3, 1, 1}));
    const Trace t = read_trace(dir);  // headers only
    try {
      load_tensor(t.find("fc")->paths[1].dy, output_shape(t.net.layers[4], t.batch));
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()) == dir + "/fc/dY_7.npy: element 4 is NaN");
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Version 2: the network from an ONNX export in the folder; the layers recorded are listed.

const std::string kGlu = std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/glu.onnx";

// glu.onnx (fc1 gemm 32 -> 64 on 16 tokens, sigmoid, mul, fc2 gemm 32 -> 32) with fc1 recorded at
// batch 2, iterations 3 and 4.
json v2_manifest() {
  return json{{"format", "int4sim-trace"},
              {"version", 2},
              {"network", "glu"},
              {"batch", 2},
              {"model", "model.onnx"},
              {"iterations", {3, 4}},
              {"layers",
               {{{"name", "fc1"},
                 {"tensors", {{"A", "fc1/A_{iter}.npy"}, {"W", "fc1/W_{iter}.npy"}, {"dY", "fc1/dY_{iter}.npy"}}},
                 {"s_w", {0.5, 0.625}},
                 {"u_a", {2.0, 3}},
                 {"gamma", {nullptr, nullptr}}}}}};
}

std::string write_v2(const std::string& tag, const json& m = v2_manifest()) {
  const std::string dir = scratch_dir(tag);
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(kGlu, dir + "/model.onnx");
  put(dir + "/manifest.json", m.dump(1));
  for (int it : {3, 4}) {
    put_f32(dir + "/fc1/A_" + std::to_string(it) + ".npy", {2, 32, 16, 1});
    put_f32(dir + "/fc1/W_" + std::to_string(it) + ".npy", {64, 32, 1, 1}, -0.5f);
    put_f32(dir + "/fc1/dY_" + std::to_string(it) + ".npy", {2, 64, 16, 1}, -1e-3f);
  }
  return dir;
}

TEST_CASE("a version-2 trace takes its network from the ONNX model and records the layers it lists") {
  const std::string dir = write_v2("v2");
  const Trace t = read_trace(dir);
  REQUIRE(t.version == 2);
  REQUIRE(t.model == dir + "/model.onnx");
  REQUIRE(t.network == "glu");
  REQUIRE(t.net.name == "glu");
  REQUIRE(t.net.layers.size() == 4);
  REQUIRE(t.net.layers[0].name == "fc1");
  REQUIRE(t.net.layers[0].kind == workloads::LayerKind::gemm);
  REQUIRE(t.net.layers[3].name == "fc2");
  REQUIRE_FALSE(t.net.layers[0].quantized);  // the LBT recipe: first and last weight layer wide
  REQUIRE_FALSE(t.net.layers[3].quantized);
  REQUIRE(t.net.forward_macs() == 49152);
  REQUIRE(t.tensors.size() == 1);
  REQUIRE(t.find("fc1") != nullptr);
  REQUIRE(t.find("fc2") == nullptr);  // replayed with synthetic values
  REQUIRE(t.find("fc1")->layer == 0);
  REQUIRE(t.find("fc1")->paths[1].dy == dir + "/fc1/dY_4.npy");
  REQUIRE(t.find("fc1")->s_w == std::vector<float>{0.5f, 0.625f});
}

TEST_CASE("malformed version-2 manifests are refused with the file and the field named") {
  auto refused = [](const std::string& tag, const std::function<void(json&)>& edit, const std::string& expected) {
    INFO(tag);
    json m = v2_manifest();
    edit(m);
    const std::string dir = write_v2(tag, m);
    CHECK(error_of(dir) == dir + "/manifest.json: " + expected);
  };
  refused("v2_input", [](json& j) { j["input"] = {{"c", 1}, {"h", 1}, {"w", 1}}; }, "unknown field 'input'");
  refused("v2_no_model", [](json& j) { j.erase("model"); }, "model: missing");
  refused("v2_model_dotdot", [](json& j) { j["model"] = "../model.onnx"; },
          "model: expected the relative path of an ONNX file inside the trace folder");
  refused("v2_model_abs", [](json& j) { j["model"] = "/tmp/model.onnx"; },
          "model: expected the relative path of an ONNX file inside the trace folder");
  refused("v2_model_ext", [](json& j) { j["model"] = "manifest.json"; },
          "model: expected the relative path of an ONNX file inside the trace folder (ending in .onnx)");
  refused("v2_layer_field", [](json& j) { j["layers"][0]["kind"] = "gemm"; }, "layers[0]: unknown field 'kind'");
  refused("v2_no_layers", [](json& j) { j["layers"] = json::array(); }, "layers: expected a non-empty array of layers");
  refused("v2_unknown_layer", [](json& j) { j["layers"][0]["name"] = "fc9"; },
          "layers[0].name: 'fc9' is no layer of " + scratch_dir("v2_unknown_layer") + "/model.onnx (int4sim workload " +
              scratch_dir("v2_unknown_layer") + "/model.onnx lists them)");
  refused("v2_vector", [](json& j) { j["layers"][0]["name"] = "glu"; },
          "layers[0].name: 'glu' is a vector layer (a trace records layers with weights)");
  refused("v2_repeat", [](json& j) { j["layers"].push_back(j["layers"][0]); }, "layers[1].name: 'fc1' repeats layers[0]");
  refused("v2_gamma", [](json& j) { j["layers"][0]["gamma"] = {nullptr}; },
          "layers[0].gamma: expected an array of 2 values (one per iteration)");
  // The model and the tensors are checked as in version 1: the ONNX reader's message, the shapes.
  const std::string missing = write_v2("v2_missing_model");
  fs::remove(missing + "/model.onnx");
  CHECK(error_of(missing) == missing + "/model.onnx: cannot open file");
  const std::string bad_shape = write_v2("v2_shape");
  put_f32(bad_shape + "/fc1/W_4.npy", {64, 32});
  CHECK(error_of(bad_shape) == bad_shape + "/fc1/W_4.npy: shape (64, 32) does not match the manifest's (64, 32, 1, 1)");
}
