// int4sim run: training steps of a network through the SystemC model executing its compiled
// program; writes report.json and layers.csv.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>

#include "golden/metrics.h"
#include "compiler/compiler.h"
#include "ir/codec.h"
#include "isa/lowering.h"
#include "models/controller/decoder.h"
#include "models/controller/executor.h"
#include "models/fwd_quant/fq_core.h"
#include "sim/cli/cli.h"
#include "base/error.h"
#include "base/files.h"
#include "base/npy.h"
#include "base/synthetic.h"
#include "sim/report/energy_accounting.h"
#include "sim/report/bounds.h"
#include "sim/report/output_errors.h"
#include "sim/report/report.h"
#include "sim/report/timeline.h"
#include "traces/trace.h"
#include "workloads/network.h"

namespace int4sim::cli {
namespace {

const std::vector<Shorthand> kShorthands = {{"batch", "run.batch"}, {"seed", "run.seed"}};

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_stop_signal(int sig) { g_interrupted = sig; }

// Where a run's values come from: the operand codes, FP32 weights and dL/dy of every compute layer,
// set before each iteration into the DRAM images (which keep the dL/dy for the gradient-error
// figures until the next iteration replaces it).
struct ValueSource {
  virtual ~ValueSource() = default;
  virtual void init(std::vector<std::vector<uint8_t>>& dram, ir::Program& prog) = 0;
  virtual void iteration(int it, std::vector<std::vector<uint8_t>>& dram, const ir::Program& prog) = 0;
  // The FP32 input each compute layer's activation codes stand for in the current iteration, and
  // the clip value they were quantized with: what the operand-error figures compare against.
  struct Fp32Input {
    std::vector<float> a;
    float u_a = 0, s_w = 0;  // the clip values of this iteration's activation and weight codes
  };
  std::map<int, Fp32Input> inputs;  // by program layer
};

// LBT's initial weight clip value: s_W = 3 std(W), std with Bessel's correction as torch.std (1
// for all-zero weights: any scale codes them as 0).
float lbt_weight_clip(const std::vector<float>& w) {
  const SampleStats m = sample_stats(w);
  const double stdev = w.size() > 1 ? m.std : std::abs(m.mean);
  return stdev > 0 ? static_cast<float>(3.0 * stdev) : 1.0f;
}

// LBT's initial activation clip value (the authors' formula, as scripts/capture_trace.py):
// u_A = 3 std(x) / sqrt(1 - 2/pi), std with Bessel's correction.
float lbt_activation_clip(const std::vector<float>& x) {
  const double stdev = sample_stats(x).std;
  return stdev > 0 ? static_cast<float>(3.0 * stdev / std::sqrt(1.0 - 2.0 / 3.141592653589793)) : 1.0f;
}

// Seeded synthetic training state (no trace given, or a layer the trace did not record):
// activation codes, FP32 weights (He-normal-like), their codes, and long-tailed output gradients
// per iteration. Each compute layer's values depend on the seed and its index alone.
struct SyntheticState : ValueSource {
  const Config& cfg;
  const compiler::Compiled& compiled;
  const workloads::LayerWeights* model_weights;  // --weights-from-model: used where a layer has them
  SyntheticState(const Config& c, const compiler::Compiled& k, const workloads::LayerWeights* w = nullptr)
      : cfg(c), compiled(k), model_weights(w) {}

  // The input is a ReLU of N(0, 1) (a post-ReLU activation, half of it zero) quantized with LBT's
  // initial u_a; the weights are He-normal, N(0, 2 / fan-in), with LBT's initial s_w = 3 std(W):
  // docs/numerics.md derives the SQNR these give.
  void init_layer(const compiler::LayerTensors& t, std::vector<std::vector<uint8_t>>& dram, ir::Program& prog,
                  std::map<int, Fp32Input>& inputs) const {
    const uint64_t seed = static_cast<uint64_t>(cfg.run_seed);
    hw::FqCore fq(static_cast<int>(cfg.fq_lanes));
    const ir::Tensor& a = prog.tensors[t.act];
    const bool quantized = prog.layers[t.layer].quantized;
    Fp32Input& in = inputs[t.layer];
    in.a = synthetic_normal(seed, 100 + t.layer, 1, static_cast<int64_t>(a.numel()));
    for (float& v : in.a) v = std::max(v, 0.0f);
    in.u_a = lbt_activation_clip(in.a);
    prog.layers[t.layer].u_a = in.u_a;
    if (a.type == ir::ElemType::f32) {  // a layer kept in FP32 reads the values themselves
      dram[t.act].resize(in.a.size() * 4);
      std::memcpy(dram[t.act].data(), in.a.data(), in.a.size() * 4);
    } else {
      std::vector<uint8_t> codes(in.a.size());
      fq.activations(in.a.data(), in.a.size(), in.u_a, quantized ? static_cast<int>(cfg.fq_a_bits) : 8, codes.data());
      dram[t.act] = ir::pack_codes(a.type, codes);
    }
    const ir::Tensor& w = prog.tensors[t.w_fp32];
    std::vector<float> wf;
    const auto stored = model_weights ? model_weights->find(prog.layers[t.layer].name) : workloads::LayerWeights::const_iterator{};
    if (model_weights && stored != model_weights->end()) {
      if (stored->second.size() != w.numel())
        fail(fmt::format("layer {}: the model stores {} weights where the layer has {}", prog.layers[t.layer].name,
                         stored->second.size(), w.numel()));
      wf = stored->second;
      prog.layers[t.layer].s_w = lbt_weight_clip(wf);
    } else {
      const uint64_t fan_in = w.numel() / static_cast<uint64_t>(w.shape[0]);
      wf = synthetic_normal(seed, 200 + t.layer, 1, static_cast<int64_t>(w.numel()));
      const double he = std::sqrt(2.0 / static_cast<double>(fan_in));
      for (float& v : wf) v = static_cast<float>(v * he);
      prog.layers[t.layer].s_w = lbt_weight_clip(wf);
    }
    in.s_w = prog.layers[t.layer].s_w;
    dram[t.w_fp32].resize(wf.size() * 4);
    std::memcpy(dram[t.w_fp32].data(), wf.data(), wf.size() * 4);
    std::vector<int8_t> codes(wf.size());
    fq.weights(wf.data(), wf.size(), prog.layers[t.layer].s_w, quantized ? static_cast<int>(cfg.fq_w_bits) : 8, codes.data());
    dram[t.w_codes] = ir::pack_codes(prog.tensors[t.w_codes].type, codes);
  }

