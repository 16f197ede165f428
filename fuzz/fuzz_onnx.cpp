// libFuzzer target: parse_onnx_model (workloads/onnx_model.h) on arbitrary bytes as an ONNX file:
// protobuf parsing, ONNX's shape inference, the shape-arithmetic folding and the mapping onto
// layers. Accepted layers must be within the documented maxima, and every figure the workload
// command prints from them (output sizes, GEMM dimensions, MACs) must compute without overflow.
// The stored weights are read as --weights-from-model reads them: each weight layer's, finite, of
// exactly the layer's size.
#include <cmath>

#include "base/error.h"
#include "fuzz/fuzz_util.h"
#include "fuzz/network_checks.h"
#include "workloads/onnx_model.h"
#include "workloads/scalesim_topology.h"

using namespace int4sim;
using namespace int4sim::workloads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string where = "model.onnx";
  Network net;
  LayerWeights weights;
  bool stored = true;
  try {
    net = parse_onnx_model(std::string(reinterpret_cast<const char*>(data), size), where, "model", &weights);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), where + ":");
    // Refused for its weights alone (not stored, not float32, not finite): the network must still read.
    if (std::string(e.what()).find(": layer '") == std::string::npos) return 0;
    stored = false;
    try {
      net = parse_onnx_model(std::string(reinterpret_cast<const char*>(data), size), where, "model");
    } catch (const InputError&) {
      fuzz::finding("a model refused for its weights is refused without them too");
    }
  }
  fuzz::check_network(net);
  if (!stored) return 0;
  for (const auto& l : net.layers) {
    if (!l.computes() || !l.has_weights) continue;
    const auto it = weights.find(l.name);
    if (it == weights.end()) fuzz::finding("a weight layer without its stored weights");
    if (static_cast<int64_t>(it->second.size()) != l.k * (l.c / l.groups) * l.r * l.s) fuzz::finding("stored weights of another size than the layer's");
    for (float v : it->second)
      if (!std::isfinite(v)) fuzz::finding("a non-finite stored weight accepted");
  }
  return 0;
}
