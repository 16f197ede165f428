#pragma once
// Shared by the libFuzzer targets (docs/robustness.md): a per-process scratch file for readers that
// take a path, and the checks every refusal must pass. An InputError is the expected way to refuse
// input; any other exception escapes LLVMFuzzerTestOneInput and crashes the fuzzer (a finding), and
// so does a refusal whose message is not one line naming where the problem is.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace int4sim::fuzz {

// /tmp/int4sim_fuzz_<pid><suffix>, rewritten for every input, removed at exit.
class ScratchFile {
 public:
  explicit ScratchFile(const std::string& suffix)
      : path_("/tmp/int4sim_fuzz_" + std::to_string(::getpid()) + suffix) {}
  ~ScratchFile() { std::remove(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& write(const uint8_t* data, size_t size) {
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    if (!f) std::abort();
    if (size && std::fwrite(data, 1, size, f) != size) std::abort();
    if (std::fclose(f) != 0) std::abort();
    return path_;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

[[noreturn]] inline void finding(const std::string& what) {
  std::fprintf(stderr, "int4sim fuzz finding: %s\n", what.c_str());
  std::abort();
}

// A refusal is printed as one line on stderr: no newline inside, and it starts with `origin`
// (the file, or the option the value came from).
inline void check_refusal(const std::string& message, const std::string& origin) {
  if (message.find('\n') != std::string::npos) finding("refusal message spans lines: " + message);
  if (message.compare(0, origin.size(), origin) != 0) finding("refusal message does not start with '" + origin + "': " + message);
}

}  // namespace int4sim::fuzz
