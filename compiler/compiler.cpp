#include "compiler/compiler.h"

#include <algorithm>
#include <stdexcept>

#include "compiler/tiling.h"
#include "base/error.h"

namespace int4sim::compiler {
namespace {

// The vector unit's forward and backward ops for each function of a vector layer.
std::pair<ir::VecOp, ir::VecOp> vector_ops(workloads::VecFn fn) {
  using workloads::VecFn;
  using ir::VecOp;
  switch (fn) {
    case VecFn::relu: return {VecOp::relu_fwd, VecOp::relu_bwd};
    case VecFn::batchnorm:
    case VecFn::layernorm: return {VecOp::bn_fwd, VecOp::bn_bwd};
    case VecFn::softmax: return {VecOp::softmax, VecOp::softmax};
    case VecFn::mul: return {VecOp::mul, VecOp::mul};
    case VecFn::gelu:
    case VecFn::silu:
    case VecFn::sigmoid:
    case VecFn::hardsigmoid:
    case VecFn::hardswish:
    case VecFn::tanh: return {VecOp::act, VecOp::act};
  }
  return {VecOp::act, VecOp::act};
}

// Adds a semaphore to those an already emitted op signals (it has two slots).
void add_signal(ir::Op& op, uint8_t sem) {
  if (op.signal[1]) throw std::logic_error("compiler: an op would signal three semaphores");
  op.signal[op.signal[0] ? 1 : 0] = sem;
}

using ir::Buffer;
using ir::ElemType;
using ir::Op;
using ir::OpKind;
using ir::Phase;
using ir::Unit;
using ir::Walk;

// Semaphores of the GEMM protocol (two slots each). Operand slot s: a load of A takes a "free"
// token, the load of B gives a "full" token; the GEMM tile takes "full" and gives "free". C slot
// b: the first K tile of a block takes "C free", the last gives "C full"; the store takes
// "C full" and gives "C free". Free tokens start at 1 per slot (Program::initial_semaphores).
constexpr uint8_t kOperandsFull[2] = {1, 2}, kOperandsFree[2] = {3, 4}, kCFull[2] = {5, 6}, kCFree[2] = {7, 8};
// Producer -> consumer hand-offs between units, one token per tensor: G codes ready for the
// backward GEMMs; a layer's output activations ready for the next layer; Y, dX, dW stored for
// the vector unit; dL/dy final for the GQU; weights updated for the forward quantizer; a conv
// layer's ReLU output ready for the forward quantizer. A semaphore has one kind of producer and
// one kind of consumer, each on an in-order unit, so the k-th token reaches the k-th consumer:
// a semaphore shared by two hand-offs lets one consumer take the other's token (the forward
// quantizer once took the previous layer's output token and ran before its own layer's GEMM).
// A layer's output goes to the next layer on the DMA (its GEMM's loads: kActReady) or on the
// vector unit (pooling, residual add, an FP32 layer, the loss: kActReadyVec).
constexpr uint8_t kGradReady = 9, kActReady = 10, kYStored = 11, kDxStored = 12, kDwStored = 13, kDyReady = 14,
                  kWeightsUpdated = 15, kReluDone = 16, kActReadyVec = 17;

struct Source {  // a logical operand matrix in DRAM
  int tensor = -1;
  Walk walk = Walk::matrix;
  int64_t row0 = 0, col0 = 0, ld = 0;
  int geometry = -1;
  Buffer buffer = Buffer::act;
};

struct Sink {  // where C goes
  int tensor = -1;
  Walk walk = Walk::matrix;
  int64_t row0 = 0, col0 = 0, ld = 0;
  int geometry = -1;
};

struct GemmJob {
  int64_t m = 0, n = 0, k = 0;
  Source a, b;
  Sink c;
  int layer = -1;
  Phase phase = Phase::fwd;
  int passes = 1;
  uint8_t first_wait = 0;   // a semaphore the first tile's A load waits for (data produced upstream)
  uint8_t done_signal = 0;  // given by the job's last store (the result is in DRAM)
};

// Storage of codes: INT4 packed when they fit in 4 bits; otherwise a byte each, and the array
// runs the GEMM as INT8 (four INT4 nibble passes).
ElemType grad_type(const Target& cfg) { return cfg.g_bits <= 4 && !cfg.g_wide_codes ? ElemType::s4 : ElemType::s8; }
ElemType weight_type(const Target& cfg, bool wide) { return !wide && cfg.w_bits <= 4 ? ElemType::s4 : ElemType::s8; }
ElemType act_type(const Target& cfg, bool wide) { return !wide && cfg.a_bits <= 4 ? ElemType::u4 : ElemType::u8; }
bool is_byte(ElemType t) { return t == ElemType::s8 || t == ElemType::u8; }
bool is_unsigned(ElemType t) { return t == ElemType::u4 || t == ElemType::u8; }
int passes_for(ElemType a, ElemType b) { return is_byte(a) || is_byte(b) ? 4 : 1; }

class Emitter {
 public:
  Emitter(ir::Program& prog, const Target& cfg) : prog_(prog), cfg_(cfg), double_buffer_(cfg.double_buffer) {
    const uint64_t share = double_buffer_ ? 2 : 1;
    for (int b = 0; b < 4; ++b) room_[b] = cfg.buffer_bytes[b] / share;
    for (int s = 0; s < 2; ++s) {
      prog_.initial_semaphores[kOperandsFree[s]] = s < slots() ? 1 : 0;
      prog_.initial_semaphores[kCFree[s]] = s < slots() ? 1 : 0;
    }
  }

