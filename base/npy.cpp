#include "base/npy.h"

#include <cctype>
#include <cmath>
#include <cstring>
#include <fstream>

#include "base/error.h"
#include "base/files.h"

namespace int4sim {
namespace {

size_t item_size(NpyType t) { return t == NpyType::i8 ? 1 : 4; }

std::string descr_of(NpyType t) {
  switch (t) {
    case NpyType::f32: return "<f4";
    case NpyType::i32: return "<i4";
    case NpyType::i8: return "|i1";
  }
  return "";
}

// The header is searched as the regular expressions 'descr'\s*:\s*'([^']*)',
// 'fortran_order'\s*:\s*(True|False) and 'shape'\s*:\s*\(([^)]*)\) did (the first match wins), by
// a plain scan: std::regex recursed once per character and overflowed the stack on long headers.
bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Where the value of each "'key'" followed by blanks, ':' and blanks starts, in order; npos at the end.
size_t next_value(const std::string& h, const std::string& key, size_t& from) {
  const std::string quoted = "'" + key + "'";
  for (size_t at; (at = h.find(quoted, from)) != std::string::npos;) {
    from = at + 1;
    size_t i = at + quoted.size();
    while (i < h.size() && is_space(h[i])) ++i;
    if (i >= h.size() || h[i] != ':') continue;
    ++i;
    while (i < h.size() && is_space(h[i])) ++i;
    return i;
  }
  return std::string::npos;
}

// 'key': <open> value <close>
bool header_field(const std::string& h, const std::string& key, char open, char close, std::string& value) {
  size_t from = 0;
  for (size_t i; (i = next_value(h, key, from)) != std::string::npos;) {
    if (i >= h.size() || h[i] != open) continue;
    const size_t end = h.find(close, i + 1);
    if (end == std::string::npos) continue;
    value = h.substr(i + 1, end - i - 1);
    return true;
  }
  return false;
}

// 'key': True|False
bool header_flag(const std::string& h, const std::string& key, std::string& value) {
  size_t from = 0;
  for (size_t i; (i = next_value(h, key, from)) != std::string::npos;)
    for (const char* word : {"True", "False"})
      if (h.compare(i, std::strlen(word), word) == 0) {
        value = word;
        return true;
      }
  return false;
}

}  // namespace

int64_t NpyArray::numel() const {
  int64_t n = 1;
  for (auto d : shape) n *= d;
  return n;
}

namespace {

// Opens `path`, reads its header and checks it against the file size (every check of read_npy but
// the data's): `a` receives the type and shape, `in` is left at the first data byte.
int64_t read_header(std::ifstream& in, const std::string& path, NpyArray& a) {
  check_not_directory(path);
  in.open(path, std::ios::binary);
  if (!in) fail(path + ": cannot open file");
  in.seekg(0, std::ios::end);
  const int64_t file_size = static_cast<int64_t>(in.tellg());
  in.seekg(0);
  auto bad = [&](const std::string& why) { fail(path + ": not a valid .npy file: " + why); };

  char magic[8];
  if (file_size < 10 || !in.read(magic, 8)) bad("too short");
  if (std::memcmp(magic, "\x93NUMPY", 6) != 0) bad("missing the \\x93NUMPY magic");
  const int major = static_cast<unsigned char>(magic[6]);
  if (major < 1 || major > 3) bad("unsupported format version " + std::to_string(major));
  uint32_t header_len = 0;
  int64_t prefix = 0;
  if (major == 1) {
    unsigned char b[2];
    if (!in.read(reinterpret_cast<char*>(b), 2)) bad("truncated header");
    header_len = b[0] | (b[1] << 8);
    prefix = 10;
  } else {
    unsigned char b[4];
    if (!in.read(reinterpret_cast<char*>(b), 4)) bad("truncated header");
    header_len = b[0] | (b[1] << 8) | (b[2] << 16) | (uint32_t(b[3]) << 24);
    prefix = 12;
  }
  if (prefix + int64_t{header_len} > file_size || header_len > 65536) bad("truncated header");
  std::string header(header_len, '\0');
  in.read(header.data(), header_len);

  std::string descr, order, dims;
  if (!header_field(header, "descr", '\'', '\'', descr)) bad("header has no 'descr'");
  if (descr == "<f4") a.type = NpyType::f32;
  else if (descr == "<i4") a.type = NpyType::i32;
  else if (descr == "|i1" || descr == "<i1" || descr == "i1") a.type = NpyType::i8;
  else fail(path + ": unsupported dtype '" + shown(descr) + "' (float32 '<f4', int32 '<i4' or int8 '|i1')");
  if (!header_flag(header, "fortran_order", order)) bad("header has no 'fortran_order'");
  if (order == "True") fail(path + ": Fortran-order arrays are not supported (save with C order)");
  if (!header_field(header, "shape", '(', ')', dims)) bad("header has no 'shape'");
  int64_t numel = 1;
  size_t pos = 0;
  while (dims.find_first_not_of(" \t", pos) != std::string::npos) {  // each: blanks, digits, blanks, ',' or the end
    size_t i = pos;
    while (i < dims.size() && is_space(dims[i])) ++i;
    const size_t first_digit = i;
    while (i < dims.size() && std::isdigit(static_cast<unsigned char>(dims[i]))) ++i;
    const std::string digits = dims.substr(first_digit, i - first_digit);
    while (i < dims.size() && is_space(dims[i])) ++i;
    if (digits.empty() || (i < dims.size() && dims[i] != ',')) bad("malformed shape (" + shown(dims) + ")");
    pos = i + 1;
    if (digits.size() > 12) fail(path + ": shape (" + shown(dims) + ") exceeds the maximum of 2^31 elements");
    const int64_t d = std::stoll(digits);
    a.shape.push_back(d);
    if (static_cast<int>(a.shape.size()) > kMaxNpyDims) fail(path + ": more than 8 dimensions");
    // Each dimension is capped too, so that the product cannot overflow (2^31 x 2^33 wrapped to 0).
    if (d > kMaxNpyElements) fail(path + ": shape (" + shown(dims) + ") exceeds the maximum of 2^31 elements");
    numel = d == 0 ? 0 : numel * d;
    if (numel > kMaxNpyElements) fail(path + ": shape (" + shown(dims) + ") exceeds the maximum of 2^31 elements");
  }
  const int64_t data_bytes = numel * static_cast<int64_t>(item_size(a.type));
  const int64_t have = file_size - prefix - header_len;
  if (have < data_bytes)
    fail(path + ": truncated: shape (" + shown(dims) + ") needs " + std::to_string(data_bytes) + " data bytes, file has " +
         std::to_string(have));
  if (have > data_bytes)
    fail(path + ": " + std::to_string(have - data_bytes) + " unexpected bytes after the data");
  return data_bytes;
}

}  // namespace

NpyArray read_npy(const std::string& path) {
  std::ifstream in;
  NpyArray a;
  const int64_t data_bytes = read_header(in, path, a);
  const int64_t numel = a.numel();
  auto bad = [&](const std::string& why) { fail(path + ": not a valid .npy file: " + why); };
  auto read_into = [&](auto& vec) {
    vec.resize(static_cast<size_t>(numel));
    if (numel && !in.read(reinterpret_cast<char*>(vec.data()), data_bytes)) bad("read error");
  };
  switch (a.type) {
    case NpyType::f32: read_into(a.f32); break;
    case NpyType::i32: read_into(a.i32); break;
    case NpyType::i8: read_into(a.i8); break;
  }
  return a;
}

std::vector<int64_t> npy_shape(const std::string& path, NpyType* type) {
  std::ifstream in;
  NpyArray a;
  read_header(in, path, a);
  if (type) *type = a.type;
  return a.shape;
}

std::vector<float> read_finite_f32(const std::string& path, std::vector<int64_t>* shape) {
  NpyArray a = read_npy(path);
  if (a.type != NpyType::f32) fail(path + ": expected float32 ('<f4') data");
  if (a.f32.empty()) fail(path + ": empty tensor");
  for (size_t i = 0; i < a.f32.size(); ++i)
    if (!std::isfinite(a.f32[i]))
      fail(path + ": element " + std::to_string(i) + " is " + (std::isnan(a.f32[i]) ? "NaN" : "Inf"));
  if (shape) *shape = a.shape;
  return std::move(a.f32);
}

std::string npy_bytes(const void* data, NpyType type, const std::vector<int64_t>& shape) {
  std::string dims;
  int64_t numel = 1;
  for (size_t i = 0; i < shape.size(); ++i) {
    dims += (i ? ", " : "") + std::to_string(shape[i]);
    numel *= shape[i];
  }
  if (shape.size() == 1) dims += ",";
  std::string header = "{'descr': '" + descr_of(type) + "', 'fortran_order': False, 'shape': (" + dims + "), }";
  const size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::string out = "\x93NUMPY";
  out += '\x01';
  out += '\x00';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  out += header;
  out.append(static_cast<const char*>(data), static_cast<size_t>(numel) * item_size(type));
  return out;
}

}  // namespace int4sim