  void iteration_layer(int it, const compiler::LayerTensors& t, std::vector<std::vector<uint8_t>>& dram, const ir::Program& prog) const {
    auto g = synthetic_gradient(static_cast<uint64_t>(cfg.run_seed), 300 + t.layer, static_cast<uint64_t>(it + 1),
                                static_cast<int64_t>(prog.tensors[t.dy].numel()));
    dram[t.dy].resize(g.size() * 4);
    std::memcpy(dram[t.dy].data(), g.data(), g.size() * 4);
  }

  void init(std::vector<std::vector<uint8_t>>& dram, ir::Program& prog) override {
    for (const auto& t : compiled.layers) init_layer(t, dram, prog, inputs);
  }

  void iteration(int it, std::vector<std::vector<uint8_t>>& dram, const ir::Program& prog) override {
    for (const auto& t : compiled.layers) iteration_layer(it, t, dram, prog);
  }
};

// A recorded training trace (traces/README.md): the real A, W and dL/dy of each recorded compute
// layer at each recorded iteration, A and W quantized with the trace's clip scalars by the forward
// quantizer. Layers the trace did not record (version 2: modules the trainer could not hook, such
// as attention's activation x activation GEMMs) get the synthetic state's values.
struct TraceState : ValueSource {
  const Config& cfg;
  const compiler::Compiled& compiled;
  const traces::Trace& trace;
  SyntheticState synthetic;
  TraceState(const Config& c, const compiler::Compiled& k, const traces::Trace& t) : cfg(c), compiled(k), trace(t), synthetic(c, k) {}

  void init(std::vector<std::vector<uint8_t>>& dram, ir::Program& prog) override {
    std::vector<std::string> unrecorded;
    for (const auto& t : compiled.layers) {
      const traces::TraceLayerTensors* rec = trace.find(prog.layers[t.layer].name);
      if (!rec) {  // version 2 only: read_trace records every compute layer of a version-1 trace
        synthetic.init_layer(t, dram, prog, inputs);
        unrecorded.push_back(prog.layers[t.layer].name);
        continue;
      }
      prog.layers[t.layer].s_w = rec->s_w.front();
      prog.layers[t.layer].u_a = rec->u_a.front();
    }
    if (!unrecorded.empty()) {
      std::string names;
      for (size_t i = 0; i < unrecorded.size() && i < 8; ++i) names += (i ? ", " : "") + unrecorded[i];
      if (unrecorded.size() > 8) names += ", ...";
      spdlog::warn("{}: {} of {} compute layers not recorded, given synthetic values (run.seed {}): {}", trace.dir,
                   unrecorded.size(), compiled.layers.size(), cfg.run_seed, names);
    }
  }

  // A recorded tensor with the run.nonfinite policy applied; `what` names the layer and phase.
  std::vector<float> load(const std::string& path, const std::string& what) const {
    NpyArray a = read_npy(path);
    if (a.type != NpyType::f32) fail(path + ": expected float32 ('<f4') data");
    uint64_t replaced = 0;
    for (size_t i = 0; i < a.f32.size(); ++i) {
      float& v = a.f32[i];
      if (std::isfinite(v)) continue;
      if (cfg.run_nonfinite == "error")
        fail(path + ": " + what + ": element " + std::to_string(i) + " is " + (std::isnan(v) ? "NaN" : "Inf") +
             " (run.nonfinite = error; saturate replaces NaN by 0 and Inf by the largest finite value)");
      v = std::isnan(v) ? 0.0f : std::copysign(std::numeric_limits<float>::max(), v);
      ++replaced;
    }
    if (replaced) spdlog::warn("{}: {}: {} non-finite values saturated (run.nonfinite = saturate)", path, what, replaced);
    return std::move(a.f32);
  }

  void iteration(int it, std::vector<std::vector<uint8_t>>& dram, const ir::Program& prog) override {
    hw::FqCore fq(static_cast<int>(cfg.fq_lanes));
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      const traces::TraceLayerTensors* found = trace.find(prog.layers[t.layer].name);
      if (!found) {
        synthetic.iteration_layer(it, t, dram, prog);
        continue;
      }
      const traces::TraceLayerTensors& rec = *found;
      const traces::TensorPaths& paths = rec.paths[static_cast<size_t>(it)];
      const bool quantized = prog.layers[t.layer].quantized;
      const std::string at = "layer " + prog.layers[t.layer].name + " iteration " + std::to_string(trace.iterations[static_cast<size_t>(it)]);
      Fp32Input& in = inputs[t.layer];
      in.a = load(paths.a, at + " activations (fwd, wgrad)");
      in.u_a = rec.u_a[static_cast<size_t>(it)];
      in.s_w = rec.s_w[static_cast<size_t>(it)];
      const auto& a = in.a;
      std::vector<uint8_t> a_codes(a.size());
      fq.activations(a.data(), a.size(), in.u_a, quantized ? static_cast<int>(cfg.fq_a_bits) : 8, a_codes.data());
      dram[t.act] = ir::pack_codes(prog.tensors[t.act].type, a_codes);
      const auto w = load(paths.w, at + " weights (fwd, dgrad)");
      dram[t.w_fp32].resize(w.size() * 4);
      std::memcpy(dram[t.w_fp32].data(), w.data(), w.size() * 4);
      std::vector<int8_t> w_codes(w.size());
      fq.weights(w.data(), w.size(), rec.s_w[static_cast<size_t>(it)], quantized ? static_cast<int>(cfg.fq_w_bits) : 8, w_codes.data());
      dram[t.w_codes] = ir::pack_codes(prog.tensors[t.w_codes].type, w_codes);
      auto g = load(paths.dy, at + " dL/dy (dgrad, wgrad)");
      dram[t.dy].resize(g.size() * 4);
      std::memcpy(dram[t.dy].data(), g.data(), g.size() * 4);
    }
  }
};

// The quantization figures of each compute layer at each computed iteration (--errors,
// --errors-every), from the model's own codes and accumulators.
struct ErrorHistory {
  std::vector<std::vector<report::QuantError>> by_layer;  // [compute layer][computed iteration]
  std::vector<std::vector<report::OperandErrors>> operands_by_layer;
  std::vector<std::vector<report::OutputErrors>> outputs_by_layer;
  // The weight codes each compute layer's GEMMs read in the step being run (--errors all): the
  // update phase re-quantizes them into the same DRAM image before the step's figures are taken.
  std::map<int, std::vector<uint8_t>> w_codes_read;  // by weight-code tensor
  int operands_pending = -1;  // the step whose operand figures were taken and whose run has not ended

