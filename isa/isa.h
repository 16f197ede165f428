#pragma once
// The accelerator's instruction set (isa/README.md): the decoded form the controller executes and
// the compiler emits, the fixed-width binary encoding, and the text assembly. Plain C++: no SystemC,
// so the fuzzers and tools can link it alone. Every refusal is an int4sim::InputError whose message
// starts with where the problem is (file, file:line, or file: instruction N).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ir/program.h"

namespace int4sim::isa {

constexpr size_t kInstructionBytes = 32;  // 256 bits: four little-endian 64-bit words
constexpr size_t kHeaderBytes = 16;       // "I4SIMISA", version u32, instruction count u32
constexpr uint32_t kVersion = 1;
constexpr uint8_t kMaxSemaphore = 31;     // semaphore ids are 1..31; 0 = none

// Values are the binary encoding; 0 is no opcode, so zero-filled memory is refused.
enum class Opcode : uint8_t { load = 1, store, gemm, fq, gq, vec, cfg, barrier, halt };

// The queue an instruction goes to (the IR's units; each executes its queue in order).
using ir::Unit;
constexpr size_t kUnitCount = static_cast<size_t>(Unit::count);

enum class Buffer : uint8_t { act, wgt, grad, acc, dram };
using ir::ElemType;  // encoded as its value; i64 has no encoding (s4/u4 packed two per byte)
enum class OperandKind : uint8_t { A, W, G };  // activation (unsigned), weight, gradient (signed) codes
enum class FqKind : uint8_t { weight, activation };
enum class GqPass : uint8_t { max, quant, update };
using ir::VecOp;  // encoded as its value

// A place in memory: a byte offset inside an on-chip buffer (< 2^32), or a DRAM byte address
// (< 2^40) when buffer is dram.
struct Location {
  Buffer buffer = Buffer::act;
  uint64_t addr = 0;
};

// One decoded instruction. Each opcode uses the fields listed beside them; the others are ignored
// by encode() and zero after decode(). Numbers are 64-bit so that a value out of range is refused
// by encode() instead of being truncated by an assignment; the ranges are in isa/README.md.
struct Instruction {
  Opcode op = Opcode::halt;
  // Every opcode: the instruction starts once it can take one token from each wait semaphore and
  // gives one to each signal semaphore when it completes. Slot 1 is used only with slot 0.
  std::array<uint8_t, 2> wait{}, signal{};

  // load (DRAM -> buffer), store (buffer -> DRAM): a rows x cols tile, packed row-major in the
  // buffer at `sram`; row r starts r * stride elements after dram_addr in DRAM.
  Location sram;  // on-chip buffer
  uint64_t dram_addr = 0, rows = 0, cols = 0, stride = 0;
  ElemType type = ElemType::s4;

  // gemm: C (m x n, INT32 in acc at c_addr) (+)= A (m x k) x B (k x n); a transposed operand is
  // stored transposed (A as k x m, B as n x k), row-major.
  Location a, b;  // act, wgt or grad
  OperandKind a_kind = OperandKind::A, b_kind = OperandKind::W;
  uint64_t c_addr = 0, m = 0, n = 0, k = 0;
  bool transpose_a = false, transpose_b = false;
  bool accumulate = false;  // add to C instead of overwriting it
  bool int8 = false;        // 8-bit operand codes, four INT4 passes

  // fq (fq_kind, src0, dst, numel, layer); gq (gq_pass; max: src0, numel, layer; quant: src0, dst,
  // numel, layer; update: layer); vec (vec_op, src0, src1, dst, numel, imm; which operands each op
  // uses is in isa/README.md).
  FqKind fq_kind = FqKind::weight;
  GqPass gq_pass = GqPass::max;
  VecOp vec_op = VecOp::dequant;
  Location src0, src1, dst;
  uint64_t numel = 0;
  uint64_t layer = 0;  // fq: selects the layer's clip scalar; gq: the layer's gamma state
  uint64_t imm = 0;    // vec: op-specific immediate

  // cfg: configuration register `reg` = value.
  uint64_t reg = 0, value = 0;
};

bool operator==(const Location& x, const Location& y);
bool operator==(const Instruction& x, const Instruction& y);
inline bool operator!=(const Instruction& x, const Instruction& y) { return !(x == y); }

Unit unit_of(Opcode op);
// "dma.load", "gemm", "vec.add", ...: the assembly mnemonic (opcode and, for fq/gq/vec, sub-op).
std::string mnemonic(const Instruction& in);

// Refuse (InputError) an instruction with a field out of range.
std::array<uint8_t, kInstructionBytes> encode(const Instruction& in);
// Reads kInstructionBytes at p; refusals start with origin_for_errors.
Instruction decode(const uint8_t* p, const std::string& origin_for_errors);

std::vector<uint8_t> encode_program(const std::vector<Instruction>& program);
// Validates the header, the size and every instruction; allocates nothing the size does not pay for.
std::vector<Instruction> decode_program(const uint8_t* data, size_t size, const std::string& origin);

// The canonical line: mnemonic, every field in a fixed order, then wait= and signal= if any.
std::string to_asm(const Instruction& in);
// One instruction per line; refusals are "origin:LINE: problem".
std::vector<Instruction> parse_asm(const std::string& text, const std::string& origin);

}  // namespace int4sim::isa