  int slots() const { return double_buffer_ ? 2 : 1; }

  Tiling gemm(const GemmJob& job) {
    BufferSizes rooms{room_[static_cast<int>(job.a.buffer)], room_[static_cast<int>(job.b.buffer)], room_[3], cfg_.dram_bytes_per_cycle, double_buffer_, job.passes};
    if (job.a.buffer == job.b.buffer) rooms.act_tile = rooms.wgt_tile = room_[static_cast<int>(job.a.buffer)] / 2;
    const Tiling t = choose_tiling(job.m, job.n, job.k, cfg_.array_rows, cfg_.array_cols, rooms);
    const uint64_t a_base = 0, b_base = job.a.buffer == job.b.buffer ? rooms.act_tile : 0;
    int64_t block = 0;
    bool first = true;
    for (int64_t n0 = 0; n0 < job.n; n0 += t.nt)
      for (int64_t m0 = 0; m0 < job.m; m0 += t.mt, ++block)
        for (int64_t k0 = 0; k0 < job.k; k0 += t.kt) {
          const int64_t mt = std::min(t.mt, job.m - m0), nt = std::min(t.nt, job.n - n0), kt = std::min(t.kt, job.k - k0);
          const int s = static_cast<int>(tile_++ % slots());
          const int b = static_cast<int>(block_base_ + block) % slots();
          Op la = load(job.a, m0, k0, mt, kt, job);
          la.sram_addr = a_base + static_cast<uint64_t>(s) * room_[static_cast<int>(job.a.buffer)];
          la.wait = {kOperandsFree[s], first ? job.first_wait : uint8_t{0}};
          Op lb = load(job.b, k0, n0, kt, nt, job);
          lb.sram_addr = b_base + static_cast<uint64_t>(s) * room_[static_cast<int>(job.b.buffer)];
          lb.signal = {kOperandsFull[s], 0};
          Op g;
          g.kind = OpKind::gemm;
          g.unit = Unit::array;
          g.layer = job.layer;
          g.phase = job.phase;
          g.a_buf = job.a.buffer;
          g.b_buf = job.b.buffer;
          g.a_addr = la.sram_addr;
          g.b_addr = lb.sram_addr;
          g.c_addr = static_cast<uint64_t>(b) * room_[3];
          g.m = mt;
          g.n = nt;
          g.k = kt;
          g.accumulate = k0 > 0;
          g.passes = job.passes;
          g.a_unsigned = is_unsigned(prog_.tensors[job.a.tensor].type);
          g.b_unsigned = is_unsigned(prog_.tensors[job.b.tensor].type);
          g.wait = {kOperandsFull[s], k0 == 0 ? kCFree[b] : uint8_t{0}};
          g.signal = {kOperandsFree[s], k0 + kt >= job.k ? kCFull[b] : uint8_t{0}};
          prog_.ops.push_back(la);
          prog_.ops.push_back(lb);
          prog_.ops.push_back(g);
          if (k0 + kt >= job.k) {
            Op st = store(job.c.tensor, job.c.walk, job.c.row0 + m0, job.c.col0 + n0, mt, nt, job.c.geometry, job.layer, job.phase);
            st.sram_addr = g.c_addr;
            st.ld = job.c.ld;
            st.wait = {kCFull[b], 0};
            const bool last = n0 + t.nt >= job.n && m0 + t.mt >= job.m;
            st.signal = {kCFree[b], last ? job.done_signal : uint8_t{0}};
            prog_.ops.push_back(st);
          }
          first = false;
        }
    block_base_ += block;
    return t;
  }

  // A whole-tensor op on the GQU, FQ or vector unit.
  Op stream_op(OpKind kind, Unit unit, int layer, Phase phase, int src, int dst, uint64_t numel) {
    Op o;
    o.kind = kind;
    o.unit = unit;
    o.layer = layer;
    o.phase = phase;
    o.src = src;
    o.dst = dst;
    o.numel = numel;
    return o;
  }
  void vec(ir::VecOp v, int layer, Phase phase, int src, int dst, uint64_t numel, uint8_t signal = 0, uint8_t wait = 0,
           uint8_t on_chip = 0, int src1 = -1) {
    Op o = stream_op(OpKind::vec, Unit::vec, layer, phase, src, dst, numel);
    o.vec_op = v;
    o.signal = {signal, 0};
    o.wait = {wait, 0};
    o.on_chip = on_chip;
    o.src1 = src1;
    prog_.ops.push_back(o);
  }

