// The IR's shared pieces without a kernel: the stored-code layout (against literal bytes, so that a
// codec wrong in both directions cannot hide behind round trips), element sizes and names.
#include <catch2/catch.hpp>

#include "ir/codec.h"
#include "ir/program.h"

using namespace int4sim::ir;

TEST_CASE("INT4 codes are stored two per byte, low nibble first, s4 in two's complement") {
  // -8, 7, -1, 0, 5 as s4: nibbles 8, 7, f, 0, 5 -> bytes 0x78, 0x0f, 0x05.
  const std::vector<int> s4 = {-8, 7, -1, 0, 5};
  REQUIRE(pack_codes(ElemType::s4, s4) == std::vector<uint8_t>{0x78, 0x0f, 0x05});
  const std::vector<uint8_t> bytes = {0x78, 0x0f, 0x05};
  CHECK(unpack_codes(bytes, ElemType::s4, 5) == std::vector<int16_t>{-8, 7, -1, 0, 5});
  CHECK(unpack_codes(bytes, ElemType::u4, 5) == std::vector<int16_t>{8, 7, 15, 0, 5});
  // 8-bit codes: one per byte, s8 signed.
  CHECK(pack_codes(ElemType::s8, std::vector<int>{-128, 127, -1}) == std::vector<uint8_t>{0x80, 0x7f, 0xff});
  CHECK(unpack_codes({0x80, 0x7f, 0xff}, ElemType::s8, 3) == std::vector<int16_t>{-128, 127, -1});
  CHECK(unpack_codes({0x80, 0x7f, 0xff}, ElemType::u8, 3) == std::vector<int16_t>{128, 127, 255});
  // write_code changes only its own nibble.
  std::vector<uint8_t> img = {0xab, 0xcd};
  write_code(img, ElemType::u4, 1, 0x3);
  write_code(img, ElemType::u4, 2, 0x9);
  CHECK(img == std::vector<uint8_t>{0x3b, 0xc9});
  CHECK_THROWS(read_code(img, ElemType::f32, 0));
}

TEST_CASE("element sizes and names") {
  CHECK(elem_bytes(ElemType::s4, 5) == 3);
  CHECK(elem_bytes(ElemType::u8, 5) == 5);
  CHECK(elem_bytes(ElemType::i32, 5) == 20);
  CHECK(elem_bytes(ElemType::f32, 5) == 20);
  CHECK(std::string(phase_name(Phase::wgrad)) == "wgrad");
  CHECK(std::string(vec_op_name(VecOp::softmax_xent)) == "softmax_xent");
  CHECK(std::string(vec_op_name(VecOp::fp32_gemm)) == "fp32_gemm");
  CHECK(std::string(unit_name(Unit::array)) == "mac_array");
  CHECK(std::string(buffer_name(Buffer::acc)) == "acc");
}
