// A compiled training step of smallcnn on the SystemC model against the golden model, layer by
// layer: forward, input-gradient and weight-gradient accumulators and the gradient codes must be
// identical. One design per TEST_CASE (ctest runs each in its own process).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

#include "golden/conv.h"
#include "golden/grad_quantizer.h"
#include "compiler/compiler.h"
#include "sim/config/config.h"
#include "ir/codec.h"
#include "isa/lowering.h"
#include "models/controller/decoder.h"
#include "models/controller/executor.h"
#include "base/synthetic.h"

using namespace int4sim;

namespace {

template <typename T>
std::vector<T> words(const std::vector<uint8_t>& img) {
  std::vector<T> v(img.size() / sizeof(T));
  std::memcpy(v.data(), img.data(), img.size());
  return v;
}

void check_network(const workloads::Network& net, Config cfg, int expect_quantized) {
  compiler::StepOptions so;
  so.batch = 2;
  auto compiled = compiler::compile_training_step(net, compile_target(cfg), so);
  const ir::Program& prog = compiled.program;
  hw::ExecutionOptions eo;
  eo.dram.resize(prog.tensors.size());
  std::vector<std::vector<float>> dys;
  for (const auto& t : compiled.layers) {
    const auto& a = prog.tensors[t.act];
    const bool u8 = a.type == ir::ElemType::u8;
    eo.dram[t.act] = ir::pack_codes(a.type, synthetic_codes(5, 10 + t.layer, static_cast<int64_t>(a.numel()), 0, u8 ? 255 : 15));
    const auto& w = prog.tensors[t.w_codes];
    const int wmax = w.type == ir::ElemType::s8 ? 127 : 7;
    eo.dram[t.w_codes] = ir::pack_codes(w.type, synthetic_codes(5, 20 + t.layer, static_cast<int64_t>(w.numel()), -wmax, wmax));
    auto dy = synthetic_gradient(5, 30 + t.layer, 1, static_cast<int64_t>(prog.tensors[t.dy].numel()));
    eo.dram[t.dy].resize(dy.size() * 4);
    std::memcpy(eo.dram[t.dy].data(), dy.data(), dy.size() * 4);
    dys.push_back(std::move(dy));
  }
  const auto inputs = eo.dram;
  // Through the binary program image, as int4sim run executes it.
  const auto res = hw::execute(cfg, hw::through_isa(prog), std::move(eo));

  golden::AccSpec acc;
  acc.bits = static_cast<int>(cfg.array_acc_bits);
  acc.overflow = cfg.array_overflow == "wrap" ? golden::Overflow::wrap : golden::Overflow::saturate;
  acc.k_chunk = cfg.array_dataflow == "os" ? INT64_MAX : cfg.array_rows;
  int quantized_layers = 0;
  for (size_t i = 0; i < compiled.layers.size(); ++i) {
    const auto& t = compiled.layers[i];
    const ir::ConvGeometry& g = prog.geometries[t.geometry];
    golden::ConvShape sh{g.n, g.c, g.h, g.w, g.k, g.r, g.s, g.stride, g.pad, g.groups};
    const auto act = ir::unpack_codes(inputs[t.act], prog.tensors[t.act].type, prog.tensors[t.act].numel());
    const auto wq = ir::unpack_codes(inputs[t.w_codes], prog.tensors[t.w_codes].type, prog.tensors[t.w_codes].numel());
    INFO("layer " << prog.layers[t.layer].name);
    REQUIRE(words<int32_t>(res.dram[t.y]) == golden::conv_forward(act, wq, sh, acc));
    const auto gcodes = ir::unpack_codes(res.dram[t.g_codes], prog.tensors[t.g_codes].type, prog.tensors[t.g_codes].numel());
    if (prog.layers[t.layer].quantized) {
      golden::GradQuantParams gp;
      gp.bits = static_cast<int>(cfg.gq_bits);
      gp.policy = cfg.gq_policy == "lbt" ? golden::Policy::lbt : cfg.gq_policy == "fixed" ? golden::Policy::fixed : golden::Policy::minmax;
      gp.rounding = cfg.gq_rounding == "nearest" ? golden::Rounding::nearest : golden::Rounding::stochastic;
      gp.seed = static_cast<uint64_t>(cfg.run_seed);
      gp.layer = static_cast<uint64_t>(t.layer);
      golden::GradQuantizer q(gp);
      REQUIRE(gcodes == q.step(dys[i]).codes);
      ++quantized_layers;
    }
    if (t.dx >= 0) REQUIRE(words<int32_t>(res.dram[t.dx]) == golden::conv_dgrad(gcodes, wq, sh, acc));
    REQUIRE(words<int32_t>(res.dram[t.dw]) == golden::conv_wgrad(act, gcodes, sh, acc));
  }
  REQUIRE(quantized_layers == expect_quantized);
}

void check_smallcnn(Config cfg) { check_network(workloads::builtin_network("smallcnn"), cfg, 2); }

// Strides 2 and 3 with and without padding, a 1x1 filter at stride 2 (phases of the input gradient
// that no tap reaches), a 2x2 filter at stride 2, groups: every phase shape of the transposed
// convolution, and an input smaller than the stride (phases with no pixels).
workloads::Network strided_net() {
  workloads::Network net;
  net.name = "strided";
  const auto conv = [&](const std::string& name, const std::string& in, int64_t c, int64_t hw, int64_t k, int64_t r,
                        int64_t stride, int64_t pad, int64_t groups) {
    workloads::Layer l;
    l.name = name;
    l.inputs = {in};
    l.c = c;
    l.h = l.w = hw;
    l.k = k;
    l.r = l.s = r;
    l.stride = stride;
    l.pad = pad;
    l.groups = groups;
    l.quantized = !in.empty();
    net.layers.push_back(l);
  };
  conv("s2p1", "", 3, 9, 8, 3, 2, 1, 1);
  conv("s2_1x1", "s2p1", 8, 5, 6, 1, 2, 0, 1);
  conv("s2_2x2", "s2_1x1", 6, 7, 6, 2, 2, 1, 2);
  conv("s3p2", "s2_2x2", 6, 10, 4, 3, 3, 2, 1);
  conv("s1g2", "s3p2", 4, 6, 4, 3, 1, 1, 2);
  conv("s2_on_1x1", "s1g2", 4, 1, 4, 1, 2, 0, 1);  // an input smaller than the stride: empty phases, the last one too
  return net;
}

}  // namespace