  // The staging room of fused element-wise chains (docs/timing.md, "Which tensors cross DRAM"):
  // a chain that must see a whole tensor before it can go on (BatchNorm's batch statistics, the
  // gradient's max) keeps what it revisits in the gradient buffer; what does not fit is read
  // again from DRAM. The whole buffer is the chain's: the vector unit is in order, so a layer's
  // backward chain starts after the next layer's dW has been stored (its GEMMs are done), and the
  // layer's own GEMMs load G tiles only once the chain's quantizing pass has given them the codes.
  uint64_t staging_room() const { return cfg_.buffer_bytes[static_cast<int>(Buffer::grad)]; }
  void push(Op o) { prog_.ops.push_back(o); }

  // Stores of zeros over an (m x n) region of a walk that no GEMM computes (a phase of the input
  // gradient that no filter tap reaches), in tiles of the accumulator block's size.
  void zero_store(int tensor, int geometry, int64_t m, int64_t n, int layer, uint8_t done_signal) {
    const int64_t rows = std::max<int64_t>(1, static_cast<int64_t>(room_[3] / 4) / n);
    for (int64_t m0 = 0; m0 < m; m0 += rows) {
      Op st = store(tensor, Walk::dgrad_dx, m0, 0, std::min(rows, m - m0), n, geometry, layer, Phase::dgrad);
      st.signal = {m0 + rows >= m ? done_signal : uint8_t{0}, 0};
      prog_.ops.push_back(st);
    }
  }

  // A store of an (rows x cols) accumulator block into `tensor`, walked as `walk` from (row0, col0).
  static Op store(int tensor, Walk walk, int64_t row0, int64_t col0, int64_t rows, int64_t cols, int geometry, int layer, Phase phase) {
    Op st;
    st.kind = OpKind::store;
    st.unit = Unit::dma;
    st.layer = layer;
    st.phase = phase;
    st.buffer = Buffer::acc;
    st.tensor = tensor;
    st.type = ElemType::i32;
    st.walk = walk;
    st.row0 = row0;
    st.col0 = col0;
    st.rows = rows;
    st.cols = cols;
    st.geometry = geometry;
    return st;
  }

  // The forward chain's hand-offs: the last op pushed produces a layer's output; the next layer's
  // first consumer takes it on the semaphore of the consumer's unit (0: nothing to wait for).
  void produced_output() { producer_ = static_cast<int>(prog_.ops.size()) - 1; }
  uint8_t consume_output(Unit consumer) {
    if (producer_ < 0) return 0;
    const uint8_t sem = consumer == Unit::dma ? kActReady : kActReadyVec;
    add_signal(prog_.ops[static_cast<size_t>(producer_)], sem);
    producer_ = -1;
    return sem;
  }

 private:
  Op load(const Source& src, int64_t r0, int64_t c0, int64_t rows, int64_t cols, const GemmJob& job) {
    Op o;
    o.kind = OpKind::load;
    o.unit = Unit::dma;
    o.layer = job.layer;
    o.phase = job.phase;
    o.buffer = src.buffer;
    o.tensor = src.tensor;
    o.type = prog_.tensors[src.tensor].type;
    o.walk = src.walk;
    o.row0 = src.row0 + r0;
    o.col0 = src.col0 + c0;
    o.rows = rows;
    o.cols = cols;
    o.ld = src.ld;
    o.geometry = src.geometry;
    return o;
  }

