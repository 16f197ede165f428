#pragma once
// SCALE-Sim topology CSVs (/work/shared/spec/scalesim-compat.md) as Networks.
//
// The header line picks the form; its first column names the layers whatever it is called, the
// others must match (case and surrounding spaces ignored):
//   conv: Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
//   GEMM: Layer Name, M, N, K,
// Every row has exactly the header's columns, optionally followed by SCALE-Sim's trailing comma;
// blank lines are skipped, fields are trimmed. A file describes no connections between its rows
// (SCALE-Sim omits pooling), so every layer reads the network input ""; they run in file order.
//
// Conv rows become conv layers with no padding and SCALE-Sim's output size ceil((H - F + S)/S)
// (Layer::ceil_mode). A name containing "DP" is depthwise as in SCALE-Sim: groups = Channels, each
// channel convolved with Num Filter filters (1 in SCALE-Sim's topologies), k = Channels * Num Filter.
// GEMM rows become gemm layers whose M is the whole product (m_per_sample = false).
// Every layer is quantized: a file says nothing about precision.
//
// Refused, as InputError "FILE:LINE: ..." naming the field: a missing or empty file, an unknown
// header, a wrong number of fields, an empty or repeated layer name, a size that is not a positive
// integer (this includes a zero stride), a size above kMaxTopologyDim, a filter larger than the
// input, a layer above kMaxTopologyMacs multiply-accumulates, a header without rows.
#include <cstdint>
#include <string>

#include "workloads/network.h"

namespace int4sim::workloads {

constexpr int64_t kMaxTopologyDim = int64_t{1} << 20;   // any size field
constexpr int64_t kMaxTopologyMacs = int64_t{1} << 40;  // forward MACs of one layer
constexpr size_t kMaxLayers = 65535;                     // the instruction set's 16-bit layer field
constexpr int64_t kMaxTopologyFileBytes = int64_t{64} << 20;

// The network is named after the file, without directory and extension.
Network read_scalesim_topology(const std::string& path);

}  // namespace int4sim::workloads
