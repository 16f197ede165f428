#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

#include "base/error.h"
#include "base/npy.h"

using namespace int4sim;

namespace {

std::string put(const std::string& name, const std::string& bytes) {
  const std::string path = "/tmp/int4sim_npy_" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string error_of(const std::string& path) {
  try {
    read_finite_f32(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("npy round trip for float32, int32 and int8") {
  const std::vector<float> f = {1.5f, -2.0f, 3.25f, 0.0f, 7.0f, -1e-20f};
  auto a = read_npy(put("f.npy", npy_bytes(f.data(), NpyType::f32, {2, 3})));
  REQUIRE(a.shape == std::vector<int64_t>{2, 3});
  REQUIRE(a.f32 == f);
  const std::vector<int32_t> i = {1, -2, 1 << 30};
  a = read_npy(put("i.npy", npy_bytes(i.data(), NpyType::i32, {3})));
  REQUIRE(a.type == NpyType::i32);
  REQUIRE(a.i32 == i);
  const std::vector<int8_t> b = {-7, 7, 0, 1};
  a = read_npy(put("b.npy", npy_bytes(b.data(), NpyType::i8, {1, 2, 2})));
  REQUIRE(a.i8 == b);
}

TEST_CASE("malformed npy files are refused with the file named") {
  const std::vector<float> f = {1, 2, 3, 4};
  const std::string good = npy_bytes(f.data(), NpyType::f32, {4});
  REQUIRE(error_of("/nonexistent.npy") == "/nonexistent.npy: cannot open file");
  auto p = put("trunc.npy", good.substr(0, good.size() - 3));
  REQUIRE(error_of(p) == p + ": truncated: shape (4,) needs 16 data bytes, file has 13");
  p = put("magic.npy", "PK" + good.substr(2));
  REQUIRE(error_of(p) == p + ": not a valid .npy file: missing the \\x93NUMPY magic");
  std::string huge = good;
  huge.replace(huge.find("(4,)"), 4, "(99999999999,)");
  p = put("huge.npy", huge);
  REQUIRE(error_of(p) == p + ": shape (99999999999,) exceeds the maximum of 2^31 elements");
  std::string f64 = good;
  f64.replace(f64.find("<f4"), 3, "<f8");
  p = put("f64.npy", f64);
  REQUIRE(error_of(p) == p + ": unsupported dtype '<f8' (float32 '<f4', int32 '<i4' or int8 '|i1')");
  std::string big_endian = good;
  big_endian.replace(big_endian.find("<f4"), 3, ">f4");
  p = put("be.npy", big_endian);
  REQUIRE(error_of(p) == p + ": unsupported dtype '>f4' (float32 '<f4', int32 '<i4' or int8 '|i1')");
  std::string fortran = good;
  fortran.replace(fortran.find("False"), 5, "True ");
  p = put("fortran.npy", fortran);
  REQUIRE(error_of(p) == p + ": Fortran-order arrays are not supported (save with C order)");
  p = put("extra.npy", good + "xx");
  REQUIRE(error_of(p) == p + ": 2 unexpected bytes after the data");
  p = put("short.npy", "\x93NUM");
  REQUIRE(error_of(p) == p + ": not a valid .npy file: too short");
  const std::vector<float> nan = {1, NAN};
  p = put("nan.npy", npy_bytes(nan.data(), NpyType::f32, {2}));
  REQUIRE(error_of(p) == p + ": element 1 is NaN");
  const std::vector<float> inf = {INFINITY};
  p = put("inf.npy", npy_bytes(inf.data(), NpyType::f32, {1}));
  REQUIRE(error_of(p) == p + ": element 0 is Inf");
  p = put("empty.npy", npy_bytes(nullptr, NpyType::f32, {0}));
  REQUIRE(error_of(p) == p + ": empty tensor");
  const std::vector<int32_t> ints = {1};
  p = put("int.npy", npy_bytes(ints.data(), NpyType::i32, {1}));
  REQUIRE(error_of(p) == p + ": expected float32 ('<f4') data");
}

TEST_CASE("npy headers: 64 KB long, shapes whose product wraps, control characters (docs/robustness.md)") {
  const std::vector<float> f = {1, 2, 3, 4};
  const std::string good = npy_bytes(f.data(), NpyType::f32, {4});
  // 2^31 x 2^33 elements wrapped to 0 and was accepted as an empty array (gemm then crashed)
  std::string wrap = good;
  wrap.replace(wrap.find("(4,)"), 4, "(2147483648, 8589934592)");
  auto p = put("wrap.npy", wrap);
  REQUIRE(error_of(p) == p + ": shape (2147483648, 8589934592) exceeds the maximum of 2^31 elements");
  // a 64 KB header overflowed the stack in std::regex
  std::string header = "{'descr'" + std::string(64000, ' ') + ": '<f4', 'fortran_order': False, 'shape': (" +
                       std::string(1000, ' ') + "4,), }\n";
  std::string bytes = "\x93NUMPY";
  bytes += '\x01';
  bytes += '\x00';
  bytes += static_cast<char>(header.size() & 0xff);
  bytes += static_cast<char>(header.size() >> 8);
  p = put("long_header.npy", bytes + header + good.substr(good.size() - 16));
  REQUIRE(read_finite_f32(p) == f);
  // one line: control characters in quoted header text are escaped
  std::string newline = good;
  newline.replace(newline.find("<f4"), 3, "<\n4");
  p = put("newline.npy", newline);
  REQUIRE(error_of(p) == p + ": unsupported dtype '<\\x0a4' (float32 '<f4', int32 '<i4' or int8 '|i1')");
}
