// Python bindings (module `_int4sim`) to the golden model: the weight/activation quantizers, the
// integer GEMM with accumulator semantics, the conv lowering, the gradient quantizer with its
// per-layer state, and the error metrics (docs/numerics.md). Arrays are numpy arrays; results are
// handed to numpy without a copy (the std::vector is moved into a capsule). The golden functions
// take std::vector, so inputs are copied once. The GIL is released around every loop.
//
// Besides the golden GEMM (`gemm(..., method="golden")`), `gemm_codes` is an exact fast path used
// by the training layers: the same result bit for bit, proved as follows (and checked by
// tests/test_python_bindings.py):
//  1. Sums. Codes are integers with |a| <= 2^15. A float32 GEMM over a reduction chunk of Kc terms
//     with Kc * max|a| * max|b| < 2^24 is exact whatever its order, blocking or use of FMA: every
//     product and every partial sum is an integer of magnitude < 2^24. Longer reductions are split
//     into such chunks and the chunks are added in int64. So S = the exact sum of products.
//  2. Accumulator. If an output's sum of |products| is below 2^(acc_bits-1), no partial sum of the
//     golden order (any chunking) can leave the accumulator's range, so the golden result is S.
//     Wrap is exact modulo 2^acc_bits, so the golden result is wrap(S) in every case. Saturation
//     depends on the order: outputs whose sum of |products| reaches 2^(acc_bits-1) are recomputed
//     one by one in the golden order with golden::acc_add.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "golden/conv.h"
#include "golden/gemm.h"
#include "golden/grad_quantizer.h"
#include "golden/metrics.h"
#include "golden/quantizers.h"

#include "host/fp32_gemm.h"

namespace py = pybind11;

