#include "traces/trace.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <utility>

#include "base/error.h"
#include "base/files.h"
#include "base/npy.h"
#include "workloads/onnx_model.h"
#include "workloads/scalesim_topology.h"

namespace int4sim::traces {
namespace {

using json = nlohmann::json;
using workloads::Layer;
using workloads::LayerKind;

constexpr int64_t kMaxManifestBytes = int64_t{64} << 20;
const char* const kTensorKeys[] = {"A", "W", "dY", "Y"};

std::string dims_text(int64_t c, int64_t h, int64_t w) {
  return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w);
}

std::string in_quotes(const std::string& text) { return "'" + shown(text) + "'"; }

// Where a JSON value sits, for messages: the manifest's path and the field ("layers[2].k").
struct At {
  const std::string& file;
  std::string field;

  [[noreturn]] void reject(const std::string& why) const { fail(file + ": " + (field.empty() ? "" : field + ": ") + why); }
  At operator[](const std::string& key) const { return {file, field.empty() ? key : field + "." + key}; }
  At operator[](size_t index) const { return {file, field + "[" + std::to_string(index) + "]"}; }
};

const json& member(const json& obj, const std::string& key, const At& at) {
  const auto it = obj.find(key);
  if (it == obj.end()) at[key].reject("missing");
  return *it;
}

void only_fields(const json& obj, const std::set<std::string>& known, const At& at) {
  for (const auto& item : obj.items())
    if (!known.count(item.key())) {
      at.reject("unknown field " + in_quotes(item.key()));
    }
}

// An integer in [min, max]; `expected` names the range in messages.
int64_t integer(const json& j, const At& at, int64_t min, int64_t max, const std::string& expected,
                const std::string& max_text) {
  if (!j.is_number_integer()) at.reject("expected " + expected);
  if (j.is_number_unsigned()) {
    const uint64_t u = j.get<uint64_t>();
    if (u > static_cast<uint64_t>(max)) at.reject(std::to_string(u) + " exceeds the maximum " + max_text);
    if (static_cast<int64_t>(u) < min) at.reject("expected " + expected);
    return static_cast<int64_t>(u);
  }
  const int64_t v = j.get<int64_t>();
  if (v < min) at.reject("expected " + expected);
  if (v > max) at.reject(std::to_string(v) + " exceeds the maximum " + max_text);
  return v;
}

int64_t size_field(const json& obj, const std::string& key, const At& at, int64_t min = 1) {
  return integer(member(obj, key, at), at[key], min, kMaxDim,
                 min > 0 ? "a positive integer" : "a non-negative integer", "1048576 (2^20)");
}

bool boolean(const json& obj, const std::string& key, const At& at, bool fallback) {
  const auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  if (!it->is_boolean()) at[key].reject("expected true or false");
  return it->get<bool>();
}

std::string text(const json& j, const At& at) {
  if (!j.is_string() || j.get<std::string>().empty()) at.reject("expected a non-empty string");
  return j.get<std::string>();
}

// A float32 value > 0; for a gamma, null (nullopt) or a value in (0, 1].
std::optional<float> scalar(const json& j, const At& at, bool gamma) {
  const std::string expected = gamma ? "expected null or a number in (0, 1]" : "expected a positive number";
  if (gamma && j.is_null()) return std::nullopt;
  if (!j.is_number()) at.reject(expected);
  const float v = static_cast<float>(j.get<double>());
  if (!std::isfinite(v) || !(v > 0.0f) || (gamma && v > 1.0f)) at.reject(expected);
  return v;
}

// One value per iteration.
const json& per_iteration(const json& obj, const std::string& key, const At& at, size_t iterations) {
  const json& j = member(obj, key, at);
  if (!j.is_array() || j.size() != iterations)
    at[key].reject("expected an array of " + std::to_string(iterations) + " values (one per iteration)");
  return j;
}

// A relative path inside the trace folder, no "." or ".." component; `why` says what is expected.
std::string relative_path(const json& j, const At& at, const std::string& why) {
  if (!j.is_string()) at.reject(why);
  const std::string t = j.get<std::string>();
  if (t.empty() || t[0] == '/' || t.find('\0') != std::string::npos) at.reject(why);
  std::istringstream parts(t);
  for (std::string part; std::getline(parts, part, '/');)
    if (part.empty() || part == "." || part == "..") at.reject(why);
  return t;
}

// A tensor's path template: a relative path inside the trace folder with "{iter}" in it.
std::string path_template(const json& j, const At& at) {
  const std::string why = "expected a relative path inside the trace folder containing {iter}";
  const std::string t = relative_path(j, at, why);
  if (t.find("{iter}") == std::string::npos) at.reject(why);
  return t;
}

std::string substitute(std::string t, int64_t iteration) {
  const std::string key = "{iter}", value = std::to_string(iteration);
  for (size_t at; (at = t.find(key)) != std::string::npos;) t.replace(at, key.size(), value);
  return t;
}

LayerKind parse_kind(const json& j, const At& at) {
  const std::string why = "expected one of conv, fc, pool, add";
  if (!j.is_string()) at.reject(why);
  const std::string k = j.get<std::string>();
  if (k == "conv") return LayerKind::conv;
  if (k == "fc") return LayerKind::fc;
  if (k == "pool") return LayerKind::pool;
  if (k == "add") return LayerKind::add;
  at.reject(why + ", got " + in_quotes(k));
}

// "a conv layer", "an fc layer"
std::string a_layer(LayerKind kind) {
  const bool vowel_sound = kind == LayerKind::add || kind == LayerKind::fc;
  return std::string(vowel_sound ? "an " : "a ") + workloads::kind_name(kind) + " layer";
}

// The output of one layer (or of the network input), as the next layer reads it.
struct Output {
  std::string what;  // "the network input" or "'conv2'"
  int64_t c, h, w;
};

void check_geometry(const Layer& l, const At& at) {
  auto expect = [&](const char* field, int64_t value, int64_t wanted, const std::string& why) {
    if (value != wanted) at[field].reject("expected " + std::to_string(wanted) + " for " + why);
  };
  const std::string a_kind = a_layer(l.kind);
  const std::pair<const char*, int64_t> ones[] = {{"r", l.r}, {"s", l.s}, {"stride", l.stride}, {"groups", l.groups}};
  switch (l.kind) {
    case LayerKind::conv:
      if (l.c % l.groups) at["groups"].reject(std::to_string(l.groups) + " does not divide c = " + std::to_string(l.c));
      if (l.k % l.groups) at["groups"].reject(std::to_string(l.groups) + " does not divide k = " + std::to_string(l.k));
      break;
    case LayerKind::fc:
      expect("h", l.h, 1, a_kind + " (its c is the number of features)");
      expect("w", l.w, 1, a_kind + " (its c is the number of features)");
      for (const auto& [field, value] : ones)
        expect(field, value, 1, a_kind);
      expect("pad", l.pad, 0, a_kind);
      break;
    case LayerKind::pool:
      expect("k", l.k, l.c, a_kind + " (k = c)");
      expect("groups", l.groups, 1, a_kind);
      break;
    case LayerKind::add:
      expect("k", l.k, l.c, a_kind + " (k = c)");
      for (const auto& [field, value] : ones)
        expect(field, value, 1, a_kind);
      expect("pad", l.pad, 0, a_kind);
      break;
    case LayerKind::gemm:
    case LayerKind::vector: break;  // not in version 1 (kind_of refuses them)
  }
  if (l.h + 2 * l.pad < l.r)
    at["r"].reject(std::to_string(l.r) + " exceeds h + 2*pad = " + std::to_string(l.h + 2 * l.pad) + " (output height < 1)");
  if (l.w + 2 * l.pad < l.s)
    at["s"].reject(std::to_string(l.s) + " exceeds w + 2*pad = " + std::to_string(l.w + 2 * l.pad) + " (output width < 1)");
  if (l.computes()) {
    const auto g = l.gemm();
    int64_t macs = 1;
    for (int64_t factor : {l.groups, g.m, g.n, g.k})
      if (__builtin_mul_overflow(macs, factor, &macs) || macs > kMaxMacs)
        at.reject("groups x M x N x K = " + std::to_string(l.groups) + " x " + std::to_string(g.m) + " x " +
                  std::to_string(g.n) + " x " + std::to_string(g.k) + " exceeds the maximum of 2^40 MACs per layer");
  }
}

// The layer's operands against the outputs it reads.
void check_inputs(const Layer& l, const std::vector<Output>& sources, const At& at) {
  const Output& in = sources[0];
  if (l.kind == LayerKind::fc) {
    // A pool's output can be 2^20 x 3*2^20 x 3*2^20: the product may overflow int64.
    int64_t features = 0;
    const bool fits = !__builtin_mul_overflow(in.c, in.h, &features) && !__builtin_mul_overflow(features, in.w, &features);
    if (!fits || l.c != features)
      at["c"].reject(std::to_string(l.c) + " does not match the " + (fits ? std::to_string(features) + " = " : std::string()) +
                     dims_text(in.c, in.h, in.w) + " outputs of " + in.what);
  } else if (l.c != in.c || l.h != in.h || l.w != in.w) {
    at.reject("input " + dims_text(l.c, l.h, l.w) + " (c x h x w) does not match the output " + dims_text(in.c, in.h, in.w) +
              " of " + in.what);
  }
  if (l.kind == LayerKind::add) {
    const Output& sc = sources[1];
    const bool same = sc.c == l.c && sc.h == l.h && sc.w == l.w;
    const bool option_a = sc.c <= l.c && sc.h >= l.h && sc.w >= l.w;
    if (!same && !option_a)
      at["inputs"][1].reject("the output " + dims_text(sc.c, sc.h, sc.w) + " of " + sc.what + " cannot be added to " +
                             dims_text(l.c, l.h, l.w) +
                             " (the same shape, or an option-A shortcut: no more channels, no smaller feature map)");
  }
}

json parse_manifest(const std::string& file) {
  const std::string text = read_input_file(file, kMaxManifestBytes);
  try {
    return json::parse(text);
  } catch (const json::exception& e) {  // parse_error, and out_of_range for numbers beyond double
    std::string what = e.what();
    const auto close = what.find("] ");
    if (what.rfind("[json.exception.", 0) == 0 && close != std::string::npos) what = what.substr(close + 2);
    fail(file + ": invalid JSON: " + shown(what));
  }
}

void check_builtin(const Trace& t, const std::string& file) {
  bool known = false;
  for (const auto& n : workloads::builtin_names()) known = known || n == t.network;
  if (!known) return;
  const workloads::Network ref = workloads::builtin_network(t.network);
  const std::string why = " (a trace named after a built-in network has its layer names, kinds and inputs)";
  const At layers{file, "layers"};
  if (ref.layers.size() != t.net.layers.size())
    layers.reject(std::to_string(t.net.layers.size()) + " layers where the built-in " + t.network + " has " +
                  std::to_string(ref.layers.size()) + why);
  for (size_t i = 0; i < ref.layers.size(); ++i) {
    const Layer &a = t.net.layers[i], &b = ref.layers[i];
    if (a.name != b.name)
      layers[i]["name"].reject(in_quotes(a.name) + " where the built-in " + t.network + " has " + in_quotes(b.name) + why);
    if (a.kind != b.kind)
      layers[i]["kind"].reject(std::string(workloads::kind_name(a.kind)) + " where the built-in " + t.network + " has " +
                               workloads::kind_name(b.kind) + why);
    if (a.inputs != b.inputs) {
      std::string want;
      for (const auto& n : b.inputs) want += (want.empty() ? "'" : ", '") + shown(n) + "'";
      layers[i]["inputs"].reject("differ from the built-in " + t.network + "'s [" + want + "]" + why);
    }
  }
}

void check_tensor(const std::string& path, const std::vector<int64_t>& expected) {
  NpyType type = NpyType::f32;
  const std::vector<int64_t> shape = npy_shape(path, &type);
  if (type != NpyType::f32) fail(path + ": expected float32 ('<f4') data");
  if (shape != expected)
    fail(path + ": shape " + shape_text(shape) + " does not match the manifest's " + shape_text(expected));
}

}  // namespace

