#pragma once
// The one codec of stored codes (docs/numerics.md): 4-bit codes two per byte, low nibble first
// (element i in byte i / 2, bits 4 * (i % 2) .. + 3), two's complement for s4; 8-bit codes one per
// byte. Used by every DRAM image, the DMA's loads, the CLI's inputs and the tests.
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "ir/program.h"

namespace int4sim::ir {

inline int nibble_u4(const uint8_t* bytes, uint64_t i) { return (bytes[i >> 1] >> ((i & 1) * 4)) & 0xf; }
inline int nibble_s4(const uint8_t* bytes, uint64_t i) {
  const int v = nibble_u4(bytes, i);
  return v >= 8 ? v - 16 : v;
}

inline int read_code(const uint8_t* bytes, ElemType t, uint64_t i) {
  switch (t) {
    case ElemType::s4: return nibble_s4(bytes, i);
    case ElemType::u4: return nibble_u4(bytes, i);
    case ElemType::s8: return static_cast<int8_t>(bytes[i]);
    case ElemType::u8: return bytes[i];
    default: throw std::logic_error("read_code: not a code type");
  }
}

inline void write_code(uint8_t* bytes, ElemType t, uint64_t i, int v) {
  if (t == ElemType::s4 || t == ElemType::u4) {
    const int shift = static_cast<int>(i & 1) * 4;
    bytes[i >> 1] = static_cast<uint8_t>((bytes[i >> 1] & ~(0xf << shift)) | ((v & 0xf) << shift));
  } else {
    bytes[i] = static_cast<uint8_t>(v);
  }
}

inline int read_code(const std::vector<uint8_t>& img, ElemType t, uint64_t i) { return read_code(img.data(), t, i); }
inline void write_code(std::vector<uint8_t>& img, ElemType t, uint64_t i, int v) { write_code(img.data(), t, i, v); }

// A whole image of `codes` stored as type t.
template <typename Code>
std::vector<uint8_t> pack_codes(ElemType t, const std::vector<Code>& codes) {
  std::vector<uint8_t> img(elem_bytes(t, codes.size()), 0);
  for (size_t i = 0; i < codes.size(); ++i) write_code(img, t, i, static_cast<int>(codes[i]));
  return img;
}

// Every code of an image of n elements of type t.
inline std::vector<int16_t> unpack_codes(const std::vector<uint8_t>& img, ElemType t, uint64_t n) {
  std::vector<int16_t> codes(n);
  for (uint64_t i = 0; i < n; ++i) codes[i] = static_cast<int16_t>(read_code(img, t, i));
  return codes;
}

}  // namespace int4sim::ir
