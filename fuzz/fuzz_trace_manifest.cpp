// libFuzzer target: read_trace (traces/trace.h) on arbitrary bytes as DIR/manifest.json. DIR is a
// per-process folder whose layer subfolders are symbolic links to the shipped smallcnn trace
// (traces/smallcnn_fmnist), and model.onnx a link to the ONNX export of smallcnn
// (tests/data/onnx/smallcnn.onnx), so that a manifest close to the real one, of either version,
// reaches the tensor-header checks.
// An accepted trace must name layers and tensors consistently and within the documented maxima.
#include <filesystem>

#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "traces/trace.h"

using namespace int4sim;

namespace {

struct TraceDir {
  std::string dir = "/tmp/int4sim_fuzz_" + std::to_string(::getpid()) + "_trace";
  TraceDir() {
    std::filesystem::create_directories(dir);
    const std::filesystem::path real = std::filesystem::path(INT4SIM_SOURCE_DIR) / "traces" / "smallcnn_fmnist";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(real, ec))
      if (entry.is_directory()) std::filesystem::create_directory_symlink(entry.path(), dir + "/" + entry.path().filename().string(), ec);
    std::filesystem::create_symlink(std::filesystem::path(INT4SIM_SOURCE_DIR) / "tests" / "data" / "onnx" / "smallcnn.onnx",
                                    dir + "/model.onnx", ec);
  }
  ~TraceDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static TraceDir trace;
  const std::string manifest = trace.dir + "/manifest.json";
  {
    std::FILE* f = std::fopen(manifest.c_str(), "wb");
    if (!f || (size && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) std::abort();
  }
  traces::Trace t;
  try {
    t = traces::read_trace(trace.dir);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), trace.dir + "/");
    return 0;
  }
  if (t.iterations.empty()) fuzz::finding("accepted a trace without iterations");
  if (t.batch < 1 || t.batch > traces::kMaxDim) fuzz::finding("batch outside 1..kMaxDim");
  for (const auto& lt : t.tensors) {
    if (lt.layer >= t.net.layers.size() || t.net.layers[lt.layer].name != lt.name) fuzz::finding("tensor layer index");
    if (lt.paths.size() != t.iterations.size() || lt.s_w.size() != t.iterations.size() || lt.u_a.size() != t.iterations.size())
      fuzz::finding("per-iteration lists differ in length from iterations");
    const auto& l = t.net.layers[lt.layer];
    if (l.forward_macs() < 1 || l.forward_macs() > traces::kMaxMacs) fuzz::finding("layer MACs outside 1..kMaxMacs");
    traces::activation_shape(l, t.batch);
    traces::weight_shape(l);
    traces::output_shape(l, t.batch);
  }
  return 0;
}
