// int4sim gemm: one GEMM through the SystemC model of the accelerator.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "golden/gemm.h"
#include "golden/grad_quantizer.h"
#include "compiler/compiler.h"
#include "ir/codec.h"
#include "isa/lowering.h"
#include "models/controller/decoder.h"
#include "models/controller/executor.h"
#include "models/scalesim/scalesim_compat.h"
#include "sim/cli/cli.h"
#include "base/error.h"
#include "base/files.h"
#include "base/npy.h"
#include "base/synthetic.h"
#include "sim/report/timeline.h"
#ifdef INT4SIM_HAVE_RTL
#include "models/mac_array/mac_array.h"
#include "rtl/harness/rtl_array.h"
#endif

namespace int4sim::cli {
namespace {

const std::vector<Shorthand> kShorthands = {{"seed", "run.seed"}};
constexpr int64_t kMaxDim = int64_t{1} << 20;

bool run_gradient(const po::variables_map& vm) { return vm.count("grad-a") > 0; }

struct GemmInputs {
  int64_t m = 0, n = 0, k = 0;
  std::vector<int8_t> a, b;  // codes, row-major
  std::vector<float> g;      // --grad-a: FP32 A
  bool a_is_gradient = false, compute_values = true;
};

struct BufferFigures {
  std::string name;
  uint64_t capacity, bytes_read, bytes_written;
};

// What the gemm command reports, from the executed program.
struct GemmOutcome {
  uint64_t cycles = 0, macs = 0, tiles = 0, dram_read = 0, dram_written = 0;
  double utilization = 0;
  std::vector<hw::UnitStats> units;
  std::vector<BufferFigures> buffers;
  std::vector<int32_t> c;
  std::vector<int16_t> g_codes;
  hw::GquTensorResult gq;
  std::vector<hw::Slice> timeline;
};

GemmOutcome outcome(const hw::ExecutionResult& res, const ir::Program& prog, const Config& cfg, bool values) {
  GemmOutcome o;
  o.cycles = res.cycles;
  o.macs = res.layers[0][0].macs();
  o.utilization = static_cast<double>(o.macs) / (static_cast<double>(o.cycles) * static_cast<double>(cfg.array_rows * cfg.array_cols));
  for (const auto& op : prog.ops) o.tiles += op.kind == ir::OpKind::gemm;
  const bool gradient = prog.tensors.size() > 3;
  for (int u : {static_cast<int>(ir::Unit::dma), static_cast<int>(ir::Unit::array), static_cast<int>(ir::Unit::gqu)})
    if (u != static_cast<int>(ir::Unit::gqu) || gradient) o.units.push_back(res.units[u]);
  const int64_t caps[] = {cfg.buf_act_kib, cfg.buf_wgt_kib, cfg.buf_grad_kib, cfg.buf_acc_kib};
  for (int b = 0; b < static_cast<int>(ir::Buffer::count); ++b)
    o.buffers.push_back({ir::buffer_name(static_cast<ir::Buffer>(b)), static_cast<uint64_t>(caps[b]) * 1024, res.buf_read[b], res.buf_write[b]});
  o.dram_read = res.dram_read;
  o.dram_written = res.dram_write;
  o.timeline = res.timeline;
  if (values) {
    const auto& c = res.dram[2];
    o.c.resize(c.size() / 4);
    std::memcpy(o.c.data(), c.data(), c.size());
    if (gradient) {
      const auto& img = res.dram[3];
      o.g_codes = ir::unpack_codes(img, prog.tensors[3].type, prog.tensors[3].numel());
      if (!res.gq.empty()) o.gq = res.gq.back().result;
    }
  }
  return o;
}

// An INT4 operand from an int8 .npy: all values in s4 (-8..7) or all in u4 (0..15).
std::vector<int8_t> load_operand(const std::string& path, int64_t& rows, int64_t& cols) {
  NpyArray a = read_npy(path);
  if (a.type != NpyType::i8) fail(path + ": expected int8 ('|i1') INT4 codes");
  if (a.shape.size() != 2) fail(path + ": expected a 2-D matrix, got " + std::to_string(a.shape.size()) + " dimensions");
  rows = a.shape[0];
  cols = a.shape[1];
  if (rows < 1 || cols < 1) fail(path + ": empty matrix");
  const auto [lo, hi] = std::minmax_element(a.i8.begin(), a.i8.end());
  if (*lo < -8 || *hi > 15 || (*lo < 0 && *hi > 7))
    fail(path + ": values " + std::to_string(*lo) + ".." + std::to_string(*hi) + " are neither s4 (-8..7) nor u4 (0..15)");
  return std::move(a.i8);
}

// The GEMM's operands as the options give them (files, or random codes and gradients from the
// seed), every refusal made before anything is simulated.
GemmInputs read_inputs(const po::variables_map& vm, const Config& cfg) {
  GemmInputs run;
  run.compute_values = !vm.count("timing-only");
  run.a_is_gradient = vm.count("grad-a") > 0;
  if (vm.count("g") && !run.a_is_gradient) fail("--g needs --grad-a");
  if (run.a_is_gradient && vm.count("a")) fail("--grad-a takes A from --g (float32), not --a");
  if (run.a_is_gradient) grad_quant_params(cfg);  // validates the gq.* combination
  if (vm.count("a") != vm.count("b") && !run.a_is_gradient) fail("--a and --b go together");
  if (vm.count("g")) {
    std::vector<int64_t> shape;
    run.g = read_finite_f32(vm["g"].as<std::string>(), &shape);
    if (shape.size() != 2) fail(vm["g"].as<std::string>() + ": expected a 2-D matrix");
    run.m = shape[0];
    run.k = shape[1];
    if (!vm.count("n")) fail("--n is required with --g");
    run.n = vm["n"].as<int64_t>();
    if (run.n < 1 || run.n > kMaxDim) fail(fmt::format("--n {}: expected 1..{}", run.n, kMaxDim));
    if (vm.count("b")) {
      int64_t br, bc;
      run.b = load_operand(vm["b"].as<std::string>(), br, bc);
      if (br != run.k || bc != run.n) fail(vm["b"].as<std::string>() + ": expected " + std::to_string(run.k) + " x " + std::to_string(run.n));
    } else {
      run.b = synthetic_codes(static_cast<uint64_t>(cfg.run_seed), 2, run.k * run.n, -7, 7);
    }
  } else if (vm.count("a")) {
    int64_t ar, ac, br, bc;
    run.a = load_operand(vm["a"].as<std::string>(), ar, ac);
    run.b = load_operand(vm["b"].as<std::string>(), br, bc);
    if (ac != br)
      fail(fmt::format("{}: {} rows do not match the {} columns of {}", vm["b"].as<std::string>(), br, ac, vm["a"].as<std::string>()));
    run.m = ar;
    run.k = ac;
    run.n = bc;
  } else {
    for (const char* d : {"m", "n", "k"}) {
      if (!vm.count(d)) fail(std::string("--") + d + " is required (or give --a and --b)");
      const int64_t v = vm[d].as<int64_t>();
      if (v < 1 || v > kMaxDim) fail(fmt::format("--{} {}: expected 1..{}", d, v, kMaxDim));
    }
    run.m = vm["m"].as<int64_t>();
    run.n = vm["n"].as<int64_t>();
    run.k = vm["k"].as<int64_t>();
    if (run.compute_values) {
      if (run.a_is_gradient) run.g = synthetic_gradient(static_cast<uint64_t>(cfg.run_seed), 0, 1, run.m * run.k);
      else run.a = synthetic_codes(static_cast<uint64_t>(cfg.run_seed), 1, run.m * run.k, 0, 15);
      run.b = synthetic_codes(static_cast<uint64_t>(cfg.run_seed), 2, run.k * run.n, -7, 7);
    }
  }
  if (vm.count("verify") && !run.compute_values) fail("--verify needs values: drop --timing-only");
  if (vm.count("compat") && vm["compat"].as<std::string>() != "scalesim")
    fail("--compat '" + vm["compat"].as<std::string>() + "': expected scalesim");
  return run;
}

// Compares every accumulator (and with a gradient operand, every code and the gamma update) with
// the golden model, printing the verdict and adding it to `out`; returns the exit code (1: mismatch).
int verify_against_golden(const po::variables_map& vm, const Config& cfg, const GemmInputs& run, const GemmOutcome& rep,
                          nlohmann::json& out) {
  const int64_t m = run.m, n = run.n, k = run.k;
  int rc = 0;
  std::vector<int16_t> a16(run.a.begin(), run.a.end()), b16(run.b.begin(), run.b.end());
  if (run_gradient(vm)) {
    golden::GradQuantizer q(grad_quant_params(cfg, 0));
    const auto st = q.step(run.g);
    a16 = st.codes;
    const bool codes_equal = st.codes == rep.g_codes;
    const bool gamma_equal = st.gamma_next == rep.gq.gamma_next && st.clipped == rep.gq.clipped;
    fmt::print("\nverify: gradient codes {}, gamma update {}\n", codes_equal ? "bit-exact" : "MISMATCH",
               gamma_equal ? "identical" : "MISMATCH");
    out["gq_bit_exact"] = codes_equal && gamma_equal;
    if (!codes_equal || !gamma_equal) rc = 1;
  }
  golden::AccSpec spec;
  spec.bits = static_cast<int>(cfg.array_acc_bits);
  spec.overflow = cfg.array_overflow == "wrap" ? golden::Overflow::wrap : golden::Overflow::saturate;
  spec.k_chunk = cfg.array_dataflow == "os" ? INT64_MAX : cfg.array_rows;
  const auto ref = golden::gemm(a16, b16, m, n, k, spec);
  int64_t first = -1;
  for (size_t i = 0; i < ref.size() && first < 0; ++i)
    if (ref[i] != rep.c[i]) first = static_cast<int64_t>(i);
  if (first < 0) {
    fmt::print("\nverify: bit-exact ({} accumulators equal the golden model)\n", ref.size());
  } else {
    fmt::print("\nverify: MISMATCH at C[{}][{}]: model {} golden {}\n", first / n, first % n, rep.c[first], ref[first]);
    out["first_mismatch"] = {{"row", first / n}, {"col", first % n}, {"model", rep.c[first]}, {"golden", ref[first]}};
    rc = 1;
  }
  out["bit_exact"] = first < 0 && out.value("gq_bit_exact", true);
  return rc;
}

// --rtl: every tile the array computes also runs on the Verilated RTL array (docs/rtl.md), from
// the same operands and starting accumulators; values and per-tile cycles are compared.
struct RtlCheck {
  uint64_t tiles = 0, array_cycles = 0, rtl_array_cycles = 0;
  bool bit_exact = true;
  nlohmann::json first_mismatch;
  std::string vcd_tmp;  // --rtl-vcd's file while it is written; removed if the command fails
  ~RtlCheck() {
    std::error_code ec;
    if (!vcd_tmp.empty()) std::filesystem::remove(vcd_tmp, ec);
  }
#ifdef INT4SIM_HAVE_RTL
  std::unique_ptr<rtl::RtlArray> array;

