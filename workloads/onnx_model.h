#pragma once
// ONNX models as Networks (docs/workloads.md, "ONNX models"). The graph is read with ONNX's own
// protobuf classes (Debian libonnx-dev), its shapes come from ONNX's shape inference, and every
// node becomes a layer, joins the layer whose work it rides on, or is free (a view the DMA's
// address walks read in the new order). Dependencies come from the graph's edges.
//
// The network input is the first graph input without an initializer; its first dimension is the
// batch (a symbolic one is taken as 1). Other graph inputs without an initializer are parameters
// (a model exported without its weights). Every layer is described for one sample.
//
// Refused, as InputError "FILE: node 'NAME' (OpType): ...": an operator outside the table in
// docs/workloads.md, a shape the layers cannot express (asymmetric padding, dilation, a 1-D or
// 3-D convolution), a shape shape inference could not give; and a missing, oversized, truncated or
// corrupt file, as "FILE: ...".
#include <cstdint>
#include <string>

#include "workloads/network.h"

namespace int4sim::workloads {

constexpr int64_t kMaxOnnxFileBytes = int64_t{2} << 30;  // protobuf's own limit

// The network is named after the file, without directory and extension. The LBT recipe's wide
// layers are not chosen here (apply_wide_recipe). With `weights`, every weight layer's stored
// FP32 weights as well (a Gemm's or MatMul's transposed into the layer's order); refused, naming
// the layer and the weight, when the file does not store one (exported without weights), stores
// it externally or not as float32, or holds NaN or Inf.
Network read_onnx_model(const std::string& path, LayerWeights* weights = nullptr);

// The same from the bytes of a model (what the fuzz target drives); `where` names it in messages.
Network parse_onnx_model(const std::string& bytes, const std::string& where, const std::string& name,
                         LayerWeights* weights = nullptr);

}  // namespace int4sim::workloads
