// libFuzzer target: parse_asm (isa/isa.h) on arbitrary text. An accepted program encodes
// (parse_asm checks every range), decodes to itself, and its canonical text (to_asm) parses back
// to the same program.
#include "fuzz/fuzz_util.h"
#include "isa/isa.h"
#include "base/error.h"

using namespace int4sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<isa::Instruction> program;
  try {
    program = isa::parse_asm(text, "fuzz.s");
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), "fuzz.s:");
    return 0;
  }
  std::vector<uint8_t> bytes;
  try {
    bytes = isa::encode_program(program);
  } catch (const InputError& e) {
    fuzz::finding(std::string("parse_asm accepted what encode_program refuses: ") + e.what());
  }
  std::vector<isa::Instruction> decoded;
  try {
    decoded = isa::decode_program(bytes.data(), bytes.size(), "fuzz.bin");
  } catch (const InputError& e) {
    fuzz::finding(std::string("decode_program refuses what encode_program wrote: ") + e.what());
  }
  if (decoded != program) fuzz::finding("decode_program(encode_program(p)) != p");
  std::string canonical;
  for (const auto& in : program) canonical += isa::to_asm(in) + "\n";
  std::vector<isa::Instruction> again;
  try {
    again = isa::parse_asm(canonical, "canonical.s");
  } catch (const InputError& e) {
    fuzz::finding(std::string("parse_asm refuses to_asm's canonical text: ") + e.what());
  }
  if (again != program) fuzz::finding("parse_asm(to_asm(p)) != p");
  return 0;
}