  void tile(const host::TileOp& t, int passes, const std::vector<int32_t>& before, const hw::TileTiming& timing) {
    const nlohmann::json shape = {{"tile", tiles++}, {"m", t.m}, {"n", t.n}, {"k", t.k}};
    const auto mismatch = [&](const nlohmann::json& what) {
      if (!first_mismatch.is_null()) return;
      first_mismatch = shape;
      first_mismatch.update(what);
    };
    std::vector<int32_t> c = before;
    host::TileOp op = t;
    op.c = c.data();
    op.ldc = t.n;
    uint64_t cycles = 0;
    try {
      cycles = array->run(op, passes);
    } catch (const std::exception& e) {  // inside the array's SystemC thread: report, do not unwind it
      bit_exact = false;
      mismatch({{"error", e.what()}});
      return;
    }
    array_cycles += timing.cycles;
    rtl_array_cycles += cycles;
    for (int64_t i = 0; i < t.m; ++i)
      for (int64_t j = 0; j < t.n; ++j)
        if (c[i * t.n + j] != t.c[i * t.ldc + j]) {
          bit_exact = false;
          mismatch({{"row", i}, {"col", j}, {"model", t.c[i * t.ldc + j]}, {"rtl", c[i * t.n + j]}});
        }
    if (cycles != timing.cycles) mismatch({{"array_cycles", timing.cycles}, {"rtl_array_cycles", cycles}});
  }
#endif
};

// Refuses --rtl where it cannot run, before anything is simulated.
void check_rtl_option(const po::variables_map& vm, const Config& cfg, const GemmInputs& run, const std::string& rtl_vcd,
                      RtlCheck& check) {
  if (!rtl_vcd.empty() && !vm.count("rtl")) fail("--rtl-vcd needs --rtl");
  if (!vm.count("rtl")) return;
  if (!run.compute_values) fail("--rtl needs values: drop --timing-only");
#ifdef INT4SIM_HAVE_RTL
  if (!rtl::RtlArray::has_size(cfg.array_rows, cfg.array_cols)) {
    std::string sizes;
    for (const auto& [r, c] : rtl::RtlArray::sizes()) sizes += fmt::format("{}{}x{}", sizes.empty() ? "" : ", ", r, c);
    fail(fmt::format("--rtl: no Verilated {}x{} array in this build (array.rows x array.cols: {})", cfg.array_rows,
                     cfg.array_cols, sizes));
  }
  if (!rtl_vcd.empty() && (cfg.array_rows != 4 || cfg.array_cols != 4))
    fail("--rtl-vcd: waveforms come from the 4x4 array only (--set array.rows=4 --set array.cols=4)");
  if (!rtl_vcd.empty()) make_dirs(std::filesystem::path(rtl_vcd).parent_path().string());
  // written under a temporary name while simulating, renamed into place at the end
  check.vcd_tmp = rtl_vcd.empty() ? "" : rtl_vcd + ".tmp." + std::to_string(::getpid());
  check.array = std::make_unique<rtl::RtlArray>(hw::array_config(cfg), check.vcd_tmp);
#else
  (void)cfg;
  (void)rtl_vcd;
  (void)check;
  fail("--rtl: this build has no RTL reference (Verilator was not found when it was configured; scripts/setup.sh installs it)");
#endif
}

}  // namespace

int cmd_gemm(const std::vector<std::string>& args) {
  auto desc = common_options(kShorthands);
  desc.add_options()
      ("m", po::value<int64_t>(), "rows of A and C")
      ("n", po::value<int64_t>(), "columns of B and C")
      ("k", po::value<int64_t>(), "reduction depth")
      ("a", po::value<std::string>(), "A (m x k) as int8 .npy of INT4 codes (instead of random codes from --seed)")
      ("b", po::value<std::string>(), "B (k x n) as int8 .npy of INT4 codes")
      ("grad-a", "A is an FP32 gradient (dL/dy) that the gradient quantizer unit quantizes on its way to the array (gq.* parameters): random long-tailed values from --seed, or --g")
      ("g", po::value<std::string>(), "with --grad-a: A (m x k) as a float32 .npy")
      ("verify", "also run the golden model and compare every accumulator")
      ("rtl", "also run every tile through the Verilated RTL array (docs/rtl.md) and compare values and per-tile cycles")
      ("rtl-vcd", po::value<std::string>(), "with --rtl on a 4x4 array: write the RTL's waveform (every signal, every cycle) as VCD")
      ("timing-only", "simulate timing only, no values")
      ("compat", po::value<std::string>(), "scalesim: also report SCALE-Sim v2's stall-free cycles and utilizations")
      ("json", po::value<std::string>(), "write the results as JSON to this file")
      ("vcd", po::value<std::string>(), "write unit activity as a VCD file (GTKWave)")
      ("timeline", po::value<std::string>(), "write a Chrome/Perfetto trace-event JSON, one track per unit");
  po::parsed_options parsed(&desc);
  po::variables_map vm;
  const std::string usage =
      "int4sim gemm --m M --n N --k K [--seed S | --a A.npy --b B.npy] [--set key=value ...] [--verify] [--rtl]\n"
      "             [--compat scalesim] [--json FILE] [--vcd FILE] [--timeline FILE]";
  if (!parse("gemm", usage, args, desc, parsed, vm)) return 0;
  const Config cfg = resolve_config(parsed, kShorthands);
  // Every output is checked before any input is read or anything simulated.
  const std::string json_path = output_file_option(vm, "json");
  const std::string vcd_path = output_file_option(vm, "vcd");
  const std::string timeline_path = output_file_option(vm, "timeline");
  const std::string rtl_vcd_path = output_file_option(vm, "rtl-vcd");

  const GemmInputs run = read_inputs(vm, cfg);
  RtlCheck rtl_check;
  check_rtl_option(vm, cfg, run, rtl_vcd_path, rtl_check);
  hw::ExecutionOptions eo;
  eo.values = run.compute_values;
#ifdef INT4SIM_HAVE_RTL
  if (rtl_check.array)
    eo.on_tile = [&rtl_check](const host::TileOp& t, int passes, const std::vector<int32_t>& before, const hw::TileTiming& timing) {
      rtl_check.tile(t, passes, before, timing);
    };
#endif
  eo.vcd_path = vcd_path;
  eo.timeline = vm.count("timeline") > 0;
  const int64_t m = run.m, n = run.n, k = run.k;
  const bool a_signed = std::any_of(run.a.begin(), run.a.end(), [](int8_t v) { return v < 0; });
  compiler::Tiling tiling;
  const ir::Program prog = compiler::compile_gemm(m, n, k, run.a_is_gradient, a_signed, compile_target(cfg), &tiling);
  if (run.compute_values) {
    eo.dram.resize(prog.tensors.size());
    if (run.a_is_gradient) {
      eo.dram[0].resize(run.g.size() * 4);
      std::memcpy(eo.dram[0].data(), run.g.data(), run.g.size() * 4);
    } else {
      eo.dram[0] = ir::pack_codes(ir::ElemType::s4, run.a);
    }
    eo.dram[1] = ir::pack_codes(ir::ElemType::s4, run.b);
  }
  // As in run: the controller executes the binary program image (encoded, decoded, raised).
  const ir::Program executed = hw::through_isa(prog);
  if (!vcd_path.empty()) make_dirs(std::filesystem::path(vcd_path).parent_path().string());  // written while simulating
  const hw::ExecutionResult res = hw::execute(cfg, executed, std::move(eo));
  GemmOutcome rep = outcome(res, prog, cfg, run.compute_values);

  nlohmann::json out = {{"command", "gemm"}, {"m", m}, {"n", n}, {"k", k}, {"config", config_json(cfg)},
                        {"cycles", rep.cycles}, {"macs", rep.macs}, {"utilization", rep.utilization},
                        {"seconds", static_cast<double>(rep.cycles) / (cfg.run_freq_mhz * 1e6)},
                        {"tiling", {{"mt", tiling.mt}, {"nt", tiling.nt}, {"kt", tiling.kt}, {"tiles", rep.tiles}}},
                        {"dram", {{"bytes_read", rep.dram_read}, {"bytes_written", rep.dram_written}}}};
  fmt::print("GEMM {} x {} x {} on a {}x{} {} array, acc {} bits ({}); tiles {}x{}x{} ({} tiles)\n", m, n, k, cfg.array_rows,
             cfg.array_cols, cfg.array_dataflow, cfg.array_acc_bits, cfg.array_overflow, tiling.mt, tiling.nt,
             tiling.kt, rep.tiles);
  if (!rep.g_codes.empty() || (run_gradient(vm) && rep.gq.numel))
    fmt::print("gradient quantizer: policy {} {} bits, g_max {:.6g}, gamma {:.6f} -> {:.6f}, clipped {} of {}, search passes {}\n",
               cfg.gq_policy, cfg.gq_bits, rep.gq.g_max, rep.gq.gamma_used, rep.gq.gamma_next, rep.gq.clipped, rep.gq.numel,
               rep.gq.search_passes);
  fmt::print("cycles {}  ({:.3f} us at {} MHz)   MACs {}   array utilization {:.2f} %\n", rep.cycles,
             static_cast<double>(rep.cycles) / cfg.run_freq_mhz, cfg.run_freq_mhz, rep.macs, 100 * rep.utilization);
  fmt::print("\n{:<10} {:>10}", "unit", "busy");
  for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s) fmt::print(" {:>12}", hw::stall_name(static_cast<hw::Stall>(s)));
  fmt::print("\n");
  nlohmann::json units = nlohmann::json::object();
  for (const auto& u : rep.units) {
    fmt::print("{:<10} {:>10}", u.name, u.busy);
    nlohmann::json stalls = nlohmann::json::object();
    for (int s = 0; s < static_cast<int>(hw::Stall::count); ++s) {
      fmt::print(" {:>12}", u.stalls[s]);
      stalls[hw::stall_name(static_cast<hw::Stall>(s))] = u.stalls[s];
    }
    fmt::print("\n");
    units[u.name] = {{"busy", u.busy}, {"stalls", stalls}, {"ops", u.ops}};
  }
  out["units"] = units;
  fmt::print("\n{:<10} {:>10} {:>14} {:>14}\n", "buffer", "KiB", "bytes read", "bytes written");
  nlohmann::json bufs = nlohmann::json::object();
  for (const auto& b : rep.buffers) {
    fmt::print("{:<10} {:>10} {:>14} {:>14}\n", b.name, b.capacity / 1024, b.bytes_read, b.bytes_written);
    bufs[b.name] = {{"capacity_bytes", b.capacity}, {"bytes_read", b.bytes_read}, {"bytes_written", b.bytes_written}};
  }
  fmt::print("{:<10} {:>10} {:>14} {:>14}\n", "dram", "", rep.dram_read, rep.dram_written);
  out["buffers"] = bufs;

