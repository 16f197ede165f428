#pragma once
// The program IR: what the compiler emits, the instruction set encodes (isa/README.md) and the
// hardware model executes. Operations on tiles and whole tensors, the DRAM tensors they address,
// the per-layer context, and the names every layer above shares (units, buffers, element types,
// phases, vector operations).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace int4sim::ir {

enum class Unit { dma, array, gqu, fq, vec, ctrl, count };
const char* unit_name(Unit u);

// Stored element types; the ISA encodes each as its value.
enum class ElemType { s4, u4, s8, u8, i32, f32 };
// Bytes of `n` elements (INT4 packed two per byte).
uint64_t elem_bytes(ElemType t, uint64_t n);

// How a DMA transfer walks DRAM. For a GEMM operand tile of `rows` x `cols` elements:
enum class Walk {
  matrix,     // row-major matrix with row stride `ld` (elements)
  matrix_t,   // the tile is the transpose of a row-major matrix region (rows <-> cols)
  im2col,     // rows = output pixels (n,p,q), cols = (c,r,s) of the conv geometry; zero padding
  im2col_t,   // its transpose: rows = (c,r,s), cols = (n,p,q)
  fmap,       // rows = (n,p,q), cols = channels of an N x C x P x Q feature map
  // The input gradient as a transposed convolution, one GEMM per phase (ConvGeometry::phase):
  dgrad_g,    // load: rows = the phase's input pixels (n,i,j), cols = (k,tap r,tap s) of G (N x K x P x Q)
  dgrad_w,    // load: rows = (k,tap r,tap s), cols = the group's input channels c of W (K x C/g x R x S)
  dgrad_dx,   // store: rows = the phase's input pixels (n,i,j), cols = c, into dX (N x C x H x W)
};

struct ConvGeometry {
  int64_t n = 1, c = 1, h = 1, w = 1, k = 1, r = 1, s = 1, stride = 1, pad = 0, groups = 1, group = 0;
  // The input-gradient walks' phase, 0 .. stride^2 - 1: the input pixels (a + stride * i,
  // b + stride * j) with a = phase / stride, b = phase % stride.
  int64_t phase = 0;
  int64_t p() const { return (h + 2 * pad - r) / stride + 1; }
  int64_t q() const { return (w + 2 * pad - s) / stride + 1; }
};

// One phase of the input gradient as a transposed convolution (docs/timing.md, "Input gradient"):
// dX[n, c, a + stride*i, b + stride*j] = sum over k and the taps (r, s) of the phase of
// G[n, k, i + dr, j + ds] * W[k, c, r, s], where the taps are the filter rows r with
// (a + pad - r) divisible by stride, dr = (a + pad - r) / stride (likewise s, ds); G reads zero
// outside P x Q. Every MAC of the forward GEMM appears exactly once over the phases.
struct DgradPhase {
  int64_t a = 0, b = 0;      // first input row and column of the phase
  int64_t rows = 0, cols = 0;  // input rows a, a + stride, ... < h; columns likewise
  std::vector<int64_t> r, s;  // the taps, ascending
  std::vector<int64_t> dr, ds;  // their offsets into G
  int64_t pixels(int64_t n) const { return n * rows * cols; }
  int64_t taps() const { return static_cast<int64_t>(r.size() * s.size()); }
};
DgradPhase dgrad_phase(const ConvGeometry& g);

enum class Buffer { act, wgt, grad, acc, count };
const char* buffer_name(Buffer b);

// The four phases of a training step, in program order.
enum class Phase { fwd, dgrad, wgrad, update, count };
const char* phase_name(Phase p);

// The vector unit's FP32 operations.
// softmax, act (a transcendental element-wise function: GELU, SiLU, sigmoid, hard-swish, tanh) and
// mul (an element-wise product of two tensors) run forward and backward alike (Op::phase says
// which); LayerNorm runs as bn_fwd / bn_bwd (the same passes, statistics per token).
enum class VecOp { dequant, bn_fwd, bn_bwd, relu_fwd, relu_bwd, add, maxpool, avgpool, softmax_xent, sgd_momentum, col2im, quant8, fp32_gemm,
                   softmax, act, mul, count };
const char* vec_op_name(VecOp v);

// Operands of a streaming op that stay on chip (Op::on_chip): no DRAM traffic for them.
constexpr uint8_t kOnChipSrc = 1, kOnChipSrc1 = 2, kOnChipDst = 4, kOnChipAll = 7;

enum class OpKind { load, store, gemm, gq_max, gq_quant, gq_update, fq_weights, fq_acts, vec, barrier };

struct Op {
  OpKind kind = OpKind::barrier;
  Unit unit = Unit::ctrl;
  std::array<uint8_t, 2> wait{}, signal{};  // semaphore ids 1..31, 0 = none
  int layer = -1;                          // index into Program::layers, for attribution
  Phase phase = Phase::fwd;
  // load / store
  Buffer buffer = Buffer::act;
  uint64_t sram_addr = 0;   // byte offset in the buffer
  int tensor = -1;          // DRAM tensor (Program::tensors)
  ElemType type = ElemType::s4;
  Walk walk = Walk::matrix;
  int64_t row0 = 0, col0 = 0, rows = 0, cols = 0, ld = 0;  // tile origin and size, row stride
  int geometry = -1;        // Program::geometries (im2col, fmap and the dgrad walks)
  // gemm: A (m x k) and B (k x n) tiles in buffers, C (m x n INT32) in the accumulator buffer
  Buffer a_buf = Buffer::act, b_buf = Buffer::wgt;
  uint64_t a_addr = 0, b_addr = 0, c_addr = 0;
  int64_t m = 0, n = 0, k = 0;
  bool accumulate = false;
  int passes = 1;           // 4: INT8 operands by four INT4 nibble passes
  bool a_unsigned = false, b_unsigned = false;  // operand kinds: activation codes are unsigned
  // gq / fq / vec: whole tensors streamed from DRAM, or from and to the neighbouring unit of a
  // fused chain where `on_chip` says so (docs/timing.md, "Which tensors cross DRAM")
  int src = -1, src1 = -1, dst = -1;
  uint8_t on_chip = 0;  // kOnChipSrc | kOnChipSrc1 | kOnChipDst
  uint64_t numel = 0;
  VecOp vec_op = VecOp::dequant;
  int gq_layer = 0;         // selects the GQU's per-layer gamma state
};

struct Tensor {
  std::string name;
  ElemType type;
  std::vector<int64_t> shape;
  uint64_t numel() const;
  uint64_t bytes() const { return elem_bytes(type, numel()); }
};

struct ProgramLayer {
  std::string name, kind;
  bool quantized = true;
  float s_w = 1, u_a = 1;  // clip scalars of the forward quantizer
};

struct Program {
  std::vector<Op> ops;
  std::array<int, 32> initial_semaphores{};  // tokens each semaphore starts with
  std::vector<Tensor> tensors;
  std::vector<ConvGeometry> geometries;
  std::vector<ProgramLayer> layers;
  int add_tensor(const std::string& name, ElemType t, std::vector<int64_t> shape) {
    tensors.push_back({name, t, std::move(shape)});
    return static_cast<int>(tensors.size()) - 1;
  }
};

}  // namespace int4sim::ir
