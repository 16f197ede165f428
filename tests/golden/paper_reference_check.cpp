// Compares the golden model's `paper` arithmetic with the authors' PyTorch operations as run by
// scripts/lbt_reference.py: gamma trajectory, clipped counts, search passes, codes and dequantized
// values must all be identical (nearest rounding).
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "golden/grad_quantizer.h"
#include "golden/quantizers.h"
#include "base/npy.h"

namespace {

int checks = 0;

bool same_float(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0 || (a == 0 && b == 0); }

[[noreturn]] void mismatch(const std::string& what) {
  std::fprintf(stderr, "paper-reference: MISMATCH %s\n", what.c_str());
  std::exit(1);
}

void expect(bool ok, const std::string& what) {
  ++checks;
  if (!ok) mismatch(what);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: paper_reference_check DIR (written by scripts/lbt_reference.py)\n");
    return 2;
  }
  const std::string dir = argv[1];
  auto path = [&](const std::string& f) { return dir + "/" + f; };
  const auto summary = nlohmann::json::parse(std::ifstream(path("summary.json")));
  const int iters = summary["iters"];
  std::vector<std::vector<float>> grads;
  for (int t = 0; t < iters; ++t) grads.push_back(int4sim::read_npy(path("grad_" + std::to_string(t) + ".npy")).f32);

  for (const auto& run : summary["runs"]) {
    const int bits = run["bits"];
    const int L = (1 << (bits - 1)) - 1;
    golden::GradQuantParams p;
    p.bits = bits;
    p.policy = golden::Policy::lbt;
    p.arith = golden::Arith::paper;
    p.rounding = golden::Rounding::nearest;
    golden::GradQuantizer q(p);
    for (int t = 0; t < iters; ++t) {
      const auto st = q.step(grads[t]);
      const auto& ref = run["iterations"][t];
      const std::string at = "bits " + std::to_string(bits) + " iteration " + std::to_string(t + 1) + ": ";
      expect(same_float(static_cast<float>(st.gamma_used), ref["gamma"].get<float>()), at + "gamma used");
      expect(same_float(static_cast<float>(st.gamma_next), ref["gamma_next"].get<float>()),
             at + "gamma next " + std::to_string(st.gamma_next) + " vs " + std::to_string(ref["gamma_next"].get<double>()));
      expect(st.clipped == ref["clipped"].get<uint64_t>(), at + "clipped count");
      expect(st.search_passes == ref["search_passes"].get<uint64_t>(),
             at + "search passes " + std::to_string(st.search_passes) + " vs " + ref["search_passes"].dump());
      const auto codes = int4sim::read_npy(path("codes_b" + std::to_string(bits) + "_" + std::to_string(t) + ".npy")).i32;
      const auto ghat = int4sim::read_npy(path("ghat_b" + std::to_string(bits) + "_" + std::to_string(t) + ".npy")).f32;
      for (size_t i = 0; i < codes.size(); ++i) {
        expect(st.codes[i] + L == codes[i], at + "code of element " + std::to_string(i));
        expect(same_float(st.dequant[i], ghat[i]), at + "g_hat of element " + std::to_string(i));
      }
    }
  }

  const auto w = int4sim::read_npy(path("w.npy")).f32, x = int4sim::read_npy(path("x.npy")).f32;
  const float s_w = summary["s_w"], u_a = summary["u_a"];
  for (int bits : {2, 4, 8}) {
    const int L = (1 << (bits - 1)) - 1;
    const auto b = std::to_string(bits);
    const auto qw = golden::quantize_weights(w, s_w, bits, golden::Arith::paper);
    const auto qa = golden::quantize_activations(x, u_a, bits, golden::Arith::paper);
    const auto wc = int4sim::read_npy(path("wcodes_b" + b + ".npy")).i32, ac = int4sim::read_npy(path("acodes_b" + b + ".npy")).i32;
    const auto wv = int4sim::read_npy(path("wq_b" + b + ".npy")).f32, av = int4sim::read_npy(path("aq_b" + b + ".npy")).f32;
    for (size_t i = 0; i < w.size(); ++i) {
      expect(qw.codes[i] + L == wc[i], "weight code " + std::to_string(i) + " bits " + b);
      expect(same_float(qw.dequant[i], wv[i]), "weight value " + std::to_string(i) + " bits " + b);
      expect(qa.codes[i] == ac[i], "activation code " + std::to_string(i) + " bits " + b);
      expect(same_float(qa.dequant[i], av[i]), "activation value " + std::to_string(i) + " bits " + b);
    }
  }
  std::printf("paper-reference: %d checks, all identical to the PyTorch reference\n", checks);
  return 0;
}
