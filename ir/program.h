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

// Stored element types; the ISA encodes all but i64 (the exact col2im sums in DRAM) as their value.
enum class ElemType { s4, u4, s8, u8, i32, f32, i64 };
// Bytes of `n` elements (INT4 packed two per byte).
uint64_t elem_bytes(ElemType t, uint64_t n);

// How a DMA transfer walks DRAM. For a GEMM operand tile of `rows` x `cols` elements:
enum class Walk {
  matrix,     // row-major matrix with row stride `ld` (elements)
  matrix_t,   // the tile is the transpose of a row-major matrix region (rows <-> cols)
  im2col,     // rows = output pixels (n,p,q), cols = (c,r,s) of the conv geometry; zero padding
  im2col_t,   // its transpose: rows = (c,r,s), cols = (n,p,q)
  fmap,       // rows = (n,p,q), cols = channels of an N x C x P x Q feature map
  col2im_add, // store only: add a (n,p,q) x (c,r,s) tile into an N x C x H x W int64 tensor
};

struct ConvGeometry {
  int64_t n = 1, c = 1, h = 1, w = 1, k = 1, r = 1, s = 1, stride = 1, pad = 0, groups = 1, group = 0;
  int64_t p() const { return (h + 2 * pad - r) / stride + 1; }
  int64_t q() const { return (w + 2 * pad - s) / stride + 1; }
};

enum class Buffer { act, wgt, grad, acc, count };
const char* buffer_name(Buffer b);

// The four phases of a training step, in program order.
enum class Phase { fwd, dgrad, wgrad, update, count };
const char* phase_name(Phase p);

// The vector unit's FP32 operations.
enum class VecOp { dequant, bn_fwd, bn_bwd, relu_fwd, relu_bwd, add, maxpool, avgpool, softmax_xent, sgd_momentum, col2im, quant8, fp32_gemm, count };
const char* vec_op_name(VecOp v);

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
  int geometry = -1;        // Program::geometries (im2col, fmap, col2im_add)
  // gemm: A (m x k) and B (k x n) tiles in buffers, C (m x n INT32) in the accumulator buffer
  Buffer a_buf = Buffer::act, b_buf = Buffer::wgt;
  uint64_t a_addr = 0, b_addr = 0, c_addr = 0;
  int64_t m = 0, n = 0, k = 0;
  bool accumulate = false;
  int passes = 1;           // 4: INT8 operands by four INT4 nibble passes
  bool a_unsigned = false, b_unsigned = false;  // operand kinds: activation codes are unsigned
  // gq / fq / vec: whole tensors streamed from DRAM
  int src = -1, dst = -1;
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