  void keep_weight_codes(const compiler::Compiled& compiled, const std::vector<std::vector<uint8_t>>& dram) {
    for (const auto& t : compiled.layers) w_codes_read[t.w_codes] = dram[static_cast<size_t>(t.w_codes)];
  }

  // What dequantizes a layer's codes: one weight and one activation code step.
  struct Steps {
    float w = 0, a = 0;
  };
  static Steps steps(const ir::Program& prog, const compiler::LayerTensors& t, const ValueSource::Fp32Input& in, const Config& cfg) {
    const bool quantized = prog.layers[t.layer].quantized;
    const int w_bits = quantized ? static_cast<int>(cfg.fq_w_bits) : 8, a_bits = quantized ? static_cast<int>(cfg.fq_a_bits) : 8;
    return {in.s_w / static_cast<float>((1 << (w_bits - 1)) - 1), in.u_a / static_cast<float>((1 << a_bits) - 1)};
  }

  static std::vector<float> floats(const std::vector<uint8_t>& img) {
    std::vector<float> v(img.size() / 4);
    std::memcpy(v.data(), img.data(), v.size() * 4);
    return v;
  }

  // A tensor's codes as floats (what the FP32 GEMMs of the exact sums read), and their largest magnitude.
  static std::vector<float> code_values(const std::vector<uint8_t>& img, const ir::Tensor& t, double& max_abs) {
    std::vector<float> v(t.numel());
    max_abs = 0;
    for (size_t j = 0; j < v.size(); ++j) {
      v[j] = static_cast<float>(ir::read_code(img, t.type, j));
      max_abs = std::max(max_abs, static_cast<double>(std::abs(v[j])));
    }
    return v;
  }

  // W and A of every compute layer with codes as the coming iteration's GEMMs read them: the DRAM
  // images of the FP32 weights and their codes, the source's FP32 input and the activation codes.
  void collect_operands(int iteration, const compiler::Compiled& compiled, const std::vector<std::vector<uint8_t>>& dram,
                        const ValueSource& source, const Config& cfg) {
    operands_by_layer.resize(compiled.layers.size());
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      const ir::Program& prog = compiled.program;
      const auto in = source.inputs.find(t.layer);
      if (in == source.inputs.end() || prog.tensors[t.act].type == ir::ElemType::f32) continue;  // FP32: no codes
      const Steps step = steps(prog, t, in->second, cfg);
      report::OperandErrors e;
      e.iteration = iteration;
      e.w = operand_error(floats(dram[t.w_fp32]), dram[t.w_codes], prog.tensors[t.w_codes].type, step.w, -in->second.s_w,
                          in->second.s_w);
      e.a = operand_error(in->second.a, dram[t.act], prog.tensors[t.act].type, step.a, 0.0f, in->second.u_a);
      operands_by_layer[i].push_back(e);
    }
  }

  // x against code * step; clipped: outside [lo, hi].
  static report::OperandError operand_error(const std::vector<float>& x, const std::vector<uint8_t>& codes, ir::ElemType type,
                                            float step, float lo, float hi) {
    report::OperandError e;
    if (x.empty()) return e;
    double signal = 0, noise = 0;
    uint64_t clipped = 0;
    for (size_t j = 0; j < x.size(); ++j) {
      const double v = x[j], d = v - static_cast<double>(static_cast<float>(ir::read_code(codes, type, j)) * step);
      signal += v * v;
      noise += d * d;
      clipped += x[j] < lo || x[j] > hi;
    }
    e.valid = true;
    e.mse = noise / static_cast<double>(x.size());
    e.sqnr_db = 10.0 * std::log10(signal / noise);
    e.clipped_fraction = static_cast<double>(clipped) / static_cast<double>(x.size());
    return e;
  }

