// libFuzzer target: read_points_file (sim/sweep/sweep.h), a sweep's points file, on arbitrary
// bytes. An accepted plan has the same keys on every point, each a declared parameter, and every
// value sets that parameter.
#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "sim/config/config.h"
#include "sim/sweep/sweep.h"

using namespace int4sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::ScratchFile file(".points");
  const std::string& path = file.write(data, size);
  const Config base;
  sweep::Plan plan;
  try {
    plan = sweep::read_points_file(path, base);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path);
    return 0;
  }
  for (const auto& point : plan.points) {
    if (point.size() != plan.keys.size()) fuzz::finding("a point with another number of values than keys");
    Config cfg = base;
    for (size_t i = 0; i < point.size(); ++i) set_param(cfg, plan.keys[i], point[i], "accepted point");  // InputError: finding
  }
  return 0;
}
