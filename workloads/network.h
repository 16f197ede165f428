#pragma once
// Workloads: networks as lists of layers with exact shapes, for one sample. Built-in networks
// (builtin_network) or SCALE-Sim topology CSVs (scalesim_topology.h); load_workload takes either.
//
// Geometry follows golden/conv.h (ConvShape): input C x H x W, filters K x C/groups x R x S,
// output K x P x Q with P = (H + 2*pad - R)/stride + 1. Every compute layer is a grouped GEMM per
// sample: M = P*Q, K = C/groups*R*S, N = K/groups, repeated `groups` times.
//   conv  a convolution; depthwise = groups == c == k.
//   fc    a fully connected layer: a 1x1 conv on a 1x1 input (c = input features, k = outputs).
//   gemm  a raw GEMM written as a 1x1 conv over an M x 1 "image": c = groups*Kred, h = M, w = 1,
//         k = groups*N. Used for transformer layers (h = tokens) and SCALE-Sim GEMM rows.
//   pool  max or average pooling with an r x s window (no MACs counted); k = c.
//   add   elementwise sum of two inputs (residual); c x h x w is the output. When the second
//         input is larger in h/w and has fewer channels, it is ResNet's option-A shortcut
//         (stride-2 subsampling, zero-padded channels), which costs no MACs.
//   vector  an element-wise or normalizing function (`fn`) on the vector unit, forward and
//         backward, of one input (two for mul); c x h x w is the input and the output.
// BatchNorm and ReLU right after a conv, and ReLU right after an fc, gemm or add, are not layers of
// their own: the flags `batchnorm` and `relu` say that the layer's output pass runs them (forward
// and backward, docs/timing.md). Anywhere else they, and every other element-wise function, are
// vector layers.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace int4sim::workloads {

enum class LayerKind { conv, fc, gemm, pool, add, vector };
enum class PoolKind { max, avg };
// What a vector layer computes (docs/workloads.md, "Operators"): the compiler maps each onto the
// vector unit's operations.
enum class VecFn { relu, batchnorm, layernorm, softmax, gelu, silu, sigmoid, hardsigmoid, hardswish, tanh, mul };

const char* kind_name(LayerKind kind);
const char* vec_fn_name(VecFn fn);

// One GEMM of a layer, per group and per sample: (m x k) * (k x n).
struct GemmDims {
  int64_t m, n, k;
};

struct Layer {
  std::string name;
  LayerKind kind = LayerKind::conv;
  // Layers whose outputs this one reads, in operand order (one, or two for add and for a gemm
  // without weights); "" is the network input.
  std::vector<std::string> inputs;
  int64_t c = 1, h = 1, w = 1;  // input of one sample
  int64_t k = 1, r = 1, s = 1, stride = 1, pad = 0, groups = 1;
  // Output size rounds up instead of down: SCALE-Sim's E = ceil((H - F + S)/S), whose last window
  // may overhang the bottom/right edge and read zeros there.
  bool ceil_mode = false;
  // False when M is the whole GEMM rather than one sample's share (SCALE-Sim GEMM rows).
  bool m_per_sample = true;
  // False when both operands are activations (attention scores and context): no weight gradient.
  bool has_weights = true;
  // Compute layers: INT4 operands; false for the first conv and the last FC (the LBT recipe keeps
  // them wide).
  bool quantized = true;
  // Pool layers: maximum or average over each window.
  PoolKind pool = PoolKind::max;
  // Vector layers: the function.
  VecFn fn = VecFn::relu;
  // Compute layers: BatchNorm over the batch, then ReLU, on the output (add layers: ReLU only).
  bool batchnorm = false, relu = false;

  int64_t p() const;  // output height
  int64_t q() const;  // output width
  bool computes() const { return kind == LayerKind::conv || kind == LayerKind::fc || kind == LayerKind::gemm; }
  // The GEMM of one group (computes() layers only).
  GemmDims gemm() const;
  // Multiply-accumulates of the forward pass for one sample; 0 for pool and add.
  int64_t forward_macs() const;
};

struct Network {
  std::string name;
  std::vector<Layer> layers;
  int64_t forward_macs() const;
};

// resnet20 (CIFAR 32x32, option-A shortcuts), resnet18/34/50 (torchvision, 224x224; ResNet-50 is
// v1.5 with the stride on the 3x3), mobilenetv2 (1.0, 224x224), vgg16 (224x224, three FCs),
// smallcnn, bert_layer (one BERT-base encoder layer, 128 tokens, 12 heads of 64).
//
// smallcnn, for 28x28x1 Fashion-MNIST (21,933,184 MACs):
//   conv1 3x3 1->32 pad 1 (28x28), conv2 3x3 32->64 pad 1 (28x28), pool1 max 2x2 (14x14),
//   conv3 3x3 64->64 pad 1 (14x14), pool2 max 2x2 (7x7), fc 3136->10.
//
// Throws InputError for an unknown name.
Network builtin_network(const std::string& name);
std::vector<std::string> builtin_names();

// How load_workload reads files; the defaults are the documented behaviour.
struct WorkloadOptions {
  // SCALE-Sim CSVs: every layer reads the network input (no input gradients), as before issue 17.
  bool csv_independent = false;
  // Further compute layers kept wide (INT8), by name, beside the LBT recipe's first and last.
  std::vector<std::string> wide;
};

// FP32 weights of compute layers, by layer name, in K x C/groups x R x S order (a Linear's
// K x F x 1 x 1), as a model file stores them.
using LayerWeights = std::map<std::string, std::vector<float>>;

// A path ending in ".csv" is read as a SCALE-Sim topology, ".onnx" as an ONNX model
// (workloads/onnx_model.h); anything else is a built-in name. Warnings (a CSV whose shapes do not
// chain) go to `warnings`, one line each. With `weights`, the model's stored weights too (an ONNX
// model only: anything else is refused).
Network load_workload(const std::string& name_or_file, const WorkloadOptions& options = {},
                      std::vector<std::string>* warnings = nullptr, LayerWeights* weights = nullptr);

// For networks that do not say (SCALE-Sim rows, version-1 traces): every conv is followed by
// BatchNorm and ReLU, every fc or gemm layer but the network's last by ReLU.
void apply_default_functions(Network& net);

// The LBT recipe: the first and the last compute layer with weights stay wide (INT8); every other
// compute layer is quantized. The built-in networks and ONNX models follow it.
void apply_wide_recipe(Network& net);

// The layers named (--wide) stay wide as well. Throws InputError for a name that is not a compute
// layer of `net`.
void keep_wide(Network& net, const std::vector<std::string>& names);

}  // namespace int4sim::workloads