  // The GEMM outputs of the iteration just run (docs/numerics.md, "GEMM output errors"): each
  // compute layer's stored accumulators (Y, dX, dW) and their overflow flags, against the FP32
  // product of the operands the source gave and the exact integer sums of the codes the GEMMs read.
  void collect_outputs(int iteration, const compiler::Compiled& compiled, const hw::ExecutionResult& res, const ValueSource& source,
                       const Config& cfg) {
    outputs_by_layer.resize(compiled.layers.size());
    const ir::Program& prog = compiled.program;
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      const auto in = source.inputs.find(t.layer);
      if (in == source.inputs.end() || prog.tensors[t.act].type == ir::ElemType::f32) continue;
      const Steps step = steps(prog, t, in->second, cfg);
      const ir::ConvGeometry& geo = prog.geometries[static_cast<size_t>(t.geometry)];
      const std::vector<float> w = floats(res.dram[t.w_fp32]);
      const std::vector<float>& a = in->second.a;
      // An operand's codes as floats and their largest magnitude, made when first needed (only an
      // output that overflowed needs its exact sums).
      struct Codes {
        int tensor;
        std::optional<std::vector<float>> values;
        double max_abs = 0;
        const std::vector<float>& get(const ErrorHistory& h, const hw::ExecutionResult& r, const ir::Program& p) {
          const auto kept = h.w_codes_read.find(tensor);
          const std::vector<uint8_t>& img = kept != h.w_codes_read.end() ? kept->second : r.dram[static_cast<size_t>(tensor)];
          if (!values) values = code_values(img, p.tensors[static_cast<size_t>(tensor)], max_abs);
          return *values;
        }
      };
      Codes a_codes{t.act, {}}, w_codes{t.w_codes, {}}, g_codes{t.g_codes, {}};
      report::OutputErrors e;
      e.iteration = iteration;
      const auto one = [&](ir::Phase phase, int out, const std::vector<float>& left, const std::vector<float>& right, Codes& left_codes,
                           Codes& right_codes, double scale) {
        const std::vector<uint8_t>& acc = res.dram[static_cast<size_t>(out)];
        const uint64_t n = prog.tensors[out].numel();
        if (acc.size() != n * 4) return;  // not computed (a forward-only run's backward)
        const std::vector<uint8_t>* stored = static_cast<size_t>(out) < res.overflow.size() ? &res.overflow[out] : nullptr;
        const uint8_t* flags = stored && stored->size() == n ? stored->data() : nullptr;
        // No addition of any output left the accumulator's range: every one was exact, and so are
        // the accumulators (the flags are checked against the golden accumulator, test_mac_array_core).
        // Only otherwise are the exact sums computed.
        std::optional<std::vector<double>> exact;
        if (!flags || std::any_of(flags, flags + n, [](uint8_t f) { return f != 0; })) {
          const std::vector<float>& lc = left_codes.get(*this, res, prog);
          const std::vector<float>& rc = right_codes.get(*this, res, prog);
          exact = report::conv_phase_product(geo, phase, lc.data(), rc.data(), left_codes.max_abs * right_codes.max_abs);
        }
        e.phase[static_cast<size_t>(phase)] =
            report::output_error(reinterpret_cast<const int32_t*>(acc.data()), n, scale,
                                 report::conv_phase_product(geo, phase, left.data(), right.data(), 0), exact ? &*exact : nullptr, flags);
      };
      one(ir::Phase::fwd, t.y, a, w, a_codes, w_codes, static_cast<double>(step.a) * step.w);
      // The gradient's scale: the GQU's for an INT4 layer; the vector unit's 8-bit conversion for a
      // wide one (max |g| / 127, models/vector_unit/vector_core.h).
      if (!res.dram[t.dy].empty() && !res.dram[t.g_codes].empty()) {
        const std::vector<float> dy = floats(res.dram[t.dy]);
        double g_scale = -1;
        for (const auto& g : res.gq)
          if (g.layer == t.layer && g.iteration == iteration) g_scale = g.result.scale;
        if (g_scale < 0 && prog.tensors[t.g_codes].type == ir::ElemType::s8) {
          float g_max = 0;
          for (float v : dy) g_max = std::max(g_max, std::fabs(v));
          g_scale = g_max / 127.0f;
        }
        if (g_scale >= 0) {
          if (t.dx >= 0) one(ir::Phase::dgrad, t.dx, dy, w, g_codes, w_codes, g_scale * step.w);
          one(ir::Phase::wgrad, t.dw, a, dy, a_codes, g_codes, static_cast<double>(step.a) * g_scale);
        }
      }
      outputs_by_layer[i].push_back(e);
    }
  }

  void collect(int iteration, const compiler::Compiled& compiled, const hw::ExecutionResult& res, double rho) {
    by_layer.resize(compiled.layers.size());
    for (size_t i = 0; i < compiled.layers.size(); ++i) {
      const auto& t = compiled.layers[i];
      const hw::GqOutcome* out = nullptr;
      for (const auto& g : res.gq)
        if (g.layer == t.layer && g.iteration == iteration) out = &g;
      const std::vector<uint8_t>& img = res.dram[t.dy];
      if (!out || img.empty()) continue;
      const std::vector<float> dy = floats(img);
      std::vector<float> ghat(dy.size());
      for (size_t j = 0; j < dy.size(); ++j)
        ghat[j] = static_cast<float>(ir::read_code(res.dram[t.g_codes], compiled.program.tensors[t.g_codes].type, j)) * out->result.scale;
      const auto m = golden::error_metrics(dy, ghat, rho);
      report::QuantError e;
      e.valid = true;
      e.iteration = iteration;
      e.e_g = m.e_g;
      e.e_gl = m.e_gl;
      e.mse = m.mse;
      e.sqnr_db = m.sqnr_db;
      e.cosine = m.cosine;
      e.gamma = out->result.gamma_used;
      e.gamma_next = out->result.gamma_next;
      e.g_max = out->result.g_max;
      e.clipped_fraction = static_cast<double>(out->result.clipped) / static_cast<double>(out->result.numel);
      e.search_passes = out->result.search_passes;
      by_layer[i].push_back(e);
    }
  }
};

// The bytes a layer-phase moved: each buffer's reads and writes, and every declared counter
// measured in bytes (counters.def), under its name.
std::map<std::string, uint64_t> bytes_of(const hw::PhaseAccount& a) {
  std::map<std::string, uint64_t> b;
  for (int i = 0; i < static_cast<int>(ir::Buffer::count); ++i) {
    b[std::string(ir::buffer_name(static_cast<ir::Buffer>(i))) + ".read"] = a.buf_read[i];
    b[std::string(ir::buffer_name(static_cast<ir::Buffer>(i))) + ".write"] = a.buf_write[i];
  }
  for (const hw::CounterInfo& c : hw::counter_table())
    if (std::string(c.unit) == "B") b[c.name] = a.*c.field;
  return b;
}

