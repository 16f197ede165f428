// The instruction set: the bit layout of isa/README.md, encode/decode and text round trips on
// random instructions of every mnemonic, and the exact refusal of malformed text and binaries.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "isa/isa.h"
#include "base/error.h"

using namespace int4sim::isa;

namespace {

const std::vector<std::string> kMnemonics = {
    "dma.load",     "dma.store",   "gemm",         "fq.weight",       "fq.activation",    "gq.max",
    "gq.quant",     "gq.update",   "vec.dequant",  "vec.bn_fwd",      "vec.bn_bwd",       "vec.relu_fwd",
    "vec.relu_bwd", "vec.add",     "vec.maxpool",  "vec.avgpool",     "vec.softmax_xent", "vec.sgd_momentum",
    "cfg",          "barrier",     "halt"};
constexpr size_t kFirstVec = 8;

constexpr uint64_t kOnChipMax = 0xffffffff, kDramMax = (uint64_t{1} << 40) - 1;

// Values in range, a quarter of them at each end of it.
struct Gen {
  std::mt19937_64 rng;
  explicit Gen(uint64_t seed) : rng(seed) {}

  uint64_t number(uint64_t lo, uint64_t hi) {
    switch (rng() % 4) {
      case 0: return lo;
      case 1: return hi;
      default: return hi - lo == UINT64_MAX ? rng() : lo + rng() % (hi - lo + 1);
    }
  }
  Location location(const std::vector<Buffer>& allowed) {
    Location loc;
    loc.buffer = allowed[rng() % allowed.size()];
    loc.addr = number(0, loc.buffer == Buffer::dram ? kDramMax : kOnChipMax);
    return loc;
  }
  Location any() { return location({Buffer::act, Buffer::wgt, Buffer::grad, Buffer::acc, Buffer::dram}); }
  std::array<uint8_t, 2> semaphores() {
    std::array<uint8_t, 2> ids{};
    const size_t used = rng() % 3;
    for (size_t i = 0; i < used; ++i) ids[i] = static_cast<uint8_t>(number(1, 31));
    return ids;
  }
};

// An instruction of kMnemonics[which] with random values in every field it uses, the rest default.
Instruction random_instruction(size_t which, Gen& g) {
  const std::string& name = kMnemonics[which];
  Instruction in;
  in.wait = g.semaphores();
  in.signal = g.semaphores();
  if (name == "dma.load" || name == "dma.store") {
    in.op = name == "dma.load" ? Opcode::load : Opcode::store;
    in.sram = g.location({Buffer::act, Buffer::wgt, Buffer::grad, Buffer::acc});
    in.dram_addr = g.number(0, kDramMax);
    in.rows = g.number(1, 0xffff);
    in.cols = g.number(1, 0xffff);
    in.stride = g.number(in.cols, 0xffffffff);
    in.type = static_cast<ElemType>(g.number(0, 5));
  } else if (name == "gemm") {
    in.op = Opcode::gemm;
    in.a = g.location({Buffer::act, Buffer::wgt, Buffer::grad});
    in.b = g.location({Buffer::act, Buffer::wgt, Buffer::grad});
    in.a_kind = static_cast<OperandKind>(g.number(0, 2));
    in.b_kind = static_cast<OperandKind>(g.number(0, 2));
    in.c_addr = g.number(0, kOnChipMax);
    in.m = g.number(1, 0xffff);
    in.n = g.number(1, 0xffff);
    in.k = g.number(1, 0xffff);
    in.transpose_a = g.rng() & 1;
    in.transpose_b = g.rng() & 1;
    in.accumulate = g.rng() & 1;
    in.int8 = g.rng() & 1;
  } else if (name.rfind("fq.", 0) == 0) {
    in.op = Opcode::fq;
    in.fq_kind = name == "fq.weight" ? FqKind::weight : FqKind::activation;
    in.src0 = g.any();
    in.dst = g.any();
    in.numel = g.number(1, 0xffffffff);
    in.layer = g.number(0, 0xffff);
  } else if (name.rfind("gq.", 0) == 0) {
    in.op = Opcode::gq;
    in.gq_pass = name == "gq.max" ? GqPass::max : name == "gq.quant" ? GqPass::quant : GqPass::update;
    in.layer = g.number(0, 0xffff);
    if (in.gq_pass != GqPass::update) {
      in.src0 = g.any();
      in.numel = g.number(1, 0xffffffff);
    }
    if (in.gq_pass == GqPass::quant) in.dst = g.any();
  } else if (name.rfind("vec.", 0) == 0) {
    in.op = Opcode::vec;
    in.vec_op = static_cast<VecOp>(which - kFirstVec);
    const VecOp op = in.vec_op;
    in.src0 = g.any();
    in.dst = g.any();
    in.numel = g.number(1, 0xffffffff);
    if (op == VecOp::bn_fwd || op == VecOp::bn_bwd || op == VecOp::relu_bwd || op == VecOp::add ||
        op == VecOp::softmax_xent || op == VecOp::sgd_momentum)
      in.src1 = g.any();
    if (op != VecOp::relu_fwd && op != VecOp::relu_bwd && op != VecOp::add) in.imm = g.number(0, 0xffff);
  } else if (name == "cfg") {
    in.op = Opcode::cfg;
    in.reg = g.number(0, 255);
    in.value = g.number(0, UINT64_MAX);
  } else {
    in.op = name == "barrier" ? Opcode::barrier : Opcode::halt;
  }
  return in;
}

std::vector<Instruction> random_program(Gen& g, size_t count) {
  std::vector<Instruction> program;
  for (size_t i = 0; i < count; ++i) program.push_back(random_instruction(g.rng() % kMnemonics.size(), g));
  return program;
}

std::string text_of(const std::vector<Instruction>& program) {
  std::string text;
  for (const auto& in : program) text += to_asm(in) + "\n";
  return text;
}

Instruction one(const std::string& line) {
  const auto program = parse_asm(line, "t.s");
  REQUIRE(program.size() == 1);
  return program[0];
}

std::vector<uint8_t> bytes_of(const Instruction& in) {
  const auto b = encode(in);
  return {b.begin(), b.end()};
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("isa: every mnemonic round-trips through encode/decode and through its text") {
  Gen g(20240917);
  for (size_t which = 0; which < kMnemonics.size(); ++which) {
    for (int trial = 0; trial < 2000; ++trial) {
      const Instruction in = random_instruction(which, g);
      REQUIRE(mnemonic(in) == kMnemonics[which]);
      const auto bytes = encode(in);
      const Instruction back = decode(bytes.data(), "x.bin: instruction 0");
      REQUIRE(back == in);
      REQUIRE(encode(back) == bytes);
      const std::string line = to_asm(in);
      REQUIRE(one(line) == in);
      REQUIRE(to_asm(one(line)) == line);
    }
  }
}

TEST_CASE("isa: fields sit at the bit positions of isa/README.md") {
  REQUIRE(bytes_of(one("dma.load sram=grad:0x800 dram_addr=0x10400 rows=64 cols=32 stride=32 type=f32 wait=4 "
                       "signal=2")) ==
          std::vector<uint8_t>{0x01, 0x04, 0x08, 0x00, 0x20, 0x00, 0x00, 0x00,    // opcode, wait, signal, stride
                               0x00, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,    // dram_addr
                               0x00, 0x08, 0x00, 0x00, 0x00, 0x52, 0x00, 0x00,    // sram addr, buffer 2, type 5
                               0x40, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00});  // rows, cols
  REQUIRE(bytes_of(one("gemm a=grad:0x100 a_kind=G b=wgt:0x40 b_kind=W c_addr=0x2000 m=32 n=16 k=64 transpose_b=1 "
                       "accumulate=1 wait=1,2 signal=3")) ==
          std::vector<uint8_t>{0x03, 0x41, 0x0c, 0x00, 0x00, 0x20, 0x00, 0x00,    // waits 1, 2; signal 3; c_addr
                               0x00, 0x01, 0x00, 0x00, 0x00, 0x22, 0x00, 0x00,    // a: grad, kind G
                               0x40, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00, 0x00,    // b: wgt, kind W
                               0x20, 0x00, 0x10, 0x00, 0x40, 0x00, 0x06, 0x00});  // m, n, k, flags
  REQUIRE(bytes_of(one("vec.avgpool src0=dram:0xff00000000 dst=act:0x20 numel=100 imm=514 signal=31")) ==
          std::vector<uint8_t>{0x06, 0x00, 0x7c, 0x70, 0x64, 0x00, 0x00, 0x00,    // signal 31, op 7, numel
                               0x00, 0x00, 0x00, 0x00, 0xff, 0x04, 0x00, 0x00,    // src0: dram
                               0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,    // src1 unused
                               0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x02});  // dst, imm
  REQUIRE(bytes_of(one("cfg reg=7 value=0x0123456789abcdef")) ==
          std::vector<uint8_t>{0x07, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0xef, 0xcd, 0xab,
                               0x89, 0x67, 0x45, 0x23, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  const auto program = encode_program({one("halt")});
  REQUIRE(program == std::vector<uint8_t>{'I', '4', 'S', 'I', 'M', 'I', 'S', 'A', 1, 0, 0, 0, 1, 0, 0, 0,
                                          9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                          0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("isa: every opcode goes to its unit's queue") {
  REQUIRE(unit_of(Opcode::load) == Unit::dma);
  REQUIRE(unit_of(Opcode::store) == Unit::dma);
  REQUIRE(unit_of(Opcode::gemm) == Unit::array);
  REQUIRE(unit_of(Opcode::gq) == Unit::gqu);
  REQUIRE(unit_of(Opcode::fq) == Unit::fq);
  REQUIRE(unit_of(Opcode::vec) == Unit::vec);
  REQUIRE(unit_of(Opcode::cfg) == Unit::ctrl);
  REQUIRE(unit_of(Opcode::barrier) == Unit::ctrl);
  REQUIRE(unit_of(Opcode::halt) == Unit::ctrl);
  REQUIRE(static_cast<size_t>(Unit::ctrl) + 1 == kUnitCount);
}

TEST_CASE("isa: the README's double-buffered GEMM assembles and round-trips byte-exactly") {
  const std::string path = std::string(INT4SIM_SOURCE_DIR) + "/isa/examples/gemm_double_buffered.s";
  const std::string source = slurp(path);
  REQUIRE(!source.empty());
  const auto program = parse_asm(source, path);
  REQUIRE(program.size() == 12);
  REQUIRE(to_asm(program[0]) == "barrier signal=3,4");
  REQUIRE(to_asm(program[5]) ==
          "gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=32 k=64 transpose_a=0 transpose_b=0 "
          "accumulate=0 int8=0 wait=1 signal=3");
  REQUIRE(to_asm(program[10]) == "dma.store sram=acc:0x0 dram_addr=0x20000 rows=64 cols=32 stride=32 type=i32 wait=5");
  REQUIRE(program[11].op == Opcode::halt);
  const auto bin = encode_program(program);
  REQUIRE(bin.size() == kHeaderBytes + 12 * kInstructionBytes);
  const auto decoded = decode_program(bin.data(), bin.size(), "gemm.bin");
  REQUIRE(decoded == program);
  const std::string text = text_of(decoded);
  REQUIRE(encode_program(parse_asm(text, "disasm.s")) == bin);
  REQUIRE(text_of(parse_asm(text, "disasm.s")) == text);
}

TEST_CASE("isa: random programs round-trip asm -> bin -> disasm -> asm byte-exactly") {
  Gen g(7);
  for (int trial = 0; trial < 200; ++trial) {
    const auto program = random_program(g, g.rng() % 60);
    const std::string text = text_of(program);
    const auto bin = encode_program(parse_asm(text, "r.s"));
    const auto decoded = decode_program(bin.data(), bin.size(), "r.bin");
    REQUIRE(decoded == program);
    const std::string again = text_of(decoded);
    REQUIRE(again == text);
    REQUIRE(encode_program(parse_asm(again, "r2.s")) == bin);
  }
}

TEST_CASE("isa: assembly takes comments, blank lines, hex, any key order, optional flags and CRLF") {
  const auto program = parse_asm(
      "  # a comment line\n"
      "\n"
      "\tdma.store type=u4 rows=0x10 cols=8 stride=0x8 dram_addr=4096 sram=act:16 signal=2,1 # trailing\r\n"
      "gemm k=1 m=2 n=3 a=wgt:0xFF a_kind=W b=grad:0 b_kind=G c_addr=0 int8=1\n"
      "halt",
      "t.s");
  REQUIRE(program.size() == 3);
  REQUIRE_THROWS_WITH(one("dma.store type=u4 rows=1 cols=8 stride=0X8 dram_addr=0 sram=act:0"),
                      "t.s:1: dma.store: stride=0X8 is not a number");
  const Instruction& st = program[0];
  REQUIRE(st.op == Opcode::store);
  REQUIRE(st.type == ElemType::u4);
  REQUIRE(st.rows == 16);
  REQUIRE(st.cols == 8);
  REQUIRE(st.dram_addr == 4096);
  REQUIRE(st.sram == Location{Buffer::act, 16});
  REQUIRE(st.wait == std::array<uint8_t, 2>{0, 0});
  REQUIRE(st.signal == std::array<uint8_t, 2>{2, 1});
  REQUIRE(to_asm(st) == "dma.store sram=act:0x10 dram_addr=0x1000 rows=16 cols=8 stride=8 type=u4 signal=2,1");
  const Instruction& mm = program[1];
  REQUIRE(mm.a == Location{Buffer::wgt, 255});
  REQUIRE((mm.m == 2 && mm.n == 3 && mm.k == 1));
  REQUIRE((mm.int8 && !mm.accumulate && !mm.transpose_a && !mm.transpose_b));
  REQUIRE(program[2].op == Opcode::halt);
  REQUIRE(parse_asm("", "empty.s").empty());
  REQUIRE(parse_asm("# nothing\n\n", "empty.s").empty());
}

TEST_CASE("isa: a malformed line is refused with the file, its line number and the problem") {
  const std::string gemm = "gemm a=act:0 a_kind=A b=wgt:0 b_kind=W c_addr=0 m=1 n=1 k=1";
  const std::string load = "dma.load sram=act:0 dram_addr=0 rows=1 cols=1 stride=1 type=s4";
  const std::string fq = "fq.weight src0=grad:0 dst=wgt:0 numel=1 layer=0";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"gemmm a=act:0", "unknown mnemonic 'gemmm'"},
      {"halt\x01", "unknown mnemonic 'halt\\x01'"},
      {"a=1", "unknown mnemonic 'a=1'"},
      {gemm + " kk=3", "gemm: unknown key 'kk'"},
      {"gemm a=act:0 a_kind=A b=wgt:0 b_kind=W c_addr=0 m=1 n=1", "gemm: missing key 'k'"},
      {"dma.load sram=act:0 rows=1 cols=1 stride=1 type=s4", "dma.load: missing key 'dram_addr'"},
      {gemm + " m=2", "gemm: duplicate key 'm'"},
      {gemm + " wait=1 wait=2", "gemm: duplicate key 'wait'"},
      {gemm + " accumulate", "gemm: 'accumulate' is not key=value"},
      {gemm + " =5", "gemm: '=5' is not key=value"},
      {"barrier x=1", "barrier: unknown key 'x'"},
      {"gq.update src0=grad:0 layer=1", "gq.update: unknown key 'src0'"},
      {"vec.relu_fwd src0=act:0 dst=act:0 numel=1 imm=3", "vec.relu_fwd: unknown key 'imm'"},
      {"dma.load sram=act:0 dram_addr=0 rows=70000 cols=1 stride=1 type=s4", "dma.load: rows=70000 exceeds 65535"},
      {"dma.load sram=act:0 dram_addr=0 rows=0x11170 cols=1 stride=1 type=s4", "dma.load: rows=0x11170 exceeds 65535"},
      {"dma.load sram=act:0 dram_addr=0 rows=0 cols=1 stride=1 type=s4", "dma.load: rows=0 must be at least 1"},
      {"dma.load sram=act:0 dram_addr=0 rows=12a cols=1 stride=1 type=s4", "dma.load: rows=12a is not a number"},
      {"dma.load sram=act:0 dram_addr=0 rows= cols=1 stride=1 type=s4", "dma.load: rows= is not a number"},
      {"dma.load sram=act:0 dram_addr=0 rows=-1 cols=1 stride=1 type=s4", "dma.load: rows=-1 is not a number"},
      {"dma.load sram=act:0 dram_addr=0 rows=0x cols=1 stride=1 type=s4", "dma.load: rows=0x is not a number"},
      {"dma.load sram=act:0 dram_addr=0x10000000000 rows=1 cols=1 stride=1 type=s4",
       "dma.load: dram_addr=0x10000000000 exceeds 0xffffffffff"},
      {"dma.load sram=act:0 dram_addr=0 rows=1 cols=64 stride=16 type=s4", "dma.load: stride=16 is less than cols=64"},
      {"dma.load sram=act:0 dram_addr=0 rows=1 cols=1 stride=1 type=s16",
       "dma.load: type=s16 is not one of s4, u4, s8, u8, i32, f32"},
      {"dma.load sram=dram:0 dram_addr=0 rows=1 cols=1 stride=1 type=s4",
       "dma.load: sram=dram:0: buffer must be one of act, wgt, grad, acc"},
      {fq + " numel=99999999999999999999999", "fq.weight: duplicate key 'numel'"},
      {"fq.weight src0=grad:0 dst=wgt:0 numel=99999999999999999999999 layer=0",
       "fq.weight: numel=99999999999999999999999 exceeds 4294967295"},
      {"fq.weight src0=grad:0 dst=wgt:0 numel=1 layer=65536", "fq.weight: layer=65536 exceeds 65535"},
      {"fq.weight src0=dram:0x10000000000 dst=wgt:0 numel=1 layer=0",
       "fq.weight: src0=dram:0x10000000000: address exceeds 0xffffffffff"},
      {"fq.weight src0=act:0x100000000 dst=wgt:0 numel=1 layer=0",
       "fq.weight: src0=act:0x100000000: address exceeds 0xffffffff"},
      {"fq.weight src0=act:0x1ffffffffffffffffff dst=wgt:0 numel=1 layer=0",
       "fq.weight: src0=act:0x1ffffffffffffffffff: address exceeds 0xffffffff"},
      {"fq.weight src0=act dst=wgt:0 numel=1 layer=0", "fq.weight: src0=act is not BUFFER:ADDRESS"},
      {"fq.weight src0=foo:0 dst=wgt:0 numel=1 layer=0",
       "fq.weight: src0=foo:0: buffer 'foo' is not one of act, wgt, grad, acc, dram"},
      {"fq.weight src0=ACT:0 dst=wgt:0 numel=1 layer=0",
       "fq.weight: src0=ACT:0: buffer 'ACT' is not one of act, wgt, grad, acc, dram"},
      {"fq.weight src0=act:zz dst=wgt:0 numel=1 layer=0", "fq.weight: src0=act:zz: address 'zz' is not a number"},
      {"gemm a=acc:0 a_kind=A b=wgt:0 b_kind=W c_addr=0 m=1 n=1 k=1", "gemm: a=acc:0: buffer must be one of act, wgt, grad"},
      {"gemm a=act:0 a_kind=X b=wgt:0 b_kind=W c_addr=0 m=1 n=1 k=1", "gemm: a_kind=X is not one of A, W, G"},
      {"gemm a=act:0 a_kind=A b=wgt:0 b_kind=W c_addr=0x100000000 m=1 n=1 k=1", "gemm: c_addr=0x100000000 exceeds 0xffffffff"},
      {gemm + " accumulate=2", "gemm: accumulate=2 exceeds 1"},
      {gemm + " wait=32", "gemm: wait=32: semaphore ids are 1..31"},
      {gemm + " signal=0", "gemm: signal=0: semaphore ids are 1..31"},
      {gemm + " wait=1,2,3", "gemm: wait=1,2,3 lists more than two semaphores"},
      {gemm + " wait=1,", "gemm: wait=1, is not one or two semaphore ids separated by a comma"},
      {gemm + " signal=", "gemm: signal= is not one or two semaphore ids separated by a comma"},
      {"cfg reg=256 value=0", "cfg: reg=256 exceeds 255"},
      {"cfg reg=1 value=0x10000000000000000", "cfg: value=0x10000000000000000 exceeds 0xffffffffffffffff"},
      {"cfg reg=1", "cfg: missing key 'value'"},
  };
  for (const auto& [line, problem] : cases) {
    INFO(line);
    // Two good lines, a blank one and a comment before it: the bad line is line 5.
    REQUIRE_THROWS_WITH(parse_asm("halt\n" + load + "\n\n# comment\n" + line + "\nhalt\n", "prog.s"),
                        "prog.s:5: " + problem);
  }
  REQUIRE_THROWS_AS(parse_asm("gemmm", "prog.s"), int4sim::InputError);
}

namespace {

// Instruction 0: a dma.load; instruction 1: a gemm (the layouts pinned above).
std::vector<uint8_t> sample_binary() {
  return encode_program(parse_asm(
      "dma.load sram=grad:0x800 dram_addr=0x10400 rows=64 cols=32 stride=32 type=f32 wait=4 signal=2\n"
      "gemm a=grad:0x100 a_kind=G b=wgt:0x40 b_kind=W c_addr=0x2000 m=32 n=16 k=64\n",
      "sample.s"));
}

std::string refusal(const std::vector<uint8_t>& bin) {
  try {
    decode_program(bin.data(), bin.size(), "prog.bin");
  } catch (const int4sim::InputError& e) {
    return e.what();
  }
  return "accepted";
}

constexpr size_t kInstr0 = kHeaderBytes, kInstr1 = kHeaderBytes + kInstructionBytes;

}  // namespace

TEST_CASE("isa: a corrupted binary is refused naming the file, the instruction and the field") {
  const auto good = sample_binary();
  REQUIRE(good.size() == 80);
  REQUIRE(refusal(good) == "accepted");
  auto with = [&](size_t offset, uint8_t byte) {
    auto bin = good;
    bin[offset] = byte;
    return bin;
  };
  auto head = [&](size_t n) { return std::vector<uint8_t>(good.begin(), good.begin() + n); };

  REQUIRE(refusal({}) == "prog.bin: 0 bytes is too short for the 16-byte program header");
  REQUIRE(refusal(head(10)) == "prog.bin: 10 bytes is too short for the 16-byte program header");
  REQUIRE(refusal(with(3, 'x')) == "prog.bin: not an int4sim program (no I4SIMISA magic)");
  REQUIRE(refusal(with(8, 2)) == "prog.bin: version 2 is not supported (expected 1)");
  REQUIRE(refusal(head(79)) == "prog.bin: the header says 2 instructions (80 bytes) but there are 79 bytes");
  REQUIRE(refusal(head(16)) == "prog.bin: the header says 2 instructions (80 bytes) but there are 16 bytes");
  REQUIRE(refusal(with(12, 3)) == "prog.bin: the header says 3 instructions (112 bytes) but there are 80 bytes");
  auto huge = good;
  huge[12] = huge[13] = huge[14] = huge[15] = 0xff;
  REQUIRE(refusal(huge) ==
          "prog.bin: the header says 4294967295 instructions (137438953456 bytes) but there are 80 bytes");
  auto extra = good;
  extra.push_back(0);
  REQUIRE(refusal(extra) == "prog.bin: the header says 2 instructions (80 bytes) but there are 81 bytes");

  REQUIRE(refusal(with(kInstr1, 0x7f)) == "prog.bin: instruction 1: unknown opcode 0x7f");
  REQUIRE(refusal(with(kInstr0, 0)) == "prog.bin: instruction 0: unknown opcode 0x0");
  // gemm -> gq with pass 3, fq with kind 2 (vec uses all 16 values of its 4-bit field)
  auto gq = with(kInstr1, 5);
  gq[kInstr1 + 3] = 0x30;
  REQUIRE(refusal(gq) == "prog.bin: instruction 1: gq: pass=3 is not one of max, quant, update");
  auto fq = with(kInstr1, 4);
  fq[kInstr1 + 3] = 0x20;
  REQUIRE(refusal(fq) == "prog.bin: instruction 1: fq: kind=2 is not one of weight, activation");

  REQUIRE(refusal(with(kInstr1 + 14, 0x01)) == "prog.bin: instruction 1: gemm: reserved bit 112 is set");
  REQUIRE(refusal(with(kInstr1 + 3, 0x10)) == "prog.bin: instruction 1: gemm: reserved bit 28 is set");
  REQUIRE(refusal(with(kInstr1 + 31, 0x80)) == "prog.bin: instruction 1: gemm: reserved bit 255 is set");
  REQUIRE(refusal(with(kInstr0 + 13, 0x01)) == "prog.bin: instruction 0: dma.load: reserved bit 104 is set");
  // gemm -> gq.update (pass 2): the gemm's c_addr (0x2000 in bits 63:32) now sits in reserved bits
  auto update = with(kInstr1, 5);
  update[kInstr1 + 3] = 0x20;
  REQUIRE(refusal(update) == "prog.bin: instruction 1: gq.update: reserved bit 45 is set");

  REQUIRE(refusal(with(kInstr0 + 21, 0x92)) ==
          "prog.bin: instruction 0: dma.load: type=9 is not one of s4, u4, s8, u8, i32, f32");
  REQUIRE(refusal(with(kInstr1 + 13, 0x32)) == "prog.bin: instruction 1: gemm: a_kind=3 is not one of A, W, G");
  REQUIRE(refusal(with(kInstr0 + 21, 0x57)) ==
          "prog.bin: instruction 0: dma.load: sram: buffer 7 is not one of act, wgt, grad, acc, dram");
  REQUIRE(refusal(with(kInstr0 + 21, 0x54)) ==
          "prog.bin: instruction 0: dma.load: sram=dram:0x800: buffer must be one of act, wgt, grad, acc");
  REQUIRE(refusal(with(kInstr1 + 13, 0x23)) ==
          "prog.bin: instruction 1: gemm: a=acc:0x100: buffer must be one of act, wgt, grad");
  REQUIRE(refusal(with(kInstr0 + 20, 0x01)) ==
          "prog.bin: instruction 0: dma.load: sram=grad:0x100000800: address exceeds 0xffffffff");
  REQUIRE(refusal(with(kInstr0 + 24, 0x00)) == "prog.bin: instruction 0: dma.load: rows=0 must be at least 1");
  REQUIRE(refusal(with(kInstr1 + 28, 0x00)) == "prog.bin: instruction 1: gemm: k=0 must be at least 1");
  REQUIRE(refusal(with(kInstr0 + 4, 0x10)) == "prog.bin: instruction 0: dma.load: stride=16 is less than cols=32");
  // wait[0] = 0 with wait[1] = 5 (bits 17:13)
  auto slots = with(kInstr0 + 1, 0xa0);
  REQUIRE(refusal(slots) == "prog.bin: instruction 0: dma.load: wait[1]=5 is set while wait[0] is 0");
}

TEST_CASE("isa: encode refuses fields out of range instead of truncating them") {
  Instruction in = one("dma.load sram=act:0 dram_addr=0 rows=1 cols=1 stride=1 type=s4");
  in.rows = 70000;
  REQUIRE_THROWS_WITH(encode(in), "dma.load: rows=70000 exceeds 65535");
  REQUIRE_THROWS_WITH(to_asm(in), "dma.load: rows=70000 exceeds 65535");
  REQUIRE_THROWS_WITH(encode_program({one("halt"), in}), "instruction 1: dma.load: rows=70000 exceeds 65535");
  in.rows = 1;
  in.wait = {40, 0};
  REQUIRE_THROWS_WITH(encode(in), "dma.load: wait[0]=40 exceeds 31");
  in.wait = {0, 3};
  REQUIRE_THROWS_WITH(encode(in), "dma.load: wait[1]=3 is set while wait[0] is 0");
  in.wait = {};
  in.type = static_cast<ElemType>(6);
  REQUIRE_THROWS_WITH(encode(in), "dma.load: type=6 is not one of s4, u4, s8, u8, i32, f32");
  Instruction bad_op;
  bad_op.op = static_cast<Opcode>(0);
  REQUIRE_THROWS_WITH(encode(bad_op), "unknown opcode 0x0");
  REQUIRE_THROWS_WITH(mnemonic(bad_op), "unknown opcode 0x0");
  Instruction bad_vec;
  bad_vec.op = Opcode::vec;
  bad_vec.vec_op = static_cast<VecOp>(16);
  REQUIRE_THROWS_WITH(encode(bad_vec),
                      "vec: op=16 is not one of dequant, bn_fwd, bn_bwd, relu_fwd, relu_bwd, add, maxpool, avgpool, "
                      "softmax_xent, sgd_momentum, col2im, quant8, fp32_gemm, softmax, act, mul");
  // Fields an opcode does not use are not encoded.
  Instruction halt;
  halt.rows = 123456;
  REQUIRE(decode(encode(halt).data(), "h") == Instruction{});
}
