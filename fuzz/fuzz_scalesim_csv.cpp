// libFuzzer target: read_scalesim_topology (workloads/scalesim_topology.h) on arbitrary bytes as a
// CSV file. Accepted layers must be within the documented maxima, and every figure the workload
// command prints from them (output sizes, GEMM dimensions, MACs) must compute without overflow.
#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "workloads/scalesim_topology.h"

using namespace int4sim;
using namespace int4sim::workloads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::ScratchFile file(".csv");
  const std::string& path = file.write(data, size);
  Network net;
  try {
    net = read_scalesim_topology(path);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path + ":");
    return 0;
  }
  if (net.layers.empty()) fuzz::finding("accepted a topology without layers");
  int64_t total = 0;
  for (const Layer& l : net.layers) {
    for (int64_t v : {l.c, l.h, l.w, l.r, l.s, l.stride, l.groups})
      if (v < 1 || v > kMaxTopologyDim) fuzz::finding("layer '" + l.name + "': a size outside 1..kMaxTopologyDim");
    if (l.p() < 1 || l.q() < 1 || l.k < 1) fuzz::finding("layer '" + l.name + "': empty output");
    const GemmDims g = l.gemm();
    if (g.m < 1 || g.n < 1 || g.k < 1) fuzz::finding("layer '" + l.name + "': empty GEMM");
    const int64_t macs = l.forward_macs();
    if (macs < 1 || macs > kMaxTopologyMacs) fuzz::finding("layer '" + l.name + "': MACs outside 1..kMaxTopologyMacs");
    total += macs;
  }
  if (net.forward_macs() != total) fuzz::finding("network MACs differ from the sum of its layers");
  return 0;
}
