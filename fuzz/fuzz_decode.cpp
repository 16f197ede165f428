// libFuzzer target: decode_program (isa/isa.h), the instruction decoder, on arbitrary bytes. An
// accepted program encodes back to exactly the same bytes and its canonical text (to_asm) parses
// back to the same program: asm(disasm(bin)) == bin (isa/README.md).
#include <cstring>

#include "fuzz/fuzz_util.h"
#include "isa/isa.h"
#include "base/error.h"

using namespace int4sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<isa::Instruction> program;
  try {
    program = isa::decode_program(data, size, "fuzz.bin");
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), "fuzz.bin:");
    return 0;
  }
  std::vector<uint8_t> bytes;
  try {
    bytes = isa::encode_program(program);
  } catch (const InputError& e) {
    fuzz::finding(std::string("decode_program accepted what encode_program refuses: ") + e.what());
  }
  if (bytes.size() != size || (size && std::memcmp(bytes.data(), data, size) != 0))
    fuzz::finding("encode_program(decode_program(bin)) != bin");
  std::string text;
  for (const auto& in : program) text += isa::to_asm(in) + "\n";
  std::vector<isa::Instruction> again;
  try {
    again = isa::parse_asm(text, "disasm.s");
  } catch (const InputError& e) {
    fuzz::finding(std::string("parse_asm refuses to_asm's text: ") + e.what());
  }
  if (again != program) fuzz::finding("parse_asm(to_asm(p)) != p");
  return 0;
}
