// trace_check DIR: reads a training trace (traces/README.md) with read_trace, loads every tensor
// (float32, finite, the manifest's shape), and where the trace records outputs checks Y = conv(A, W)
// against a float64 direct convolution; when the network input matches the built-in network of
// the same name, checks the layers against it too. Exit 0: all good; 1: a check failed; 2: the
// reader refused the trace (its one-line message on stderr).
#include <cmath>
#include <cstring>
#include <cstdio>
#include <string>
#include <vector>

#include "base/error.h"
#include "traces/trace.h"
#include "workloads/onnx_model.h"

using namespace int4sim;

namespace {

std::string sci(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2e", x);
  return buf;
}

// max |Y - conv(A, W)| / max |conv(A, W)| over the batch.
double conv_error(const workloads::Layer& l, int64_t n, const std::vector<float>& a, const std::vector<float>& w,
                  const std::vector<float>& y) {
  const int64_t P = l.p(), Q = l.q(), cg = l.c / l.groups, kg = l.k / l.groups;
  double worst = 0, scale = 0;
  for (int64_t b = 0; b < n; ++b)
    for (int64_t k = 0; k < l.k; ++k)
      for (int64_t p = 0; p < P; ++p)
        for (int64_t q = 0; q < Q; ++q) {
          double sum = 0;
          const int64_t g = k / kg;
          for (int64_t c = 0; c < cg; ++c)
            for (int64_t r = 0; r < l.r; ++r)
              for (int64_t s = 0; s < l.s; ++s) {
                const int64_t h = p * l.stride - l.pad + r, x = q * l.stride - l.pad + s;
                if (h < 0 || h >= l.h || x < 0 || x >= l.w) continue;
                sum += double(a[((b * l.c + g * cg + c) * l.h + h) * l.w + x]) * w[((k * cg + c) * l.r + r) * l.s + s];
              }
          worst = std::max(worst, std::abs(sum - y[((b * l.k + k) * P + p) * Q + q]));
          scale = std::max(scale, std::abs(sum));
        }
  return scale > 0 ? worst / scale : worst;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: trace_check DIR\n");
    return 2;
  }
  int failures = 0;
  auto check = [&](bool ok, const std::string& what) {
    if (!ok) {
      std::fprintf(stderr, "trace_check: FAILED: %s\n", what.c_str());
      ++failures;
    }
  };
  try {
    const traces::Trace t = traces::read_trace(argv[1]);
    int64_t tensors = 0;
    double worst = 0;
    for (const auto& lt : t.tensors) {
      const auto& l = t.net.layers[lt.layer];
      for (size_t i = 0; i < lt.paths.size(); ++i) {
        const auto& p = lt.paths[i];
        const auto a = traces::load_tensor(p.a, traces::activation_shape(l, t.batch));
        const auto w = traces::load_tensor(p.w, traces::weight_shape(l));
        traces::load_tensor(p.dy, traces::output_shape(l, t.batch));
        tensors += 3;
        check(lt.s_w[i] > 0 && lt.u_a[i] > 0, lt.name + ": clip values");
        if (!p.y.empty()) {
          const auto y = traces::load_tensor(p.y, traces::output_shape(l, t.batch));
          ++tensors;
          const double e = conv_error(l, t.batch, a, w, y);
          worst = std::max(worst, e);
          check(e < 1e-4, p.y + ": differs from conv(A, W) by " + sci(e) + " (relative)");
        }
      }
    }
    // Version 2 with a model that stores its weights (capture_trace.py --model-weights): the W
    // recorded at iteration 1 (before any optimizer step) is the model's initial weights, read
    // through the ONNX reader's own layout handling: element for element, bit for bit.
    std::string stored_note;
    if (t.version == 2 && t.iterations.front() == 1) {
      workloads::LayerWeights stored;
      bool has_weights = true;
      try {
        workloads::read_onnx_model(t.model, &stored);
      } catch (const InputError&) {
        has_weights = false;  // exported without weights (read_trace read the model itself already)
      }
      if (has_weights) {
        for (const auto& lt : t.tensors) {
          const auto w = traces::load_tensor(lt.paths.front().w);
          const auto it = stored.find(lt.name);
          check(it != stored.end() && it->second.size() == w.size() &&
                    std::memcmp(it->second.data(), w.data(), w.size() * sizeof(float)) == 0,
                lt.paths.front().w + ": differs from the weights stored in " + t.model);
        }
        stored_note = "; W at iteration 1 = the model's stored weights, bit for bit";
      }
    }
    std::string builtin = t.version == 2 ? "network from " + t.model : "not a built-in network";
    for (const auto& name : workloads::builtin_names())
      if (t.version == 1 && name == t.network) {
        const auto ref = workloads::builtin_network(name);
        const auto& first = ref.layers.front();
        if (first.c != t.input_c || first.h != t.input_h || first.w != t.input_w) {
          builtin = "built-in " + name + " has another input: names, kinds and inputs match";
          break;
        }
        builtin = "matches the built-in " + name;
        check(ref.layers.size() == t.net.layers.size(), "layer count against the built-in");
        for (size_t i = 0; i < ref.layers.size() && i < t.net.layers.size(); ++i) {
          const auto &a = t.net.layers[i], &b = ref.layers[i];
          check(a.name == b.name && a.kind == b.kind && a.inputs == b.inputs && a.c == b.c && a.h == b.h && a.w == b.w &&
                    a.k == b.k && a.r == b.r && a.s == b.s && a.stride == b.stride && a.pad == b.pad &&
                    a.groups == b.groups && a.quantized == b.quantized && a.forward_macs() == b.forward_macs(),
                "layer " + a.name + " against the built-in");
        }
      }
    std::printf("trace_check: %s: %s, batch %lld, %zu layers (%zu recorded), %zu iterations, %lld tensors read%s; %s%s\n",
                t.dir.c_str(), t.network.c_str(), static_cast<long long>(t.batch), t.net.layers.size(), t.tensors.size(),
                t.iterations.size(), static_cast<long long>(tensors),
                t.tensors.front().has_outputs() ? (", Y = conv(A, W) within " + sci(worst)).c_str() : "",
                builtin.c_str(), stored_note.c_str());
  } catch (const InputError& e) {
    std::fprintf(stderr, "trace_check: error: %s\n", e.what());
    return 2;
  }
  return failures ? 1 : 0;
}
