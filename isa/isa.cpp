#include "isa/isa.h"

#include <cstring>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "base/error.h"

namespace int4sim::isa {
namespace {

// ---- Fields: one description per assembly key, shared by encoding, decoding, text and checks ----

const char* const kBufferNames[] = {"act", "wgt", "grad", "acc", "dram"};
const char* const kElemTypeNames[] = {"s4", "u4", "s8", "u8", "i32", "f32"};
const char* const kOperandKindNames[] = {"A", "W", "G"};
constexpr size_t kBufferCount = 5;
constexpr uint64_t kOnChipAddrMax = 0xffffffffu;
constexpr uint64_t kDramAddrMax = (uint64_t{1} << 40) - 1;
constexpr unsigned kAddrBits = 40, kBufferBits = 4, kLocationBits = kAddrBits + kBufferBits;

enum class Key : uint8_t {
  sram, dram_addr, rows, cols, stride, type,
  a, a_kind, b, b_kind, c_addr, m, n, k, transpose_a, transpose_b, accumulate, int8,
  src0, src1, dst, numel, layer, imm,
  reg, value,
};

enum class Shape : uint8_t {
  decimal,
  hex,       // addresses and register values
  flag,      // 0 or 1; may be left out in assembly (0)
  names,     // an enumeration written by name
  location,  // BUFFER:ADDRESS, 44 bits: address [39:0], buffer [43:40]
};

constexpr uint8_t kOnChip = 0b01111, kOperandBuffers = 0b00111, kAnyBuffer = 0b11111;  // bit = Buffer

struct KeySpec {
  const char* name;
  Shape shape;
  unsigned width;  // bits in the encoding (location: kLocationBits)
  uint64_t min, max;
  const char* const* names = nullptr;  // Shape::names: max + 1 of them
  uint8_t buffers = 0;                 // Shape::location: the buffers allowed
};

const KeySpec kKeys[] = {
    {"sram", Shape::location, kLocationBits, 0, 0, nullptr, kOnChip},
    {"dram_addr", Shape::hex, kAddrBits, 0, kDramAddrMax},
    {"rows", Shape::decimal, 16, 1, 0xffff},
    {"cols", Shape::decimal, 16, 1, 0xffff},
    {"stride", Shape::decimal, 32, 1, 0xffffffff},
    {"type", Shape::names, 4, 0, 5, kElemTypeNames},
    {"a", Shape::location, kLocationBits, 0, 0, nullptr, kOperandBuffers},
    {"a_kind", Shape::names, 4, 0, 2, kOperandKindNames},
    {"b", Shape::location, kLocationBits, 0, 0, nullptr, kOperandBuffers},
    {"b_kind", Shape::names, 4, 0, 2, kOperandKindNames},
    {"c_addr", Shape::hex, 32, 0, kOnChipAddrMax},
    {"m", Shape::decimal, 16, 1, 0xffff},
    {"n", Shape::decimal, 16, 1, 0xffff},
    {"k", Shape::decimal, 16, 1, 0xffff},
    {"transpose_a", Shape::flag, 1, 0, 1},
    {"transpose_b", Shape::flag, 1, 0, 1},
    {"accumulate", Shape::flag, 1, 0, 1},
    {"int8", Shape::flag, 1, 0, 1},
    {"src0", Shape::location, kLocationBits, 0, 0, nullptr, kAnyBuffer},
    {"src1", Shape::location, kLocationBits, 0, 0, nullptr, kAnyBuffer},
    {"dst", Shape::location, kLocationBits, 0, 0, nullptr, kAnyBuffer},
    {"numel", Shape::decimal, 32, 1, 0xffffffff},
    {"layer", Shape::decimal, 16, 0, 0xffff},
    {"imm", Shape::decimal, 16, 0, 0xffff},
    {"reg", Shape::decimal, 8, 0, 0xff},
    {"value", Shape::hex, 64, 0, UINT64_MAX},
};

const KeySpec& spec(Key key) { return kKeys[static_cast<size_t>(key)]; }

uint64_t get(const Instruction& in, Key key) {
  switch (key) {
    case Key::dram_addr: return in.dram_addr;
    case Key::rows: return in.rows;
    case Key::cols: return in.cols;
    case Key::stride: return in.stride;
    case Key::type: return static_cast<uint64_t>(in.type);
    case Key::a_kind: return static_cast<uint64_t>(in.a_kind);
    case Key::b_kind: return static_cast<uint64_t>(in.b_kind);
    case Key::c_addr: return in.c_addr;
    case Key::m: return in.m;
    case Key::n: return in.n;
    case Key::k: return in.k;
    case Key::transpose_a: return in.transpose_a;
    case Key::transpose_b: return in.transpose_b;
    case Key::accumulate: return in.accumulate;
    case Key::int8: return in.int8;
    case Key::numel: return in.numel;
    case Key::layer: return in.layer;
    case Key::imm: return in.imm;
    case Key::reg: return in.reg;
    case Key::value: return in.value;
    default: throw std::logic_error("isa: get() of a location key");
  }
}

// `v` is within the field's width (callers check), so the enumerations' casts keep it.
void set(Instruction& in, Key key, uint64_t v) {
  switch (key) {
    case Key::dram_addr: in.dram_addr = v; break;
    case Key::rows: in.rows = v; break;
    case Key::cols: in.cols = v; break;
    case Key::stride: in.stride = v; break;
    case Key::type: in.type = static_cast<ElemType>(v); break;
    case Key::a_kind: in.a_kind = static_cast<OperandKind>(v); break;
    case Key::b_kind: in.b_kind = static_cast<OperandKind>(v); break;
    case Key::c_addr: in.c_addr = v; break;
    case Key::m: in.m = v; break;
    case Key::n: in.n = v; break;
    case Key::k: in.k = v; break;
    case Key::transpose_a: in.transpose_a = v; break;
    case Key::transpose_b: in.transpose_b = v; break;
    case Key::accumulate: in.accumulate = v; break;
    case Key::int8: in.int8 = v; break;
    case Key::numel: in.numel = v; break;
    case Key::layer: in.layer = v; break;
    case Key::imm: in.imm = v; break;
    case Key::reg: in.reg = v; break;
    case Key::value: in.value = v; break;
    default: throw std::logic_error("isa: set() of a location key");
  }
}

const Location& location(const Instruction& in, Key key) {
  switch (key) {
    case Key::sram: return in.sram;
    case Key::a: return in.a;
    case Key::b: return in.b;
    case Key::src0: return in.src0;
    case Key::src1: return in.src1;
    case Key::dst: return in.dst;
    default: throw std::logic_error("isa: location() of a number key");
  }
}

Location& location(Instruction& in, Key key) { return const_cast<Location&>(location(std::as_const(in), key)); }

// ---- Forms: the keys of each mnemonic in canonical order, and where their bits are ----

// Bit positions in the 256-bit instruction (bit i = bit i % 64 of little-endian word i / 64).
constexpr unsigned kOpcodeLo = 0, kWaitLo = 8, kSignalLo = 18, kSemBits = 5, kSubopLo = 28, kSubopBits = 4;
constexpr unsigned kHeaderBits = 28;  // opcode and semaphores; every opcode has them

struct Slot {
  Key key;
  unsigned lo;
};

struct Form {
  const char* mnemonic;
  Opcode op;
  int subop;  // -1: the opcode has none
  std::vector<Slot> slots;
};

std::vector<Form> build_forms() {
  const Slot src0{Key::src0, 64}, src1{Key::src1, 128}, numel{Key::numel, 32}, imm{Key::imm, 240};
  const Slot fq_dst{Key::dst, 128}, layer{Key::layer, 192}, vec_dst{Key::dst, 192};
  const std::vector<Slot> dma = {{Key::sram, 128}, {Key::dram_addr, 64}, {Key::rows, 192},
                                 {Key::cols, 208}, {Key::stride, 32},    {Key::type, 172}};
  auto vec = [&](VecOp op, const char* name, std::vector<Slot> slots) {
    return Form{name, Opcode::vec, static_cast<int>(op), std::move(slots)};
  };
  return {
      {"dma.load", Opcode::load, -1, dma},
      {"dma.store", Opcode::store, -1, dma},
      {"gemm", Opcode::gemm, -1,
       {{Key::a, 64}, {Key::a_kind, 108}, {Key::b, 128}, {Key::b_kind, 172}, {Key::c_addr, 32}, {Key::m, 192},
        {Key::n, 208}, {Key::k, 224}, {Key::transpose_a, 240}, {Key::transpose_b, 241}, {Key::accumulate, 242},
        {Key::int8, 243}}},
      {"fq.weight", Opcode::fq, static_cast<int>(FqKind::weight), {src0, fq_dst, numel, layer}},
      {"fq.activation", Opcode::fq, static_cast<int>(FqKind::activation), {src0, fq_dst, numel, layer}},
      {"gq.max", Opcode::gq, static_cast<int>(GqPass::max), {src0, numel, layer}},
      {"gq.quant", Opcode::gq, static_cast<int>(GqPass::quant), {src0, fq_dst, numel, layer}},
      {"gq.update", Opcode::gq, static_cast<int>(GqPass::update), {layer}},
      vec(VecOp::dequant, "vec.dequant", {src0, vec_dst, numel, imm}),
      vec(VecOp::bn_fwd, "vec.bn_fwd", {src0, src1, vec_dst, numel, imm}),
      vec(VecOp::bn_bwd, "vec.bn_bwd", {src0, src1, vec_dst, numel, imm}),
      vec(VecOp::relu_fwd, "vec.relu_fwd", {src0, vec_dst, numel}),
      vec(VecOp::relu_bwd, "vec.relu_bwd", {src0, src1, vec_dst, numel}),
      vec(VecOp::add, "vec.add", {src0, src1, vec_dst, numel}),
      vec(VecOp::maxpool, "vec.maxpool", {src0, vec_dst, numel, imm}),
      vec(VecOp::avgpool, "vec.avgpool", {src0, vec_dst, numel, imm}),
      vec(VecOp::softmax_xent, "vec.softmax_xent", {src0, src1, vec_dst, numel, imm}),
      vec(VecOp::sgd_momentum, "vec.sgd_momentum", {src0, src1, vec_dst, numel, imm}),
      vec(VecOp::col2im, "vec.col2im", {src0, vec_dst, numel}),
      vec(VecOp::quant8, "vec.quant8", {src0, vec_dst, numel}),
      vec(VecOp::fp32_gemm, "vec.fp32_gemm", {src0, src1, vec_dst, numel}),
      vec(VecOp::softmax, "vec.softmax", {src0, src1, vec_dst, numel}),
      vec(VecOp::act, "vec.act", {src0, src1, vec_dst, numel}),
      vec(VecOp::mul, "vec.mul", {src0, src1, vec_dst, numel}),
      {"cfg", Opcode::cfg, -1, {{Key::reg, 32}, {Key::value, 64}}},
      {"barrier", Opcode::barrier, -1, {}},
      {"halt", Opcode::halt, -1, {}},
  };
}

const std::vector<Form>& forms() {
  static const std::vector<Form> table = build_forms();
  return table;
}

bool valid_opcode(uint64_t op) {
  return op >= static_cast<uint64_t>(Opcode::load) && op <= static_cast<uint64_t>(Opcode::halt);
}

bool has_subop(Opcode op) { return op == Opcode::fq || op == Opcode::gq || op == Opcode::vec; }

const char* subop_key(Opcode op) { return op == Opcode::fq ? "kind" : op == Opcode::gq ? "pass" : "op"; }

const char* opcode_name(Opcode op) { return op == Opcode::fq ? "fq" : op == Opcode::gq ? "gq" : "vec"; }

int subop_of(const Instruction& in) {
  switch (in.op) {
    case Opcode::fq: return static_cast<int>(in.fq_kind);
    case Opcode::gq: return static_cast<int>(in.gq_pass);
    case Opcode::vec: return static_cast<int>(in.vec_op);
    default: return -1;
  }
}

void set_subop(Instruction& in, int subop) {
  if (in.op == Opcode::fq) in.fq_kind = static_cast<FqKind>(subop);
  if (in.op == Opcode::gq) in.gq_pass = static_cast<GqPass>(subop);
  if (in.op == Opcode::vec) in.vec_op = static_cast<VecOp>(subop);
}

const Form* find_form(Opcode op, int subop) {
  for (const auto& f : forms())
    if (f.op == op && f.subop == subop) return &f;
  return nullptr;
}

const Form* find_form(std::string_view mnemonic) {
  for (const auto& f : forms())
    if (mnemonic == f.mnemonic) return &f;
  return nullptr;
}

// ---- Text of values ----

std::string hex(uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  do {
    s.insert(s.begin(), digits[v & 15]);
    v >>= 4;
  } while (v);
  return "0x" + s;
}

std::string join(const char* const* names, size_t count) {
  std::string s;
  for (size_t i = 0; i < count; ++i) s += (i ? ", " : "") + std::string(names[i]);
  return s;
}

std::string allowed_buffers(uint8_t mask) {
  std::string s;
  for (size_t b = 0; b < kBufferCount; ++b)
    if (mask >> b & 1) s += (s.empty() ? "" : ", ") + std::string(kBufferNames[b]);
  return s;
}

std::string value_text(const KeySpec& s, uint64_t v) {
  if (s.shape == Shape::hex) return hex(v);
  if (s.shape == Shape::names && v <= s.max) return s.names[v];
  return std::to_string(v);
}

std::string location_text(const Location& loc) {
  return std::string(kBufferNames[static_cast<size_t>(loc.buffer)]) + ":" + hex(loc.addr);
}

// ---- Checks: "" or the problem, without the mnemonic; `as_written` is the value as the user wrote it ----

std::string value_problem(const KeySpec& s, uint64_t v, const std::string& as_written) {
  const std::string what = std::string(s.name) + "=" + shown(as_written);
  if (s.shape == Shape::names && v > s.max) return what + " is not one of " + join(s.names, s.max + 1);
  if (v > s.max) return what + " exceeds " + value_text(s, s.max);
  if (v < s.min) return what + " must be at least " + value_text(s, s.min);
  return "";
}

std::string location_problem(const KeySpec& s, const Location& loc, const std::string& as_written) {
  const auto buffer = static_cast<size_t>(loc.buffer);
  if (buffer >= kBufferCount)
    return std::string(s.name) + ": buffer " + std::to_string(buffer) + " is not one of " +
           join(kBufferNames, kBufferCount);
  const std::string what = std::string(s.name) + "=" + shown(as_written);
  if (!(s.buffers >> buffer & 1)) return what + ": buffer must be one of " + allowed_buffers(s.buffers);
  const uint64_t max = loc.buffer == Buffer::dram ? kDramAddrMax : kOnChipAddrMax;
  if (loc.addr > max) return what + ": address exceeds " + hex(max);
  return "";
}

std::string semaphore_problem(const char* name, const std::array<uint8_t, 2>& ids) {
  for (size_t i = 0; i < 2; ++i)
    if (ids[i] > kMaxSemaphore)
      return std::string(name) + "[" + std::to_string(i) + "]=" + std::to_string(ids[i]) + " exceeds " +
             std::to_string(kMaxSemaphore);
  if (ids[1] && !ids[0])
    return std::string(name) + "[1]=" + std::to_string(ids[1]) + " is set while " + name + "[0] is 0";
  return "";
}

// The fields of `form` in `in`, the semaphores, and the constraints between fields.
std::string fields_problem(const Form& form, const Instruction& in) {
  for (const auto& slot : form.slots) {
    const KeySpec& s = spec(slot.key);
    std::string p;
    if (s.shape == Shape::location) {
      const Location& loc = location(in, slot.key);
      const bool named = static_cast<size_t>(loc.buffer) < kBufferCount;  // else the problem names the number
      p = location_problem(s, loc, named ? location_text(loc) : "");
    } else {
      const uint64_t v = get(in, slot.key);
      p = value_problem(s, v, value_text(s, v));
    }
    if (!p.empty()) return p;
  }
  if (auto p = semaphore_problem("wait", in.wait); !p.empty()) return p;
  if (auto p = semaphore_problem("signal", in.signal); !p.empty()) return p;
  if ((in.op == Opcode::load || in.op == Opcode::store) && in.stride < in.cols)
    return "stride=" + std::to_string(in.stride) + " is less than cols=" + std::to_string(in.cols);
  return "";
}

// The form of `in`, or fails with "prefix" + the problem.
const Form& form_or_fail(const Instruction& in, const std::string& prefix) {
  if (!valid_opcode(static_cast<uint64_t>(in.op)))
    fail(prefix + "unknown opcode " + hex(static_cast<uint64_t>(in.op)));
  const Form* form = find_form(in.op, subop_of(in));
  if (!form) {
    std::string names;
    for (const auto& f : forms())
      if (f.op == in.op) names += (names.empty() ? "" : ", ") + std::string(std::strchr(f.mnemonic, '.') + 1);
    fail(prefix + opcode_name(in.op) + ": " + subop_key(in.op) + "=" + std::to_string(subop_of(in)) +
         " is not one of " + names);
  }
  return *form;
}

// The form of a valid `in`; fails with "prefix" + "mnemonic: problem" otherwise.
const Form& check(const Instruction& in, const std::string& prefix) {
  const Form& form = form_or_fail(in, prefix);
  if (auto p = fields_problem(form, in); !p.empty()) fail(prefix + form.mnemonic + ": " + p);
  return form;
}

// ---- Bits ----

using Words = std::array<uint64_t, kInstructionBytes / 8>;

// Fields never straddle a 64-bit word.
uint64_t field_mask(unsigned width) { return width == 64 ? UINT64_MAX : (uint64_t{1} << width) - 1; }

uint64_t get_bits(const Words& w, unsigned lo, unsigned width) { return w[lo / 64] >> (lo % 64) & field_mask(width); }

void put_bits(Words& w, unsigned lo, unsigned width, uint64_t v) { w[lo / 64] |= (v & field_mask(width)) << (lo % 64); }

// The bits `form` gives a meaning to; the others are reserved (zero).
Words used_bits(const Form& form) {
  Words used{};
  put_bits(used, 0, kHeaderBits, UINT64_MAX);
  if (form.subop >= 0) put_bits(used, kSubopLo, kSubopBits, UINT64_MAX);
  for (const auto& slot : form.slots) put_bits(used, slot.lo, spec(slot.key).width, UINT64_MAX);
  return used;
}

uint64_t load_le(const uint8_t* p, size_t bytes) {
  uint64_t v = 0;
  for (size_t i = 0; i < bytes; ++i) v |= uint64_t{p[i]} << (8 * i);
  return v;
}

void store_le(uint8_t* p, size_t bytes, uint64_t v) {
  for (size_t i = 0; i < bytes; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}

constexpr char kMagic[8] = {'I', '4', 'S', 'I', 'M', 'I', 'S', 'A'};

// ---- Assembly ----

enum class Number { ok, not_a_number, too_big };

// Decimal or 0x hexadecimal, no sign.
Number parse_number(std::string_view s, uint64_t& v) {
  const bool is_hex = s.size() > 2 && s[0] == '0' && s[1] == 'x';
  const unsigned base = is_hex ? 16 : 10;
  if (is_hex) s.remove_prefix(2);
  if (s.empty()) return Number::not_a_number;
  v = 0;
  bool too_big = false;
  for (char c : s) {
    unsigned d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (is_hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (is_hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return Number::not_a_number;
    if (v > (UINT64_MAX - d) / base) too_big = true;
    v = v * base + d;
  }
  return too_big ? Number::too_big : Number::ok;
}

// "3" or "3,7" into ids; "" or the problem.
std::string parse_semaphores(const std::string& key, const std::string& text, std::array<uint8_t, 2>& ids) {
  const std::string what = key + "=" + shown(text);
  std::vector<std::string_view> parts;
  std::string_view rest = text;
  for (size_t comma; (comma = rest.find(',')) != std::string_view::npos; rest.remove_prefix(comma + 1))
    parts.push_back(rest.substr(0, comma));
  parts.push_back(rest);
  if (parts.size() > 2) return what + " lists more than two semaphores";
  for (size_t i = 0; i < parts.size(); ++i) {
    uint64_t id;
    const Number r = parse_number(parts[i], id);
    if (r == Number::not_a_number) return what + " is not one or two semaphore ids separated by a comma";
    if (r == Number::too_big || id < 1 || id > kMaxSemaphore)
      return what + ": semaphore ids are 1.." + std::to_string(kMaxSemaphore);
    ids[i] = static_cast<uint8_t>(id);
  }
  return "";
}

std::string parse_value(const KeySpec& s, const std::string& text, Instruction& in, Key key) {
  const std::string what = std::string(s.name) + "=" + shown(text);
  if (s.shape == Shape::names) {
    for (uint64_t i = 0; i <= s.max; ++i)
      if (text == s.names[i]) {
        set(in, key, i);
        return "";
      }
    return what + " is not one of " + join(s.names, s.max + 1);
  }
  if (s.shape == Shape::location) {
    const size_t colon = text.find(':');
    if (colon == std::string::npos) return what + " is not BUFFER:ADDRESS";
    const std::string buffer = text.substr(0, colon), addr = text.substr(colon + 1);
    Location loc;
    size_t b = 0;
    while (b < kBufferCount && buffer != kBufferNames[b]) ++b;
    if (b == kBufferCount) return what + ": buffer '" + shown(buffer) + "' is not one of " + join(kBufferNames, kBufferCount);
    loc.buffer = static_cast<Buffer>(b);
    const Number r = parse_number(addr, loc.addr);
    if (r == Number::not_a_number) return what + ": address '" + shown(addr) + "' is not a number";
    if (r == Number::too_big) loc.addr = UINT64_MAX;  // refused just below, as out of range
    if (auto p = location_problem(s, loc, text); !p.empty()) return p;
    location(in, key) = loc;
    return "";
  }
  uint64_t v;
  const Number r = parse_number(text, v);
  if (r == Number::not_a_number) return what + " is not a number";
  if (r == Number::too_big) return what + " exceeds " + value_text(s, s.max);
  if (auto p = value_problem(s, v, text); !p.empty()) return p;
  set(in, key, v);
  return "";
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::vector<std::string> tokens(std::string_view line) {
  line = line.substr(0, line.find('#'));
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i])) ++i;
    const size_t start = i;
    while (i < line.size() && !is_space(line[i])) ++i;
    if (i > start) out.emplace_back(line.substr(start, i - start));
  }
  return out;
}

// One non-empty line; failures are prefixed with `where` ("file:line: ").
Instruction parse_line(const std::vector<std::string>& words, const std::string& where) {
  const Form* form = find_form(words[0]);
  if (!form) fail(where + "unknown mnemonic '" + shown(words[0]) + "'");
  const std::string at = where + form->mnemonic + ": ";
  Instruction in;
  in.op = form->op;
  set_subop(in, form->subop);
  std::vector<bool> seen(form->slots.size());
  bool seen_wait = false, seen_signal = false;
  for (size_t t = 1; t < words.size(); ++t) {
    const std::string& word = words[t];
    const size_t eq = word.find('=');
    if (eq == std::string::npos || eq == 0) fail(at + "'" + shown(word) + "' is not key=value");
    const std::string key = word.substr(0, eq), text = word.substr(eq + 1);
    if (key == "wait" || key == "signal") {
      bool& seen_it = key == "wait" ? seen_wait : seen_signal;
      if (seen_it) fail(at + "duplicate key '" + key + "'");
      seen_it = true;
      if (auto p = parse_semaphores(key, text, key == "wait" ? in.wait : in.signal); !p.empty()) fail(at + p);
      continue;
    }
    size_t i = 0;
    while (i < form->slots.size() && key != spec(form->slots[i].key).name) ++i;
    if (i == form->slots.size()) fail(at + "unknown key '" + shown(key) + "'");
    if (seen[i]) fail(at + "duplicate key '" + key + "'");
    seen[i] = true;
    if (auto p = parse_value(spec(form->slots[i].key), text, in, form->slots[i].key); !p.empty()) fail(at + p);
  }
  for (size_t i = 0; i < form->slots.size(); ++i)
    if (!seen[i] && spec(form->slots[i].key).shape != Shape::flag)
      fail(at + "missing key '" + spec(form->slots[i].key).name + "'");
  check(in, where);  // what involves several fields
  return in;
}

}  // namespace

bool operator==(const Location& x, const Location& y) { return x.buffer == y.buffer && x.addr == y.addr; }

bool operator==(const Instruction& x, const Instruction& y) {
  return x.op == y.op && x.wait == y.wait && x.signal == y.signal && x.sram == y.sram && x.dram_addr == y.dram_addr &&
         x.rows == y.rows && x.cols == y.cols && x.stride == y.stride && x.type == y.type && x.a == y.a &&
         x.b == y.b && x.a_kind == y.a_kind && x.b_kind == y.b_kind && x.c_addr == y.c_addr && x.m == y.m &&
         x.n == y.n && x.k == y.k && x.transpose_a == y.transpose_a && x.transpose_b == y.transpose_b &&
         x.accumulate == y.accumulate && x.int8 == y.int8 && x.fq_kind == y.fq_kind && x.gq_pass == y.gq_pass &&
         x.vec_op == y.vec_op && x.src0 == y.src0 && x.src1 == y.src1 && x.dst == y.dst && x.numel == y.numel &&
         x.layer == y.layer && x.imm == y.imm && x.reg == y.reg && x.value == y.value;
}

Unit unit_of(Opcode op) {
  switch (op) {
    case Opcode::load:
    case Opcode::store: return Unit::dma;
    case Opcode::gemm: return Unit::array;
    case Opcode::gq: return Unit::gqu;
    case Opcode::fq: return Unit::fq;
    case Opcode::vec: return Unit::vec;
    case Opcode::cfg:
    case Opcode::barrier:
    case Opcode::halt: return Unit::ctrl;
  }
  throw std::invalid_argument("isa::unit_of: unknown opcode " + std::to_string(static_cast<unsigned>(op)));
}

std::string mnemonic(const Instruction& in) { return form_or_fail(in, "").mnemonic; }

std::array<uint8_t, kInstructionBytes> encode(const Instruction& in) {
  const Form& form = check(in, "");
  Words w{};
  put_bits(w, kOpcodeLo, 8, static_cast<uint64_t>(in.op));
  for (unsigned i = 0; i < 2; ++i) {
    put_bits(w, kWaitLo + i * kSemBits, kSemBits, in.wait[i]);
    put_bits(w, kSignalLo + i * kSemBits, kSemBits, in.signal[i]);
  }
  if (form.subop >= 0) put_bits(w, kSubopLo, kSubopBits, static_cast<uint64_t>(form.subop));
  for (const auto& slot : form.slots) {
    if (spec(slot.key).shape == Shape::location) {
      const Location& loc = location(in, slot.key);
      put_bits(w, slot.lo, kAddrBits, loc.addr);
      put_bits(w, slot.lo + kAddrBits, kBufferBits, static_cast<uint64_t>(loc.buffer));
    } else {
      put_bits(w, slot.lo, spec(slot.key).width, get(in, slot.key));
    }
  }
  std::array<uint8_t, kInstructionBytes> bytes{};
  for (size_t i = 0; i < w.size(); ++i) store_le(bytes.data() + 8 * i, 8, w[i]);
  return bytes;
}

Instruction decode(const uint8_t* p, const std::string& origin_for_errors) {
  const std::string prefix = origin_for_errors + ": ";
  Words w;
  for (size_t i = 0; i < w.size(); ++i) w[i] = load_le(p + 8 * i, 8);
  Instruction in;
  const uint64_t op = get_bits(w, kOpcodeLo, 8);
  if (!valid_opcode(op)) fail(prefix + "unknown opcode " + hex(op));
  in.op = static_cast<Opcode>(op);
  if (has_subop(in.op)) set_subop(in, static_cast<int>(get_bits(w, kSubopLo, kSubopBits)));
  const Form& form = form_or_fail(in, prefix);
  const Words used = used_bits(form);
  for (size_t i = 0; i < w.size(); ++i)
    if (const uint64_t stray = w[i] & ~used[i])
      fail(prefix + form.mnemonic + ": reserved bit " + std::to_string(64 * i + __builtin_ctzll(stray)) + " is set");
  for (unsigned i = 0; i < 2; ++i) {
    in.wait[i] = static_cast<uint8_t>(get_bits(w, kWaitLo + i * kSemBits, kSemBits));
    in.signal[i] = static_cast<uint8_t>(get_bits(w, kSignalLo + i * kSemBits, kSemBits));
  }
  for (const auto& slot : form.slots) {
    if (spec(slot.key).shape == Shape::location) {
      Location& loc = location(in, slot.key);
      loc.addr = get_bits(w, slot.lo, kAddrBits);
      loc.buffer = static_cast<Buffer>(get_bits(w, slot.lo + kAddrBits, kBufferBits));
    } else {
      set(in, slot.key, get_bits(w, slot.lo, spec(slot.key).width));
    }
  }
  check(in, prefix);
  return in;
}

std::vector<uint8_t> encode_program(const std::vector<Instruction>& program) {
  if (program.size() > UINT32_MAX) fail("a program holds at most 4294967295 instructions");
  std::vector<uint8_t> bytes(kHeaderBytes + kInstructionBytes * program.size());
  std::memcpy(bytes.data(), kMagic, sizeof kMagic);
  store_le(bytes.data() + 8, 4, kVersion);
  store_le(bytes.data() + 12, 4, program.size());
  for (size_t i = 0; i < program.size(); ++i) {
    check(program[i], "instruction " + std::to_string(i) + ": ");
    const auto one = encode(program[i]);
    std::memcpy(bytes.data() + kHeaderBytes + kInstructionBytes * i, one.data(), one.size());
  }
  return bytes;
}

std::vector<Instruction> decode_program(const uint8_t* data, size_t size, const std::string& origin) {
  if (size < kHeaderBytes)
    fail(origin + ": " + std::to_string(size) + " bytes is too short for the " + std::to_string(kHeaderBytes) +
         "-byte program header");
  if (std::memcmp(data, kMagic, sizeof kMagic) != 0) fail(origin + ": not an int4sim program (no I4SIMISA magic)");
  const uint64_t version = load_le(data + 8, 4), count = load_le(data + 12, 4);
  if (version != kVersion)
    fail(origin + ": version " + std::to_string(version) + " is not supported (expected " + std::to_string(kVersion) + ")");
  const uint64_t expected = kHeaderBytes + kInstructionBytes * count;  // < 2^38: no overflow
  if (size != expected)
    fail(origin + ": the header says " + std::to_string(count) + " instructions (" + std::to_string(expected) +
         " bytes) but there are " + std::to_string(size) + " bytes");
  std::vector<Instruction> program;
  program.reserve(count);  // paid for by `size`
  for (size_t i = 0; i < count; ++i)
    program.push_back(decode(data + kHeaderBytes + kInstructionBytes * i, origin + ": instruction " + std::to_string(i)));
  return program;
}

std::string to_asm(const Instruction& in) {
  const Form& form = check(in, "");
  std::string line = form.mnemonic;
  for (const auto& slot : form.slots) {
    const KeySpec& s = spec(slot.key);
    line += std::string(" ") + s.name + "=";
    line += s.shape == Shape::location ? location_text(location(in, slot.key)) : value_text(s, get(in, slot.key));
  }
  auto ids = [](const char* key, const std::array<uint8_t, 2>& v) {
    if (!v[0]) return std::string();
    return std::string(" ") + key + "=" + std::to_string(v[0]) + (v[1] ? "," + std::to_string(v[1]) : "");
  };
  return line + ids("wait", in.wait) + ids("signal", in.signal);
}

std::vector<Instruction> parse_asm(const std::string& text, const std::string& origin) {
  std::vector<Instruction> program;
  size_t line_no = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line_no;
    const auto words = tokens(std::string_view(text).substr(start, end - start));
    if (!words.empty()) program.push_back(parse_line(words, origin + ":" + std::to_string(line_no) + ": "));
    start = end + 1;
  }
  return program;
}

}  // namespace int4sim::isa
