#include "workloads/network.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "base/error.h"
#include "workloads/onnx_model.h"
#include "workloads/scalesim_topology.h"

namespace int4sim::workloads {
namespace {

int64_t out_size(int64_t in, int64_t pad, int64_t window, int64_t stride, bool ceil_mode) {
  const int64_t span = in + 2 * pad - window;
  return (ceil_mode ? span + stride - 1 : span) / stride + 1;
}

// What a layer produces, for the next layer to read; layer "" is the network input.
struct Tensor {
  std::string layer;
  int64_t c, h, w;
};

// Appends layers, deriving each one's input geometry from the tensor it reads so that the shapes
// chain by construction.
class Builder {
 public:
  explicit Builder(std::string name) { net_.name = std::move(name); }

  // Followed by BatchNorm, and by ReLU unless `relu` is false (a projection, the conv before a
  // residual add).
  Tensor conv(const std::string& name, const Tensor& in, int64_t k, int64_t kernel, int64_t stride, int64_t pad,
              int64_t groups = 1, bool relu = true) {
    Layer l = reading(name, LayerKind::conv, in);
    l.batchnorm = true;
    l.relu = relu;
    l.k = k;
    l.r = l.s = kernel;
    l.stride = stride;
    l.pad = pad;
    l.groups = groups;
    return push(std::move(l));
  }

  Tensor pool(const std::string& name, const Tensor& in, int64_t kernel, int64_t stride, int64_t pad,
              PoolKind kind = PoolKind::max) {
    Layer l = reading(name, LayerKind::pool, in);
    l.pool = kind;
    l.k = in.c;
    l.r = l.s = kernel;
    l.stride = stride;
    l.pad = pad;
    return push(std::move(l));
  }

  // Average over the whole (square) feature map.
  Tensor global_pool(const std::string& name, const Tensor& in) { return pool(name, in, in.h, 1, 0, PoolKind::avg); }

  // Flattens its input: c = C*H*W features.
  Tensor fc(const std::string& name, const Tensor& in, int64_t outputs, bool relu = false) {
    Layer l = reading(name, LayerKind::fc, in);
    l.relu = relu;
    l.c = in.c * in.h * in.w;
    l.h = l.w = 1;
    l.k = outputs;
    return push(std::move(l));
  }

  Tensor add(const std::string& name, const Tensor& main_path, const Tensor& shortcut, bool relu = false) {
    Layer l = reading(name, LayerKind::add, main_path);
    l.relu = relu;
    l.inputs.push_back(shortcut.layer);
    l.k = main_path.c;
    return push(std::move(l));
  }

  // Token-wise weights: (tokens x c) * (c x outputs).
  Tensor linear(const std::string& name, const Tensor& in, int64_t outputs) {
    Layer l = reading(name, LayerKind::gemm, in);
    l.k = outputs;
    return push(std::move(l));
  }

  // Per head, (tokens x a.c/heads) * (a.c/heads x outputs/heads) with the right operand taken from
  // another layer's activations instead of weights.
  Tensor matmul(const std::string& name, const Tensor& a, const Tensor& b, int64_t outputs, int64_t heads) {
    Layer l = reading(name, LayerKind::gemm, a);
    l.inputs.push_back(b.layer);
    l.k = outputs;
    l.groups = heads;
    l.has_weights = false;
    return push(std::move(l));
  }

  // An element-wise or normalizing function on the vector unit; mul takes a second input.
  Tensor vector(const std::string& name, VecFn fn, const Tensor& in, const Tensor* second = nullptr) {
    Layer l = reading(name, LayerKind::vector, in);
    l.fn = fn;
    if (second) l.inputs.push_back(second->layer);
    l.k = in.c;
    return push(std::move(l));
  }

  Network finish() {
    apply_wide_recipe(net_);
    return std::move(net_);
  }

 private:
  static Layer reading(const std::string& name, LayerKind kind, const Tensor& in) {
    Layer l;
    l.name = name;
    l.kind = kind;
    l.inputs.push_back(in.layer);
    l.c = in.c;
    l.h = in.h;
    l.w = in.w;
    return l;
  }

