// A compiled training step of smallcnn on the SystemC model against the golden model, layer by
// layer: forward, input-gradient and weight-gradient accumulators and the gradient codes must be
// identical. One design per TEST_CASE (ctest runs each in its own process).
#include <catch2/catch.hpp>

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

void check_smallcnn(Config cfg) {
  const auto net = workloads::builtin_network("smallcnn");
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
    if (t.dx >= 0) REQUIRE(words<int64_t>(res.dram[t.dx]) == golden::conv_dgrad(gcodes, wq, sh, acc));
    REQUIRE(words<int32_t>(res.dram[t.dw]) == golden::conv_wgrad(act, gcodes, sh, acc));
  }
  REQUIRE(quantized_layers == 2);
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
