// int4sim sweep: `int4sim run` over a grid or a list of parameter values, one child process per
// point, in parallel on local cores or over MPI ranks (sim/sweep/sweep.h); sweep.csv, one report
// per point, the Pareto front over --pareto's metrics (default cycles and energy).
#include <fmt/format.h>
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

#include "sim/cli/cli.h"
#include "base/files.h"
#include "base/error.h"
#include "sim/sweep/sweep.h"
#include "workloads/network.h"

namespace int4sim::cli {
namespace {

const std::vector<Shorthand> kShorthands = {{"batch", "run.batch"}, {"seed", "run.seed"}};

// The sweep columns that only a run computing errors fills, and the --errors level that does.
const std::vector<std::pair<std::string, ErrorLevel>> kErrorColumns = {
    {"mean_E_G", ErrorLevel::gradient},         {"mean_E_GL", ErrorLevel::gradient},
    {"mean_w_sqnr_db", ErrorLevel::operands},   {"mean_a_sqnr_db", ErrorLevel::operands},
    {"mean_out_rel_err", ErrorLevel::all},      {"total_acc_saturated", ErrorLevel::all}};

// A Pareto objective that every point would leave empty is refused before anything runs: no point
// could be on the front.
void check_objectives(const std::vector<std::string>& objectives, const po::variables_map& vm) {
  const std::string spec = vm["pareto"].as<std::string>();
  for (const auto& m : objectives)
    for (const auto& [column, level] : kErrorColumns) {
      if (m != column) continue;
      const std::string what = "--pareto " + shown(spec) + ": " + m;
      if (vm.count("timing-only")) fail(what + " needs values (drop --timing-only)");
      if (level == ErrorLevel::gradient && vm.count("forward-only")) fail(what + " needs the backward pass (drop --forward-only)");
      const ErrorOptions e = error_options(vm);
      if (e.level < level) {
        const char* need = level == ErrorLevel::all ? "--errors all" : level == ErrorLevel::operands ? "--errors operands or all"
                                                                                                      : "--errors gradient, operands or all";
        fail(fmt::format("{} needs {} (the runs of this sweep get --errors {})", what, need, error_level_name(e.level)));
      }
    }
}

std::string self_exe() {
  char buf[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) throw std::runtime_error("cannot read /proc/self/exe");
  return std::string(buf, static_cast<size_t>(n));
}

}  // namespace

int cmd_sweep(const std::vector<std::string>& args) {
  return sweep::run_sweep([&]() {
    auto desc = common_options(kShorthands);
    desc.add_options()
        ("workload", po::value<std::string>(), "a built-in network (int4sim workload lists them), a SCALE-Sim topology .csv or an ONNX model .onnx")
        ("grid", po::value<std::vector<std::string>>(), "key=v1,v2,...: values of one parameter (repeatable; the points are the cartesian product, the first grid varying slowest)")
        ("points", po::value<std::string>(), "FILE: the points, as CSV with a header of parameter names or one key=value,key=value line per point (crossed with any --grid)")
        ("out", po::value<std::string>(), "directory of the sweep: sweep.csv, done.jsonl (journal), sweep.json, sweep.log, points/NNNN/report.json")
        ("jobs,j", po::value<int>(), "points run at once by this process (default: the cores available; under MPI, shared among the ranks of a node)")
        ("resume", "continue the sweep in --out: points already in its journal are not run again")
        ("iterations", po::value<int>()->default_value(1), "passed to every run: training steps to simulate")
        ("warmup", po::value<int>(), "passed to every run: steps left out of its figures (default 1 with two or more iterations, so that points compare steady-state steps, not LBT's initial search; else 0)")
        ("forward-only", "passed to every run: the forward pass only")
        ("timing-only", "passed to every run: no values, cycles, traffic and energy only")
        ("pareto", po::value<std::string>()->default_value("cycles,energy_pj"),
         "M1,M2,...: the objectives of sweep.csv's pareto column, sweep columns (short forms: energy, edp, and X for mean_X or total_X, e.g. out_rel_err, E_G); utilization, mean_w_sqnr_db and mean_a_sqnr_db are maximised, the others minimised; a point with an empty value is never on the front");
    add_workload_options(desc);
    add_error_options(desc);
    po::parsed_options parsed(&desc);
    po::variables_map vm;
    const std::string usage =
        "int4sim sweep --workload W --grid key=v1,v2,... [--grid ...] [--points FILE] --out DIR [--jobs N] [--resume]\n"
        "              [--config F.ini] [--set k=v] [--batch N] [--seed N] [--iterations N] [--warmup N] [--forward-only] [--timing-only]\n"
        "              [--errors none|gradient|operands|all] [--errors-every N] [--pareto M1,M2,...]\n"
        "       mpirun -np N int4sim sweep ...   (points spread over the ranks; the same sweep.csv)\n\n"
        "Runs `int4sim run` once per point as a child process, writes DIR/points/NNNN/report.json per point\n"
        "and DIR/sweep.csv: point, each swept key, cycles, energy_pj, edp_pj_s, utilization, mean_E_G,\n"
        "mean_E_GL, mean_w_sqnr_db, mean_a_sqnr_db, mean_out_rel_err, total_acc_saturated (these two with\n"
        "--errors all), status (ok|failed), pareto (true on the Pareto front of the ok points over the\n"
        "--pareto metrics: no other point is as good in all and better in one), error.\n"
        "  --pareto cycles,energy,out_rel_err --errors all   the cycles-energy-output error front\n"
        "A grid value overrides --config and --set. A failed point is recorded and the sweep goes on.";
    sweep::Setup s;
    if (!parse("sweep", usage, args, desc, parsed, vm)) {
      s.help = true;
      return s;
    }
    const Config base = resolve_config(parsed, kShorthands);
    if (!vm.count("workload")) fail("int4sim sweep: --workload is required (int4sim workload lists the built-in networks)");
    if (!vm.count("out")) fail("int4sim sweep: --out DIR is required");
    const std::string workload = vm["workload"].as<std::string>();
    const std::vector<std::string> objectives = sweep::parse_objectives(vm["pareto"].as<std::string>());
    check_objectives(objectives, vm);
    if (vm.count("weights-from-model") && vm.count("timing-only"))
      fail("--weights-from-model: a timing-only run uses no values (drop --timing-only)");
    load_network(workload, vm);  // refused now rather than once per point
    const int iterations = vm["iterations"].as<int>();
    if (iterations < 1 || iterations > 100000) fail("--iterations " + std::to_string(iterations) + ": expected 1..100000");
    const int warmup = vm.count("warmup") ? vm["warmup"].as<int>() : (iterations >= 2 ? 1 : 0);
    if (warmup < 0 || warmup >= iterations)
      fail(fmt::format("--warmup {}: expected 0..{} (fewer than the {} iteration(s) run: at least one must be measured)", warmup,
                       iterations - 1, iterations));
    if (vm.count("jobs") && (vm["jobs"].as<int>() < 1 || vm["jobs"].as<int>() > 4096))
      fail("--jobs " + std::to_string(vm["jobs"].as<int>()) + ": expected 1..4096");

    s.plan = sweep::make_plan(vm.count("grid") ? vm["grid"].as<std::vector<std::string>>() : std::vector<std::string>{},
                              vm.count("points") ? vm["points"].as<std::string>() : std::string(), base);
    sweep::Options& o = s.options;
    o.out = vm["out"].as<std::string>();
    while (o.out.size() > 1 && o.out.back() == '/') o.out.pop_back();
    check_output_dir(o.out);
    o.exe = self_exe();
    o.jobs = vm.count("jobs") ? vm["jobs"].as<int>() : 0;
    o.resume = vm.count("resume") > 0;
    o.pareto = objectives;
    // What every run gets, in command-line order (later values win), before the swept --set's.
    o.run_args = {"--workload", workload, "--iterations", std::to_string(iterations)};
    if (warmup > 0) o.run_args.insert(o.run_args.end(), {"--warmup", std::to_string(warmup)});
    if (vm.count("forward-only")) o.run_args.push_back("--forward-only");
    if (vm.count("timing-only")) o.run_args.push_back("--timing-only");
    for (const auto& a : workload_run_args(vm)) o.run_args.push_back(a);
    if (!vm.count("timing-only"))
      for (const auto& a : error_run_args(vm)) o.run_args.push_back(a);
    else if (!vm["errors"].defaulted())
      fail("--errors " + vm["errors"].as<std::string>() + ": a timing-only run has no values to compare (drop --timing-only)");
    for (const auto& opt : parsed.options) {
      if (opt.string_key != "config" && opt.string_key != "set" && opt.string_key != "batch" && opt.string_key != "seed") continue;
      for (const auto& v : opt.value) {
        o.run_args.push_back("--" + opt.string_key);
        o.run_args.push_back(v);
      }
    }
    s.manifest = {{"command", "sweep"}, {"run_args", o.run_args}, {"keys", s.plan.keys}, {"points", s.plan.points},
                  {"pareto", o.pareto}};
    return s;
  });
}

}  // namespace int4sim::cli