// What a run was asked for, checked before any work: the configuration, the network (or trace),
// the iterations and every output path.
struct RunRequest {
  Config cfg;
  std::optional<traces::Trace> trace;
  workloads::Network net;
  workloads::LayerWeights weights;  // --weights-from-model
  int iterations = 1;
  int warmup = 0;  // iterations left out of the report's figures (still listed in `iterations`)
  bool values = true, forward_only = false, progress = false;
  ErrorOptions errors;
  std::string out, vcd_path, timeline_path, asm_path;
};

RunRequest read_request(const po::parsed_options& parsed, const po::variables_map& vm) {
  RunRequest r;
  const Config cfg_in = resolve_config(parsed, kShorthands);
  if (!vm.count("workload")) fail("int4sim run: --workload is required (int4sim workload lists the built-in networks)");
  // Every output is checked before anything is compiled, simulated or written.
  r.out = vm["out"].as<std::string>();
  check_output_dir(r.out);
  r.vcd_path = output_file_option(vm, "vcd");
  r.timeline_path = output_file_option(vm, "timeline");
  r.asm_path = output_file_option(vm, "emit-asm");
  grad_quant_params(cfg_in);  // validates the gq.* combination
  const std::string workload = vm["workload"].as<std::string>();
  // A directory with a manifest is a recorded training trace: its network, batch and iterations.
  std::error_code ec;
  const auto names = workloads::builtin_names();
  const bool builtin = std::find(names.begin(), names.end(), workload) != names.end();
  if (!builtin && std::filesystem::exists(workload + "/manifest.json", ec)) r.trace = traces::read_trace(workload);
  else if (!builtin && std::filesystem::is_directory(workload, ec))
    fail(workload + ": no manifest.json in the folder (a training trace, traces/README.md, has one)");
  r.cfg = cfg_in;
  r.iterations = vm["iterations"].as<int>();
  if (r.trace) {
    // The recorded tensors fix the batch: another one asked for (--batch, --set, an INI file) cannot be honoured.
    if (cfg_in.run_batch != Config().run_batch && cfg_in.run_batch != r.trace->batch)
      fail(fmt::format("run.batch = {}: the trace {} was recorded at batch {}", cfg_in.run_batch, r.trace->dir, r.trace->batch));
    r.cfg.run_batch = r.trace->batch;
    if (!vm["iterations"].defaulted() && r.iterations != static_cast<int>(r.trace->iterations.size()))
      fail(fmt::format("--iterations {}: the trace {} records {} iterations", r.iterations, r.trace->dir, r.trace->iterations.size()));
    r.iterations = static_cast<int>(r.trace->iterations.size());
  }
  if (r.iterations < 1 || r.iterations > 100000) fail("--iterations " + std::to_string(r.iterations) + ": expected 1..100000");
  r.warmup = vm["warmup"].as<int>();
  if (r.warmup < 0 || r.warmup >= r.iterations)
    fail(fmt::format("--warmup {}: expected 0..{} (fewer than the {} iteration(s) run: at least one must be measured)", r.warmup,
                     r.iterations - 1, r.iterations));
  r.values = !vm.count("timing-only");
  r.errors = error_options(vm);
  if (!r.values && !vm["errors"].defaulted())
    fail(std::string("--errors ") + error_level_name(r.errors.level) + ": a timing-only run has no values to compare (drop --timing-only)");
  if (vm.count("weights-from-model") && r.trace)
    fail("--weights-from-model: the trace " + r.trace->dir + " records its own weights (W of every recorded layer)");
  if (vm.count("weights-from-model") && !r.values)
    fail("--weights-from-model: a timing-only run uses no values (drop --timing-only)");
  if (r.trace) {
    r.net = r.trace->net;
    workloads::keep_wide(r.net, workload_options(vm).wide);
  } else {
    r.net = load_network(workload, vm, &r.weights);
  }
  r.forward_only = vm.count("forward-only") > 0;
  r.progress = vm.count("progress") > 0;
  return r;
}

// Simulates the compiled step `iterations` times, with values from the trace or synthetic ones,
// collecting the gradient figures of every iteration into `history`.
hw::ExecutionResult simulate(const RunRequest& r, compiler::Compiled& compiled, ErrorHistory& history) {
  const Config& cfg = r.cfg;
  hw::ExecutionOptions eo;
  eo.values = r.values;
  eo.iterations = r.iterations;
  eo.warmup = r.warmup;
  eo.timeline = !r.timeline_path.empty();
  eo.vcd_path = r.vcd_path;
  Progress progress(r.progress);
  if (progress.enabled()) {
    eo.on_dispatch = [&](int it, int layer, ir::Phase phase) {
      const auto& layers = compiled.program.layers;
      if (layer < 0 || layer >= static_cast<int>(layers.size())) return;
      progress.update(fmt::format("{}: iteration {}/{}, layer {}/{} {} ({})", r.net.name, it + 1, r.iterations, layer + 1,
                                  layers.size(), layers[static_cast<size_t>(layer)].name, ir::phase_name(phase)));
    };
  }
  std::unique_ptr<ValueSource> source;
  if (r.trace) source = std::make_unique<TraceState>(cfg, compiled, *r.trace);
  else source = std::make_unique<SyntheticState>(cfg, compiled, r.weights.empty() ? nullptr : &r.weights);
  const ErrorOptions& errors = r.errors;
  // The figures of an iteration that has run: the gradient's and, with --errors all, the GEMM
  // outputs' (from the source's operands of that iteration: before it moves on to the next).
  const auto after_iteration = [&](int it, const hw::ExecutionResult& so_far) {
    if (!errors.at(it, r.iterations)) return;
    history.operands_pending = -1;
    history.collect(it, compiled, so_far, cfg.gq_rho);
    if (errors.level == ErrorLevel::all) history.collect_outputs(it, compiled, so_far, *source, cfg);
  };
  if (r.values) {
    eo.dram.resize(compiled.program.tensors.size());
    eo.overflow_flags = errors.level == ErrorLevel::all;
    source->init(eo.dram, compiled.program);
    eo.before_iteration = [&](int it, hw::ExecutionResult& so_far) {
      if (it > 0) after_iteration(it - 1, so_far);
      source->iteration(it, so_far.dram, compiled.program);
      if (errors.at(it, r.iterations) && errors.level >= ErrorLevel::operands) {
        history.collect_operands(it, compiled, so_far.dram, *source, cfg);
        history.operands_pending = it;
      }
      if (errors.at(it, r.iterations) && errors.level == ErrorLevel::all) history.keep_weight_codes(compiled, so_far.dram);
    };
  }
  // The controller runs the binary program image: encoded, decoded and raised back to operations
  // (after the synthetic state set the clip scalars in the symbol table).
  const ir::Program executed = hw::through_isa(compiled.program);
  if (!r.vcd_path.empty()) make_dirs(std::filesystem::path(r.vcd_path).parent_path().string());  // written while simulating
  eo.stop = &g_interrupted;
  hw::ExecutionResult res = hw::execute(cfg, executed, std::move(eo));
  progress.finish();
  if (r.values && res.complete) after_iteration(r.iterations - 1, res);
  // An interrupted step has no gradient or output figures: its operand figures go too, so that
  // the phases show one step's figures.
  if (history.operands_pending >= 0)
    for (auto& entries : history.operands_by_layer)
      if (!entries.empty() && entries.back().iteration == history.operands_pending) entries.pop_back();
  return res;
}