const TraceLayerTensors* Trace::find(const std::string& name) const {
  for (const auto& t : tensors)
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<int64_t> activation_shape(const Layer& l, int64_t batch) { return {batch, l.c, l.h, l.w}; }
std::vector<int64_t> weight_shape(const Layer& l) { return {l.k, l.c / l.groups, l.r, l.s}; }
std::vector<int64_t> output_shape(const Layer& l, int64_t batch) { return {batch, l.k, l.p(), l.q()}; }

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

std::vector<float> load_tensor(const std::string& path) { return read_finite_f32(path); }

std::vector<float> load_tensor(const std::string& path, const std::vector<int64_t>& expected) {
  std::vector<int64_t> shape;
  std::vector<float> data = read_finite_f32(path, &shape);
  if (shape != expected)
    fail(path + ": shape " + shape_text(shape) + " does not match the manifest's " + shape_text(expected));
  return data;
}

namespace {

// The manifest's top level: format, version, network, batch, input or model, and the recorded
// iterations.
void read_header(const json& m, const At& top, Trace& t) {
  if (!m.is_object()) fail(t.manifest + ": expected a JSON object (an int4sim-trace manifest)");
  const json& format = member(m, "format", top);
  if (!format.is_string() || format.get<std::string>() != kFormat)
    top["format"].reject(std::string("expected \"") + kFormat + "\"");
  const int64_t version = integer(member(m, "version", top), top["version"], INT64_MIN, INT64_MAX, "an integer", "2^63 - 1");
  if (version != 1 && version != 2)
    top["version"].reject(std::to_string(version) + " is not supported (this reader reads versions 1 and 2)");
  t.version = static_cast<int>(version);
  only_fields(m, {"format", "version", "network", "batch", t.version == 1 ? "input" : "model", "iterations", "layers", "producer", "description"},
              top);
  t.network = text(member(m, "network", top), top["network"]);
  t.batch = size_field(m, "batch", top);
  if (t.version == 1) {
    const json& input = member(m, "input", top);
    if (!input.is_object()) top["input"].reject("expected an object with c, h and w");
    only_fields(input, {"c", "h", "w"}, top["input"]);
    t.input_c = size_field(input, "c", top["input"]);
    t.input_h = size_field(input, "h", top["input"]);
    t.input_w = size_field(input, "w", top["input"]);
  } else {
    const std::string model = relative_path(member(m, "model", top), top["model"],
                                            "expected the relative path of an ONNX file inside the trace folder");
    if (model.size() < 5 || model.compare(model.size() - 5, 5, ".onnx") != 0)
      top["model"].reject("expected the relative path of an ONNX file inside the trace folder (ending in .onnx)");
    t.model = t.dir + "/" + model;
  }

  const json& iterations = member(m, "iterations", top);
  if (!iterations.is_array() || iterations.empty()) top["iterations"].reject("expected a non-empty array of positive integers");
  for (size_t i = 0; i < iterations.size(); ++i) {
    const int64_t it = integer(iterations[i], top["iterations"][i], 1, INT64_MAX, "a positive integer", "2^63 - 1");
    if (!t.iterations.empty() && it <= t.iterations.back())
      top["iterations"][i].reject(std::to_string(it) + " does not follow " + std::to_string(t.iterations.back()) +
                                  " (iterations increase strictly)");
    t.iterations.push_back(it);
  }
}

// One layer's shape, inputs and attributes; `sources` are the outputs of the layers it reads.
Layer read_layer(const json& j, const At& at, const std::map<std::string, size_t>& index, const std::vector<Output>& outputs,
                 const Output& network_input) {
  Layer l;
  l.name = text(member(j, "name", at), at["name"]);
  if (index.count(l.name)) at["name"].reject(in_quotes(l.name) + " repeats layers[" + std::to_string(index.at(l.name)) + "]");
  l.kind = parse_kind(member(j, "kind", at), at["kind"]);
  const char* kind = workloads::kind_name(l.kind);
  const size_t n_inputs = l.kind == LayerKind::add ? 2 : 1;
  const json& ins = member(j, "inputs", at);
  if (!ins.is_array() || ins.size() != n_inputs)
    at["inputs"].reject("expected an array of " + std::to_string(n_inputs) + " layer name" + (n_inputs > 1 ? "s" : "") +
                        " for " + a_layer(l.kind));
  std::vector<Output> sources;
  for (size_t k = 0; k < n_inputs; ++k) {
    if (!ins[k].is_string()) at["inputs"][k].reject("expected a layer name (\"\" is the network input)");
    const std::string src = ins[k].get<std::string>();
    if (!src.empty() && !index.count(src))
      at["inputs"][k].reject(in_quotes(src) + " names no earlier layer (\"\" is the network input)");
    l.inputs.push_back(src);
    sources.push_back(src.empty() ? network_input : outputs[index.at(src)]);
  }
  l.c = size_field(j, "c", at);
  l.h = size_field(j, "h", at);
  l.w = size_field(j, "w", at);
  l.k = size_field(j, "k", at);
  l.r = size_field(j, "r", at);
  l.s = size_field(j, "s", at);
  l.stride = size_field(j, "stride", at);
  l.pad = size_field(j, "pad", at, 0);
  l.groups = size_field(j, "groups", at);
  l.ceil_mode = boolean(j, "ceil_mode", at, false);
  if (!boolean(j, "m_per_sample", at, true)) at["m_per_sample"].reject("expected true (trace layers are per sample)");
  if (!boolean(j, "has_weights", at, true)) at["has_weights"].reject("expected true (trace layers have weights)");
  if (l.computes() && !j.count("quantized")) at["quantized"].reject("missing");
  l.quantized = boolean(j, "quantized", at, true);
  std::string pool;
  if (j.count("pool")) {
    if (l.kind != LayerKind::pool) at["pool"].reject(std::string("only pool layers have it, this is ") + kind);
    if (!j["pool"].is_string() || (j["pool"] != "max" && j["pool"] != "avg")) at["pool"].reject("expected \"max\" or \"avg\"");
    pool = j["pool"].get<std::string>();
  }
  l.pool = pool == "avg" ? workloads::PoolKind::avg : workloads::PoolKind::max;
  check_geometry(l, at);
  check_inputs(l, sources, at);

  return l;
}

// A layer's recorded tensors (paths per iteration) and clip scalars.
TraceLayerTensors read_recorded(const json& j, const At& at, const Layer& l, size_t i, const Trace& t) {
  const size_t n_iter = t.iterations.size();
  TraceLayerTensors lt;
  lt.name = l.name;
  lt.layer = i;
  const json& tensors = member(j, "tensors", at);
  if (!tensors.is_object()) at["tensors"].reject("expected an object with A, W, dY and optionally Y");
  for (const auto& item : tensors.items())
    if (item.key() != "A" && item.key() != "W" && item.key() != "dY" && item.key() != "Y")
      at["tensors"].reject("unknown tensor " + in_quotes(item.key()) + " (A, W, dY and optionally Y)");
  std::string templates[4];
  for (int k = 0; k < 4; ++k)
    if (k < 3 || tensors.count(kTensorKeys[k]))
      templates[k] = path_template(member(tensors, kTensorKeys[k], at["tensors"]), at["tensors"][kTensorKeys[k]]);
  const json& s_w = per_iteration(j, "s_w", at, n_iter);
  const json& u_a = per_iteration(j, "u_a", at, n_iter);
  const json& gamma = per_iteration(j, "gamma", at, n_iter);
  for (size_t it = 0; it < n_iter; ++it) {
    lt.s_w.push_back(*scalar(s_w[it], at["s_w"][it], false));
    lt.u_a.push_back(*scalar(u_a[it], at["u_a"][it], false));
    lt.gamma.push_back(scalar(gamma[it], at["gamma"][it], true));
    TensorPaths p;
    std::string* dest[4] = {&p.a, &p.w, &p.dy, &p.y};
    for (int k = 0; k < 4; ++k)
      if (!templates[k].empty()) *dest[k] = t.dir + "/" + substitute(templates[k], t.iterations[it]);
    lt.paths.push_back(std::move(p));
  }
  return lt;
}

// Version 1: a compute layer's recorded tensors; other layers have none.
void read_layer_tensors(const json& j, const At& at, const Layer& l, size_t i, Trace& t) {
  if (l.computes()) {
    t.tensors.push_back(read_recorded(j, at, l, i, t));
  } else {
    for (const char* key : {"tensors", "s_w", "u_a", "gamma"})
      if (j.count(key)) at[key].reject(a_layer(l.kind) + " has none (only conv and fc layers)");
  }
}

// Every recorded tensor's header against the shape its layer implies (the data is read at replay).
void check_recorded_tensors(const Trace& t) {
  for (const auto& lt : t.tensors) {
    const Layer& l = t.net.layers[lt.layer];
    for (const auto& p : lt.paths) {
      check_tensor(p.a, activation_shape(l, t.batch));
      check_tensor(p.w, weight_shape(l));
      check_tensor(p.dy, output_shape(l, t.batch));
      if (!p.y.empty()) check_tensor(p.y, output_shape(l, t.batch));
    }
  }
}

}  // namespace

namespace {

// Version 1: the network from the manifest's layer list, every compute layer recorded.
void read_layers_v1(const json& layers, const At& top, Trace& t) {
  std::map<std::string, size_t> index;  // name -> position
  std::vector<Output> outputs;          // of each layer so far
  const Output network_input{"the network input", t.input_c, t.input_h, t.input_w};
  for (size_t i = 0; i < layers.size(); ++i) {
    const json& j = layers[i];
    const At at = top["layers"][i];
    if (!j.is_object()) at.reject("expected an object");
    only_fields(j, {"name", "kind", "inputs", "c", "h", "w", "k", "r", "s", "stride", "pad", "groups", "ceil_mode",
                    "m_per_sample", "has_weights", "quantized", "pool", "tensors", "s_w", "u_a", "gamma"},
                at);
    Layer l = read_layer(j, at, index, outputs, network_input);
    read_layer_tensors(j, at, l, i, t);
    index[l.name] = i;
    outputs.push_back({in_quotes(l.name), l.k, l.p(), l.q()});
    t.net.layers.push_back(std::move(l));
  }
  workloads::apply_default_functions(t.net);  // version 1 does not say which functions follow a layer
  check_builtin(t, t.manifest);
}

// Version 2: the network from the ONNX model; the layer list names the recorded weight layers.
void read_layers_v2(const json& layers, const At& top, Trace& t) {
  t.net = workloads::read_onnx_model(t.model);
  workloads::apply_wide_recipe(t.net);
  std::map<std::string, size_t> index;  // network layer name -> position
  for (size_t i = 0; i < t.net.layers.size(); ++i) index[t.net.layers[i].name] = i;
  std::map<size_t, size_t> recorded;  // network layer -> position in the manifest
  for (size_t i = 0; i < layers.size(); ++i) {
    const json& j = layers[i];
    const At at = top["layers"][i];
    if (!j.is_object()) at.reject("expected an object");
    only_fields(j, {"name", "tensors", "s_w", "u_a", "gamma"}, at);
    const std::string name = text(member(j, "name", at), at["name"]);
    const auto it = index.find(name);
    if (it == index.end())
      at["name"].reject(in_quotes(name) + " is no layer of " + t.model + " (int4sim workload " + t.model + " lists them)");
    const Layer& l = t.net.layers[it->second];
    if (!l.computes() || !l.has_weights)
      at["name"].reject(in_quotes(name) + " is " + a_layer(l.kind) + (l.computes() ? " without weights" : "") +
                        " (a trace records layers with weights)");
    if (recorded.count(it->second))
      at["name"].reject(in_quotes(name) + " repeats layers[" + std::to_string(recorded.at(it->second)) + "]");
    recorded[it->second] = i;
    t.tensors.push_back(read_recorded(j, at, l, it->second, t));
  }
  std::sort(t.tensors.begin(), t.tensors.end(), [](const auto& a, const auto& b) { return a.layer < b.layer; });
}

}  // namespace

Trace read_trace(const std::string& dir_arg) {
  Trace t;
  t.dir = dir_arg;
  while (t.dir.size() > 1 && t.dir.back() == '/') t.dir.pop_back();
  t.manifest = t.dir + "/manifest.json";
  const At top{t.manifest, ""};
  const json m = parse_manifest(t.manifest);
  read_header(m, top, t);

  const json& layers = member(m, "layers", top);
  if (!layers.is_array() || layers.empty()) top["layers"].reject("expected a non-empty array of layers");
  if (layers.size() > workloads::kMaxLayers)
    top["layers"].reject(std::to_string(layers.size()) + " layers: more than " + std::to_string(workloads::kMaxLayers) +
                         " (the instruction set's layer field is 16 bits)");
  if (t.version == 1) read_layers_v1(layers, top, t);
  else read_layers_v2(layers, top, t);
  t.net.name = t.network;
  check_recorded_tensors(t);
  return t;
}

}  // namespace int4sim::traces
