#pragma once
// Training traces (traces/README.md, format versions 1 and 2): a folder with manifest.json and,
// per recorded compute layer and iteration, the FP32 tensors A (input activation), W (weights), dY
// (dL/dy of the layer's output) and optionally Y (its output), as float32 C-order .npy files.
// Version 1 lists the network in the manifest and records every compute layer; version 2 names an
// ONNX export of the network in the folder (workloads/onnx_model.h) and records the weight layers
// that the trainer could hook, the others being replayed with synthetic values.
//
// read_trace checks the whole manifest and the header of every tensor it names (existence, dtype,
// shape against the geometry) without reading the data; load_tensor reads one tensor (float32,
// finite). Every refusal is an InputError naming the file and the field, e.g.
//   traces/x/manifest.json: layers[2].k: expected a positive integer
//   traces/x/conv2/dY_1.npy: shape (8, 64, 28, 28) does not match the manifest's (8, 64, 14, 14)
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "workloads/network.h"

namespace int4sim::traces {

constexpr const char* kFormat = "int4sim-trace";
constexpr int kVersion = 2;  // the newest version read; 1 is read too
constexpr int64_t kMaxDim = int64_t{1} << 20;   // batch and every size field
constexpr int64_t kMaxMacs = int64_t{1} << 40;  // forward MACs of one layer, one sample

// The files of one compute layer at one iteration: the trace folder joined with the manifest's
// templates, "{iter}" replaced by the iteration index. `y` is "" when the trace has no outputs.
struct TensorPaths {
  std::string a, w, dy, y;
};

// What the trace records for one compute layer (conv or fc), per iteration of Trace::iterations.
struct TraceLayerTensors {
  std::string name;    // == net.layers[layer].name
  size_t layer = 0;    // index into Trace::net.layers
  std::vector<float> s_w, u_a;              // clip values (float32, > 0)
  std::vector<std::optional<float>> gamma;  // the trainer's gamma; nullopt when it had none
  std::vector<TensorPaths> paths;
  bool has_outputs() const { return !paths.empty() && !paths.front().y.empty(); }
};

struct Trace {
  std::string dir;       // as given, without trailing '/'
  std::string manifest;  // dir + "/manifest.json"
  std::string network;   // the manifest's "network" (also net.name)
  int version = 0;
  std::string model;     // version 2: dir + "/" + the manifest's "model" (an ONNX file); else ""
  int64_t batch = 0;
  int64_t input_c = 0, input_h = 0, input_w = 0;  // version 1: one sample of the network input
  std::vector<int64_t> iterations;                // training-step indices, strictly increasing
  // Version 1: built from the manifest alone, layers in its order with their geometry, inputs and
  // quantized flag. Its shapes are the manifest's, which may differ from the built-in network of
  // the same name (e.g. resnet20 on 28x28x1): a replay takes them from here. Version 2: the ONNX
  // model's network with the LBT recipe's wide layers.
  workloads::Network net;
  // In net.layers order: version 1 one per compute layer, version 2 one per recorded layer (a
  // compute layer with weights); a replay gives the layers without one synthetic values.
  std::vector<TraceLayerTensors> tensors;

  // The compute layer named `name`, or nullptr.
  const TraceLayerTensors* find(const std::string& name) const;
};

// Reads and checks DIR/manifest.json and the headers of every tensor it names.
Trace read_trace(const std::string& dir);

// Tensor shapes of a compute layer at batch n: A (n, c, h, w), W (k, c/groups, r, s), dY and Y
// (n, k, p, q). An fc layer is a 1x1 conv on a 1x1 input: A (n, features, 1, 1), W (k, features, 1, 1).
std::vector<int64_t> activation_shape(const workloads::Layer& l, int64_t batch);
std::vector<int64_t> weight_shape(const workloads::Layer& l);
std::vector<int64_t> output_shape(const workloads::Layer& l, int64_t batch);

// NumPy's text of a shape: "(8, 64, 28, 28)", "(4,)", "()".
std::string shape_text(const std::vector<int64_t>& shape);

// One tensor as float32, C order (read_finite_f32: refuses NaN, Inf, an empty tensor, another
// dtype). With `expected`, its shape must be exactly that.
std::vector<float> load_tensor(const std::string& path);
std::vector<float> load_tensor(const std::string& path, const std::vector<int64_t>& expected);

}  // namespace int4sim::traces