// The measured part of a run: the iterations from `warmup` on, each account minus its state at the
// end of the warmup (the whole run when there is none).
struct Window {
  uint64_t cycles = 0, unattributed_cycles = 0;
  std::vector<hw::UnitStats> units;
  std::array<uint64_t, static_cast<size_t>(ir::Buffer::count)> buf_read{}, buf_write{};
  uint64_t dram_read = 0, dram_write = 0;
  hw::LayerAccounts layers;
};

Window measured(const hw::ExecutionResult& res, int warmup) {
  Window w{res.cycles, res.unattributed_cycles, res.units, res.buf_read, res.buf_write, res.dram_read, res.dram_write, res.layers};
  if (warmup <= 0 || !res.after_warmup) return w;
  const hw::AccountSnapshot& before = *res.after_warmup;
  w.cycles = res.cycles - before.end;
  w.unattributed_cycles -= before.unattributed_cycles;
  for (size_t l = 0; l < w.layers.size(); ++l)
    for (size_t p = 0; p < w.layers[l].size(); ++p) w.layers[l][p] -= before.layers[l][p];
  for (size_t u = 0; u < w.units.size(); ++u) {
    w.units[u].busy -= before.units[u].busy;
    uint64_t accounted = w.units[u].busy;
    for (size_t s = 0; s < w.units[u].stalls.size(); ++s) {
      // Idle time is settled only at the end of the run (the remainder): recomputed for the window.
      w.units[u].stalls[s] = s == static_cast<size_t>(hw::Stall::idle) ? 0 : w.units[u].stalls[s] - before.units[u].stalls[s];
      accounted += w.units[u].stalls[s];
    }
    if (accounted < w.cycles) w.units[u][hw::Stall::idle] = w.cycles - accounted;
  }
  for (size_t b = 0; b < w.buf_read.size(); ++b) {
    w.buf_read[b] -= before.buf_read[b];
    w.buf_write[b] -= before.buf_write[b];
  }
  w.dram_read -= before.dram_read;
  w.dram_write -= before.dram_write;
  return w;
}

