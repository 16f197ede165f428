#pragma once
// What a run reports (docs/report.md): per layer x phase x unit cycles and stalls, buffer and
// DRAM traffic, energy by component, quantization error, and totals. One structure, written as
// report.json (schema versioned), a per-layer CSV and a terminal summary.
#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ir/program.h"

namespace int4sim::report {

constexpr int kSchemaVersion = 1;

using ir::Phase;
using ir::phase_name;

struct UnitFigures {
  uint64_t busy = 0;
  std::map<std::string, uint64_t> stalls;  // cause -> cycles
};

struct QuantError {
  bool valid = false;
  double e_g = 0, e_gl = 0, mse = 0, sqnr_db = 0, cosine = 0;
  double gamma = 0, gamma_next = 0, g_max = 0, clipped_fraction = 0;
  uint64_t search_passes = 0;
  int iteration = 0;  // the step these figures are of (0-based)
};

// A forward operand's quantization (W or A) against the FP32 tensor its codes stand for, in one
// step (docs/numerics.md, "Operand errors").
struct OperandError {
  bool valid = false;  // false in a timing-only run (no values): reported as null
  double sqnr_db = 0, mse = 0, clipped_fraction = 0;
};
struct OperandErrors {
  OperandError w, a;
  int iteration = 0;  // the step these figures are of (0-based)
};

// A training GEMM's output (fwd Y, dgrad dX, wgrad dW) in one step (docs/numerics.md, "GEMM output
// errors"): the dequantized accumulators against the FP32 product of the unquantized operands,
// and the accumulators against the exact integer sums of the same codes.
struct OutputError {
  bool valid = false;  // false without values or when --errors leaves them out: reported as null
  double rel_err = 0, cosine = 0, acc_rel_err = 0;
  uint64_t acc_saturated = 0;  // outputs whose sum saturated or wrapped at least once
};
struct OutputErrors {
  std::array<OutputError, 3> phase;  // fwd, dgrad, wgrad
  int iteration = 0;
};

struct PhaseFigures {
  bool present = false;
  uint64_t cycles = 0;      // span: first unit start to last unit end of this layer and phase
  uint64_t attributed_cycles = 0;   // the run's cycles charged to it (docs/timing.md, "Attribution")
  double attributed_energy_pj = 0;  // its actions' energy plus leakage over its attributed cycles
  std::map<std::string, double> bounds;  // unit -> lower bound of its time here (sim/report/bounds.h)
  uint64_t compulsory_dram_bytes = 0;    // what its work must move (compiler::Compiled::compulsory), over the measured iterations
  uint64_t macs = 0;
  std::map<std::string, UnitFigures> units;
  std::map<std::string, uint64_t> bytes;    // "act.read", "act.write", ..., "dram.read", "dram.write"
  std::map<std::string, double> energy_pj;  // by component
  QuantError grad_error;                    // dgrad/wgrad: the quantized dL/dy of this layer
  // Compute layers: the operands this phase reads (fwd W and A, dgrad W, wgrad A), last step.
  bool reads_w = false, reads_a = false;
  OperandErrors operands;
  // Compute layers' GEMM phases (fwd, dgrad, wgrad): the output's figures, last computed step.
  bool has_output = false;
  OutputError output;
  double total_energy_pj() const;
};

struct LayerFigures {
  std::string name, kind;
  bool quantized = false;
  std::string format;  // as the summary shows it: int4, int8, fp32, - (no GEMM)
  std::array<PhaseFigures, static_cast<size_t>(Phase::count)> phases;
  std::vector<QuantError> grad_history;  // the gradient quantization of each iteration, in order
  std::vector<OperandErrors> operand_history;
  std::vector<OutputErrors> output_history;  // compute layers: each computed step's GEMM outputs (--errors all)  // compute layers: W and A of each iteration, in order
  uint64_t macs() const;
};

// One training iteration's own figures.
struct IterationFigures {
  bool warmup = false;  // left out of the report's other figures (--warmup)
  uint64_t cycles = 0, dram_bytes = 0, compulsory_dram_bytes = 0, gq_search_passes = 0;
  double energy_pj = 0;
};

struct Report {
  std::string command, workload;
  nlohmann::json config;  // the resolved configuration
  std::vector<LayerFigures> layers;
  uint64_t cycles = 0;
  double freq_mhz = 1000;
  uint64_t peak_macs_per_cycle = 0;
  double dram_bytes_per_cycle = 64;
  std::map<std::string, UnitFigures> units;  // whole run
  std::map<std::string, uint64_t> bytes;
  std::map<std::string, double> energy_pj;
  // The run's energy when set: the layer-phases' attributed energies summed in order (the
  // components' sum otherwise).
  std::optional<double> energy_total_pj;
  uint64_t unattributed_cycles = 0;
  std::vector<IterationFigures> iterations;
  bool complete = true;  // false when interrupted
  bool values = true;    // false in a timing-only run: no quantization figures
  std::string errors = "operands";  // the --errors level: none, gradient, operands or all

  double total_energy_pj() const;
  uint64_t macs() const;
  nlohmann::json to_json() const;
  std::string to_csv() const;    // one row per layer x phase
  std::string summary() const;   // the terminal table
};

// Writes report.json and layers.csv into `dir` (made with its parents if missing), atomically;
// returns the paths written.
std::vector<std::string> write_report(const Report& r, const std::string& dir);

}  // namespace int4sim::report
