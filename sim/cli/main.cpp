// int4sim: one executable, one subcommand per job. SystemC's library provides main(), so the entry
// point is sc_main; commands that do not simulate hardware never elaborate a design.
#include <systemc>

#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>

#include "sim/cli/cli.h"
#include "base/error.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);
};

const Command kCommands[] = {
    {"asm", "assemble an accelerator program: FILE.s -> FILE.bin (isa/README.md)", int4sim::cli::cmd_asm},
    {"disasm", "disassemble an accelerator program FILE.bin to assembly on stdout", int4sim::cli::cmd_disasm},
    {"gemm", "one GEMM through the SystemC model: cycles, stalls, traffic; --verify against the golden model", int4sim::cli::cmd_gemm},
    {"gq", "run the gradient quantizer (golden model) on recorded or synthetic gradients", int4sim::cli::cmd_gq},
    {"replay", "int4sim run on a recorded training trace: the real A, W and dL/dy of every layer and iteration", int4sim::cli::cmd_replay},
    {"run", "training steps of a network through the SystemC model: report.json, layers.csv, summary", int4sim::cli::cmd_run},
    {"sweep", "int4sim run over a grid of parameter values in parallel (or over MPI ranks): sweep.csv, Pareto front", int4sim::cli::cmd_sweep},
    {"params", "list every parameter: type, default, unit, range, description", int4sim::cli::cmd_params},
    {"workload", "the layers of a built-in network or SCALE-Sim topology CSV: shapes and forward MACs", int4sim::cli::cmd_workload},
};

void print_help() {
  fmt::print(
      "int4sim: bit-accurate, cycle-level simulator of an INT4 training accelerator\n\n"
      "usage: int4sim <command> [options]     (int4sim <command> --help for its options)\n\ncommands:\n");
  for (const auto& c : kCommands) fmt::print("  {:<10} {}\n", c.name, c.summary);
  fmt::print(
      "\nEvery command takes --config FILE.ini and --set key=value (repeatable, later values win).\n"
      "Exit codes: 0 success, 2 bad input (one line on stderr), 3 internal error.\n");
}

}  // namespace

int sc_main(int argc, char* argv[]) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      (!std::strcmp(argv[1], "help") && argc == 2)) {
    print_help();
    return argc < 2 ? 2 : 0;
  }
  std::string name = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (name == "help") {  // int4sim help CMD: that command's --help
    name = argv[2];
    args = {"--help"};
  }
  for (const auto& c : kCommands) {
    if (name != c.name) continue;
    try {
      return c.run(args);
    } catch (const int4sim::InputError& e) {
      std::cerr << "int4sim: error: " << e.what() << "\n";
      return 2;
    } catch (const std::bad_alloc&) {
      std::cerr << "int4sim: error: out of memory\n";
      return 2;
    } catch (const std::exception& e) {
      std::cerr << "int4sim: internal error: " << e.what() << "\n";
      return 3;
    }
  }
  std::cerr << "int4sim: error: unknown command '" << name << "' (int4sim --help lists them)\n";
  return 2;
}

// SystemC's reports: informational ones are dropped (stdout carries our results), warnings go to
// stderr as one line, errors abort the run as internal errors.
void systemc_report_handler(const sc_core::sc_report& report, const sc_core::sc_actions& actions) {
  if (report.get_severity() == sc_core::SC_INFO) return;
  if (report.get_severity() == sc_core::SC_WARNING) {
    std::cerr << "int4sim: systemc warning: " << report.get_msg_type() << ": " << report.get_msg() << "\n";
    return;
  }
  sc_core::sc_report_handler::default_handler(report, actions);
}

// SystemC prints its banner from sc_elab_and_sim, before sc_main: keep stderr for our messages.
int main(int argc, char* argv[]) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 0);
  sc_core::sc_report_handler::set_handler(systemc_report_handler);
  return sc_core::sc_elab_and_sim(argc, argv);
}