namespace {

using f32_in = py::array_t<float, py::array::c_style | py::array::forcecast>;
using i16_in = py::array_t<int16_t, py::array::c_style | py::array::forcecast>;

// A std::vector handed to numpy without a copy: numpy owns it through a capsule.
template <typename T>
py::array to_numpy(std::vector<T>&& v, std::vector<py::ssize_t> shape) {
  auto* heap = new std::vector<T>(std::move(v));
  py::capsule owner(heap, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>(shape, heap->data(), owner);
}

template <typename T>
std::vector<py::ssize_t> shape_of(const py::array_t<T, py::array::c_style | py::array::forcecast>& a) {
  return std::vector<py::ssize_t>(a.shape(), a.shape() + a.ndim());
}

template <typename T, typename A>
std::vector<T> to_vector(const A& a) {
  return std::vector<T>(a.data(), a.data() + a.size());
}

golden::Arith parse_arith(const std::string& s) {
  if (s == "hw") return golden::Arith::hw;
  if (s == "paper") return golden::Arith::paper;
  throw py::value_error("arith must be 'hw' or 'paper', not '" + s + "'");
}
golden::Rounding parse_rounding(const std::string& s) {
  if (s == "stochastic") return golden::Rounding::stochastic;
  if (s == "nearest") return golden::Rounding::nearest;
  throw py::value_error("rounding must be 'stochastic' or 'nearest', not '" + s + "'");
}
golden::Policy parse_policy(const std::string& s) {
  try {
    return golden::policy_from_name(s);
  } catch (const std::invalid_argument&) {
    throw py::value_error("policy must be lbt|fixed|minmax|dsgc|pwf, not '" + s + "'");
  }
}
golden::GmaxMode parse_mode(const std::string& s) {
  if (s == "exact") return golden::GmaxMode::exact;
  if (s == "predicted") return golden::GmaxMode::predicted;
  throw py::value_error("mode must be 'exact' or 'predicted', not '" + s + "'");
}
golden::AccSpec make_acc(int acc_bits, const std::string& overflow, int64_t k_chunk) {
  if (acc_bits < 16 || acc_bits > 32) throw py::value_error("acc_bits must be in 16..32");
  golden::AccSpec acc;
  acc.bits = acc_bits;
  if (overflow == "saturate") acc.overflow = golden::Overflow::saturate;
  else if (overflow == "wrap") acc.overflow = golden::Overflow::wrap;
  else throw py::value_error("overflow must be 'saturate' or 'wrap', not '" + overflow + "'");
  acc.k_chunk = k_chunk <= 0 ? INT64_MAX : k_chunk;
  return acc;
}
void check_bits(int bits) {
  if (bits < 2 || bits > 8) throw py::value_error("bits must be in 2..8");
}

py::tuple quantized_tuple(golden::Quantized&& q, std::vector<py::ssize_t> shape) {
  const float scale = q.scale;
  return py::make_tuple(to_numpy(std::move(q.codes), shape), to_numpy(std::move(q.dequant), shape), scale);
}

// ---------------------------------------------------------------------------------------------
// Exact fast GEMM on integer codes held as float32: C[b] = op(A[b]) x op(B[b]), batched.
// Layouts: A is (batch_a, rows, cols) with batch_a 1 (shared) or `batch`; op(A) is M x K
// (trans_a: A[b] is K x M). Same for B: op(B) is K x N. With reduce_batch, C = sum_b op(A[b]) op(B[b])
// and the golden reduction index is (b, k) in increasing order (the lowered conv's weight
// gradient); otherwise each C[b] has reduction index k.
struct Operand {
  const float* data;
  int64_t batch, rows, cols;  // stored shape
  bool trans;
  int64_t m() const { return trans ? cols : rows; }  // rows of op()
  int64_t n() const { return trans ? rows : cols; }
  const float* mat(int64_t b) const { return data + (batch == 1 ? 0 : b * rows * cols); }
  // element (i, j) of op(X[b])
  float at(int64_t b, int64_t i, int64_t j) const {
    return trans ? mat(b)[j * cols + i] : mat(b)[i * cols + j];
  }
};

// C (m x n, row-major, ldc = n) += op(A) op(B) over k in [k0, k1), float32.
void sgemm_chunk(const Operand& a, const Operand& b, int64_t bi, int64_t k0, int64_t k1, int64_t m,
                 int64_t n, float* c, float beta) {
  const int64_t kc = k1 - k0;
  const float* pa = a.mat(bi);
  const float* pb = b.mat(bi);
  // op(A)(i, k0..): not transposed: pa + k0 (row stride cols); transposed: stored K x M, start row k0.
  const float* a0 = a.trans ? pa + k0 * a.cols : pa + k0;
  const float* b0 = b.trans ? pb + k0 : pb + k0 * b.cols;
  int4sim::host::sgemm(a.trans, b.trans, m, n, kc, a0, a.cols, b0, b.cols, beta, c, n);
}

// Exact integer sums S (int64) of the batched product; `bound` is the largest |a| * |b| product.
// Every float32 partial result stays below 2^24 in magnitude (see the header comment).
std::vector<int64_t> exact_sums(const Operand& a, const Operand& b, int64_t batch, bool reduce_batch, double max_prod) {
  const int64_t m = a.m(), n = b.n(), k = a.n();
  const int64_t out_batch = reduce_batch ? 1 : batch;
  std::vector<int64_t> s(static_cast<size_t>(out_batch * m * n), 0);
  if (max_prod == 0 || k == 0) return s;
  const double limit = 16777215.0;  // 2^24 - 1
  const int64_t kc = std::max<int64_t>(1, static_cast<int64_t>(std::floor(limit / max_prod)));
  std::vector<float> c(static_cast<size_t>(m * n));
  if (reduce_batch && kc >= batch * k) {
    // The whole reduction (all batches) in one float32 accumulation: exact.
    for (int64_t bi = 0; bi < batch; ++bi) sgemm_chunk(a, b, bi, 0, k, m, n, c.data(), bi == 0 ? 0.0f : 1.0f);
    for (size_t i = 0; i < c.size(); ++i) s[i] = static_cast<int64_t>(c[i]);
    return s;
  }
  for (int64_t bi = 0; bi < batch; ++bi) {
    int64_t* sb = s.data() + (reduce_batch ? 0 : bi * m * n);
    for (int64_t k0 = 0; k0 < k; k0 += kc) {
      const int64_t k1 = std::min(k, k0 + kc);
      const bool first = !reduce_batch && k0 == 0;
      sgemm_chunk(a, b, bi, k0, k1, m, n, c.data(), 0.0f);
      if (first && k1 == k) {
        for (int64_t i = 0; i < m * n; ++i) sb[i] = static_cast<int64_t>(c[i]);
      } else {
        for (int64_t i = 0; i < m * n; ++i) sb[i] += static_cast<int64_t>(c[i]);
      }
    }
  }
  return s;
}

// Max |x| of an array that must hold integers of magnitude <= 2^15 (codes); refuses anything else.
// Written branch-free so that it vectorizes.
double checked_max_abs(const float* x, int64_t n, const char* what) {
  float mx = 0;
  int bad = 0;
  for (int64_t i = 0; i < n; ++i) {
    const float v = x[i];
    const float a = std::fabs(v);
    const bool in_range = a <= 32768.0f;  // false for NaN
    const float t = in_range ? v : 0.0f;
    bad |= static_cast<int>(!in_range) | static_cast<int>(t != static_cast<float>(static_cast<int32_t>(t)));
    mx = a > mx ? a : mx;
  }
  if (bad) throw std::invalid_argument(std::string(what) + " must hold integer codes of magnitude <= 2^15");
  return mx;
}

int64_t wrap_to(int64_t s, int bits) {
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  const uint64_t u = static_cast<uint64_t>(s) & mask;
  const int64_t hi = (int64_t{1} << (bits - 1)) - 1;
  return u > static_cast<uint64_t>(hi) ? static_cast<int64_t>(u) - (int64_t{1} << bits) : static_cast<int64_t>(u);
}

struct GemmStats {
  int64_t golden_entries = 0;  // outputs recomputed in the golden order (possible saturation)
  bool bound_ok = false;       // no output could leave the accumulator's range
  bool direct = false;         // one float32 accumulation per output (no chunking, no int64 pass)
  double sum_bound = 0;        // K_total * max|a| * max|b|: a bound on every |output|
};

// The accumulator results as int32 (or, with as_float, as float32(int32 result): what dequantization
// multiplies; exact integers when |C| < 2^24).
template <typename Out>
std::vector<Out> gemm_codes_impl(const Operand& a, const Operand& b, int64_t batch, bool reduce_batch,
                                 const golden::AccSpec& acc, GemmStats& stats) {
  const int64_t m = a.m(), n = b.n(), k = a.n();
  const int64_t out_batch = reduce_batch ? 1 : batch;
  const double max_a = checked_max_abs(a.data, a.batch * a.rows * a.cols, "a");
  const double max_b = checked_max_abs(b.data, b.batch * b.rows * b.cols, "b");
  const double max_prod = max_a * max_b;
  const double k_total = static_cast<double>(reduce_batch ? batch * k : k);
  const double acc_limit = std::ldexp(1.0, acc.bits - 1);  // |partial| < this: no overflow
  stats.sum_bound = k_total * max_prod;
  stats.bound_ok = stats.sum_bound < acc_limit;
  std::vector<Out> out(static_cast<size_t>(out_batch * m * n));

  if (stats.bound_ok && stats.sum_bound < 16777216.0) {
    // Common case: every output and every partial sum is an integer below 2^24 and below the
    // accumulator's range: one float32 GEMM per batch, straight into the output.
    stats.direct = true;
    if (max_prod == 0 || k == 0) return out;  // value-initialised: zeros
    std::vector<float> tmp;
    float* c = nullptr;
    if constexpr (std::is_same_v<Out, float>) {
      c = out.data();
    } else {
      tmp.resize(out.size());
      c = tmp.data();
    }
    for (int64_t bi = 0; bi < batch; ++bi) {
      float* cb = c + (reduce_batch ? 0 : bi * m * n);
      sgemm_chunk(a, b, bi, 0, k, m, n, cb, (reduce_batch && bi > 0) ? 1.0f : 0.0f);
    }
    if constexpr (!std::is_same_v<Out, float>)
      for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<Out>(tmp[i]);
    return out;
  }

  std::vector<int64_t> s = exact_sums(a, b, batch, reduce_batch, max_prod);
  std::vector<int64_t> res(s.size());
  if (stats.bound_ok) {
    res = std::move(s);
  } else if (acc.overflow == golden::Overflow::wrap) {
    for (size_t i = 0; i < s.size(); ++i) res[i] = wrap_to(s[i], acc.bits);
  } else {
    // Saturation: per-output bound sum |a||b|, exactly, from the absolute values.
    std::vector<float> abs_a(a.data, a.data + a.batch * a.rows * a.cols),
        abs_b(b.data, b.data + b.batch * b.rows * b.cols);
    for (auto& v : abs_a) v = std::fabs(v);
    for (auto& v : abs_b) v = std::fabs(v);
    Operand aa = a, bb = b;
    aa.data = abs_a.data();
    bb.data = abs_b.data();
    const std::vector<int64_t> bound = exact_sums(aa, bb, batch, reduce_batch, max_prod);
    const int64_t chunk = acc.k_chunk < 1 ? 1 : acc.k_chunk;
    for (int64_t ob = 0; ob < out_batch; ++ob)
      for (int64_t i = 0; i < m; ++i)
        for (int64_t j = 0; j < n; ++j) {
          const size_t idx = static_cast<size_t>((ob * m + i) * n + j);
          if (static_cast<double>(bound[idx]) < acc_limit) {
            res[idx] = s[idx];
            continue;
          }
          ++stats.golden_entries;
          // golden::gemm's loop for this output: flat reduction index t = (b, kk) or kk.
          const int64_t b_first = reduce_batch ? 0 : ob, b_last = reduce_batch ? batch : ob + 1;
          const int64_t total = (b_last - b_first) * k;
          int64_t accv = 0;
          for (int64_t t0 = 0; t0 < total; t0 += chunk) {
            int64_t part = 0;
            for (int64_t t = t0; t < total && t < t0 + chunk; ++t) {
              const int64_t bi = b_first + t / k, kk = t % k;
              const int64_t p = static_cast<int64_t>(a.at(bi, i, kk)) * static_cast<int64_t>(b.at(bi, kk, j));
              part = golden::acc_add(part, p, acc);
            }
            accv = golden::acc_add(accv, part, acc);
          }
          res[idx] = accv;
        }
  }
  for (size_t i = 0; i < res.size(); ++i) out[i] = static_cast<Out>(static_cast<int32_t>(res[i]));
  return out;
}

Operand make_operand(const f32_in& x, bool trans, const char* what) {
  Operand o{x.data(), 1, 0, 0, trans};
  if (x.ndim() == 2) {
    o.rows = x.shape(0);
    o.cols = x.shape(1);
  } else if (x.ndim() == 3) {
    o.batch = x.shape(0);
    o.rows = x.shape(1);
    o.cols = x.shape(2);
  } else {
    throw py::value_error(std::string(what) + " must be 2-D or 3-D");
  }
  return o;
}

py::tuple gemm_codes(const f32_in& a_in, const f32_in& b_in, bool trans_a, bool trans_b, bool reduce_batch,
                     int acc_bits, const std::string& overflow, int64_t k_chunk, bool as_float) {
  const golden::AccSpec acc = make_acc(acc_bits, overflow, k_chunk);
  const Operand a = make_operand(a_in, trans_a, "a"), b = make_operand(b_in, trans_b, "b");
  if (a.n() != b.m()) throw py::value_error("inner dimensions differ");
  if (a.batch != 1 && b.batch != 1 && a.batch != b.batch) throw py::value_error("batch sizes differ");
  const int64_t batch = std::max(a.batch, b.batch);
  const bool batched = a_in.ndim() == 3 || b_in.ndim() == 3;
  const bool reduce = reduce_batch && batched;
  std::vector<py::ssize_t> shape = (batched && !reduce) ? std::vector<py::ssize_t>{batch, a.m(), b.n()}
                                                        : std::vector<py::ssize_t>{a.m(), b.n()};
  GemmStats stats;
  py::array result;
  if (as_float) {
    std::vector<float> out;
    {
      py::gil_scoped_release nogil;
      out = gemm_codes_impl<float>(a, b, batch, reduce, acc, stats);
    }
    result = to_numpy(std::move(out), shape);
  } else {
    std::vector<int32_t> out;
    {
      py::gil_scoped_release nogil;
      out = gemm_codes_impl<int32_t>(a, b, batch, reduce, acc, stats);
    }
    result = to_numpy(std::move(out), shape);
  }
  py::dict st;
  st["golden_entries"] = stats.golden_entries;
  st["bound_ok"] = stats.bound_ok;
  st["direct"] = stats.direct;
  st["sum_bound"] = stats.sum_bound;
  return py::make_tuple(result, st);
}

// ---------------------------------------------------------------------------------------------
golden::ConvShape conv_shape(py::ssize_t n, py::ssize_t c, py::ssize_t h, py::ssize_t w, py::ssize_t k, py::ssize_t r,
                             py::ssize_t s, py::ssize_t stride, py::ssize_t pad, py::ssize_t groups) {
  golden::ConvShape sh;
  sh.n = n; sh.c = c; sh.h = h; sh.w = w; sh.k = k; sh.r = r; sh.s = s;
  sh.stride = stride; sh.pad = pad; sh.groups = groups;
  if (n < 1 || c < 1 || h < 1 || w < 1 || k < 1 || r < 1 || s < 1 || stride < 1 || pad < 0 || groups < 1 ||
      c % groups || k % groups || sh.p() < 1 || sh.q() < 1)
    throw py::value_error("invalid convolution shape");
  return sh;
}

class PyGradQuantizer {
 public:
  explicit PyGradQuantizer(const golden::GradQuantParams& p) : p_(p), q_(p) {}

  py::dict step(const f32_in& g_in, bool metrics, double rho, bool want_dequant) {
    if (g_in.size() == 0) throw py::value_error("empty gradient");
    std::vector<float> g = to_vector<float>(g_in);
    golden::GradQuantStep st;
    golden::ErrorMetrics em;
    {
      py::gil_scoped_release nogil;
      // std::invalid_argument becomes ValueError; the GIL is taken back while unwinding.
      for (float v : g)
        if (!std::isfinite(v)) throw std::invalid_argument("gradient holds NaN or Inf");
      st = q_.step(g);
      if (metrics) em = golden::error_metrics(g, st.dequant, rho);
    }
    const auto shape = shape_of(g_in);
    py::dict d;
    d["codes"] = to_numpy(std::move(st.codes), shape);
    if (want_dequant) d["dequant"] = to_numpy(std::move(st.dequant), shape);
    d["scale"] = st.scale;
    d["gamma_used"] = st.gamma_used;
    d["gamma_next"] = st.gamma_next;
    d["g_max"] = st.g_max;
    d["g_max_used"] = st.g_max_used;
    d["clip"] = st.clip;
    d["clipped"] = st.clipped;
    d["numel"] = st.numel;
    d["search_passes"] = st.search_passes;
    d["lr_scale"] = st.lr_scale;
    d["iteration"] = q_.iteration();
    if (metrics) {
      const auto opt = [](double v) -> py::object { return std::isnan(v) ? py::none() : py::cast(v); };
      d["E_G"] = opt(em.e_g);
      d["E_GL"] = opt(em.e_gl);
      d["mse"] = em.mse;
      d["sqnr_db"] = em.sqnr_db;
      d["cosine"] = em.cosine;
    }
    return d;
  }
  double gamma() const { return q_.gamma(); }
  uint64_t iteration() const { return q_.iteration(); }
  const golden::GradQuantParams& params() const { return p_; }

 private:
  golden::GradQuantParams p_;
  golden::GradQuantizer q_;
};


}  // namespace

PYBIND11_MODULE(_int4sim, m) {
  m.doc() = "int4sim golden model: quantizers, integer GEMM, conv lowering, gradient quantizer, metrics";
  m.attr("fast_gemm_backend") = int4sim::host::sgemm_uses_onednn() ? "dnnl_sgemm" : "loops";

  m.def(
      "quantize_weights",
      [](const f32_in& w, float s_w, int bits, const std::string& arith) {
        check_bits(bits);
        if (!(s_w > 0) || !std::isfinite(s_w)) throw py::value_error("s_w must be positive and finite");
        const auto shape = shape_of(w);
        std::vector<float> v = to_vector<float>(w);
        golden::Quantized q;
        {
          py::gil_scoped_release nogil;
          q = golden::quantize_weights(v, s_w, bits, parse_arith(arith));
        }
        return quantized_tuple(std::move(q), shape);
      },
      py::arg("w"), py::arg("s_w"), py::arg("bits") = 4, py::arg("arith") = "hw",
      "Signed symmetric weight quantizer (2^b-1 levels). Returns (codes int16, dequant float32, scale).");
  m.def(
      "quantize_activations",
      [](const f32_in& x, float u_a, int bits, const std::string& arith) {
        check_bits(bits);
        if (!(u_a > 0) || !std::isfinite(u_a)) throw py::value_error("u_a must be positive and finite");
        const auto shape = shape_of(x);
        std::vector<float> v = to_vector<float>(x);
        golden::Quantized q;
        {
          py::gil_scoped_release nogil;
          q = golden::quantize_activations(v, u_a, bits, parse_arith(arith));
        }
        return quantized_tuple(std::move(q), shape);
      },
      py::arg("x"), py::arg("u_a"), py::arg("bits") = 4, py::arg("arith") = "hw",
      "Unsigned activation quantizer (2^b levels). Returns (codes int16, dequant float32, scale).");

  m.def(
      "gemm",
      [](const i16_in& a, const i16_in& b, int acc_bits, const std::string& overflow, int64_t k_chunk) {
        if (a.ndim() != 2 || b.ndim() != 2) throw py::value_error("a and b must be 2-D");
        if (a.shape(1) != b.shape(0)) throw py::value_error("inner dimensions differ");
        const golden::AccSpec acc = make_acc(acc_bits, overflow, k_chunk);
        const int64_t m_ = a.shape(0), k_ = a.shape(1), n_ = b.shape(1);
        std::vector<int16_t> va = to_vector<int16_t>(a), vb = to_vector<int16_t>(b);
        std::vector<int32_t> c;
        {
          py::gil_scoped_release nogil;
          c = golden::gemm(va, vb, m_, n_, k_, acc);
        }
        return to_numpy(std::move(c), {m_, n_});
      },
      py::arg("a"), py::arg("b"), py::arg("acc_bits") = 32, py::arg("overflow") = "saturate",
      py::arg("k_chunk") = 0,
      "The golden integer GEMM: C (MxN int32) = A (MxK int16) x B (KxN int16) through an accumulator of acc_bits "
      "(16..32) that wraps or saturates after every addition; K summed in chunks of k_chunk (<= 0: one chunk).");
  m.def("gemm_codes", &gemm_codes, py::arg("a"), py::arg("b"), py::arg("trans_a") = false,
        py::arg("trans_b") = false, py::arg("reduce_batch") = false, py::arg("acc_bits") = 32,
        py::arg("overflow") = "saturate", py::arg("k_chunk") = 0, py::arg("as_float") = false,
        "Exact fast path equal to the golden GEMM bit for bit: codes as float32 integers, 2-D or batched 3-D "
        "(op(A[b]) x op(B[b]); reduce_batch sums over the batch with reduction index (b, k)). Returns (C, stats): "
        "C int32, or with as_float float32(C) (what dequantization multiplies); stats: golden_entries "
        "(outputs recomputed in the golden order), bound_ok, direct, sum_bound (K * max|a| * max|b|).");
  m.def(
      "transpose",
      [](const i16_in& x) {
        if (x.ndim() != 2) throw py::value_error("x must be 2-D");
        const int64_t r = x.shape(0), c = x.shape(1);
        return to_numpy(golden::transpose(to_vector<int16_t>(x), r, c), {c, r});
      },
      py::arg("x"));

  // Conv lowering (golden/conv.h). x, act: N x C x H x W int16; wgt: K x C/groups x R x S; grad: N x K x P x Q.
  m.def(
      "im2col",
      [](const i16_in& x, int64_t k, int64_t r, int64_t s, int64_t stride, int64_t pad, int64_t groups, int64_t g) {
        if (x.ndim() != 4) throw py::value_error("x must be N x C x H x W");
        const auto sh = conv_shape(x.shape(0), x.shape(1), x.shape(2), x.shape(3), k, r, s, stride, pad, groups);
        if (g < 0 || g >= groups) throw py::value_error("group out of range");
        std::vector<int16_t> v = to_vector<int16_t>(x), col;
        {
          py::gil_scoped_release nogil;
          col = golden::im2col(v, sh, g);
        }
        return to_numpy(std::move(col), {sh.gemm_m(), sh.gemm_k()});
      },
      py::arg("x"), py::arg("k"), py::arg("r"), py::arg("s"), py::arg("stride") = 1, py::arg("pad") = 0,
      py::arg("groups") = 1, py::arg("g") = 0);
  m.def(
      "conv_forward",
      [](const i16_in& act, const i16_in& wgt, int64_t stride, int64_t pad, int64_t groups, int acc_bits,
         const std::string& overflow, int64_t k_chunk) {
        if (act.ndim() != 4 || wgt.ndim() != 4) throw py::value_error("act and wgt must be 4-D");
        const auto sh = conv_shape(act.shape(0), act.shape(1), act.shape(2), act.shape(3), wgt.shape(0),
                                   wgt.shape(2), wgt.shape(3), stride, pad, groups);
        if (wgt.shape(1) != sh.c_per_group()) throw py::value_error("weight channels differ");
        const auto acc = make_acc(acc_bits, overflow, k_chunk);
        std::vector<int16_t> va = to_vector<int16_t>(act), vw = to_vector<int16_t>(wgt);
        std::vector<int32_t> y;
        {
          py::gil_scoped_release nogil;
          y = golden::conv_forward(va, vw, sh, acc);
        }
        return to_numpy(std::move(y), {sh.n, sh.k, sh.p(), sh.q()});
      },
      py::arg("act"), py::arg("wgt"), py::arg("stride") = 1, py::arg("pad") = 0, py::arg("groups") = 1,
      py::arg("acc_bits") = 32, py::arg("overflow") = "saturate", py::arg("k_chunk") = 0);
  m.def(
      "conv_dgrad",
      [](const i16_in& grad, const i16_in& wgt, int64_t h, int64_t w, int64_t stride, int64_t pad, int64_t groups,
         int acc_bits, const std::string& overflow, int64_t k_chunk) {
        if (grad.ndim() != 4 || wgt.ndim() != 4) throw py::value_error("grad and wgt must be 4-D");
        const auto sh = conv_shape(grad.shape(0), wgt.shape(1) * groups, h, w, wgt.shape(0), wgt.shape(2),
                                   wgt.shape(3), stride, pad, groups);
        if (grad.shape(1) != sh.k || grad.shape(2) != sh.p() || grad.shape(3) != sh.q())
          throw py::value_error("gradient shape does not match the convolution");
        const auto acc = make_acc(acc_bits, overflow, k_chunk);
        std::vector<int16_t> vg = to_vector<int16_t>(grad), vw = to_vector<int16_t>(wgt);
        std::vector<int32_t> dx;
        {
          py::gil_scoped_release nogil;
          dx = golden::conv_dgrad(vg, vw, sh, acc);
        }
        return to_numpy(std::move(dx), {sh.n, sh.c, sh.h, sh.w});
      },
      py::arg("grad"), py::arg("wgt"), py::arg("h"), py::arg("w"), py::arg("stride") = 1, py::arg("pad") = 0,
      py::arg("groups") = 1, py::arg("acc_bits") = 32, py::arg("overflow") = "saturate", py::arg("k_chunk") = 0);
  m.def(
      "conv_wgrad",
      [](const i16_in& act, const i16_in& grad, int64_t r, int64_t s, int64_t stride, int64_t pad, int64_t groups,
         int acc_bits, const std::string& overflow, int64_t k_chunk) {
        if (act.ndim() != 4 || grad.ndim() != 4) throw py::value_error("act and grad must be 4-D");
        const auto sh = conv_shape(act.shape(0), act.shape(1), act.shape(2), act.shape(3), grad.shape(1), r, s,
                                   stride, pad, groups);
        if (grad.shape(0) != sh.n || grad.shape(2) != sh.p() || grad.shape(3) != sh.q())
          throw py::value_error("gradient shape does not match the convolution");
        const auto acc = make_acc(acc_bits, overflow, k_chunk);
        std::vector<int16_t> va = to_vector<int16_t>(act), vg = to_vector<int16_t>(grad);
        std::vector<int32_t> dw;
        {
          py::gil_scoped_release nogil;
          dw = golden::conv_wgrad(va, vg, sh, acc);
        }
        return to_numpy(std::move(dw), {sh.k, sh.c_per_group(), sh.r, sh.s});
      },
      py::arg("act"), py::arg("grad"), py::arg("r"), py::arg("s"), py::arg("stride") = 1, py::arg("pad") = 0,
      py::arg("groups") = 1, py::arg("acc_bits") = 32, py::arg("overflow") = "saturate", py::arg("k_chunk") = 0);

  py::class_<PyGradQuantizer>(m, "GradQuantizer",
                              "The golden gradient quantizer of one layer: policy, gamma state, interval update.")
      .def(py::init([](int bits, const std::string& policy, const std::string& rounding, const std::string& arith,
                       const std::string& mode, double fixed_gamma, int rand_bits, double alpha, int gamma_frac_bits,
                       int gamma_step_lsb, int dsgc_grid, int dsgc_period, int pwf_shift, uint64_t seed,
                       uint64_t layer) {
             golden::GradQuantParams p;
             check_bits(bits);
             p.bits = bits;
             p.policy = parse_policy(policy);
             p.rounding = parse_rounding(rounding);
             p.arith = parse_arith(arith);
             p.mode = parse_mode(mode);
             if (!(fixed_gamma > 0 && fixed_gamma <= 1)) throw py::value_error("fixed_gamma must be in (0, 1]");
             if (rand_bits < 1 || rand_bits > 24) throw py::value_error("rand_bits must be in 1..24");
             if (!(alpha > 0 && alpha < 1)) throw py::value_error("alpha must be in (0, 1)");
             if (gamma_frac_bits < 10 || gamma_frac_bits > 30) throw py::value_error("gamma_frac_bits must be in 10..30");
             if (gamma_step_lsb < 0) throw py::value_error("gamma_step_lsb must be >= 0");
             if (dsgc_grid < 2 || dsgc_period < 1) throw py::value_error("dsgc_grid >= 2 and dsgc_period >= 1");
             if (pwf_shift < 1 || pwf_shift > 6) throw py::value_error("pwf_shift must be in 1..6");
             if (p.policy == golden::Policy::pwf &&
                 (bits < 3 || ((1 << (bits - 2)) - 1) * (1 << pwf_shift) > 127))
               throw py::value_error("pwf needs bits >= 3 and (2^(bits-2)-1) * 2^pwf_shift <= 127");
             p.fixed_gamma = fixed_gamma;
             p.rand_bits = rand_bits;
             p.alpha = alpha;
             p.gamma_frac_bits = gamma_frac_bits;
             p.gamma_step_lsb = gamma_step_lsb;
             p.dsgc_grid = dsgc_grid;
             p.dsgc_period = dsgc_period;
             p.pwf_shift = pwf_shift;
             p.seed = seed;
             p.layer = layer;
             return PyGradQuantizer(p);
           }),
           py::kw_only(), py::arg("bits") = 4, py::arg("policy") = "lbt", py::arg("rounding") = "stochastic",
           py::arg("arith") = "hw", py::arg("mode") = "exact", py::arg("fixed_gamma") = 0.8, py::arg("rand_bits") = 8,
           py::arg("alpha") = 1e-3, py::arg("gamma_frac_bits") = 15, py::arg("gamma_step_lsb") = 0,
           py::arg("dsgc_grid") = 100, py::arg("dsgc_period") = 1, py::arg("pwf_shift") = 3, py::arg("seed") = 1,
           py::arg("layer") = 0)
      .def("step", &PyGradQuantizer::step, py::arg("g"), py::arg("metrics") = false, py::arg("rho") = 1e-3,
           py::arg("dequant") = true,
           "Quantizes this iteration's dL/dy (float32, any shape, C order) with the gamma set after the previous "
           "iteration, then updates gamma. Returns a dict: codes (int16, g's shape), dequant (float32), scale, "
           "gamma_used, gamma_next, g_max, g_max_used, clip, clipped, numel, search_passes, lr_scale, iteration; "
           "with metrics=True also E_G, E_GL, mse, sqnr_db, cosine (golden error_metrics with rho).")
      .def_property_readonly("gamma", &PyGradQuantizer::gamma)
      .def_property_readonly("iteration", &PyGradQuantizer::iteration)
      .def_property_readonly("params", [](const PyGradQuantizer& q) {
        const auto& p = q.params();
        py::dict d;
        d["bits"] = p.bits;
        d["policy"] = golden::policy_name(p.policy);
        d["rounding"] = p.rounding == golden::Rounding::stochastic ? "stochastic" : "nearest";
        d["arith"] = p.arith == golden::Arith::hw ? "hw" : "paper";
        d["mode"] = p.mode == golden::GmaxMode::exact ? "exact" : "predicted";
        d["fixed_gamma"] = p.fixed_gamma;
        d["rand_bits"] = p.rand_bits;
        d["alpha"] = p.alpha;
        d["gamma_frac_bits"] = p.gamma_frac_bits;
        d["gamma_step_lsb"] = p.gamma_step_lsb;
        d["dsgc_grid"] = p.dsgc_grid;
        d["dsgc_period"] = p.dsgc_period;
        d["pwf_shift"] = p.pwf_shift;
        d["seed"] = p.seed;
        d["layer"] = p.layer;
        return d;
      });

  m.def(
      "error_metrics",
      [](const f32_in& x, const f32_in& q, double rho) {
        if (x.size() != q.size()) throw py::value_error("x and q differ in size");
        std::vector<float> vx = to_vector<float>(x), vq = to_vector<float>(q);
        golden::ErrorMetrics em;
        {
          py::gil_scoped_release nogil;
          em = golden::error_metrics(vx, vq, rho);
        }
        const auto opt = [](double v) -> py::object { return std::isnan(v) ? py::none() : py::cast(v); };
        py::dict d;
        d["E_G"] = opt(em.e_g);
        d["E_GL"] = opt(em.e_gl);
        d["mse"] = em.mse;
        d["sqnr_db"] = em.sqnr_db;
        d["cosine"] = em.cosine;
        return d;
      },
      py::arg("x"), py::arg("q"), py::arg("rho") = 1e-3,
      "Golden error metrics of q against x: E_G, E_GL (top ceil(rho*N) by |x|), mse, sqnr_db, cosine.");
}
