// Workloads: built-in networks against closed-form MAC counts and published figures, SCALE-Sim
// topology CSVs in both forms, and every refused input with its exact message.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.h"
#include "workloads/network.h"
#include "workloads/scalesim_topology.h"

using namespace int4sim::workloads;

namespace {

// MACs of a square conv: P x P outputs, K filters of C x R x R.
constexpr int64_t conv_macs(int64_t p, int64_t k, int64_t c, int64_t r) { return p * p * k * c * r * r; }

// One MobileNetV2 inverted residual block: expand 1x1 (when t > 1), depthwise 3x3, project 1x1.
constexpr int64_t inverted_block(int64_t in_size, int64_t out_size, int64_t cin, int64_t hidden, int64_t cout) {
  return (hidden != cin ? conv_macs(in_size, hidden, cin, 1) : 0) + out_size * out_size * hidden * 9 +
         conv_macs(out_size, cout, hidden, 1);
}

// The torchvision ResNets: after the 7x7 stem every 3x3 conv that keeps its width costs the same,
// 9U with U = 56^2 * 64^2 MACs (P halves when C doubles).
constexpr int64_t kUnit = 56 * 56 * 64 * 64;
constexpr int64_t kStem = conv_macs(112, 64, 3, 7);
// A basic-block stage after the first: a stride-2 3x3 (9U/2), `convs` more 3x3 (9U each) and the
// 1x1 stride-2 downsample (U/2).
constexpr int64_t basic_stage(int64_t convs) { return 9 * kUnit / 2 + convs * 9 * kUnit + kUnit / 2; }
constexpr int64_t kResNet18 = kStem + 4 * 9 * kUnit + 3 * basic_stage(3) + 512 * 1000;
constexpr int64_t kResNet34 = kStem + 6 * 9 * kUnit + basic_stage(7) + basic_stage(11) + basic_stage(5) + 512 * 1000;
// A bottleneck that keeps its shape costs 4U + 9U + 4U = 17U (12 such blocks); the first block of
// stage 1 U + 9U + 4U + 4U (downsample) = 18U, of stages 2-4 8U + 9U + 4U + 8U = 29U.
constexpr int64_t kResNet50 = kStem + (12 * 17 + 18 + 3 * 29) * kUnit + 2048 * 1000;
// CIFAR: every width-keeping 3x3 costs 9V with V = 32^2 * 16^2; stage 1 has 6 of them, stages 2
// and 3 a stride-2 one (9V/2) and 5 more.
constexpr int64_t kCifarUnit = 32 * 32 * 16 * 16;
constexpr int64_t kResNet20 = conv_macs(32, 16, 3, 3) + 6 * 9 * kCifarUnit + 2 * (9 * kCifarUnit / 2 + 5 * 9 * kCifarUnit) +
                              64 * 10;
constexpr int64_t kMobileNetV2 =
    conv_macs(112, 32, 3, 3) + inverted_block(112, 112, 32, 32, 16) + inverted_block(112, 56, 16, 96, 24) +
    inverted_block(56, 56, 24, 144, 24) + inverted_block(56, 28, 24, 144, 32) + 2 * inverted_block(28, 28, 32, 192, 32) +
    inverted_block(28, 14, 32, 192, 64) + 3 * inverted_block(14, 14, 64, 384, 64) + inverted_block(14, 14, 64, 384, 96) +
    2 * inverted_block(14, 14, 96, 576, 96) + inverted_block(14, 7, 96, 576, 160) +
    2 * inverted_block(7, 7, 160, 960, 160) + inverted_block(7, 7, 160, 960, 320) + conv_macs(7, 1280, 320, 1) +
    1280 * 1000;
// W = 224^2 * 64^2 * 9: conv1_2 costs W, block 2 W/2 + W, blocks 3 and 4 W/2 + 2W each, the
// three conv5 W/4 each: 33W/4. Then 25088 -> 4096 -> 4096 -> 1000.
constexpr int64_t kVgg16 = conv_macs(224, 64, 3, 3) + 33 * conv_macs(224, 64, 64, 3) / 4 + 25088 * 4096 + 4096 * 4096 +
                           4096 * 1000;
constexpr int64_t kSmallCnn = conv_macs(28, 32, 1, 3) + conv_macs(28, 64, 32, 3) + conv_macs(14, 64, 64, 3) + 3136 * 10;
// L = 128 tokens, d = 768: Q, K, V and output projections 4 L d^2, FFN 2 L d (4d), and per
// head 128x128x64 scores and 128x64x128 context: 2 L^2 d.
constexpr int64_t kBertLayer = 4 * 128 * 768 * 768 + 2 * 128 * 768 * 3072 + 2 * 128 * 128 * 768;

static_assert(kResNet18 == 1'814'073'344);
static_assert(kResNet34 == 3'663'761'408);
static_assert(kResNet50 == 4'089'184'256);
static_assert(kResNet20 == 40'551'040);
static_assert(kMobileNetV2 == 300'774'272);
static_assert(kVgg16 == 15'470'264'320);
static_assert(kSmallCnn == 21'933'184);
static_assert(kBertLayer == 931'135'488);

const Layer& layer(const Network& net, const std::string& name) {
  const auto it = std::find_if(net.layers.begin(), net.layers.end(), [&](const Layer& l) { return l.name == name; });
  REQUIRE(it != net.layers.end());
  return *it;
}

// A file in this process's own temporary directory.
std::string tmp(const std::string& name) {
  const std::string dir = "/tmp/int4sim_workloads_" + std::to_string(::getpid());
  ::mkdir(dir.c_str(), 0755);
  return dir + "/" + name;
}

std::string write_tmp(const std::string& name, const std::string& content) {
  const std::string path = tmp(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string bad_input(const std::string& name) { return std::string(INT4SIM_SOURCE_DIR) + "/tests/bad_inputs/" + name; }

const std::string kConvHeader =
    "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n";
const std::string kConvColumns =
    "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides";

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Run {
  int rc;
  std::string out, err;
};

Run run_cli(const std::string& args) {
  const std::string out = tmp("out"), err = tmp("err");
  const int status = std::system((std::string(INT4SIM_BINARY) + " " + args + " >" + out + " 2>" + err).c_str());
  return {WEXITSTATUS(status), slurp(out), slurp(err)};
}

}  // namespace

TEST_CASE("built-in networks have their closed-form forward MACs, near the published figures") {
  struct Expected {
    std::string name;
    int64_t macs;
    double published;  // 0: no published figure to compare with
    double rounding;   // half a unit in the published figure's last digit
  };
  // Published: torchvision's model tables (ResNet-18 1.81, ResNet-34 3.66, ResNet-50 4.09, VGG-16
  // 15.47 G), Sandler et al. (MobileNetV2 300 M), He et al.'s CIFAR ResNet-20 "about 41 M".
  const std::vector<Expected> expected = {
      {"resnet20", kResNet20, 41e6, 0.5e6},          {"resnet18", kResNet18, 1.81e9, 0.005e9},
      {"resnet34", kResNet34, 3.66e9, 0.005e9},      {"resnet50", kResNet50, 4.09e9, 0.005e9},
      {"mobilenetv2", kMobileNetV2, 300e6, 0.5e6},   {"vgg16", kVgg16, 15.5e9, 0.05e9},
      {"smallcnn", kSmallCnn, 0, 0},                 {"bert_layer", kBertLayer, 0, 0},
  };
  REQUIRE(builtin_names() == std::vector<std::string>{"resnet20", "resnet18", "resnet34", "resnet50", "mobilenetv2",
                                                       "vgg16", "smallcnn", "bert_layer"});
  for (const auto& e : expected) {
    INFO(e.name);
    const Network net = builtin_network(e.name);
    REQUIRE(net.name == e.name);
    REQUIRE(net.forward_macs() == e.macs);
    // Within 1%, or within the published figure's own rounding where that is coarser (ResNet-20:
    // 40.55 M is 1.1% below "41 M").
    if (e.published > 0)
      REQUIRE(std::abs(double(net.forward_macs()) - e.published) <= std::max(0.01 * e.published, e.rounding));
  }
}

TEST_CASE("per-layer shapes and MACs equal their closed forms") {
  const Network r18 = builtin_network("resnet18");
  const Layer& stem = layer(r18, "conv1");
  REQUIRE((stem.k == 64 && stem.r == 7 && stem.stride == 2 && stem.pad == 3 && stem.p() == 112 && stem.q() == 112));
  REQUIRE(stem.forward_macs() == 112 * 112 * 64 * 3 * 7 * 7);
  REQUIRE(stem.inputs == std::vector<std::string>{""});
  REQUIRE(layer(r18, "maxpool").p() == 56);
  const Layer& down = layer(r18, "layer2.0.downsample");
  REQUIRE((down.c == 64 && down.h == 56 && down.k == 128 && down.r == 1 && down.stride == 2 && down.p() == 28));
  REQUIRE(down.forward_macs() == 28 * 28 * 128 * 64);
  REQUIRE(layer(r18, "layer2.0.add").inputs == std::vector<std::string>{"layer2.0.conv2", "layer2.0.downsample"});
  const Layer& fc = layer(r18, "fc");
  REQUIRE((fc.kind == LayerKind::fc && fc.c == 512 && fc.h == 1 && fc.k == 1000 && fc.forward_macs() == 512 * 1000));
  REQUIRE(fc.inputs == std::vector<std::string>{"avgpool"});

  // v1.5: the stride sits on the 3x3, the 1x1 before it sees the full 56x56 input.
  const Network r50 = builtin_network("resnet50");
  REQUIRE((layer(r50, "layer2.0.conv1").stride == 1 && layer(r50, "layer2.0.conv1").p() == 56));
  const Layer& r50_3x3 = layer(r50, "layer2.0.conv2");
  REQUIRE((r50_3x3.stride == 2 && r50_3x3.h == 56 && r50_3x3.p() == 28));
  REQUIRE(r50_3x3.forward_macs() == 28 * 28 * 128 * 128 * 9);
  REQUIRE(layer(r50, "fc").c == 2048);

  // Depthwise: one 3x3 filter per channel, 9 MACs per output.
  const Network mobilenet = builtin_network("mobilenetv2");  // named: layer() returns a reference into it
  const Layer& dw = layer(mobilenet, "block2.dw");
  REQUIRE((dw.groups == 96 && dw.c == 96 && dw.k == 96 && dw.h == 112 && dw.stride == 2 && dw.p() == 56));
  REQUIRE((dw.gemm().m == 56 * 56 && dw.gemm().n == 1 && dw.gemm().k == 9));
  REQUIRE(dw.forward_macs() == 56 * 56 * 96 * 9);

  const Network vgg = builtin_network("vgg16");
  const Layer& fc6 = layer(vgg, "fc6");
  REQUIRE((fc6.c == 512 * 7 * 7 && fc6.forward_macs() == 25088 * 4096));

  // ResNet-20's option-A shortcut: the add reads the previous stage's wider, shallower output.
  const Network r20 = builtin_network("resnet20");
  REQUIRE(layer(r20, "layer2.0.add").inputs == std::vector<std::string>{"layer2.0.conv2", "layer1.2.add"});
  REQUIRE(std::none_of(r20.layers.begin(), r20.layers.end(),
                       [](const Layer& l) { return l.name.find("downsample") != std::string::npos; }));

  const Network bert = builtin_network("bert_layer");
  const Layer& qkv = layer(bert, "q_proj");
  REQUIRE((qkv.kind == LayerKind::gemm && qkv.gemm().m == 128 && qkv.gemm().n == 768 && qkv.gemm().k == 768));
  REQUIRE((qkv.has_weights && qkv.m_per_sample && qkv.forward_macs() == 128 * 768 * 768));
  const Layer& scores = layer(bert, "scores");
  REQUIRE((scores.groups == 12 && scores.gemm().m == 128 && scores.gemm().n == 128 && scores.gemm().k == 64));
  REQUIRE((!scores.has_weights && scores.inputs == std::vector<std::string>{"q_proj", "k_proj"}));
  REQUIRE(scores.forward_macs() == 12 * 128 * 128 * 64);
  const Layer& context = layer(bert, "context");
  REQUIRE((context.groups == 12 && context.gemm().m == 128 && context.gemm().n == 64 && context.gemm().k == 128));
  REQUIRE(context.inputs == std::vector<std::string>{"softmax", "v_proj"});
  const Layer& softmax = layer(bert, "softmax");
  REQUIRE((softmax.kind == LayerKind::vector && softmax.fn == VecFn::softmax && softmax.inputs == std::vector<std::string>{"scores"}));
  REQUIRE((softmax.c == 12 * 128 && softmax.h == 128 && softmax.forward_macs() == 0));
  REQUIRE((layer(bert, "gelu").fn == VecFn::gelu && layer(bert, "gelu").inputs == std::vector<std::string>{"ffn1"}));
  REQUIRE((layer(bert, "attn_norm").fn == VecFn::layernorm && layer(bert, "ffn_norm").fn == VecFn::layernorm));
  REQUIRE(layer(bert, "ffn1").forward_macs() == 128 * 768 * 3072);
  REQUIRE(layer(bert, "attn_add").inputs == std::vector<std::string>{"out_proj", ""});  // "" = the layer's input
  REQUIRE(layer(bert, "ffn_add").inputs == std::vector<std::string>{"ffn2", "attn_norm"});
}

TEST_CASE("ResNet-18 has 31 layers: 20 convs, 1 FC, 8 adds, 2 pools") {
  const Network net = builtin_network("resnet18");
  std::map<LayerKind, int> count;
  for (const auto& l : net.layers) ++count[l.kind];
  REQUIRE(net.layers.size() == 31);
  REQUIRE(count == std::map<LayerKind, int>{{LayerKind::conv, 20}, {LayerKind::fc, 1}, {LayerKind::add, 8},
                                            {LayerKind::pool, 2}});
}

TEST_CASE("the first and the last weight layer stay at full precision, every other compute layer is INT4") {
  const std::map<std::string, std::set<std::string>> full_precision = {
      {"resnet20", {"conv1", "fc"}},      {"resnet18", {"conv1", "fc"}},        {"resnet34", {"conv1", "fc"}},
      {"resnet50", {"conv1", "fc"}},      {"mobilenetv2", {"stem", "classifier"}}, {"vgg16", {"conv1_1", "fc8"}},
      {"smallcnn", {"conv1", "fc"}},      {"bert_layer", {"q_proj", "ffn2"}}};
  for (const auto& [name, expected] : full_precision) {
    INFO(name);
    std::set<std::string> unquantized;
    for (const auto& l : builtin_network(name).layers)
      if (l.computes() && !l.quantized) unquantized.insert(l.name);
    REQUIRE(unquantized == expected);
  }
}

TEST_CASE("every built-in layer reads what its inputs produce") {
  for (const auto& name : builtin_names()) {
    const Network net = builtin_network(name);
    std::map<std::string, const Layer*> earlier;
    for (const auto& l : net.layers) {
      INFO(name << " " << l.name);
      REQUIRE(earlier.count(l.name) == 0);
      REQUIRE(l.inputs.size() == (l.kind == LayerKind::add || !l.has_weights ? 2u : 1u));
      for (const auto& in : l.inputs) REQUIRE((in.empty() || earlier.count(in) == 1));
      REQUIRE(l.c % l.groups == 0);
      REQUIRE(l.k % l.groups == 0);
      if (!l.inputs[0].empty()) {
        const Layer& in = *earlier.at(l.inputs[0]);
        if (l.kind == LayerKind::fc)
          REQUIRE(l.c == in.k * in.p() * in.q());
        else
          REQUIRE((l.c == in.k && l.h == in.p() && l.w == in.q()));
      }
      if (l.kind == LayerKind::add && !l.inputs[1].empty()) {
        const Layer& shortcut = *earlier.at(l.inputs[1]);
        const bool same = shortcut.k == l.c && shortcut.p() == l.h && shortcut.q() == l.w;
        const bool option_a = name == "resnet20" && 2 * shortcut.k == l.c && shortcut.p() == 2 * l.h;
        REQUIRE((same || option_a));
      }
      earlier[l.name] = &l;
    }
  }
}

TEST_CASE("an unknown network is refused with the known names") {
  REQUIRE_THROWS_MATCHES(builtin_network("resnet19"), int4sim::InputError,
                         Catch::Message("unknown network 'resnet19' (known: resnet20, resnet18, resnet34, resnet50, "
                                        "mobilenetv2, vgg16, smallcnn, bert_layer; or a SCALE-Sim topology .csv or an ONNX model .onnx)"));
  REQUIRE(load_workload("smallcnn").forward_macs() == kSmallCnn);
}

TEST_CASE("SCALE-Sim conv topology: AlexNet's conv1 is 55x55 outputs, no padding, DP rows depthwise") {
  // SCALE-Sim's alexnet.csv rows (padded fields), a row without the trailing comma, CRLF, a blank line.
  const std::string path = write_tmp("alexnet.csv",
                                     kConvHeader +
                                         "Conv1     ,224         ,224        ,11           ,11          ,3       ,96        ,4      ,\n"
                                         "Conv2     ,27         ,27        ,5            ,5           ,96      ,256       ,1\r\n"
                                         "\n"
                                         "Conv3_DP, 112, 112, 3, 3, 32, 1, 1,\n");
  const Network net = load_workload(path);
  REQUIRE(net.name == "alexnet");
  REQUIRE(net.layers.size() == 3);
  const Layer& conv1 = net.layers[0];
  REQUIRE((conv1.name == "Conv1" && conv1.kind == LayerKind::conv && conv1.inputs == std::vector<std::string>{""} && conv1.quantized));
  REQUIRE((conv1.c == 3 && conv1.h == 224 && conv1.w == 224 && conv1.k == 96 && conv1.r == 11 && conv1.s == 11));
  REQUIRE((conv1.stride == 4 && conv1.pad == 0 && conv1.ceil_mode && conv1.p() == 55 && conv1.q() == 55));
  REQUIRE((conv1.gemm().m == 55 * 55 && conv1.gemm().n == 96 && conv1.gemm().k == 11 * 11 * 3));
  REQUIRE(conv1.forward_macs() == 55 * 55 * 96 * 363);
  const Layer& conv2 = net.layers[1];
  REQUIRE((conv2.p() == 23 && conv2.gemm().m == 529 && conv2.gemm().n == 256 && conv2.gemm().k == 2400));
  const Layer& dw = net.layers[2];
  REQUIRE((dw.groups == 32 && dw.k == 32 && dw.p() == 110 && dw.gemm().n == 1 && dw.gemm().k == 9));
  REQUIRE(dw.forward_macs() == 110 * 110 * 32 * 9);
  REQUIRE(net.forward_macs() == 55 * 55 * 96 * 363 + 529 * 256 * 2400 + 110 * 110 * 32 * 9);
}

TEST_CASE("SCALE-Sim GEMM topology: M x N x K rows whose M is the whole product") {
  const std::string path = write_tmp("gemms.csv", "Layer Name, M, N, K,\nQKT, 1024, 1024, 64,\nQKTV,1024,64,1024,\n");
  const Network net = read_scalesim_topology(path);
  REQUIRE(net.layers.size() == 2);
  const Layer& qkt = net.layers[0];
  REQUIRE((qkt.name == "QKT" && qkt.kind == LayerKind::gemm && !qkt.m_per_sample && qkt.has_weights));
  REQUIRE((qkt.gemm().m == 1024 && qkt.gemm().n == 1024 && qkt.gemm().k == 64 && qkt.groups == 1));
  REQUIRE((qkt.p() == 1024 && qkt.q() == 1 && qkt.k == 1024));
  REQUIRE(net.forward_macs() == 2 * 1024 * 1024 * 64);
  // SCALE-Sim's own gpt2.csv: a short header without the trailing comma.
  const Network gpt2 = read_scalesim_topology(write_tmp("gpt2.csv", "Layer,M,N,K\nLinear1,1024,4800,1600\n"));
  REQUIRE(gpt2.forward_macs() == int64_t{1024} * 4800 * 1600);
}

TEST_CASE("bad topology files are refused with the file, line and field") {
  const auto refused = [](const std::string& path, const std::string& message) {
    INFO(path);
    REQUIRE_THROWS_MATCHES(read_scalesim_topology(path), int4sim::InputError, Catch::Message(path + message));
  };
  refused(bad_input("zero_stride.csv"), ":2: field 'Strides' = '0': expected a positive integer");
  refused(bad_input("text_field.csv"), ":3: field 'IFMAP Width' = 'x27': expected a positive integer");
  refused(bad_input("filter_too_big.csv"),
          ":3: field 'Filter Height' = '11' is larger than 'IFMAP Height' = '5' (SCALE-Sim convolutions have no padding)");
  refused(bad_input("huge.csv"), ":2: field 'IFMAP Height' = '2000000': exceeds the maximum 1048576 (2^20)");
  refused(bad_input("too_many_macs.csv"),
          ":2: layer 'big': groups x M x N x K = 1 x 1048576 x 1048576 x 2 exceeds the maximum of 2^40 MACs per layer");
  refused(bad_input("wrong_columns.csv"),
          ":2: 7 fields, expected 8 (" + kConvColumns + ", then an optional trailing comma)");

  refused(write_tmp("empty.csv", ""), ": empty file (expected a SCALE-Sim topology: a header line, then one layer per line)");
  refused(write_tmp("blank.csv", "\n  \n"),
          ": empty file (expected a SCALE-Sim topology: a header line, then one layer per line)");
  refused(write_tmp("header_only.csv", kConvHeader), ": no layers after the header");
  refused(write_tmp("bad_header.csv", "name, height, width\nConv1, 1, 1\n"),
          ":1: header 'name, height, width' is neither SCALE-Sim form: expected '" + kConvColumns +
              ",' (conv) or 'Layer Name, M, N, K,' (GEMM)");
  refused(write_tmp("negative.csv", kConvHeader + "Conv1, 224, 224, 3, 3, -3, 64, 1,\n"),
          ":2: field 'Channels' = '-3': expected a positive integer");
  refused(write_tmp("empty_field.csv", kConvHeader + "Conv1, 224, , 3, 3, 3, 64, 1,\n"),
          ":2: field 'IFMAP Width' = '': expected a positive integer");
  refused(write_tmp("overflowing.csv", "Layer Name, M, N, K,\ng, 99999999999999999999999, 1, 1,\n"),
          ":2: field 'M' = '99999999999999999999999': exceeds the maximum 1048576 (2^20)");
  refused(write_tmp("comment.csv", kConvHeader + "Conv1, 224, 224, 3, 3, 3, 64, 1,#dw\n"),
          ":2: 9 fields, expected 8 (" + kConvColumns + ", then an optional trailing comma)");
  refused(write_tmp("no_name.csv", "Layer Name, M, N, K,\n , 4, 4, 4,\n"), ":2: field 'Layer Name' is empty");
  refused(write_tmp("repeated.csv", "Layer Name, M, N, K,\na, 4, 4, 4,\n\nb, 4, 4, 4,\na, 8, 8, 8,\n"),
          ":5: layer name 'a' repeats line 2");
  refused(tmp("missing.csv"), ": cannot open file");

  // At most 65535 layers (the ISA's layer field) and 64 MiB, checked before the file is read.
  std::string rows = "Layer Name, M, N, K,\n";
  for (int i = 0; i < 65535; ++i) rows += "l" + std::to_string(i) + ", 2, 2, 2,\n";
  REQUIRE(read_scalesim_topology(write_tmp("most_layers.csv", rows)).layers.size() == 65535);
  refused(write_tmp("too_many_layers.csv", rows + "last, 2, 2, 2,\n"),
          ":65537: more than 65535 layers (the instruction set's layer field is 16 bits)");
  const std::string big = write_tmp("big.csv", kConvHeader);
  std::filesystem::resize_file(big, (64u << 20) + 1);  // sparse: nothing is written
  refused(big, ": 67108865 bytes exceeds the maximum of 64 MiB");
  refused(tmp(""), ": is a directory");
  // Input text inside a message: control characters escaped, so the message stays one line.
  refused(write_tmp("control.csv", "Layer Name, M, N, K,\na\x01\x1b[2J, 4, 4, 4,\na\x01\x1b[2J, 4, 4, 4,\n"),
          ":3: layer name 'a\\x01\\x1b[2J' repeats line 2");
  refused(write_tmp("control_field.csv", "Layer Name, M, N, K,\na, 4\r\x7f, 4, 4,\n"),
          ":2: field 'M' = '4\\x0d\\x7f': expected a positive integer");
}

TEST_CASE("int4sim workload prints the layers, writes JSON and refuses bad input with exit code 2") {
  const std::string json = tmp("resnet18.json");
  Run r = run_cli("workload resnet18 --json " + json);
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find("layer2.0.downsample") != std::string::npos);
  REQUIRE(r.out.find("total forward MACs per sample: 1814073344 (1.814 G)") != std::string::npos);
  const auto j = nlohmann::json::parse(slurp(json));
  REQUIRE(j["name"] == "resnet18");
  REQUIRE(j["forward_macs"] == kResNet18);
  REQUIRE(j["layers"].size() == 31);
  REQUIRE(j["layers"][0]["name"] == "conv1");
  REQUIRE(j["layers"][0]["output"] == nlohmann::json::array({64, 112, 112}));
  REQUIRE(j["layers"][0]["quantized"] == false);
  REQUIRE(j["layers"][0]["forward_macs"] == kStem);

  r = run_cli("workload " + bad_input("zero_stride.csv"));
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: " + bad_input("zero_stride.csv") + ":2: field 'Strides' = '0': expected a positive integer\n");
  r = run_cli("workload resnet19");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.rfind("int4sim: error: unknown network 'resnet19' (known: ", 0) == 0);
  REQUIRE(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

// ------------------------------------------------------------------------------------------------
// Chained SCALE-Sim topologies and ONNX models (docs/workloads.md)

namespace {

std::string test_data(const std::string& name) { return std::string(INT4SIM_SOURCE_DIR) + "/tests/data/" + name; }

// Everything that decides a layer's work, names aside.
void require_same_geometry(const Layer& a, const Layer& b) {
  REQUIRE(a.kind == b.kind);
  REQUIRE((a.c == b.c && a.h == b.h && a.w == b.w && a.k == b.k));
  REQUIRE((a.r == b.r && a.s == b.s && a.stride == b.stride && a.pad == b.pad && a.groups == b.groups));
  REQUIRE((a.ceil_mode == b.ceil_mode && a.m_per_sample == b.m_per_sample && a.has_weights == b.has_weights));
  REQUIRE((a.quantized == b.quantized && a.inputs.size() == b.inputs.size()));
  if (a.kind == LayerKind::pool) REQUIRE(a.pool == b.pool);
  if (a.kind == LayerKind::vector) REQUIRE(a.fn == b.fn);
}

const Layer& named(const Network& net, const std::string& name) {
  for (const auto& l : net.layers)
    if (l.name == name) return l;
  FAIL("no layer " << name);
  throw;
}

}  // namespace

TEST_CASE("a chained SCALE-Sim topology reads each layer's input from the layer that produced it") {
  // ResNet-18's convs and FC as SCALE-Sim rows: no padding field (folded into the IFMAP), no
  // pooling rows, and the shortcut convs read their block's input, not the row before.
  std::vector<std::string> warnings;
  const Network csv = load_workload(test_data("resnet18_convs.csv"), {}, &warnings);
  REQUIRE(warnings.empty());
  const Network builtin = builtin_network("resnet18");
  REQUIRE(csv.layers.size() == 21);
  REQUIRE(csv.layers[0].inputs == std::vector<std::string>{""});
  REQUIRE(named(csv, "layer1.0.conv1").inputs == std::vector<std::string>{"conv1"});  // past the omitted max pool
  REQUIRE(named(csv, "layer2.0.downsample").inputs == std::vector<std::string>{"layer1.1.conv2"});
  REQUIRE(named(csv, "layer2.1.conv1").inputs == std::vector<std::string>{"layer2.0.downsample"});
  REQUIRE(named(csv, "fc").inputs == std::vector<std::string>{"layer4.1.conv2"});  // past the omitted avgpool
  for (size_t i = 1; i + 1 < csv.layers.size(); ++i) {
    const Layer& a = csv.layers[i];
    const Layer& b = named(builtin, a.name);
    INFO(a.name);
    // The padded IFMAP becomes the real input and its padding: the same convolution as ResNet-18's.
    REQUIRE((a.c == b.c && a.h == b.h && a.w == b.w && a.pad == b.pad && a.stride == b.stride && !a.ceil_mode));
    REQUIRE((a.p() == b.p() && a.forward_macs() == b.forward_macs() && !a.inputs[0].empty()));
  }
  // The first row reads the network input and keeps SCALE-Sim's reading (ceil mode, no padding).
  REQUIRE((csv.layers[0].h == 229 && csv.layers[0].ceil_mode && csv.layers[0].forward_macs() == named(builtin, "conv1").forward_macs()));
  // Every layer stays INT4 (a SCALE-Sim file says nothing about precision) unless --wide names it.
  REQUIRE(std::all_of(csv.layers.begin(), csv.layers.end(), [](const Layer& l) { return l.quantized; }));
  const Network wide = load_workload(test_data("resnet18_convs.csv"), {false, {"conv1", "fc"}});
  REQUIRE((!wide.layers.front().quantized && !wide.layers.back().quantized && wide.layers[1].quantized));

  // --csv-independent: SCALE-Sim's own reading, every row from the network input.
  const Network independent = load_workload(test_data("resnet18_convs.csv"), {true, {}});
  REQUIRE(std::all_of(independent.layers.begin(), independent.layers.end(),
                      [](const Layer& l) { return l.inputs == std::vector<std::string>{""} && l.ceil_mode; }));
}

TEST_CASE("a SCALE-Sim topology whose shapes do not chain is trained as independent layers, with one warning") {
  std::vector<std::string> warnings;
  // AlexNet's conv2 (27 x 27 x 96) reads conv1's pooled 55 x 55 x 96 output? 55 is not a multiple
  // of 27: no. The depthwise row's 32 channels match nothing.
  const std::string path = write_tmp("unchained.csv", kConvHeader + "Conv1,224,224,11,11,3,96,4,\nConv2,27,27,5,5,96,256,1,\n"
                                                                    "Conv3_DP,112,112,3,3,32,1,1,\n");
  const Network net = load_workload(path, {}, &warnings);
  REQUIRE(std::all_of(net.layers.begin(), net.layers.end(), [](const Layer& l) { return l.inputs == std::vector<std::string>{""}; }));
  REQUIRE(warnings == std::vector<std::string>{path + ": 2 of 3 layers (Conv2, Conv3_DP) read no earlier layer's output: "
                                                      "trained as independent layers, without input gradients"});
  // GEMM rows chain on K = an earlier N with the same M.
  const Network gemms = load_workload(write_tmp("mlp.csv", "Layer Name, M, N, K,\nfc1, 64, 256, 128,\nfc2, 64, 10, 256,\n"));
  REQUIRE(gemms.layers[1].inputs == std::vector<std::string>{"fc1"});
}

TEST_CASE("ONNX exports of the built-in networks read as the built-in networks, layer for layer") {
  for (const auto& [file, name] : std::vector<std::pair<std::string, std::string>>{
           {"resnet18.onnx", "resnet18"}, {"resnet20.onnx", "resnet20"}, {"mobilenet_v2.onnx", "mobilenetv2"},
           {"smallcnn.onnx", "smallcnn"}, {"smallcnn_weights.onnx", "smallcnn"}, {"bert_layer.onnx", "bert_layer"}}) {
    INFO(file);
    const Network onnx = load_workload(test_data("onnx/" + file));
    const Network builtin = builtin_network(name);
    REQUIRE(onnx.layers.size() == builtin.layers.size());
    REQUIRE(onnx.forward_macs() == builtin.forward_macs());
    std::map<std::string, size_t> onnx_index, builtin_index;
    for (size_t i = 0; i < onnx.layers.size(); ++i) {
      INFO(onnx.layers[i].name << " / " << builtin.layers[i].name);
      require_same_geometry(onnx.layers[i], builtin.layers[i]);
      onnx_index[onnx.layers[i].name] = builtin_index[builtin.layers[i].name] = i;
      // The same graph: each input is the same earlier layer (or the network input), in any order.
      std::multiset<int64_t> a, b;
      for (const auto& in : onnx.layers[i].inputs) a.insert(in.empty() ? -1 : static_cast<int64_t>(onnx_index.at(in)));
      for (const auto& in : builtin.layers[i].inputs) b.insert(in.empty() ? -1 : static_cast<int64_t>(builtin_index.at(in)));
      REQUIRE(a == b);
    }
  }
}

TEST_CASE("ONNX: the decomposed forms of SiLU, LayerNorm and GELU are one vector layer each") {
  const Network silu = load_workload(test_data("onnx/silu.onnx"));
  REQUIRE(silu.layers.size() == 3);
  REQUIRE((silu.layers[1].kind == LayerKind::vector && silu.layers[1].fn == VecFn::silu));
  REQUIRE((silu.layers[1].inputs == std::vector<std::string>{"conv1"} && silu.layers[2].inputs == std::vector<std::string>{"act"}));
  REQUIRE((silu.layers[0].c == 8 && silu.layers[0].h == 16 && silu.layers[0].p() == 16 && silu.layers[0].pad == 1));
  // LayerNorm as ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add; GELU as x/sqrt(2),
  // Erf, + 1, x *, * 0.5 (torch's exports before opset 17 and 20).
  const Network dec = load_workload(test_data("onnx/decomposed.onnx"));
  REQUIRE(dec.layers.size() == 4);
  REQUIRE((dec.layers[0].kind == LayerKind::gemm && dec.layers[0].gemm().m == 16 && dec.layers[0].gemm().k == 32));
  REQUIRE((dec.layers[1].fn == VecFn::layernorm && dec.layers[1].inputs == std::vector<std::string>{"fc1"}));
  REQUIRE((dec.layers[2].fn == VecFn::gelu && dec.layers[2].inputs == std::vector<std::string>{"ln"}));
  REQUIRE(dec.layers[3].inputs == std::vector<std::string>{"gelu"});
  // --wide adds to the recipe's first and last weight layers; a name that is not a compute layer is refused.
  REQUIRE_THROWS_MATCHES(load_workload(test_data("onnx/decomposed.onnx"), {false, {"ln"}}), int4sim::InputError,
                         Catch::Message("--wide: layer 'ln' of 'decomposed' is a vector layer, not a compute layer"));
  REQUIRE_THROWS_MATCHES(load_workload(test_data("onnx/decomposed.onnx"), {false, {"fc9"}}), int4sim::InputError,
                         Catch::Message("--wide: network 'decomposed' has no layer 'fc9'"));
}

TEST_CASE("ONNX: graphs that resemble the recognized forms keep every node they need") {
  const auto fns = [](const Network& net) {
    std::vector<std::string> out;
    for (const auto& l : net.layers) out.push_back(l.kind == LayerKind::vector ? vec_fn_name(l.fn) : kind_name(l.kind));
    return out;
  };
  // GLU: a * sigmoid(b) over the halves of one tensor is a sigmoid and a product, not SiLU.
  REQUIRE(fns(load_workload(test_data("onnx/glu.onnx"))) == std::vector<std::string>{"gemm", "sigmoid", "mul", "gemm"});
  // y + sigmoid(y): the add stays.
  REQUIRE(fns(load_workload(test_data("onnx/swish_add.onnx"))) == std::vector<std::string>{"gemm", "sigmoid", "add", "gemm"});
  // Two decomposed LayerNorms back to back are two layers, the second reading the first.
  const Network two = load_workload(test_data("onnx/two_layernorms.onnx"));
  REQUIRE(fns(two) == std::vector<std::string>{"gemm", "layernorm", "layernorm", "gemm"});
  REQUIRE(two.layers[2].inputs == std::vector<std::string>{"ln_pre"});
  // A Concat of the network input and a layer's output: both are the conv's inputs.
  REQUIRE(load_workload(test_data("onnx/concat_input.onnx")).layers[1].inputs == std::vector<std::string>{"", "conv1"});
}

TEST_CASE("a SCALE-Sim topology whose rows left their own padding out still chains to the row before") {
  // As SCALE-Sim's Resnet50.csv: a 3x3 row outputs 54 x 54 from its unpadded 56 x 56, and the 1x1
  // after it reads 56 x 56; the shortcut reads the block's input.
  const std::string path = write_tmp("unpadded.csv", kConvHeader + "a,56,56,1,1,64,64,1,\nb,56,56,3,3,64,64,1,\n"
                                                                   "c,56,56,1,1,64,256,1,\nd,56,56,1,1,256,64,1,\n");
  std::vector<std::string> warnings;
  const Network net = load_workload(path, {}, &warnings);
  REQUIRE(net.layers[1].inputs == std::vector<std::string>{"a"});
  REQUIRE(net.layers[2].inputs == std::vector<std::string>{"b"});
  REQUIRE(net.layers[3].inputs == std::vector<std::string>{"c"});
  REQUIRE(warnings.empty());
  for (const auto& l : net.layers) REQUIRE(l.forward_macs() == l.p() * l.q() * l.k * l.c * l.r * l.s);  // no row changed
  REQUIRE(net.layers[1].p() == 54);
}

TEST_CASE("ONNX: stored weights come out in each layer's K x C/groups x R x S order, by hand") {
  // weight_layouts.onnx stores 0, 1, 2, ... in each weight's own order (generate.py): a grouped
  // Conv (K x C/groups x R x S already), a Gemm without transB (32 x 3: features x outputs), a Gemm
  // with transB (2 x 3: outputs x features) and a MatMul (2 x 5: features x outputs).
  LayerWeights w;
  const Network net = load_workload(test_data("onnx/weight_layouts.onnx"), {}, nullptr, &w);
  REQUIRE(w.size() == 4);
  std::vector<float> conv(36), fc1(96), fc2(6), fc3(10);
  for (int i = 0; i < 36; ++i) conv[i] = static_cast<float>(i);
  for (int k = 0; k < 3; ++k)
    for (int f = 0; f < 32; ++f) fc1[k * 32 + f] = static_cast<float>(1000 + f * 3 + k);
  for (int i = 0; i < 6; ++i) fc2[i] = static_cast<float>(2000 + i);
  for (int k = 0; k < 5; ++k)
    for (int f = 0; f < 2; ++f) fc3[k * 2 + f] = static_cast<float>(3000 + f * 5 + k);
  REQUIRE(w.at("conv") == conv);
  REQUIRE(w.at("fc1") == fc1);
  REQUIRE(w.at("fc2") == fc2);
  REQUIRE(w.at("fc3") == fc3);
  REQUIRE(net.layers[1].c == 32);
  REQUIRE(net.layers[1].k == 3);
  // Without the weights, or from anything but an ONNX file: refused, naming the layer and weight.
  REQUIRE_THROWS_MATCHES(load_workload(test_data("onnx/smallcnn.onnx"), {}, nullptr, &w), int4sim::InputError,
                         Catch::Message(test_data("onnx/smallcnn.onnx") +
                                        ": layer 'conv1': weight 'conv1.weight' is not stored in the file (export the model "
                                        "with its weights: export_onnx.py --weights)"));
  REQUIRE_THROWS_MATCHES(load_workload("smallcnn", {}, nullptr, &w), int4sim::InputError,
                         Catch::Message("smallcnn: stored weights come from an ONNX model (FILE.onnx) only; a built-in "
                                        "network or a SCALE-Sim topology has none"));
  // A model with and without its weights is the same network.
  LayerWeights small;
  REQUIRE(load_workload(test_data("onnx/smallcnn_weights.onnx"), {}, nullptr, &small).forward_macs() ==
          load_workload(test_data("onnx/smallcnn.onnx")).forward_macs());
  REQUIRE(small.size() == 4);
  REQUIRE(small.at("conv2").size() == 64 * 32 * 9);
}
