#include "models/energy/energy_model.h"

#include <cmath>
#include <stdexcept>

#include "base/error.h"

namespace int4sim::hw {
namespace {

// The 45 nm table's supply (Horowitz, ISSCC 2014).
constexpr double kBaseVdd = 0.9;
constexpr int kBaseNode = 45;

// Stillmaker & Baas, "Scaling equations for the accurate prediction of CMOS device performance
// from 180 nm to 7 nm", Integration 58 (2017) 74-81, Table 5: energy factor a*vdd^2 + b*vdd + c of
// the high-performance (HP) devices. Source status (docs/energy.md): transcribed from the nodeScale
// tool (UCLA NanoCAD, github.com/wromaszkan/nodeScale); the HP32 row is also quoted in the authors'
// published corrigendum; the 20-7 nm rows agree with a second open-source transcription (which
// uses the LP rows at 45 and 32 nm); the HP45 row has no second source. The paper's table itself
// was not available to check.
struct EnergyFit {
  int node_nm;
  double a, b, c;
};
const EnergyFit kHpEnergyFits[] = {
    {45, 1.018, -0.3107, 0.1539},    {32, 0.8367, -0.4341, 0.1701},   {20, 0.373, -0.1582, 0.04104},
    {16, 0.2958, -0.1241, 0.03024},  {14, 0.2363, -0.09675, 0.02239}, {10, 0.2068, -0.09311, 0.02375},
    {7, 0.1776, -0.09097, 0.02447},
};

double fit_at(int node_nm, double vdd) {
  for (const auto& f : kHpEnergyFits)
    if (f.node_nm == node_nm) return f.a * vdd * vdd + f.b * vdd + f.c;
  fail("energy.node_nm = " + std::to_string(node_nm) + ": no energy scaling for this node");
}

}  // namespace

const std::vector<int>& energy_nodes() {
  static const std::vector<int> nodes = [] {
    std::vector<int> n;
    for (const auto& f : kHpEnergyFits) n.push_back(f.node_nm);
    return n;
  }();
  return nodes;
}

double node_energy_factor(int node_nm, double vdd) { return fit_at(node_nm, vdd) / fit_at(kBaseNode, kBaseVdd); }

const std::vector<DramType>& dram_types() {
  // A new DRAM technology is one line here and its name in energy.dram_type's choices
  // (test_energy checks that the two agree).
  static const std::vector<DramType> types = {
      {"generic", 20.0, "the low end of Horowitz's 1.3-2.6 nJ per 64 bits (ISSCC 2014)"},
      {"lpddr4", 8.0, "Accelergy's CACTI plug-in"},
      {"hbm2", 3.9, "Accelergy's CACTI plug-in"},
      {"gddr5", 14.0, "Accelergy's CACTI plug-in"},
      {"ddr3", 70.0, "Accelergy's CACTI plug-in"},
  };
  return types;
}

double dram_type_pj_per_byte(const std::string& type) {
  for (const DramType& t : dram_types())
    if (type == t.name) return 8 * t.pj_per_bit;
  fail("energy.dram_type = '" + type + "': expected generic, lpddr4, hbm2, gddr5 or ddr3");
}

double EnergyTable::mac_pj(int a_bits, int b_bits, int acc_bits) const {
  return mul4x4_pj * (a_bits * b_bits) / 16.0 + add32_pj * acc_bits / 32.0;
}

double EnergyTable::sram_pj_per_byte(uint64_t capacity_bytes) const {
  if (capacity_bytes <= 1024) return rf_pj_per_byte;
  return sram_pj_per_byte_8kib * std::pow(static_cast<double>(capacity_bytes) / 8192.0, sram_exponent);
}

EnergyTable energy_table(const AcceleratorParams& cfg) {
  EnergyTable t;
  t.node_nm = std::stoi(cfg.energy_node_nm);
  t.vdd = cfg.energy_vdd;
  t.node_factor = node_energy_factor(t.node_nm, t.vdd);
  t.wire_factor = (t.vdd * t.vdd) / (kBaseVdd * kBaseVdd);
  const double f = t.node_factor;
  t.mul4x4_pj = cfg.energy_mul4x4_pj * f;
  t.add32_pj = cfg.energy_add32_pj * f;
  t.sram_pj_per_byte_8kib = cfg.energy_sram_pj_per_byte_8kib * f;
  t.sram_exponent = cfg.energy_sram_exponent;
  t.rf_pj_per_byte = cfg.energy_rf_pj_per_byte * f;
  t.dram_pj_per_byte =
      cfg.energy_dram_pj_per_byte > 0 ? cfg.energy_dram_pj_per_byte : dram_type_pj_per_byte(cfg.energy_dram_type);
  t.quant_int32_pj = cfg.energy_quant_int32_pj * f;
  t.quant_fp32_pj = cfg.energy_quant_fp32_pj * f;
  t.stochastic_pj = cfg.energy_stochastic_pj * f;
  t.absmax_pj = cfg.energy_absmax_pj * f;
  t.vec_fp32_add_pj = cfg.energy_vec_fp32_add_pj * f;
  t.vec_fp32_mul_pj = cfg.energy_vec_fp32_mul_pj * f;
  t.wire_pj_per_bit_mm = cfg.energy_wire_pj_per_bit_mm * t.wire_factor;
  // Leakage keeps its 45 nm fraction of dynamic power (the rule its defaults come from).
  t.static_mw_per_pe = cfg.energy_static_mw_per_pe * f;
  t.static_fq_mw_per_lane = cfg.energy_static_fq_mw_per_lane * f;
  t.static_gq_mw_per_lane = cfg.energy_static_gq_mw_per_lane * f;
  t.static_vec_mw_per_lane = cfg.energy_static_vec_mw_per_lane * f;
  t.static_sram_mw_per_kib = cfg.energy_static_sram_mw_per_kib * f;
  return t;
}

ActionCounts configured_units(const AcceleratorParams& cfg) {
  ActionCounts c;
  c.acc_bits = static_cast<int>(cfg.array_acc_bits);
  c.act.capacity_bytes = static_cast<uint64_t>(cfg.buf_act_kib) * 1024;
  c.wgt.capacity_bytes = static_cast<uint64_t>(cfg.buf_wgt_kib) * 1024;
  c.grad.capacity_bytes = static_cast<uint64_t>(cfg.buf_grad_kib) * 1024;
  c.acc.capacity_bytes = static_cast<uint64_t>(cfg.buf_acc_kib) * 1024;
  c.pes = static_cast<uint64_t>(cfg.array_rows * cfg.array_cols);
  c.fq_lanes = static_cast<uint64_t>(cfg.fq_lanes);
  c.gq_lanes = static_cast<uint64_t>(cfg.gq_lanes);
  c.vec_lanes = static_cast<uint64_t>(cfg.vec_lanes);
  c.buffer_wire_mm = static_cast<double>(cfg.array_rows + cfg.array_cols) / 2.0 * cfg.energy_pe_pitch_um * 1e-3;
  return c;
}

double static_mw(const ActionCounts& c, const EnergyTable& t) {
  const double sram_kib =
      static_cast<double>(c.act.capacity_bytes + c.wgt.capacity_bytes + c.grad.capacity_bytes + c.acc.capacity_bytes) /
      1024.0;
  return c.pes * t.static_mw_per_pe + c.fq_lanes * t.static_fq_mw_per_lane + c.gq_lanes * t.static_gq_mw_per_lane +
         c.vec_lanes * t.static_vec_mw_per_lane + sram_kib * t.static_sram_mw_per_kib;
}

EnergyBreakdown energy(const ActionCounts& c, const EnergyTable& t) {
  auto sram = [&](const BufferTraffic& b, const char* name) {
    const uint64_t bytes = b.bytes_read + b.bytes_written;
    // Traffic into an absent buffer would silently be charged as a register file.
    if (bytes > 0 && b.capacity_bytes == 0)
      throw std::invalid_argument(std::string("energy: traffic counted in the ") + name + " buffer without its capacity");
    return bytes * t.sram_pj_per_byte(b.capacity_bytes);
  };
  EnergyBreakdown e;
  e.mac = c.mac_int4 * t.mac_pj(4, 4, c.acc_bits) + c.mac_int8 * t.mac_pj(8, 8, c.acc_bits);
  e.sram_act = sram(c.act, "act");
  e.sram_wgt = sram(c.wgt, "wgt");
  e.sram_grad = sram(c.grad, "grad");
  e.sram_acc = sram(c.acc, "acc");
  e.dram = c.dram_bytes * t.dram_pj_per_byte;
  e.fq = c.fq_fp32_elements * t.quant_fp32_pj + c.fq_int32_elements * t.quant_int32_pj;
  e.gq = c.gq_elements * t.quant_fp32_pj + c.gq_stochastic_elements * t.stochastic_pj +
         c.gq_absmax_elements * t.absmax_pj + c.gq_search_macs * (t.vec_fp32_add_pj + t.vec_fp32_mul_pj);
  e.vec = c.vec_adds * t.vec_fp32_add_pj + c.vec_muls * t.vec_fp32_mul_pj;
  const double buffer_bytes = static_cast<double>(c.act.bytes_read + c.act.bytes_written + c.wgt.bytes_read + c.wgt.bytes_written +
                                                  c.grad.bytes_read + c.grad.bytes_written + c.acc.bytes_read + c.acc.bytes_written);
  e.wire = (c.wire_bit_mm + 8.0 * buffer_bytes * c.buffer_wire_mm) * t.wire_pj_per_bit_mm;
  e.stat = static_mw(c, t) * c.run_seconds * 1e9;  // mW * s = 1e-3 J = 1e9 pJ
  for (const EnergyComponentInfo& k : energy_components()) e.total += e.*k.field;
  return e;
}

const std::vector<EnergyComponentInfo>& energy_components() {
  static const std::vector<EnergyComponentInfo> table = {
#define INT4SIM_ENERGY_COMPONENT(id, name, desc) {name, desc, &EnergyBreakdown::id},
#include "models/energy/components.def"
#undef INT4SIM_ENERGY_COMPONENT
  };
  return table;
}

const std::vector<EnergyProvenance>& energy_provenance() {
  using S = EnergyScaling;
  static const std::vector<EnergyProvenance> table = {
      {"energy.mul4x4_pj", "D", "Horowitz ISSCC 2014 (45 nm, 0.9 V) 8-bit mult 0.2 pJ (Q) x (4*4)/(8*8): multiplier energy ~ product of operand widths", S::node},
      {"energy.add32_pj", "D", "Horowitz ISSCC 2014 32-bit int add 0.1 pJ (Q); n-bit add = 0.1 * n/32: adder energy ~ width (8-bit: 0.025 vs Horowitz 0.03)", S::node},
      {"energy.sram_pj_per_byte_8kib", "D", "Horowitz ISSCC 2014 8 KB cache read 10 pJ per 64 bits (Q) / 8 B; write = read", S::node},
      {"energy.sram_exponent", "D", "fitted through Horowitz's 8 KB (10 pJ) and 1 MB (100 pJ) per-64-bit reads: ln 10 / ln 128 = 0.4746", S::none},
      {"energy.rf_pj_per_byte", "D", "CACTI arrays of 448 B - 1 KB (register file / PE-local storage)", S::node},
      {"energy.dram_type", "D", "per bit x 8 (Q): Accelergy CACTI plug-in LPDDR4 8, HBM2 3.9, GDDR5 14, DDR3 70 pJ/bit; generic: Horowitz 1.3 nJ per 64 bits (20 pJ/bit)", S::none},
      {"energy.dram_pj_per_byte", "D", "override of the energy.dram_type value; 0 keeps it (DRAM is off chip: no node scaling)", S::none},
      {"energy.quant_int32_pj", "D", "32x16 mult 1.55 (Horowitz 32-bit mult 3.1 x 16/32) + round add 0.1 + shift 0.05 + 2 compares 0.06 pJ", S::node},
      {"energy.quant_fp32_pj", "D", "Horowitz FP32 mult 3.7 pJ (Q) + float-to-int ~0.9 + clamp", S::node},
      {"energy.stochastic_pj", "D", "random bits + a narrow add", S::node},
      {"energy.absmax_pj", "D", "one 32-bit compare per element", S::node},
      {"energy.vec_fp32_add_pj", "D", "Horowitz ISSCC 2014 FP32 add 0.9 pJ (Q)", S::node},
      {"energy.vec_fp32_mul_pj", "D", "Horowitz ISSCC 2014 FP32 mult 3.7 pJ (Q)", S::node},
      {"energy.wire_pj_per_bit_mm", "D", "Aladdin wire model at switching activity 0.2; scales with vdd^2 only", S::wire},
      {"energy.pe_pitch_um", "A", "no source: an INT4 MAC PE with its operand and 32-bit accumulator registers taken as about 30 x 30 um at 45 nm; not scaled with the node (a floorplan input)", S::none},
      {"energy.static_mw_per_pe", "A", "no source: leakage = 10% of peak dynamic power at 1 GHz: 0.1 x 0.15 pJ (INT4 MAC, 32-bit acc) x 1 GHz", S::node},
      {"energy.static_fq_mw_per_lane", "A", "no source: leakage = 10% of peak dynamic power at 1 GHz: 0.1 x 4.7 pJ (FP32 -> INT4) x 1 GHz", S::node},
      {"energy.static_gq_mw_per_lane", "A", "no source: leakage = 10% of peak dynamic power at 1 GHz: 0.1 x (4.7 + 0.2 + 0.03) pJ x 1 GHz", S::node},
      {"energy.static_vec_mw_per_lane", "A", "no source: leakage = 10% of peak dynamic power at 1 GHz: 0.1 x 3.7 pJ (FP32 mult) x 1 GHz", S::node},
      {"energy.static_sram_mw_per_kib", "A", "no source: leakage = 10% of peak dynamic power at 1 GHz of a 256 KiB buffer, 8 banks x 8 B: 0.1 x 64 B x 6.48 pJ/B / 256 KiB = 0.162, rounded to 0.16", S::node},
      {"energy.node_nm", "Q", "Stillmaker & Baas, Integration 58 (2017), Table 5 HP energy fits, as transcribed by nodeScale (HP32 row confirmed by the published corrigendum; others unconfirmed against the paper)", S::none},
      {"energy.vdd", "D", "the 45 nm anchors are at 0.9 V (Horowitz); the fits' validity range per node is in the paper, not checked here", S::none},
  };
  return table;
}

}  // namespace int4sim::hw
