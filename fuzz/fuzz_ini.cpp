// libFuzzer target: load_ini (sim/config/config.h) on arbitrary bytes as an INI file, then
// apply_assignment on each of its lines as if it were a --set value.
#include "fuzz/fuzz_util.h"
#include "base/error.h"
#include "sim/config/config.h"

using namespace int4sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::ScratchFile file(".ini");
  const std::string& path = file.write(data, size);
  Config cfg;
  try {
    load_ini(cfg, path);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path + ":");
  }
  const std::string text(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Config line_cfg;
    try {
      apply_assignment(line_cfg, text.substr(start, end - start), "--set");
    } catch (const InputError& e) {
      fuzz::check_refusal(e.what(), "--set");
    }
    start = end + 1;
  }
  return 0;
}
