#include "sim/report/metrics.h"

#include <fmt/format.h>

#include <cmath>

#include "sim/report/report.h"

namespace int4sim::report {
namespace {

using nlohmann::json;

json num(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json units_json(const std::map<std::string, UnitFigures>& units) {
  json j = json::object();
  for (const auto& [name, u] : units) j[name] = {{"busy", u.busy}, {"stalls", u.stalls}};
  return j;
}

uint64_t bytes(const PhaseFigures& f, const char* key) {
  const auto it = f.bytes.find(key);
  return it == f.bytes.end() ? 0 : it->second;
}

// The largest of a phase's bounds and its unit ("" and 0 without work).
std::pair<std::string, double> largest_bound(const PhaseFigures& f) {
  std::pair<std::string, double> best{"", 0.0};
  for (const auto& [unit, cycles] : f.bounds)
    if (cycles > best.second) best = {unit, cycles};
  return best;
}

double seconds(const Report& r) { return static_cast<double>(r.cycles) / (r.freq_mhz * 1e6); }
double peak_macs_per_s(const Report& r) { return static_cast<double>(r.peak_macs_per_cycle) * r.freq_mhz * 1e6; }

// The mean of a gradient figure over the quantized layers whose E(G) and E(G_L) are both finite.
MetricValue mean_gradient(const Report& r, double QuantError::*field) {
  double sum = 0;
  int n = 0;
  for (const auto& l : r.layers) {
    const QuantError& e = l.phases[static_cast<size_t>(Phase::dgrad)].grad_error;
    if (e.valid && std::isfinite(e.e_g) && std::isfinite(e.e_gl)) {
      sum += e.*field;
      ++n;
    }
  }
  return n ? num(sum / n) : json(nullptr);
}

// A forward operand's figure: absent from the phases that do not read the operand, null without
// values (a timing-only run).
MetricValue operand(const MetricContext& c, bool weights, double OperandError::*field) {
  if (!c.operands || (c.phase && !(weights ? c.phase->reads_w : c.phase->reads_a))) return std::nullopt;
  const OperandError& e = weights ? c.operands->w : c.operands->a;
  return e.valid ? num(e.*field) : json(nullptr);
}

// The mean of an operand's SQNR over the compute layers that have it (last iteration); null
// without values.
MetricValue mean_operand_sqnr(const Report& r, bool weights) {
  double sum = 0;
  int n = 0;
  for (const auto& l : r.layers) {
    const PhaseFigures& fwd = l.phases[static_cast<size_t>(Phase::fwd)];
    const OperandError& e = weights ? fwd.operands.w : fwd.operands.a;
    if ((weights ? fwd.reads_w : fwd.reads_a) && e.valid && std::isfinite(e.sqnr_db)) {
      sum += e.sqnr_db;
      ++n;
    }
  }
  return n ? num(sum / n) : json(nullptr);
}

// A GEMM output's figure: absent from the phases without a GEMM, null where it was not computed
// (no values, or --errors below all) or has no finite value.
MetricValue output(const MetricContext& c, double OutputError::*field) {
  if (!c.output) return std::nullopt;
  return c.output->valid ? num(c.output->*field) : json(nullptr);
}

// Over every compute layer's GEMM outputs (fwd, dgrad, wgrad; last computed step): the mean of
// out_rel_err, or the sum of acc_saturated; null when none was computed.
MetricValue over_outputs(const Report& r, bool mean) {
  double sum = 0;
  uint64_t saturated = 0;
  int n = 0;
  int valid = 0;
  for (const auto& l : r.layers)
    for (const auto& p : l.phases) {
      if (!p.present || !p.has_output || !p.output.valid) continue;
      ++valid;
      saturated += p.output.acc_saturated;
      if (std::isfinite(p.output.rel_err)) {
        sum += p.output.rel_err;
        ++n;
      }
    }
  if (mean) return n ? num(sum / n) : json(nullptr);
  return valid ? json(saturated) : json(nullptr);
}

// Entries: scope, key, csv column, csv digits, sweep, per iteration, unit, description, value.
constexpr Scope T = Scope::totals, P = Scope::phase, G = Scope::gradient, O = Scope::operands, U = Scope::outputs,
                I = Scope::iteration;

const std::vector<Metric> kMetrics = {
    {T, "cycles", nullptr, 0, true, false, "cycles", "the run, first operation issued to last finished",
     [](const MetricContext& c) -> MetricValue { return c.report->cycles; }},
    {T, "seconds", nullptr, 0, false, false, "s", "cycles at run.freq_mhz",
     [](const MetricContext& c) -> MetricValue { return seconds(*c.report); }},
    {T, "macs", nullptr, 0, false, false, "MAC", "multiply-accumulates of every layer and phase",
     [](const MetricContext& c) -> MetricValue { return c.report->macs(); }},
    {T, "energy_pj", nullptr, 0, true, false, "pJ", "the run's counted actions times the energy table, plus leakage over the run",
     [](const MetricContext& c) -> MetricValue { return c.report->total_energy_pj(); }},
    {T, "edp_pj_s", nullptr, 0, true, false, "pJ*s", "energy times seconds",
     [](const MetricContext& c) -> MetricValue { return c.report->total_energy_pj() * seconds(*c.report); }},
    {T, "utilization", nullptr, 0, true, false, "fraction", "macs / (cycles x array rows x cols)",
     [](const MetricContext& c) -> MetricValue {
       const Report& r = *c.report;
       return r.cycles ? static_cast<double>(r.macs()) / (static_cast<double>(r.cycles) * r.peak_macs_per_cycle) : 0.0;
     },
     true},
    {T, "achieved_macs_per_s", nullptr, 0, false, false, "MAC/s", "macs / seconds",
     [](const MetricContext& c) -> MetricValue {
       const double s = seconds(*c.report);
       return s > 0 ? static_cast<double>(c.report->macs()) / s : 0.0;
     }},
    {T, "peak_macs_per_s", nullptr, 0, false, false, "MAC/s", "array rows x cols x run.freq_mhz",
     [](const MetricContext& c) -> MetricValue { return peak_macs_per_s(*c.report); }},
    {T, "mean_E_G", nullptr, 0, true, false, "", "mean E(G) over the INT4 layers (last iteration)",
     [](const MetricContext& c) -> MetricValue { return mean_gradient(*c.report, &QuantError::e_g); }},
    {T, "mean_E_GL", nullptr, 0, true, false, "", "mean E(G_L) over the INT4 layers (last iteration)",
     [](const MetricContext& c) -> MetricValue { return mean_gradient(*c.report, &QuantError::e_gl); }},
    {T, "mean_w_sqnr_db", nullptr, 0, true, false, "dB", "mean w_sqnr_db over the compute layers with weight codes (last iteration; null without values)",
     [](const MetricContext& c) -> MetricValue { return mean_operand_sqnr(*c.report, true); }, true},
    {T, "mean_a_sqnr_db", nullptr, 0, true, false, "dB", "mean a_sqnr_db over the compute layers with activation codes (last iteration; null without values)",
     [](const MetricContext& c) -> MetricValue { return mean_operand_sqnr(*c.report, false); }, true},
    {T, "mean_out_rel_err", nullptr, 0, true, false, "",
     "mean out_rel_err over every compute layer's fwd, dgrad and wgrad outputs (last computed step; null unless --errors all)",
     [](const MetricContext& c) -> MetricValue { return over_outputs(*c.report, true); }},
    {T, "total_acc_saturated", nullptr, 0, true, false, "outputs",
     "acc_saturated summed over every compute layer's fwd, dgrad and wgrad outputs (last computed step; null unless --errors all)",
     [](const MetricContext& c) -> MetricValue { return over_outputs(*c.report, false); }},
    {T, "compulsory_dram_bytes", nullptr, 0, false, false, "B", "the DRAM bytes the measured steps must move: every layer-phase's compulsory_dram_bytes",
     [](const MetricContext& c) -> MetricValue {
       uint64_t sum = 0;
       for (const auto& l : c.report->layers)
         for (const auto& p : l.phases) sum += p.compulsory_dram_bytes;
       return sum;
     }},
    {T, "unattributed_cycles", nullptr, 0, false, false, "cycles", "cycles in which no operation of a layer was in flight (0 in a training step)",
     [](const MetricContext& c) -> MetricValue { return c.report->unattributed_cycles; }},
    {T, "units", nullptr, 0, false, false, "cycles", "per unit: busy cycles and stall cycles by cause (busy + stalls = cycles)",
     [](const MetricContext& c) -> MetricValue { return units_json(c.report->units); }},
    {T, "bytes", nullptr, 0, false, false, "B", "per buffer <buffer>.read / .write, and dram.read / dram.write",
     [](const MetricContext& c) -> MetricValue { return c.report->bytes; }},
    {T, "energy_by_component_pj", nullptr, 0, false, false, "pJ", "energy per component (models/energy/components.def)",
     [](const MetricContext& c) -> MetricValue { return c.report->energy_pj; }},

    {P, "cycles", "cycles", 0, false, false, "cycles", "span: first to last cycle any unit worked on the layer-phase, summed over iterations",
     [](const MetricContext& c) -> MetricValue { return c.phase->cycles; }},
    {P, "attributed_cycles", "attributed_cycles", 0, false, false, "cycles",
     "the run's cycles charged to this layer-phase: those in which its operation was the oldest in flight; they add up to totals.cycles",
     [](const MetricContext& c) -> MetricValue { return c.phase->attributed_cycles; }},
    {P, "macs", "macs", 0, false, false, "MAC", "multiply-accumulates",
     [](const MetricContext& c) -> MetricValue { return c.phase->macs; }},
    {P, "energy_pj", "energy_pj", 6, false, false, "pJ", "the phase's counted actions times the energy table, plus leakage over its span",
     [](const MetricContext& c) -> MetricValue { return c.phase->total_energy_pj(); }},
    {P, "attributed_energy_pj", "attributed_energy_pj", 6, false, false, "pJ",
     "the phase's counted actions times the energy table, plus leakage over its attributed cycles; they add up to totals.energy_pj",
     [](const MetricContext& c) -> MetricValue { return c.phase->attributed_energy_pj; }},
    {P, "bounds", nullptr, 0, false, false, "cycles",
     "per unit with work here, its work over its throughput: mac_array MACs / (rows x cols) (INT8 MACs four times), dma DRAM bytes / dram.bytes_per_cycle, gqu max and quantize elements / gq.lanes, fq elements / fq.lanes, vector element passes / vec.lanes",
     [](const MetricContext& c) -> MetricValue { return c.phase->bounds; }},
    {P, "bound_cycles", "bound_cycles", 6, false, false, "cycles", "the largest of the bounds: no schedule finishes the phase's work sooner",
     [](const MetricContext& c) -> MetricValue { return largest_bound(*c.phase).second; }},
    {P, "bottleneck", "bottleneck", 0, false, false, "", "the unit of the largest bound (null without work)",
     [](const MetricContext& c) -> MetricValue {
       const auto b = largest_bound(*c.phase);
       return b.first.empty() ? json(nullptr) : json(b.first);
     }},
    {P, "bottleneck_stalls", nullptr, 0, false, false, "cycles", "the bottleneck unit's stall cycles in this phase, by cause",
     [](const MetricContext& c) -> MetricValue {
       const auto b = largest_bound(*c.phase);
       const auto it = c.phase->units.find(b.first);
       return it == c.phase->units.end() ? json::object() : json(it->second.stalls);
     }},
    {P, "span_over_bound", "span_over_bound", 6, false, false, "", "cycles (the span) over bound_cycles: at least 1; how far the phase is from its bottleneck's limit",
     [](const MetricContext& c) -> MetricValue {
       const double b = largest_bound(*c.phase).second;
       return b > 0 ? num(static_cast<double>(c.phase->cycles) / b) : json(nullptr);
     }},
    {P, nullptr, "dram_read_bytes", 0, false, false, "B", "bytes read from DRAM (report.json: bytes.dram.read)",
     [](const MetricContext& c) -> MetricValue { return bytes(*c.phase, "dram.read"); }},
    {P, nullptr, "dram_write_bytes", 0, false, false, "B", "bytes written to DRAM (report.json: bytes.dram.write)",
     [](const MetricContext& c) -> MetricValue { return bytes(*c.phase, "dram.write"); }},
    {P, "compulsory_dram_bytes", "compulsory_dram_bytes", 0, false, false, "B",
     "what the phase must move: each tensor crossing to or from another layer-phase, once at its stored width (compiler: Compiled::compulsory; docs/timing.md), over the measured iterations",
     [](const MetricContext& c) -> MetricValue { return c.phase->compulsory_dram_bytes; }},
    {P, "energy_by_component_pj", nullptr, 0, false, false, "pJ", "energy per component (models/energy/components.def)",
     [](const MetricContext& c) -> MetricValue { return c.phase->energy_pj; }},
    {P, "units", nullptr, 0, false, false, "cycles", "per unit that worked or stalled: busy cycles and stall cycles by cause",
     [](const MetricContext& c) -> MetricValue { return units_json(c.phase->units); }},
    {P, "bytes", nullptr, 0, false, false, "B", "per buffer <buffer>.read / .write, and dram.read / dram.write",
     [](const MetricContext& c) -> MetricValue { return c.phase->bytes; }},
    {P, "arithmetic_intensity_macs_per_dram_byte", nullptr, 0, false, false, "MAC/B", "macs / DRAM bytes (null without DRAM traffic)",
     [](const MetricContext& c) -> MetricValue {
       const uint64_t dram = bytes(*c.phase, "dram.read") + bytes(*c.phase, "dram.write");
       return dram ? num(static_cast<double>(c.phase->macs) / dram) : json(nullptr);
     }},
    {P, "achieved_macs_per_cycle", nullptr, 0, false, false, "MAC/cycle", "macs / cycles",
     [](const MetricContext& c) -> MetricValue {
       return c.phase->cycles ? static_cast<double>(c.phase->macs) / c.phase->cycles : 0.0;
     }},

    {G, "E_G", "E_G", 9, false, true, "", "E(G), docs/numerics.md",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->e_g); }},
    {G, "E_GL", "E_GL", 9, false, true, "", "E(G_L): the error on the large gradients, docs/numerics.md",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->e_gl); }},
    {G, "gamma", "gamma", 9, false, true, "", "the clipping factor this step's quantization used",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->gamma); }},
    {G, "clipped_fraction", "clipped_fraction", 9, false, true, "fraction", "elements clipped to the largest code",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->clipped_fraction); }},
    {G, "gamma_next", nullptr, 0, false, true, "", "gamma after the interval update (used by the next step)",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->gamma_next); }},
    {G, "g_max", nullptr, 0, false, true, "", "max |g| of the layer's dL/dy",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->g_max); }},
    {G, "grad_mse", nullptr, 0, false, false, "", "mean squared error of the dequantized gradient",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->mse); }},
    {G, "grad_sqnr_db", nullptr, 0, false, false, "dB", "signal to quantization noise of the gradient",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->sqnr_db); }},
    {G, "grad_cosine", nullptr, 0, false, false, "", "cosine between the dequantized and the FP32 gradient",
     [](const MetricContext& c) -> MetricValue { return num(c.grad->cosine); }},
    {G, "gq_search_passes", nullptr, 0, false, true, "passes", "passes of the gradient quantizer's interval search",
     [](const MetricContext& c) -> MetricValue { return c.grad->search_passes; }},

    {O, "w_sqnr_db", "w_sqnr_db", 6, false, true, "dB",
     "weights: 10 log10(sum w^2 / sum (w - dequant(code))^2) against the FP32 weights the codes stand for (fwd, dgrad)",
     [](const MetricContext& c) { return operand(c, true, &OperandError::sqnr_db); }},
    {O, "w_mse", "w_mse", 6, false, true, "", "weights: mean squared error of the dequantized weight codes (fwd, dgrad)",
     [](const MetricContext& c) { return operand(c, true, &OperandError::mse); }},
    {O, "w_clipped_fraction", "w_clipped_fraction", 6, false, true, "fraction", "weights: elements outside [-s_w, s_w] (fwd, dgrad)",
     [](const MetricContext& c) { return operand(c, true, &OperandError::clipped_fraction); }},
    {O, "a_sqnr_db", "a_sqnr_db", 6, false, true, "dB",
     "activations: 10 log10(sum a^2 / sum (a - dequant(code))^2) against the FP32 input the codes stand for (fwd, wgrad)",
     [](const MetricContext& c) { return operand(c, false, &OperandError::sqnr_db); }},
    {O, "a_mse", "a_mse", 6, false, true, "", "activations: mean squared error of the dequantized activation codes (fwd, wgrad)",
     [](const MetricContext& c) { return operand(c, false, &OperandError::mse); }},
    {O, "a_clipped_fraction", "a_clipped_fraction", 6, false, true, "fraction",
     "activations: elements outside [0, u_a] (negative ones included: the activation codes are unsigned) (fwd, wgrad)",
     [](const MetricContext& c) { return operand(c, false, &OperandError::clipped_fraction); }},

    {U, "out_rel_err", "out_rel_err", 6, false, true, "",
     "||hw - fp32|| / ||fp32||: the dequantized accumulators against the FP32 product of the unquantized operands (fwd Y = A W, dgrad dX = G W^T, wgrad dW = A^T G)",
     [](const MetricContext& c) { return output(c, &OutputError::rel_err); }},
    {U, "out_cosine", "out_cosine", 6, false, true, "", "cosine between the dequantized accumulators and the FP32 product",
     [](const MetricContext& c) { return output(c, &OutputError::cosine); }},
    {U, "acc_saturated", "acc_saturated", 0, false, true, "outputs",
     "outputs whose sum saturated or wrapped at least once in the accumulator (array.acc_bits, array.overflow)",
     [](const MetricContext& c) -> MetricValue {
       if (!c.output) return std::nullopt;
       return c.output->valid ? json(c.output->acc_saturated) : json(nullptr);
     }},
    {U, "acc_rel_err", "acc_rel_err", 6, false, true, "",
     "||acc - exact|| / ||exact||: the accumulators against the exact integer sums of the same codes (0 when nothing saturated or wrapped)",
     [](const MetricContext& c) { return output(c, &OutputError::acc_rel_err); }},

    {I, "warmup", nullptr, 0, false, false, "", "true for the iterations --warmup leaves out of the other figures",
     [](const MetricContext& c) -> MetricValue { return c.iteration->warmup; }},
    {I, "cycles", nullptr, 0, false, false, "cycles", "first operation dispatched to last completed (iterations do not overlap)",
     [](const MetricContext& c) -> MetricValue { return c.iteration->cycles; }},
    {I, "energy_pj", nullptr, 0, false, false, "pJ", "the iteration's actions times the energy table, plus leakage over its cycles",
     [](const MetricContext& c) -> MetricValue { return c.iteration->energy_pj; }},
    {I, "dram_bytes", nullptr, 0, false, false, "B", "bytes read from and written to DRAM",
     [](const MetricContext& c) -> MetricValue { return c.iteration->dram_bytes; }},
    {I, "compulsory_dram_bytes", nullptr, 0, false, false, "B", "what the step must move (the layer-phases' compulsory bytes of one step)",
     [](const MetricContext& c) -> MetricValue { return c.iteration->compulsory_dram_bytes; }},
    {I, "gq_search_passes", nullptr, 0, false, false, "passes",
     "passes over whole gradient tensors the GQU's searches made (counter gq.search_passes: LBT's histogram pass, DSGC's candidates)",
     [](const MetricContext& c) -> MetricValue { return c.iteration->gq_search_passes; }},
};

}  // namespace

const char* scope_name(Scope s) {
  switch (s) {
    case Scope::totals: return "totals";
    case Scope::phase: return "phase";
    case Scope::gradient: return "gradient";
    case Scope::operands: return "operands";
    case Scope::outputs: return "outputs";
    case Scope::iteration: return "iteration";
  }
  return "?";
}

const std::vector<Metric>& metric_table() { return kMetrics; }

const std::vector<std::string>& sweep_metric_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const Metric& m : kMetrics)
      if (m.scope == Scope::totals && m.sweep) k.push_back(m.key);
    return k;
  }();
  return keys;
}

std::string csv_cell(const MetricValue& v, int digits) {
  if (!v || v->is_null()) return "";
  if (v->is_number_unsigned()) return std::to_string(v->get<uint64_t>());
  if (v->is_number_integer()) return std::to_string(v->get<int64_t>());
  if (v->is_number()) return fmt::format("{:.{}g}", v->get<double>(), digits);
  if (v->is_string()) return v->get<std::string>();
  return v->dump();
}

}  // namespace int4sim::report