// The report of a run: totals, units, bytes, energy, and each layer's phases and gradient figures,
// over the measured iterations; every iteration's own figures in `iterations`.
report::Report make_report(const RunRequest& r, const compiler::Compiled& compiled, const hw::ExecutionResult& res,
                           const ErrorHistory& history) {
  const Config& cfg = r.cfg;
  const int warmup = std::min<int>(r.warmup, static_cast<int>(res.iterations.size()));
  const Window win = measured(res, warmup);
  report::Report rep;
  rep.values = r.values;
  rep.errors = error_level_name(r.errors.level);
  rep.command = "run";
  rep.workload = r.net.name;
  rep.config = config_json(cfg);
  rep.config["run.iterations"] = r.iterations;
  rep.config["run.warmup"] = r.warmup;
  rep.cycles = win.cycles;
  rep.complete = res.complete;
  rep.freq_mhz = cfg.run_freq_mhz;
  rep.peak_macs_per_cycle = static_cast<uint64_t>(cfg.array_rows * cfg.array_cols);
  rep.dram_bytes_per_cycle = cfg.dram_bytes_per_cycle;
  for (size_t u = 0; u < win.units.size(); ++u) {
    if (static_cast<ir::Unit>(u) == ir::Unit::ctrl) continue;
    report::UnitFigures f;
    f.busy = win.units[u].busy;
    for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s) f.stalls[hw::stall_name(static_cast<hw::Stall>(s))] = win.units[u].stalls[s];
    rep.units[win.units[u].name] = f;
  }
  for (int i = 0; i < static_cast<int>(ir::Buffer::count); ++i) {
    rep.bytes[std::string(ir::buffer_name(static_cast<ir::Buffer>(i))) + ".read"] = win.buf_read[i];
    rep.bytes[std::string(ir::buffer_name(static_cast<ir::Buffer>(i))) + ".write"] = win.buf_write[i];
  }
  rep.bytes["dram.read"] = win.dram_read;
  rep.bytes["dram.write"] = win.dram_write;
  const hw::EnergyTable table = hw::energy_table(cfg);
  const double cycle_s = 1.0 / (cfg.run_freq_mhz * 1e6);
  // A layer-phase's energy: its actions times the table plus leakage over `cycles` of its own.
  auto energy_of = [&](const hw::PhaseAccount& a, uint64_t cycles) {
    return hw::energy(report::action_counts(a, cfg, static_cast<double>(cycles) * cycle_s), table);
  };
  // The run's energy is the sum of the layer-phases' attributed energies (layer by layer, phases in
  // order), so that they add up to it exactly; leakage of cycles with no layer (none in a training
  // step) comes last.
  double total = 0;
  const auto& need = compiled.compulsory;  // per step
  const uint64_t measured_steps = res.iterations.size() - static_cast<size_t>(warmup);
  uint64_t need_per_step = 0;
  for (const auto& layer : need)
    for (uint64_t b : layer) need_per_step += b;
  for (size_t l = 0; l < compiled.program.layers.size(); ++l) {
    report::LayerFigures lf;
    lf.name = compiled.program.layers[l].name;
    lf.kind = compiled.program.layers[l].kind;
    lf.quantized = compiled.program.layers[l].quantized;
    const std::string& kind = compiled.program.layers[l].kind;
    lf.format = layer_format(cfg, kind == "conv" || kind == "fc" || kind == "gemm", lf.quantized);
    for (size_t p = 0; p < lf.phases.size(); ++p) {
      const hw::PhaseAccount& a = win.layers[l][p];
      report::PhaseFigures& f = lf.phases[p];
      f.present = a.present;
      if (!a.present) continue;
      f.cycles = a.span_cycles;
      f.macs = a.macs();
      f.bytes = bytes_of(a);
      // Dynamic energy of what this layer-phase did, leakage over its span.
      f.energy_pj = report::energy_components(energy_of(a, a.span_cycles));
      f.attributed_cycles = a.attributed_cycles;
      f.bounds = report::unit_bounds(a, cfg);
      f.compulsory_dram_bytes = need[l][p] * measured_steps;
      const hw::EnergyBreakdown attributed = energy_of(a, a.attributed_cycles);
      f.attributed_energy_pj = attributed.total;
      total += attributed.total;
      for (const auto& [component, pj] : report::energy_components(attributed)) rep.energy_pj[component] += pj;
      for (int u = 0; u < static_cast<int>(ir::Unit::ctrl); ++u) {
        report::UnitFigures uf;
        uf.busy = a.busy[u];
        for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s)
          if (a.stalls[u][s]) uf.stalls[hw::stall_name(static_cast<hw::Stall>(s))] = a.stalls[u][s];
        if (uf.busy || !uf.stalls.empty()) f.units[ir::unit_name(static_cast<ir::Unit>(u))] = uf;
      }
    }
    rep.layers.push_back(std::move(lf));
  }
  if (win.unattributed_cycles) {
    const hw::EnergyBreakdown idle = energy_of(hw::PhaseAccount{}, win.unattributed_cycles);
    total += idle.total;
    for (const auto& [component, pj] : report::energy_components(idle)) rep.energy_pj[component] += pj;
  }
  rep.energy_total_pj = total;
  rep.unattributed_cycles = win.unattributed_cycles;
  // Every iteration's own figures: its work summed over the layer-phases (the energy model is
  // linear in it) with leakage over its cycles, those of no layer included.
  for (size_t i = 0; i < res.iterations.size(); ++i) {
    const hw::IterationRecord& it = res.iterations[i];
    report::IterationFigures fig;
    fig.warmup = static_cast<int>(i) < warmup;
    fig.cycles = it.end - it.start;
    fig.compulsory_dram_bytes = need_per_step;
    fig.dram_bytes = it.work.dram_read + it.work.dram_write;
    fig.energy_pj = energy_of(it.work, it.work.attributed_cycles + it.unattributed_cycles).total;
    fig.gq_search_passes = it.work.gq_search_passes;
    rep.iterations.push_back(fig);
  }
  // Gradient-quantization figures: every iteration's, the last one's in the phases.
  for (size_t i = 0; i < history.by_layer.size(); ++i) {
    if (history.by_layer[i].empty()) continue;
    report::LayerFigures& lf = rep.layers[compiled.layers[i].layer];
    lf.grad_history = history.by_layer[i];
    lf.phases[static_cast<int>(report::Phase::dgrad)].grad_error = history.by_layer[i].back();
  }
  // Operand figures: every compute layer's W in fwd and dgrad, A in fwd and wgrad (null in a
  // timing-only run); every iteration's, the last one's in the phases.
  for (size_t i = 0; i < compiled.layers.size(); ++i) {
    const auto& t = compiled.layers[i];
    if (compiled.program.tensors[t.act].type == ir::ElemType::f32) continue;  // kept in FP32: no codes
    report::LayerFigures& lf = rep.layers[t.layer];
    const bool have = i < history.operands_by_layer.size() && !history.operands_by_layer[i].empty();
    if (have) lf.operand_history = history.operands_by_layer[i];
    const report::OperandErrors last = have ? history.operands_by_layer[i].back() : report::OperandErrors{};
    auto& phases = lf.phases;
    phases[static_cast<int>(report::Phase::fwd)].reads_w = phases[static_cast<int>(report::Phase::fwd)].reads_a = true;
    phases[static_cast<int>(report::Phase::dgrad)].reads_w = true;
    phases[static_cast<int>(report::Phase::wgrad)].reads_a = true;
    for (auto& p : phases) p.operands = last;
    // GEMM outputs: fwd, dgrad (where there is an input gradient) and wgrad; null unless computed.
    const bool have_out = i < history.outputs_by_layer.size() && !history.outputs_by_layer[i].empty();
    if (have_out) lf.output_history = history.outputs_by_layer[i];
    for (const report::Phase p : {report::Phase::fwd, report::Phase::dgrad, report::Phase::wgrad}) {
      if (p == report::Phase::dgrad && t.dx < 0) continue;
      phases[static_cast<size_t>(p)].has_output = true;
      if (have_out) phases[static_cast<size_t>(p)].output = history.outputs_by_layer[i].back().phase[static_cast<size_t>(p)];
    }
  }
  return rep;
}

}  // namespace

