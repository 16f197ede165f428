// libFuzzer target: parse_onnx_model (workloads/onnx_model.h) on arbitrary bytes as an ONNX file:
// protobuf parsing, ONNX's shape inference, the shape-arithmetic folding and the mapping onto
// layers. Accepted layers must be within the documented maxima, and every figure the workload
// command prints from them (output sizes, GEMM dimensions, MACs) must compute without overflow.
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
  try {
    net = parse_onnx_model(std::string(reinterpret_cast<const char*>(data), size), where, "model");
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), where + ":");
    return 0;
  }
  fuzz::check_network(net);
  return 0;
}