  ir::Program& prog_;
  const Target& cfg_;
  bool double_buffer_;
  uint64_t room_[4];
  uint64_t tile_ = 0;
  int64_t block_base_ = 0;
  int producer_ = -1;  // the op that produced the last layer output not yet consumed
};

}  // namespace

ir::Program compile_gemm(int64_t m, int64_t n, int64_t k, bool a_gradient, bool a_signed, const Target& cfg,
                         Tiling* tiling) {
  ir::Program prog;
  prog.layers.push_back({"gemm", "gemm", true});
  const int a = prog.add_tensor(a_gradient ? "G (fp32)" : "A", a_gradient ? ElemType::f32 : a_signed ? ElemType::s4 : ElemType::u4, {m, k});
  const int b = prog.add_tensor("B", ElemType::s4, {k, n});
  const int c = prog.add_tensor("C", ElemType::i32, {m, n});
  Emitter e(prog, cfg);
  GemmJob job;
  job.m = m;
  job.n = n;
  job.k = k;
  job.a = {a, Walk::matrix, 0, 0, k, -1, Buffer::act};
  job.b = {b, Walk::matrix, 0, 0, n, -1, Buffer::wgt};
  job.c = {c, Walk::matrix, 0, 0, n, -1};
  job.layer = 0;
  if (a_gradient) {
    const int codes = prog.add_tensor("G codes", grad_type(cfg), {m, k});
    e.push(e.stream_op(OpKind::gq_max, Unit::gqu, 0, Phase::fwd, a, -1, static_cast<uint64_t>(m * k)));
    Op q = e.stream_op(OpKind::gq_quant, Unit::gqu, 0, Phase::fwd, a, codes, static_cast<uint64_t>(m * k));
    q.signal = {kGradReady, 0};
    e.push(q);
    e.push(e.stream_op(OpKind::gq_update, Unit::gqu, 0, Phase::fwd, a, -1, static_cast<uint64_t>(m * k)));
    job.a = {codes, Walk::matrix, 0, 0, k, -1, Buffer::grad};
    job.first_wait = kGradReady;
  }
  job.passes = passes_for(prog.tensors[job.a.tensor].type, prog.tensors[b].type);
  const Tiling t = e.gemm(job);
  if (tiling) *tiling = t;
  return prog;
}

Compiled compile_training_step(const workloads::Network& net, const Target& cfg, const StepOptions& opt) {
  Compiled out;
  ir::Program& prog = out.program;
  Emitter e(prog, cfg);
  const int64_t N = opt.batch;
  // Which layers' outputs feed a compute layer that needs an input gradient.
  // Pool, add and vector layers run on the vector unit only: (program layer, FP32 tensors, the
  // forward and backward ops, numel).
  struct Passive {
    int layer, tensor, out;  // input and output (FP32; an add's output is its input's size)
    ir::VecOp op, bwd_op;
    uint64_t numel;
    int saved;  // what the backward reads beside dL/dout (x, or softmax's y); -1: nothing
    bool relu;  // an add's ReLU: its backward masks dL/dout first
  };
  std::vector<Passive> passive;
  std::vector<int> backward_order;  // >= 0: index into out.layers; < 0: -1 - index into passive
  int logits = -1;                  // the last layer's output the loss reads (its y_fp32 if unset)
  for (size_t li = 0; li < net.layers.size(); ++li) {
    const workloads::Layer& L = net.layers[li];
    if (!L.computes()) {
      const int pl = static_cast<int>(prog.layers.size());
      prog.layers.push_back({L.name, workloads::kind_name(L.kind), false});
      const uint64_t in_numel = static_cast<uint64_t>(N * L.c * L.h * L.w);
      const int x = prog.add_tensor(L.name + ".X", ElemType::f32, {N, L.c, L.h, L.w});
      const bool is_pool = L.kind == workloads::LayerKind::pool, is_add = L.kind == workloads::LayerKind::add;
      const ir::VecOp pool_op = L.pool == workloads::PoolKind::avg ? ir::VecOp::avgpool : ir::VecOp::maxpool;
      const auto [op, bwd_op] = is_pool ? std::pair{pool_op, pool_op} : is_add ? std::pair{ir::VecOp::add, ir::VecOp::add} : vector_ops(L.fn);
      // A pool or vector layer writes its output; an add's output is its first operand's size
      // (VectorUnit::dram_traffic).
      const int y = is_add ? -1 : prog.add_tensor(L.name + ".Y", ElemType::f32, {N, L.c, L.p(), L.q()});
      e.vec(op, pl, Phase::fwd, x, y, in_numel, 0, e.consume_output(Unit::vec));
      if (L.relu) e.vec(ir::VecOp::relu_fwd, pl, Phase::fwd, x, x, in_numel, 0, 0, ir::kOnChipAll);  // fused with the add's pass
      e.produced_output();
      {
        // Its operands and output in FP32, forward and backward: an add's two operands of its size;
        // one for every other layer (however many layers a Concat feeding it joins; a gate that a
        // mul broadcasts is left out, so that this stays a lower bound).
        const uint64_t inputs = is_add ? 2 : 1, out_numel = static_cast<uint64_t>(N * L.c * L.p() * L.q());
        auto& need = out.compulsory.emplace_back();
        need = {};
        need[static_cast<size_t>(Phase::fwd)] = 4 * (in_numel * inputs + out_numel);
        if (!opt.forward_only) need[static_cast<size_t>(Phase::dgrad)] = 4 * (out_numel + in_numel * inputs);
      }
      backward_order.push_back(-1 - static_cast<int>(passive.size()));
      const int saved = is_pool || is_add ? -1 : L.fn == workloads::VecFn::softmax ? y : x;
      passive.push_back({pl, x, is_add ? x : y, op, bwd_op, in_numel, saved, L.relu});
      continue;
    }
    const bool wide = !L.quantized;
    const bool fp32 = wide && cfg.wide_layers_fp32;  // on the vector unit, no codes
    LayerTensors t;
    t.source_layer = static_cast<int>(li);
    t.layer = static_cast<int>(prog.layers.size());
    prog.layers.push_back({L.name, workloads::kind_name(L.kind), L.quantized});
    // An activation x activation GEMM's right operand (K or V of attention) belongs to each sample,
    // not to the batch as a weight does: its samples become groups of one sample each. N x C x H x W
    // is laid out as 1 x N*C x H x W, so the operands, the output and their gradients keep their
    // layout; the right operand and its gradient are N times a weight's size.
    const int64_t sample_groups = L.has_weights ? 1 : N;
    const int64_t H = L.h, W = L.w, C = L.c * sample_groups, K = L.k * sample_groups, P = L.p(), Q = L.q(),
                  Gs = L.groups * sample_groups;
    const int64_t Kred = (C / Gs) * L.r * L.s, Kg = K / Gs;
    // SCALE-Sim's ceil-mode layers read zeros past the edge: pad the input to make P x Q exact.
    const int64_t Hp = L.ceil_mode ? (P - 1) * L.stride + L.r : H, Wp = L.ceil_mode ? (Q - 1) * L.stride + L.s : W;
    const int64_t n_eff = L.m_per_sample && L.has_weights ? N : 1;
    ir::ConvGeometry geo{n_eff, C, Hp, Wp, K, L.r, L.s, L.stride, L.ceil_mode ? 0 : L.pad, Gs, 0};
    t.geometry = static_cast<int>(prog.geometries.size());
    const std::string& nm = L.name;
    t.act = prog.add_tensor(nm + ".A", fp32 ? ElemType::f32 : act_type(cfg, wide), {n_eff, C, Hp, Wp});
    t.w_fp32 = prog.add_tensor(nm + ".W", ElemType::f32, {K, C / Gs, L.r, L.s});
    t.w_codes = prog.add_tensor(nm + ".Wq", weight_type(cfg, wide), {K, C / Gs, L.r, L.s});
    t.y = prog.add_tensor(nm + ".Y", ElemType::i32, {n_eff, K, P, Q});
    t.y_fp32 = prog.add_tensor(nm + ".Yf", ElemType::f32, {n_eff, K, P, Q});
    t.dy = prog.add_tensor(nm + ".dY", ElemType::f32, {n_eff, K, P, Q});
    t.g_codes = prog.add_tensor(nm + ".G", wide ? ElemType::s8 : grad_type(cfg), {n_eff, K, P, Q});
    // The input gradient, unless the operand is the network input alone (a Concat of it and a
    // layer's output needs one). Both operands of an activation x activation GEMM are activations:
    // dgrad is the left one's gradient (G B^T), wgrad the right one's (A^T G), and nothing is
    // updated; `inputs` lists the left operand's producers first.
    const bool needs_dx = L.has_weights ? std::any_of(L.inputs.begin(), L.inputs.end(), [](const std::string& in) { return !in.empty(); })
                                        : !L.inputs.empty() && !L.inputs.front().empty();
    if (needs_dx) t.dx = prog.add_tensor(nm + ".dX", ElemType::i32, {n_eff, C, Hp, Wp});
    t.dw = prog.add_tensor(nm + ".dW", ElemType::i32, {K, C / Gs, L.r, L.s});
    const int passes = passes_for(prog.tensors[t.act].type, prog.tensors[t.w_codes].type);
    const uint64_t out_numel = static_cast<uint64_t>(n_eff * K * P * Q);
    {
      // What must cross DRAM between this layer's phases and its neighbours, once each: forward
      // reads A and W codes and writes its output for the next layer (codes; the loss reads FP32
      // logits) and, for the backward's ReLU mask and BatchNorm (every layer a ReLU follows), the
      // FP32 pre-activation; backward reads dL/dy (and that pre-activation) and, for dX, W, writes
      // the FP32 dX and the G codes wgrad reads; wgrad writes the FP32 dW; the update reads and
      // writes the FP32 weights and momentum, reads dW and writes the new codes. Layers kept in FP32 move FP32 gradients instead of G codes.
      const auto bytes = [&](int tensor) { return tensor >= 0 ? prog.tensors[static_cast<size_t>(tensor)].bytes() : uint64_t{0}; };
      const bool last = li + 1 == net.layers.size();
      const uint64_t out_bytes = last ? out_numel * 4 : ir::elem_bytes(ElemType::u4, out_numel);
      // The last layer's FP32 output is at once the logits and its saved pre-activation.
      const uint64_t saved = L.batchnorm || L.relu ? out_numel * 4 : 0, saved_write = last ? 0 : saved, dx_bytes = needs_dx ? static_cast<uint64_t>(n_eff * C * Hp * Wp) * 4 : 0;
      const uint64_t w_numel = prog.tensors[t.w_fp32].numel();
      auto& need = out.compulsory.emplace_back();
      need = {};
      need[static_cast<size_t>(Phase::fwd)] = bytes(t.act) + bytes(fp32 ? t.w_fp32 : t.w_codes) + out_bytes + saved_write;
      if (!opt.forward_only) {
        need[static_cast<size_t>(Phase::dgrad)] = out_numel * 4 + saved + (needs_dx ? bytes(fp32 ? t.w_fp32 : t.w_codes) : 0) + dx_bytes + (fp32 ? 0 : bytes(t.g_codes));
        need[static_cast<size_t>(Phase::wgrad)] = bytes(t.act) + (fp32 ? out_numel * 4 : bytes(t.g_codes)) + w_numel * 4;
        if (L.has_weights) need[static_cast<size_t>(Phase::update)] = 5 * w_numel * 4 + (fp32 ? 0 : bytes(t.w_codes));
      }
    }

    // Forward: per group, im2col(A) x W^T; dequantize, BatchNorm, ReLU, quantize the output.
    const uint64_t layer_macs = static_cast<uint64_t>(n_eff * P * Q * Kg * Kred * Gs);
    const bool last_layer = li + 1 == net.layers.size();
    if (fp32) {
      Op f = e.stream_op(OpKind::vec, Unit::vec, t.layer, Phase::fwd, t.act, t.y_fp32, layer_macs);
      f.vec_op = ir::VecOp::fp32_gemm;
      f.src1 = t.w_fp32;
      f.wait = {e.consume_output(Unit::vec), 0};
      e.push(f);
      if (last_layer) e.produced_output();
    }
    for (int64_t g = 0; g < Gs; ++g) {
      geo.group = g;
      prog.geometries.push_back(geo);
      const int gi = static_cast<int>(prog.geometries.size()) - 1;
      if (fp32) continue;
      GemmJob job;
      job.m = n_eff * P * Q;
      job.n = Kg;
      job.k = Kred;
      job.a = {t.act, Walk::im2col, 0, 0, 0, gi, Buffer::act};
      job.b = {t.w_codes, Walk::matrix_t, 0, g * Kg, Kred, -1, Buffer::wgt};
      job.c = {t.y, Walk::fmap, 0, 0, 0, gi};
      job.layer = t.layer;
      job.phase = Phase::fwd;
      job.passes = passes;
      job.first_wait = g == 0 ? e.consume_output(Unit::dma) : 0;
      job.done_signal = g == Gs - 1 ? kYStored : 0;
      e.gemm(job);
    }
    // The GEMM's stores dequantize on their way out (and accumulate BatchNorm's batch statistics):
    // Y crosses DRAM once, as the FP32 pre-activation that the backward pass reads again. The last
    // layer's dequantized logits go to the loss.
    if (!fp32) {
      e.vec(ir::VecOp::dequant, t.layer, Phase::fwd, t.y, t.y_fp32, out_numel, 0, kYStored,
            ir::kOnChipAll);
      if (last_layer) {
        e.produced_output();
        logits = t.y;  // the stores wrote them, dequantized, once
      }
    }
    if (L.batchnorm || L.relu || !last_layer) {
      // BatchNorm applies its statistics once all of Y is seen: a second pass over Y, from the
      // gradient buffer when Y fits there. Then ReLU and the next layer's input codes, on chip,
      // once the last of these passes is done.
      const uint8_t y_on_chip = out_numel * 4 <= e.staging_room() ? ir::kOnChipSrc : 0;
      if (L.batchnorm) e.vec(ir::VecOp::bn_fwd, t.layer, Phase::fwd, t.y, t.y_fp32, out_numel, 0, 0, y_on_chip | ir::kOnChipDst);
      if (L.relu) e.vec(ir::VecOp::relu_fwd, t.layer, Phase::fwd, t.y_fp32, t.y_fp32, out_numel, 0, 0, ir::kOnChipAll);
      add_signal(prog.ops.back(), kReluDone);  // this layer's dequantize, FP32 GEMM, BatchNorm or ReLU
      Op fq = e.stream_op(OpKind::fq_acts, Unit::fq, t.layer, Phase::fwd, t.y_fp32, -1, out_numel);
      fq.dst = prog.add_tensor(nm + ".Aout", ElemType::u4, {n_eff, K, P, Q});
      fq.wait = {kReluDone, 0};
      fq.on_chip = ir::kOnChipSrc;
      e.push(fq);
      if (!last_layer) e.produced_output();  // the last layer's dequantize feeds the loss
    }
    backward_order.push_back(static_cast<int>(out.layers.size()));
    out.layers.push_back(t);
  }
  if (opt.forward_only) return out;

  // The loss at the last compute layer.
  if (!out.layers.empty()) {
    const LayerTensors& last = out.layers.back();
    e.vec(ir::VecOp::softmax_xent, last.layer, Phase::dgrad, logits >= 0 ? logits : last.y_fp32, last.dy, prog.tensors[last.dy].numel(), 0,
          e.consume_output(Unit::vec));
  }
  // Backward, last layer first. Pooling and residual adds route the gradient on the vector unit.
  for (auto it = backward_order.rbegin(); it != backward_order.rend(); ++it) {
    if (*it < 0) {
      const Passive& pv = passive[static_cast<size_t>(-1 - *it)];
      if (pv.relu) e.vec(ir::VecOp::relu_bwd, pv.layer, Phase::dgrad, pv.out, pv.out, pv.numel, 0, 0, ir::kOnChipDst, pv.tensor);
      e.vec(pv.bwd_op, pv.layer, Phase::dgrad, pv.out, pv.tensor, pv.numel, 0, 0, 0, pv.saved);  // dL/dout in, dL/din out
      continue;
    }
    const LayerTensors& t = out.layers[static_cast<size_t>(*it)];
    const workloads::Layer& L = net.layers[t.source_layer];
    const bool wide = !L.quantized;
    const ir::ConvGeometry geo0 = prog.geometries[t.geometry];  // a copy: the dgrad phases add geometries
    const int64_t P = geo0.p(), Q = geo0.q(), Gs = geo0.groups, Kg = geo0.k / Gs, Kred = (geo0.c / Gs) * geo0.r * geo0.s;
    const uint64_t out_numel = prog.tensors[t.dy].numel();
    const int passes = passes_for(prog.tensors[t.g_codes].type, prog.tensors[t.w_codes].type) == 4 ||
                               passes_for(prog.tensors[t.act].type, prog.tensors[t.g_codes].type) == 4 ? 4 : 1;
    const bool fp32 = wide && cfg.wide_layers_fp32;
    // dL/dy of this layer is final after its ReLU and BatchNorm backward (the loss, for the last).
    // The chain reads dL/dy and the saved pre-activation Y (the ReLU mask and BatchNorm need it)
    // from DRAM. BatchNorm's statistics and the gradient's max each need the whole tensor before
    // the next step can go on: the ReLU pass gathers the statistics, the pass that produces the
    // final gradient takes its max on the fly. The chain stages dL/dy (then the gradient, in
    // place) in the gradient buffer when it fits there, and Y too when both fit; what is not
    // staged BatchNorm reads again from DRAM, and an unstaged gradient goes to DRAM once more for
    // the quantizing pass.
    const bool bn = L.batchnorm, relu = L.relu, chain = bn || relu;
    const uint64_t room = fp32 ? 0 : e.staging_room(), t_bytes = out_numel * 4;
    const bool staged = t_bytes <= room, staged_y = relu && 2 * t_bytes <= room;
    if (relu)
      e.vec(ir::VecOp::relu_bwd, t.layer, Phase::dgrad, t.dy, t.dy, out_numel, 0, 0, bn || staged ? ir::kOnChipDst : 0, t.y);
    if (bn)
      e.vec(ir::VecOp::bn_bwd, t.layer, Phase::dgrad, t.dy, t.dy, out_numel, 0, 0,
            // dL/dy on chip only when the ReLU pass brought it there; else BatchNorm's pass reads it
            staged ? static_cast<uint8_t>((relu ? ir::kOnChipSrc : 0) | ir::kOnChipDst | (staged_y ? ir::kOnChipSrc1 : 0)) : 0, t.y);
    const uint8_t max_on_chip = chain ? ir::kOnChipSrc : 0;      // fused with the pass that produced it
    // The quantizing pass: from the buffer when the chain staged the gradient (the loss's dL/dy of
    // the last layer is not: it is read from DRAM).
    const uint8_t quant_on_chip = chain && staged ? ir::kOnChipSrc : 0;
    if (fp32) {  // FP32 on the vector unit: the input and weight gradients as multiply-adds
      const uint64_t macs = static_cast<uint64_t>(geo0.n * P * Q) * static_cast<uint64_t>(Kg * Kred * Gs);
      if (t.dx >= 0) e.vec(ir::VecOp::fp32_gemm, t.layer, Phase::dgrad, t.dy, t.dx, macs, 0, 0, 0, t.w_fp32);
      e.vec(ir::VecOp::fp32_gemm, t.layer, Phase::wgrad, t.dy, t.dw, macs, 0, 0, 0, t.act);
      if (!L.has_weights) continue;
      const uint64_t n_w = prog.tensors[t.w_fp32].numel();
      e.vec(ir::VecOp::sgd_momentum, t.layer, Phase::update, t.w_fp32, t.w_fp32, n_w);
      continue;
    }
    // dL/dy -> G: the GQU for an INT4 layer, an 8-bit conversion on the vector unit for a wide one.
    if (wide) {
      e.vec(ir::VecOp::quant8, t.layer, Phase::dgrad, t.dy, t.g_codes, out_numel, kGradReady, 0, quant_on_chip);
    } else {
      // The vector unit is in order: the GQU waits for the last vector op on this dY. That is this
      // layer's own ReLU or BatchNorm pass; without one, the last backward vector op before it (the
      // loss, a consumer's dX dequantize, or a residual add's or vector layer's backward).
      auto last_dy_op = prog.ops.rbegin();
      if (!chain)
        while (last_dy_op != prog.ops.rend() && !(last_dy_op->kind == OpKind::vec && last_dy_op->phase == Phase::dgrad)) ++last_dy_op;
      if (last_dy_op == prog.ops.rend()) throw std::logic_error("compiler: no op produces dL/dy of layer " + L.name);
      add_signal(*last_dy_op, kDyReady);
      Op mx = e.stream_op(OpKind::gq_max, Unit::gqu, t.layer, Phase::dgrad, t.dy, -1, out_numel);
      mx.gq_layer = t.layer;
      mx.wait = {kDyReady, 0};
      mx.on_chip = max_on_chip;
      e.push(mx);
      Op q = e.stream_op(OpKind::gq_quant, Unit::gqu, t.layer, Phase::dgrad, t.dy, t.g_codes, out_numel);
      q.gq_layer = t.layer;
      q.signal = {kGradReady, 0};
      q.on_chip = quant_on_chip;
      e.push(q);
      Op u = e.stream_op(OpKind::gq_update, Unit::gqu, t.layer, Phase::dgrad, t.dy, -1, out_numel);
      u.gq_layer = t.layer;
      e.push(u);
    }
    // The G codes feed the dgrad and wgrad GEMMs of every group: one token per consumer job.
    // Only the first consumer job waits for the token: the DMA queue is in order, so the later
    // loads of G come after it.
    int token_uses = 0;
    for (int64_t g = 0; g < Gs; ++g) {
      const int gi = t.geometry + static_cast<int>(g);
      if (t.dx >= 0) {
        // The input gradient as a transposed convolution, one GEMM per phase of the stride: each
        // writes its pixels of dX once (docs/timing.md, "Input gradient").
        ir::ConvGeometry pg = prog.geometries[static_cast<size_t>(gi)];
        int64_t last_phase = 0;  // the last phase with pixels (an input smaller than the stride has empty ones)
        for (int64_t phase = 0; phase < pg.stride * pg.stride; ++phase) {
          pg.phase = phase;
          if (ir::dgrad_phase(pg).pixels(pg.n) > 0) last_phase = phase;
        }
        for (int64_t phase = 0; phase < pg.stride * pg.stride; ++phase) {
          pg.phase = phase;
          const int pgi = phase == 0 ? gi : static_cast<int>(prog.geometries.size());
          if (phase > 0) prog.geometries.push_back(pg);
          const ir::DgradPhase ph = ir::dgrad_phase(pg);
          const bool last = g == Gs - 1 && phase == last_phase;
          const int64_t pixels = ph.pixels(pg.n);
          if (pixels == 0) continue;
          if (ph.taps() == 0) {
            e.zero_store(t.dx, pgi, pixels, pg.c / Gs, t.layer, last ? kDxStored : 0);
            continue;
          }
          GemmJob job;
          job.m = pixels;
          job.n = pg.c / Gs;
          job.k = Kg * ph.taps();
          job.a = {t.g_codes, Walk::dgrad_g, 0, 0, 0, pgi, Buffer::grad};
          job.b = {t.w_codes, Walk::dgrad_w, 0, 0, 0, pgi, Buffer::wgt};
          job.c = {t.dx, Walk::dgrad_dx, 0, 0, 0, pgi};
          job.layer = t.layer;
          job.phase = Phase::dgrad;
          job.passes = passes;
          job.first_wait = token_uses++ == 0 ? kGradReady : 0;
          job.done_signal = last ? kDxStored : 0;
          e.gemm(job);
        }
      }
      GemmJob wj;
      wj.m = Kred;
      wj.n = Kg;
      wj.k = geo0.n * P * Q;
      wj.a = {t.act, Walk::im2col_t, 0, 0, 0, gi, Buffer::act};
      wj.b = {t.g_codes, Walk::fmap, 0, 0, 0, gi, Buffer::grad};
      wj.c = {t.dw, Walk::matrix_t, 0, g * Kg, Kred, -1};
      wj.layer = t.layer;
      wj.phase = Phase::wgrad;
      wj.passes = passes;
      wj.first_wait = token_uses++ == 0 ? kGradReady : 0;
      wj.done_signal = g == Gs - 1 ? kDwStored : 0;
      e.gemm(wj);
    }
    // dX and dW dequantize on the store path: the stores wrote them once, at 4 bytes an element.
    if (t.dx >= 0) e.vec(ir::VecOp::dequant, t.layer, Phase::dgrad, t.dx, -1, prog.tensors[t.dx].numel(), 0, kDxStored, ir::kOnChipAll);
    e.vec(ir::VecOp::dequant, t.layer, Phase::wgrad, t.dw, -1, prog.tensors[t.dw].numel(), 0, kDwStored, ir::kOnChipAll);
    if (!L.has_weights) continue;  // both operands were activations: nothing to update
    // Update: SGD with momentum on the FP32 master weights, then re-quantize them.
    const uint64_t w_numel = prog.tensors[t.w_fp32].numel();
    e.vec(ir::VecOp::sgd_momentum, t.layer, Phase::update, t.w_fp32, t.w_fp32, w_numel, kWeightsUpdated);
    Op fw = e.stream_op(OpKind::fq_weights, Unit::fq, t.layer, Phase::update, t.w_fp32, t.w_codes, w_numel);
    fw.wait = {kWeightsUpdated, 0};
    fw.on_chip = ir::kOnChipSrc;  // the updated weights, straight from the vector unit
    e.push(fw);
  }
  return out;
}

}  // namespace int4sim::compiler