  if (vm.count("compat")) {
    const auto sc = scalesim::compute({m, n, k}, cfg.array_rows, cfg.array_cols, scalesim::parse_dataflow(cfg.array_dataflow));
    fmt::print("\nSCALE-Sim v2 compatible (stall-free, serial folds): cycles {}  compute util {:.3f} %  mapping eff {:.3f} %  overall util {:.3f} %\n",
               sc.cycles, sc.compute_util_pct, sc.mapping_eff_pct, sc.overall_util_pct);
    fmt::print("  SRAM reads ifmap {} filter {}, ofmap writes {}   (native cycles above: {})\n", sc.ifmap_reads, sc.filter_reads,
               sc.ofmap_writes, rep.cycles);
    out["scalesim_cycles"] = sc.cycles;
    out["scalesim_compute_util"] = sc.compute_util_pct;
    out["scalesim_mapping_eff"] = sc.mapping_eff_pct;
    out["scalesim_overall_util"] = sc.overall_util_pct;
    out["scalesim_sram"] = {{"ifmap_reads", sc.ifmap_reads}, {"filter_reads", sc.filter_reads}, {"ofmap_writes", sc.ofmap_writes}};
  }

  if (run_gradient(vm))
    out["gq"] = {{"g_max", rep.gq.g_max}, {"gamma", rep.gq.gamma_used}, {"gamma_next", rep.gq.gamma_next},
                 {"clipped", rep.gq.clipped}, {"numel", rep.gq.numel}, {"search_passes", rep.gq.search_passes}};
  int rc = vm.count("verify") ? verify_against_golden(vm, cfg, run, rep, out) : 0;
  if (vm.count("rtl")) {
    const bool cycles_equal = rtl_check.array_cycles == rtl_check.rtl_array_cycles;
    fmt::print("\nrtl: {} tiles through the Verilated {}x{} array: values {}, array cycles {} (native) {} {} (RTL)\n",
               rtl_check.tiles, cfg.array_rows, cfg.array_cols, rtl_check.bit_exact ? "bit-exact" : "MISMATCH",
               rtl_check.array_cycles, cycles_equal ? "=" : "!=", rtl_check.rtl_array_cycles);
    out["array_cycles"] = rtl_check.array_cycles;
    out["rtl_array_cycles"] = rtl_check.rtl_array_cycles;
    out["rtl_tiles"] = rtl_check.tiles;
    out["rtl_bit_exact"] = rtl_check.bit_exact;
    if (!rtl_check.first_mismatch.is_null()) {
      out["rtl_first_mismatch"] = rtl_check.first_mismatch;
      fmt::print("rtl: first mismatch {}\n", rtl_check.first_mismatch.dump());
    }
    if (!rtl_check.first_mismatch.is_null()) rc = 1;
  }
  if (!vcd_path.empty()) announce_written(vcd_path);
#ifdef INT4SIM_HAVE_RTL
  if (!rtl_vcd_path.empty()) {
    rtl_check.array.reset();  // closes the waveform
    std::filesystem::rename(rtl_check.vcd_tmp, rtl_vcd_path);
    rtl_check.vcd_tmp.clear();
    announce_written(rtl_vcd_path);
  }
#endif
  if (!timeline_path.empty()) {
    report::write_timeline(timeline_path, rep.timeline, cfg.run_freq_mhz);
    announce_written(timeline_path);
  }
  if (!json_path.empty()) write_output(json_path, out.dump(2) + "\n");
  return rc;
}

}  // namespace int4sim::cli
