// libFuzzer target: read_npy (base/npy.h) on arbitrary bytes, then npy_shape and
// read_finite_f32 on the same file. Accepted arrays must satisfy the reader's documented limits and
// survive a round trip through npy_bytes; npy_shape accepts exactly what read_npy accepts.
#include <cstring>

#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "base/npy.h"

using namespace int4sim;

namespace {

size_t stored_size(const NpyArray& a) {
  switch (a.type) {
    case NpyType::f32: return a.f32.size();
    case NpyType::i32: return a.i32.size();
    case NpyType::i8: return a.i8.size();
  }
  return 0;
}

const void* stored_data(const NpyArray& a) {
  switch (a.type) {
    case NpyType::f32: return a.f32.data();
    case NpyType::i32: return a.i32.data();
    case NpyType::i8: return a.i8.data();
  }
  return nullptr;
}

size_t item_size(NpyType t) { return t == NpyType::i8 ? 1 : 4; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::ScratchFile file(".npy");
  static fuzz::ScratchFile copy("_copy.npy");
  const std::string& path = file.write(data, size);
  NpyArray a;
  try {
    a = read_npy(path);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path + ":");
    try {
      npy_shape(path);
    } catch (const InputError&) {
      return 0;
    }
    fuzz::finding(std::string("npy_shape accepts what read_npy refuses: ") + e.what());
  }
  NpyType type;
  if (npy_shape(path, &type) != a.shape || type != a.type) fuzz::finding("npy_shape disagrees with read_npy");
  if (a.shape.size() > static_cast<size_t>(kMaxNpyDims)) fuzz::finding("accepted more than kMaxNpyDims dimensions");
  for (int64_t d : a.shape)
    if (d < 0) fuzz::finding("accepted a negative dimension");
  const int64_t numel = a.numel();
  if (numel > kMaxNpyElements) fuzz::finding("accepted more than kMaxNpyElements elements");
  if (stored_size(a) != static_cast<size_t>(numel)) fuzz::finding("element count differs from the shape");
  if (static_cast<size_t>(numel) * item_size(a.type) > size) fuzz::finding("more data than bytes in the file");

  // Round trip: what was read, written again and read back, is the same array.
  const std::string bytes = npy_bytes(stored_data(a), a.type, a.shape);
  const std::string& copy_path = copy.write(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  const NpyArray b = read_npy(copy_path);  // an InputError here is a finding too
  if (b.type != a.type || b.shape != a.shape ||
      (numel && std::memcmp(stored_data(a), stored_data(b), static_cast<size_t>(numel) * item_size(a.type)) != 0))
    fuzz::finding("npy_bytes / read_npy round trip changed the array");

  try {
    std::vector<int64_t> shape;
    const std::vector<float> v = read_finite_f32(path, &shape);
    if (v.empty() || shape != a.shape) fuzz::finding("read_finite_f32 disagrees with read_npy");
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path + ":");
  }
  return 0;
}
