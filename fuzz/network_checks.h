#pragma once
// The invariants every accepted network must hold, shared by the topology and ONNX fuzz targets:
// every size within the readers' maxima, a non-empty output and GEMM, MACs within 1..2^40 computed
// without overflow (UBSan), inputs naming earlier layers, network MACs = the sum of the layers.
#include <algorithm>

#include "fuzz/fuzz_util.h"
#include "workloads/network.h"
#include "workloads/scalesim_topology.h"

namespace int4sim::fuzz {

inline void check_network(const workloads::Network& net) {
  using namespace int4sim::workloads;
  if (net.layers.empty()) finding("accepted a network without layers");
  int64_t total = 0;
  for (size_t i = 0; i < net.layers.size(); ++i) {
    const Layer& l = net.layers[i];
    for (int64_t v : {l.c, l.h, l.w, l.r, l.s, l.stride, l.groups})
      if (v < 1 || v > kMaxTopologyDim) finding("layer '" + l.name + "': a size outside 1..kMaxTopologyDim");
    if (l.p() < 1 || l.q() < 1 || l.k < 1) finding("layer '" + l.name + "': empty output");
    for (const auto& in : l.inputs)
      if (!in.empty() && std::none_of(net.layers.begin(), net.layers.begin() + static_cast<std::ptrdiff_t>(i),
                                      [&](const Layer& o) { return o.name == in; }))
        finding("layer '" + l.name + "' reads '" + in + "', which is no earlier layer");
    if (!l.computes()) continue;
    const GemmDims g = l.gemm();
    if (g.m < 1 || g.n < 1 || g.k < 1) finding("layer '" + l.name + "': empty GEMM");
    const int64_t macs = l.forward_macs();
    if (macs < 1 || macs > kMaxTopologyMacs) finding("layer '" + l.name + "': MACs outside 1..kMaxTopologyMacs");
    total += macs;
  }
  if (net.forward_macs() != total) finding("network MACs differ from the sum of its layers");
}

}  // namespace int4sim::fuzz
