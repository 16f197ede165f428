// int4sim asm / int4sim disasm: between the accelerator's assembly text and its binary programs
// (isa/README.md). disasm prints the canonical form, so asm of its output gives back the same bytes.
#include <iostream>

#include "isa/isa.h"
#include "sim/cli/cli.h"
#include "base/error.h"
#include "base/files.h"

namespace int4sim::cli {
namespace {

// Assembly text and binary programs: 256 MiB is millions of instructions, far beyond any compiled
// training step, and keeps a mistaken input from being read whole into memory.
constexpr int64_t kMaxProgramFileBytes = int64_t{256} << 20;

std::string read_file(const std::string& path) { return read_input_file(path, kMaxProgramFileBytes, "cannot open"); }

}  // namespace

int cmd_asm(const std::vector<std::string>& args) {
  auto desc = common_options();
  desc.add_options()
      ("input", po::value<std::string>(), "assembly file (.s)")
      ("output,o", po::value<std::string>(), "binary program to write (.bin)");
  po::positional_options_description positional;
  positional.add("input", 1);
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  if (!parse("asm", "int4sim asm FILE.s -o FILE.bin", args, desc, parsed, vm, &positional)) return 0;
  resolve_config(parsed);  // no parameter applies, but a bad --config or --set is still refused
  if (!vm.count("input") || !vm.count("output"))
    fail("int4sim asm: give FILE.s and -o FILE.bin (see int4sim asm --help)");
  const std::string input = vm["input"].as<std::string>();
  const std::string output = output_file_option(vm, "output");
  const auto bytes = isa::encode_program(isa::parse_asm(read_file(input), input));
  write_output(output, std::string(bytes.begin(), bytes.end()));
  return 0;
}

int cmd_disasm(const std::vector<std::string>& args) {
  auto desc = common_options();
  desc.add_options()("input", po::value<std::string>(), "binary program (.bin)");
  po::positional_options_description positional;
  positional.add("input", 1);
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  if (!parse("disasm", "int4sim disasm FILE.bin   (assembly on stdout)", args, desc, parsed, vm, &positional)) return 0;
  resolve_config(parsed);
  if (!vm.count("input")) fail("int4sim disasm: give FILE.bin (see int4sim disasm --help)");
  const std::string input = vm["input"].as<std::string>();
  const std::string bytes = read_file(input);
  const auto program = isa::decode_program(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), input);
  std::string text;  // printed only once the whole program decoded
  for (const auto& in : program) text += isa::to_asm(in) + "\n";
  std::cout << text;
  return 0;
}

}  // namespace int4sim::cli