  Tensor push(Layer l) {
    const Tensor out{l.name, l.k, l.p(), l.q()};
    net_.layers.push_back(std::move(l));
    return out;
  }

  Network net_;
};

std::string block_name(int stage, int block) { return "layer" + std::to_string(stage) + "." + std::to_string(block); }

// torchvision's ResNet: 7x7 stem, 3x3/2 max pool, four stages; a 1x1 projection shortcut where
// the shape changes; bottlenecks (v1.5) stride on the 3x3.
Network torchvision_resnet(const std::string& name, const std::vector<int>& blocks, bool bottleneck) {
  Builder b(name);
  Tensor x = b.conv("conv1", {"", 3, 224, 224}, 64, 7, 2, 3);
  x = b.pool("maxpool", x, 3, 2, 1);
  const int64_t expansion = bottleneck ? 4 : 1;
  for (int stage = 0; stage < 4; ++stage) {
    const int64_t planes = int64_t{64} << stage;
    for (int block = 0; block < blocks[stage]; ++block) {
      const std::string prefix = block_name(stage + 1, block);
      const int64_t stride = stage > 0 && block == 0 ? 2 : 1;
      Tensor y;
      // The block's last conv and the projection have BatchNorm but no ReLU: it follows the add.
      if (bottleneck) {
        y = b.conv(prefix + ".conv1", x, planes, 1, 1, 0);
        y = b.conv(prefix + ".conv2", y, planes, 3, stride, 1);
        y = b.conv(prefix + ".conv3", y, planes * expansion, 1, 1, 0, 1, false);
      } else {
        y = b.conv(prefix + ".conv1", x, planes, 3, stride, 1);
        y = b.conv(prefix + ".conv2", y, planes, 3, 1, 1, 1, false);
      }
      const bool project = stride != 1 || x.c != planes * expansion;
      const Tensor shortcut = project ? b.conv(prefix + ".downsample", x, planes * expansion, 1, stride, 0, 1, false) : x;
      x = b.add(prefix + ".add", y, shortcut, true);
    }
  }
  x = b.global_pool("avgpool", x);
  b.fc("fc", x, 1000);
  return b.finish();
}

// He et al.'s CIFAR ResNet-20: three stages of three basic blocks (16, 32, 64 channels); the
// option-A shortcut subsamples and zero-pads, so it has no layer of its own.
Network resnet20() {
  Builder b("resnet20");
  Tensor x = b.conv("conv1", {"", 3, 32, 32}, 16, 3, 1, 1);
  for (int stage = 0; stage < 3; ++stage) {
    const int64_t planes = int64_t{16} << stage;
    for (int block = 0; block < 3; ++block) {
      const std::string prefix = block_name(stage + 1, block);
      const int64_t stride = stage > 0 && block == 0 ? 2 : 1;
      Tensor y = b.conv(prefix + ".conv1", x, planes, 3, stride, 1);
      y = b.conv(prefix + ".conv2", y, planes, 3, 1, 1, 1, false);
      x = b.add(prefix + ".add", y, x, true);
    }
  }
  x = b.global_pool("avgpool", x);
  b.fc("fc", x, 10);
  return b.finish();
}

// MobileNetV2 1.0 (Sandler et al. Table 2, torchvision): inverted residual blocks of expand 1x1,
// depthwise 3x3, project 1x1; the residual add where stride is 1 and the width is unchanged.
Network mobilenetv2() {
  struct Stage {
    int64_t expansion, channels, repeats, stride;
  };
  const Stage stages[] = {{1, 16, 1, 1},  {6, 24, 2, 2},  {6, 32, 3, 2}, {6, 64, 4, 2},
                          {6, 96, 3, 1},  {6, 160, 3, 2}, {6, 320, 1, 1}};
  Builder b("mobilenetv2");
  Tensor x = b.conv("stem", {"", 3, 224, 224}, 32, 3, 2, 1);
  int index = 0;
  for (const auto& st : stages) {
    for (int64_t i = 0; i < st.repeats; ++i) {
      const std::string prefix = "block" + std::to_string(++index);
      const int64_t stride = i == 0 ? st.stride : 1;
      const int64_t hidden = x.c * st.expansion;
      Tensor y = x;
      if (st.expansion != 1) y = b.conv(prefix + ".expand", y, hidden, 1, 1, 0);
      y = b.conv(prefix + ".dw", y, hidden, 3, stride, 1, hidden);
      y = b.conv(prefix + ".project", y, st.channels, 1, 1, 0, 1, false);  // the linear bottleneck
      x = stride == 1 && x.c == st.channels ? b.add(prefix + ".add", y, x) : y;
    }
  }
  x = b.conv("conv_last", x, 1280, 1, 1, 0);
  x = b.global_pool("avgpool", x);
  b.fc("classifier", x, 1000);
  return b.finish();
}

// VGG-16 (configuration D): 13 3x3 convs in five blocks with 2x2 max pools, then fc6-fc8.
Network vgg16() {
  const std::vector<std::vector<int64_t>> blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
  Builder b("vgg16");
  Tensor x{"", 3, 224, 224};
  for (size_t block = 0; block < blocks.size(); ++block) {
    for (size_t i = 0; i < blocks[block].size(); ++i)
      x = b.conv("conv" + std::to_string(block + 1) + "_" + std::to_string(i + 1), x, blocks[block][i], 3, 1, 1);
    x = b.pool("pool" + std::to_string(block + 1), x, 2, 2, 0);
  }
  x = b.fc("fc6", x, 4096, true);
  x = b.fc("fc7", x, 4096, true);
  b.fc("fc8", x, 1000);
  return b.finish();
}

// Documented in network.h.
Network smallcnn() {
  Builder b("smallcnn");
  Tensor x = b.conv("conv1", {"", 1, 28, 28}, 32, 3, 1, 1);
  x = b.conv("conv2", x, 64, 3, 1, 1);
  x = b.pool("pool1", x, 2, 2, 0);
  x = b.conv("conv3", x, 64, 3, 1, 1);
  x = b.pool("pool2", x, 2, 2, 0);
  b.fc("fc", x, 10);
  return b.finish();
}

// One BERT-base encoder layer on 128 tokens: hidden 768, 12 heads of 64, FFN 3072, post-LN as in
// BERT. Token tensors are hidden x tokens x 1 (see gemm in network.h).
Network bert_layer() {
  constexpr int64_t kTokens = 128, kHidden = 768, kHeads = 12, kFfn = 3072;
  Builder b("bert_layer");
  const Tensor x{"", kHidden, kTokens, 1};
  const Tensor q = b.linear("q_proj", x, kHidden);
  const Tensor k = b.linear("k_proj", x, kHidden);
  const Tensor v = b.linear("v_proj", x, kHidden);
  const Tensor scores = b.matmul("scores", q, k, kHeads * kTokens, kHeads);  // Q K^T per head
  const Tensor probs = b.vector("softmax", VecFn::softmax, scores);
  const Tensor context = b.matmul("context", probs, v, kHidden, kHeads);     // P V per head
  const Tensor attention = b.vector("attn_norm", VecFn::layernorm, b.add("attn_add", b.linear("out_proj", context, kHidden), x));
  const Tensor hidden = b.vector("gelu", VecFn::gelu, b.linear("ffn1", attention, kFfn));
  b.vector("ffn_norm", VecFn::layernorm, b.add("ffn_add", b.linear("ffn2", hidden, kHidden), attention));
  return b.finish();
}

const std::vector<std::pair<std::string, std::function<Network()>>>& builtins() {
  static const std::vector<std::pair<std::string, std::function<Network()>>> table = {
      {"resnet20", resnet20},
      {"resnet18", [] { return torchvision_resnet("resnet18", {2, 2, 2, 2}, false); }},
      {"resnet34", [] { return torchvision_resnet("resnet34", {3, 4, 6, 3}, false); }},
      {"resnet50", [] { return torchvision_resnet("resnet50", {3, 4, 6, 3}, true); }},
      {"mobilenetv2", mobilenetv2},
      {"vgg16", vgg16},
      {"smallcnn", smallcnn},
      {"bert_layer", bert_layer},
  };
  return table;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

const char* kind_name(LayerKind kind) {
  switch (kind) {
    case LayerKind::conv: return "conv";
    case LayerKind::fc: return "fc";
    case LayerKind::gemm: return "gemm";
    case LayerKind::pool: return "pool";
    case LayerKind::add: return "add";
    case LayerKind::vector: return "vector";
  }
  return "";
}

const char* vec_fn_name(VecFn fn) {
  static const char* names[] = {"relu", "batchnorm", "layernorm", "softmax", "gelu", "silu",
                                "sigmoid", "hardsigmoid", "hardswish", "tanh", "mul"};
  return names[static_cast<int>(fn)];
}

void apply_default_functions(Network& net) {
  for (size_t i = 0; i < net.layers.size(); ++i) {
    Layer& l = net.layers[i];
    l.batchnorm = l.kind == LayerKind::conv;
    l.relu = l.kind == LayerKind::conv || (l.computes() && i + 1 < net.layers.size());
  }
}

void apply_wide_recipe(Network& net) {
  const auto weighted = [](const Layer& l) { return l.computes() && l.has_weights; };
  const auto first = std::find_if(net.layers.begin(), net.layers.end(), weighted);
  const auto last = std::find_if(net.layers.rbegin(), net.layers.rend(), weighted);
  for (auto& l : net.layers) l.quantized = true;  // (meaningless for layers that do not compute)
  if (first != net.layers.end()) first->quantized = false;
  if (last != net.layers.rend()) last->quantized = false;
}

void keep_wide(Network& net, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    const auto it = std::find_if(net.layers.begin(), net.layers.end(), [&](const Layer& l) { return l.name == name; });
    if (it == net.layers.end()) fail("--wide: network '" + net.name + "' has no layer '" + shown(name) + "'");
    if (!it->computes()) fail("--wide: layer '" + shown(name) + "' of '" + net.name + "' is a " + kind_name(it->kind) + " layer, not a compute layer");
    it->quantized = false;
  }
}

int64_t Layer::p() const { return out_size(h, pad, r, stride, ceil_mode); }
int64_t Layer::q() const { return out_size(w, pad, s, stride, ceil_mode); }

GemmDims Layer::gemm() const { return {p() * q(), k / groups, c / groups * r * s}; }

int64_t Layer::forward_macs() const {
  if (!computes()) return 0;
  const GemmDims g = gemm();
  return groups * g.m * g.n * g.k;
}

int64_t Network::forward_macs() const {
  int64_t total = 0;
  for (const auto& l : layers) total += l.forward_macs();
  return total;
}

std::vector<std::string> builtin_names() {
  std::vector<std::string> names;
  for (const auto& entry : builtins()) names.push_back(entry.first);
  return names;
}

Network builtin_network(const std::string& name) {
  for (const auto& entry : builtins())
    if (entry.first == name) return entry.second();
  std::string known;
  for (const auto& n : builtin_names()) known += (known.empty() ? "" : ", ") + n;
  fail("unknown network '" + name + "' (known: " + known + "; or a SCALE-Sim topology .csv or an ONNX model .onnx)");
}

Network load_workload(const std::string& name_or_file, const WorkloadOptions& options, std::vector<std::string>* warnings,
                      LayerWeights* weights) {
  Network net;
  if (weights && !ends_with(name_or_file, ".onnx"))
    fail(name_or_file + ": stored weights come from an ONNX model (FILE.onnx) only; a built-in network or a SCALE-Sim topology has none");
  if (ends_with(name_or_file, ".csv")) {
    net = read_scalesim_topology(name_or_file, options.csv_independent, warnings);  // all INT4: a file says nothing of precision
  } else if (ends_with(name_or_file, ".onnx")) {
    net = read_onnx_model(name_or_file, weights);
    apply_wide_recipe(net);
  } else {
    net = builtin_network(name_or_file);  // the recipe applied
  }
  keep_wide(net, options.wide);
  return net;
}

}  // namespace int4sim::workloads
