#pragma once
// Energy model (docs/energy.md): a per-action energy table resolved from the configuration (the
// 45 nm / 0.9 V defaults of models/energy/params.def, scaled to energy.node_nm and energy.vdd) and
// the energy of a run, which is the counted actions times that table and nothing else.
// Plain C++, no SystemC.
#include <cstdint>
#include <string>
#include <vector>

#include "models/accelerator/params.h"

namespace int4sim::hw {

// Energies in pJ and static power in mW, at the configured node and supply.
struct EnergyTable {
  int node_nm = 45;
  double vdd = 0.9;
  double node_factor = 1;  // Stillmaker & Baas factor from 45 nm, 0.9 V: logic, SRAM and leakage
  double wire_factor = 1;  // (vdd / 0.9)^2 only: a wire's capacitance per mm does not shrink with the node

  double mul4x4_pj = 0, add32_pj = 0;
  double sram_pj_per_byte_8kib = 0, sram_exponent = 0, rf_pj_per_byte = 0;
  double dram_pj_per_byte = 0;  // off chip: not scaled with the accelerator's node
  double quant_int32_pj = 0, quant_fp32_pj = 0, stochastic_pj = 0, absmax_pj = 0;
  double vec_fp32_add_pj = 0, vec_fp32_mul_pj = 0;
  double wire_pj_per_bit_mm = 0;
  double static_mw_per_pe = 0, static_fq_mw_per_lane = 0, static_gq_mw_per_lane = 0, static_vec_mw_per_lane = 0,
         static_sram_mw_per_kib = 0;

  // An a x b-bit multiply (energy ~ a*b, mul4x4_pj at 4 x 4) plus one acc_bits-wide accumulate
  // (energy ~ width, add32_pj at 32 bits).
  double mac_pj(int a_bits, int b_bits, int acc_bits) const;
  // Per byte read or written in an on-chip array of `capacity_bytes` (a whole buffer: Horowitz's
  // anchors are whole caches, internal banking included). At most 1 KiB: register file. Above:
  // sram_pj_per_byte_8kib * (capacity / 8 KiB)^sram_exponent. The port width does not enter: an
  // access's energy is taken as proportional to the bytes it moves, so per byte it is constant.
  double sram_pj_per_byte(uint64_t capacity_bytes) const;
};

EnergyTable energy_table(const AcceleratorParams& cfg);

// The technology nodes with energy scaling, largest first (energy.node_nm's choices).
const std::vector<int>& energy_nodes();
// Energy at (node_nm, vdd) relative to 45 nm at 0.9 V: the ratio of Stillmaker & Baas's
// (Integration 58, 2017) quadratic energy fits a*vdd^2 + b*vdd + c, high-performance devices.
double node_energy_factor(int node_nm, double vdd);

// The DRAM technologies energy.dram_type names, with their energy per bit and its source.
struct DramType {
  const char* name;
  double pj_per_bit;
  const char* source;
};
const std::vector<DramType>& dram_types();
// DRAM energy per byte of a energy.dram_type: the per-bit figure times 8.
double dram_type_pj_per_byte(const std::string& type);

struct BufferTraffic {
  uint64_t capacity_bytes = 0;  // the whole buffer; 0 = absent (no traffic, no leakage)
  uint64_t bytes_read = 0, bytes_written = 0;
};

// Everything a run did that costs energy, counted by the models.
struct ActionCounts {
  uint64_t mac_int4 = 0;  // 4 x 4-bit MACs
  uint64_t mac_int8 = 0;  // 8 x 8-bit MACs (run as four INT4 passes): each charged mac_pj(8, 8, acc_bits)
  int acc_bits = 32;
  BufferTraffic act, wgt, grad, acc;
  uint64_t dram_bytes = 0;              // read plus written
  uint64_t fq_fp32_elements = 0;        // FP32 -> INT4 forward quantization (weights, activations)
  uint64_t fq_int32_elements = 0;       // INT32 -> INT4 requantization
  uint64_t gq_elements = 0;             // FP32 -> INT4 gradient quantizations (every pass that rounds)
  uint64_t gq_stochastic_elements = 0;  // of those, rounded stochastically
  uint64_t gq_absmax_elements = 0;      // elements compared for the abs-max, over all passes (and search compares)
  uint64_t gq_search_macs = 0;          // multiply-accumulates of a search (DSGC's cosine), at FP32 add + multiply
  uint64_t vec_adds = 0, vec_muls = 0;  // vector-unit FP32 operations (compares count as adds)
  double wire_bit_mm = 0;               // bits moved times millimetres travelled, besides the buffers'
  // Millimetres a byte read from or written to a buffer travels to or from its PE: half the
  // array's rows plus columns, in PE pitches (buffers sit at the array's edges).
  double buffer_wire_mm = 0;
  // Leakage: every powered unit leaks for the whole run.
  double run_seconds = 0;
  uint64_t pes = 0, fq_lanes = 0, gq_lanes = 0, vec_lanes = 0;  // buffers: their capacity_bytes
};

// No actions yet: the powered units of `cfg` (PEs, lanes, buffer capacities) and its acc_bits.
ActionCounts configured_units(const AcceleratorParams& cfg);

// Leakage power of the powered units in `counts`, mW.
double static_mw(const ActionCounts& counts, const EnergyTable& table);

// pJ, one field per component of components.def, and their sum.
struct EnergyBreakdown {
#define INT4SIM_ENERGY_COMPONENT(id, name, desc) double id = 0;
#include "models/energy/components.def"
#undef INT4SIM_ENERGY_COMPONENT
  double total = 0;
};

struct EnergyComponentInfo {
  const char* name;                   // as reported, e.g. "sram.act"
  const char* description;
  double EnergyBreakdown::*field;
};
// The components in declaration order.
const std::vector<EnergyComponentInfo>& energy_components();

// Counted actions times the table, nothing else.
EnergyBreakdown energy(const ActionCounts& counts, const EnergyTable& table);

// How a parameter's value changes with energy.node_nm / energy.vdd.
enum class EnergyScaling { node, wire, none };

struct EnergyProvenance {
  const char* name;    // the parameter, e.g. "energy.mul4x4_pj"
  const char* basis;   // "Q" quoted, "D" derived by the stated rule, "A" assumption (no source)
  const char* source;  // the source and the rule
  EnergyScaling scaling;
};

// One entry per energy.* parameter, in declaration order.
const std::vector<EnergyProvenance>& energy_provenance();

}  // namespace int4sim::hw
