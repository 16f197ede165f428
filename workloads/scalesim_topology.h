#pragma once
// SCALE-Sim topology CSVs (/work/shared/spec/scalesim-compat.md) as Networks.
//
// The header line picks the form; its first column names the layers whatever it is called, the
// others must match (case and surrounding spaces ignored):
//   conv: Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
//   GEMM: Layer Name, M, N, K,
// Every row has exactly the header's columns, optionally followed by SCALE-Sim's trailing comma;
// blank lines are skipped, fields are trimmed. Layers run in file order.
//
// A file names no connections, so they are read from the shapes (docs/workloads.md, "SCALE-Sim
// topologies"): a conv row reads the output of the latest earlier conv row with as many output
// channels as it has input channels and whose output size E relates to its IFMAP size H, in each
// dimension, as H = E' + d with E' = E / m for a whole m >= 1 (m > 1: a pooling layer the file
// omits) and -(S - 1) <= d <= F - 1 (d > 0: padding folded into the IFMAP, SCALE-Sim having no
// padding field; d < 0: rows its ceil-mode output size leaves unread). Such a row becomes the
// convolution of E' with the smallest symmetric padding from ceil(d/2) up that gives the row's
// output size, when one does: its input gradient is then E' x E' as in the network it describes.
// A row with no such producer reads the network input "" (no input gradient); when a row other
// than the first does, one warning says which. GEMM rows chain when K equals an earlier row's N
// and M agrees.
// With `independent`, every row reads the network input (SCALE-Sim's own reading, inference only).
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
#include <vector>

#include "workloads/network.h"

namespace int4sim::workloads {

constexpr int64_t kMaxTopologyDim = int64_t{1} << 20;   // any size field
constexpr int64_t kMaxTopologyMacs = int64_t{1} << 40;  // forward MACs of one layer
constexpr size_t kMaxLayers = 65535;                     // the instruction set's 16-bit layer field
constexpr int64_t kMaxTopologyFileBytes = int64_t{64} << 20;

// The network is named after the file, without directory and extension. Warnings go to
// `warnings` (one line each) when it is given.
Network read_scalesim_topology(const std::string& path, bool independent = false,
                               std::vector<std::string>* warnings = nullptr);

}  // namespace int4sim::workloads
