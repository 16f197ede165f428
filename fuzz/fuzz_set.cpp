// libFuzzer target: apply_assignment (sim/config/config.h), the --set key=value form, on the raw
// bytes. A refused assignment changes nothing; an accepted value prints (get_param) as text that
// sets the same value again.
#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "sim/config/config.h"

using namespace int4sim;

namespace {

std::vector<std::string> all_values(const Config& cfg) {
  std::vector<std::string> values;
  for (const auto& p : param_table()) values.push_back(get_param(cfg, p));
  return values;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string assignment(reinterpret_cast<const char*>(data), size);
  static const std::vector<std::string> defaults = all_values(Config{});
  Config cfg;
  try {
    apply_assignment(cfg, assignment, "--set");
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), "--set");
    if (all_values(cfg) != defaults) fuzz::finding("a refused assignment changed the configuration");
    return 0;
  }
  // Exactly one parameter changed (or none, when the value was the default); it round-trips.
  const std::vector<std::string> after = all_values(cfg);
  for (size_t i = 0; i < after.size(); ++i) {
    if (after[i] == defaults[i]) continue;
    const ParamInfo& p = param_table()[i];
    Config again;
    set_param(again, p.name, after[i], "round trip");  // an InputError here is a finding
    if (get_param(again, p) != after[i]) fuzz::finding(std::string(p.name) + ": '" + after[i] + "' does not round-trip");
  }
  return 0;
}