int cmd_run(const std::vector<std::string>& args) {
  auto desc = common_options(kShorthands);
  desc.add_options()
      ("workload", po::value<std::string>(), "a built-in network (int4sim workload lists them), a SCALE-Sim topology .csv, an ONNX model .onnx, or a training-trace directory (traces/README.md)")
      ("iterations", po::value<int>()->default_value(1), "training steps to simulate (gamma evolves across them)")
      ("warmup", po::value<int>()->default_value(0), "leave the first N steps out of the report's figures (they stay listed under `iterations`); N < iterations")
      ("forward-only", "simulate the forward pass only")
      ("timing-only", "no values: cycles, traffic and energy only")
      ("out", po::value<std::string>()->default_value("out"), "directory for report.json and layers.csv")
      ("vcd", po::value<std::string>(), "write unit activity as a VCD file")
      ("timeline", po::value<std::string>(), "write a Chrome/Perfetto trace-event JSON")
      ("emit-asm", po::value<std::string>(), "write the compiled program (one training step) as assembly")
      ("progress", "show progress (iteration, layer, phase) on stderr even when it is not a terminal");
  add_workload_options(desc);
  add_error_options(desc);
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  const std::string usage =
      "int4sim run --workload NAME|FILE.csv|FILE.onnx|TRACE_DIR [--iterations N] [--warmup N] [--batch N] [--config F.ini] [--set k=v] [--out DIR]\n"
      "            [--forward-only] [--timing-only] [--errors none|gradient|operands|all] [--errors-every N]\n"
      "            [--vcd FILE] [--timeline FILE] [--emit-asm FILE.s] [--progress]";
  if (!parse("run", usage, args, desc, parsed, vm)) return 0;
  // Ctrl-C (or SIGTERM, as from a batch scheduler) stops dispatching; what was issued drains and
  // the report is marked incomplete.
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  const RunRequest r = read_request(parsed, vm);
  const Config& cfg = r.cfg;

  compiler::StepOptions so;
  so.batch = cfg.run_batch;
  so.forward_only = r.forward_only;
  compiler::Compiled compiled = compiler::compile_training_step(r.net, compile_target(cfg), so);
  spdlog::info("compiled {}: {} operations, {} tensors", r.net.name, compiled.program.ops.size(), compiled.program.tensors.size());
  if (!r.asm_path.empty())
    write_output(r.asm_path, compiler::program_asm(compiled.program,
                                                   fmt::format("int4sim program: one training step of {} at batch {}\n"
                                                               "tensors live at the addresses of isa/lowering.cpp's tensor_addresses()",
                                                               r.net.name, cfg.run_batch)));
  ErrorHistory history;
  const hw::ExecutionResult res = simulate(r, compiled, history);
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  const report::Report rep = make_report(r, compiled, res, history);

  fmt::print("{}: {} iteration(s) at batch {} on a {}x{} {} array ({} operations)\n\n", r.net.name, r.iterations, cfg.run_batch,
             cfg.array_rows, cfg.array_cols, cfg.array_dataflow, res.ops);
  fmt::print("{}\n", rep.summary());
  for (const std::string& written : report::write_report(rep, r.out)) announce_written(written);
  if (!r.timeline_path.empty()) {
    report::write_timeline(r.timeline_path, res.timeline, cfg.run_freq_mhz);
    announce_written(r.timeline_path);
  }
  if (!r.vcd_path.empty()) announce_written(r.vcd_path);
  if (!res.complete) {
    spdlog::warn("interrupted: the report covers only the work issued before the interrupt");
    return 128 + (g_interrupted ? static_cast<int>(g_interrupted) : SIGINT);
  }
  return 0;
}

// int4sim replay --trace DIR ...: int4sim run on a recorded training trace, whose network, batch
// and iterations are the recorded ones.
int cmd_replay(const std::vector<std::string>& args) {
  std::vector<std::string> run_args;
  std::string trace_dir;
  bool has_trace = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      fmt::print("usage: int4sim replay --trace DIR [--out DIR] [--config F.ini] [--set k=v] [run options]\n"
                 "Runs the recorded training iterations of a trace (traces/README.md) through the model: the\n"
                 "network, batch and iterations are the trace's; every other option of int4sim run applies\n"
                 "(int4sim run --help).\n");
      return 0;
    }
    const auto is = [&](const char* opt) { return a == opt || a.rfind(std::string(opt) + "=", 0) == 0; };
    if (is("--workload"))
      fail("int4sim replay: --workload cannot be honoured: the network is the one recorded in the trace (int4sim run --workload runs another)");
    if (is("--batch"))
      fail("int4sim replay: --batch cannot be honoured: the tensors were recorded at the trace's batch (its manifest.json)");
    if (a == "--trace") {
      if (i + 1 >= args.size()) fail("int4sim replay: --trace needs a folder");
      trace_dir = args[++i];
      run_args.push_back("--workload=" + trace_dir);
      has_trace = true;
    } else if (a.rfind("--trace=", 0) == 0) {
      trace_dir = a.substr(8);
      run_args.push_back("--workload=" + trace_dir);
      has_trace = true;
    } else {
      run_args.push_back(a);
    }
  }
  if (!has_trace) fail("int4sim replay: --trace DIR is required");
  std::error_code ec;
  if (!std::filesystem::exists(trace_dir, ec)) fail(trace_dir + ": the trace folder does not exist");
  if (!std::filesystem::is_directory(trace_dir, ec)) fail(trace_dir + ": not a folder (a trace is a folder with a manifest.json)");
  if (!std::filesystem::exists(trace_dir + "/manifest.json", ec))
    fail(trace_dir + ": no manifest.json in the trace folder (traces/README.md; scripts/capture_trace.py records one)");
  return cmd_run(run_args);
}

}  // namespace int4sim::cli
