#pragma once
// NumPy .npy files: float32, int32 and int8, little-endian, C order (format versions 1.0-3.0).
// Anything else is refused with an InputError naming the file and the problem. The declared size
// is checked against the file size before anything is allocated.
#include <cstdint>
#include <string>
#include <vector>

namespace int4sim {

constexpr int64_t kMaxNpyElements = int64_t{1} << 31;  // 2^31 elements (8 GiB of float32), and per dimension
constexpr int kMaxNpyDims = 8;

enum class NpyType { f32, i32, i8 };

struct NpyArray {
  NpyType type = NpyType::f32;
  std::vector<int64_t> shape;
  std::vector<float> f32;
  std::vector<int32_t> i32;
  std::vector<int8_t> i8;
  int64_t numel() const;
};

NpyArray read_npy(const std::string& path);

// The shape (and type) from the header alone, with every check of read_npy but the data's (the
// header is checked against the file size, so a truncated file is refused here too).
std::vector<int64_t> npy_shape(const std::string& path, NpyType* type = nullptr);

// Reads a float32 tensor and refuses NaN/Inf ("<path>: element i is NaN") and empty tensors.
std::vector<float> read_finite_f32(const std::string& path, std::vector<int64_t>* shape = nullptr);

// Serialises to .npy bytes (version 1.0).
std::string npy_bytes(const void* data, NpyType type, const std::vector<int64_t>& shape);

}  // namespace int4sim