TEST_CASE("smallcnn training step equals the golden model layer by layer (ws, 32-bit saturating)") {
  check_smallcnn(Config{});
}

TEST_CASE("smallcnn training step equals the golden model layer by layer (os, 16-bit saturating, 8x16 array)") {
  Config c;
  c.array_dataflow = "os";
  c.array_acc_bits = 16;
  c.array_rows = 8;
  c.array_cols = 16;
  c.gq_rounding = "nearest";
  check_smallcnn(c);
}

TEST_CASE("smallcnn training step equals the golden model layer by layer (is, 20-bit wrapping, small buffers)") {
  Config c;
  c.array_dataflow = "is";
  c.array_acc_bits = 20;
  c.array_overflow = "wrap";
  c.buf_act_kib = 8;
  c.buf_wgt_kib = 8;
  c.buf_grad_kib = 8;
  c.buf_acc_kib = 16;
  c.gq_policy = "fixed";
  check_smallcnn(c);
}

TEST_CASE("strided and grouped convolutions: the input gradient per phase equals the golden model (ws, 16-bit saturating)") {
  Config c;
  c.array_acc_bits = 16;
  c.array_rows = 8;
  c.array_cols = 8;
  check_network(strided_net(), c, 5);
}

TEST_CASE("strided and grouped convolutions: the input gradient per phase equals the golden model (os, 20-bit wrapping, small buffers)") {
  Config c;
  c.array_dataflow = "os";
  c.array_acc_bits = 20;
  c.array_overflow = "wrap";
  c.buf_act_kib = 1;
  c.buf_wgt_kib = 1;
  c.buf_grad_kib = 1;
  c.buf_acc_kib = 1;
  check_network(strided_net(), c, 5);
}

TEST_CASE("the input gradient's stores write every dX element exactly once, at 4 bytes") {
  for (const auto& net : {strided_net(), workloads::builtin_network("resnet20")}) {
    compiler::StepOptions so;
    so.batch = 2;
    const auto compiled = compiler::compile_training_step(net, compile_target(Config{}), so);
    const ir::Program& prog = compiled.program;
    for (const auto& t : compiled.layers) {
      if (t.dx < 0) continue;
      INFO(net.name << " " << prog.layers[t.layer].name);
      const ir::Tensor& dx = prog.tensors[t.dx];
      REQUIRE(dx.type == ir::ElemType::i32);
      std::vector<int> writes(dx.numel(), 0);
      for (const ir::Op& op : prog.ops) {
        if (op.kind != ir::OpKind::store || op.tensor != t.dx) continue;
        REQUIRE(op.walk == ir::Walk::dgrad_dx);
        const ir::ConvGeometry& g = prog.geometries[op.geometry];
        const int64_t a = g.phase / g.stride, b = g.phase % g.stride;
        const int64_t rows = (g.h - a + g.stride - 1) / g.stride, cols = (g.w - b + g.stride - 1) / g.stride;
        for (int64_t r = 0; r < op.rows; ++r)
          for (int64_t c = 0; c < op.cols; ++c) {
            const int64_t pix = op.row0 + r, n = pix / (rows * cols), i = pix / cols % rows, j = pix % cols;
            const int64_t ch = g.group * (g.c / g.groups) + op.col0 + c;
            ++writes[static_cast<size_t>(((n * g.c + ch) * g.h + a + g.stride * i) * g.w + b + g.stride * j)];
          }
      }
      CHECK(std::count(writes.begin(), writes.end(), 1) == static_cast<std::ptrdiff_t>(writes.size()));
    }
  }
}
