#pragma once
// The figures a report carries, each declared once (metrics.cpp): key, unit of measure,
// description, and where it appears. report.json's totals and phases, layers.csv's figure columns,
// the sweep's metric columns and `int4sim params --metrics` (against which docs/report.md is
// checked) are generated from this one table. A new figure: one entry.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace int4sim::report {

struct Report;
struct LayerFigures;
struct PhaseFigures;
struct QuantError;
struct OperandErrors;
struct OutputError;
struct IterationFigures;

// What a metric is a figure of.
enum class Scope {
  totals,    // the run: report.json "totals"
  phase,     // a layer x phase: report.json "layers[].phases.<phase>" and a layers.csv row
  gradient,  // a quantized layer's gradient quantization of one step: in every phase of the layer
  operands,  // a compute layer's W and A quantization of one step: in the phases that read them
  outputs,   // a compute layer's GEMM output of one step: in its fwd, dgrad and wgrad phases
  iteration, // one training iteration: report.json "iterations[]"
};
const char* scope_name(Scope s);

// Where a metric is looked up: the report, and for phase and gradient figures the layer, its phase
// and the layer's gradient figures (nullptr where the layer has none).
struct MetricContext {
  const Report* report = nullptr;
  const LayerFigures* layer = nullptr;
  const PhaseFigures* phase = nullptr;
  const QuantError* grad = nullptr;
  const IterationFigures* iteration = nullptr;
  const OperandErrors* operands = nullptr;
  const OutputError* output = nullptr;
};

// A value: std::nullopt leaves the key out (and the CSV cell empty); JSON null stands for a
// figure with no finite value.
using MetricValue = std::optional<nlohmann::json>;

struct Metric {
  Scope scope;
  const char* key;          // report.json key; nullptr: a layers.csv column only
  const char* csv;          // layers.csv column; nullptr: none
  int csv_digits;           // significant digits of a non-integer value in layers.csv
  bool sweep;               // totals: a column of sweep.csv and results.jsonl
  bool per_iteration;       // gradient: also in layers[].gradient_by_iteration[]; operands: in layers[].operands_by_iteration[];
                            // outputs: in layers[].outputs_by_iteration[]
  const char* unit;
  const char* description;
  MetricValue (*value)(const MetricContext&);
  bool larger_is_better = false;  // sweep: maximised as a Pareto objective (else minimised)
};

// Every metric, in the order of layers.csv's columns and the sweep's.
const std::vector<Metric>& metric_table();
// The totals the sweep reports for each point, in order.
const std::vector<std::string>& sweep_metric_keys();

// The value as a layers.csv cell: integers in full, other numbers to `digits` significant digits,
// absent and null values empty.
std::string csv_cell(const MetricValue& v, int digits);

}  // namespace int4sim::report
