#pragma once
// int4sim sweep: many `int4sim run`s over a grid (or a list) of parameter values, one child process
// per point (SystemC allows one design a process), in parallel on local cores or over MPI ranks.
//
// Files in the sweep directory DIR:
//   sweep.json       the plan (workload, run options, swept keys, every point's values); a resume
//                    must present the same plan
//   done.jsonl       the journal: one fsync'd JSON line per finished point, in completion order;
//                    the source of truth for --resume
//   sweep.csv        regenerated atomically from the journal after each point, in point order, so
//                    it is always whole and does not depend on completion order, --jobs or ranks
//   sweep.log        wall-clock times (never in sweep.csv)
//   points/0007/     a point's report.json, layers.csv, stdout.txt (summary) and stderr.txt
#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/config/config.h"

namespace int4sim::sweep {

// The points of a sweep: the swept keys and, per point, one value per key (as given).
struct Plan {
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> points;
};

// "key=v1,v2,..." per grid, crossed in command-line order (the first grid varies slowest), crossed
// with the points of `points_file` when one is given (its points vary slowest). Keys are checked
// against the parameter table and every value with set_param on a copy of `base`, before anything
// runs; errors name the option or the file and line.
Plan make_plan(const std::vector<std::string>& grids, const std::string& points_file, const Config& base);

// A points file: CSV with a header of parameter names, or one `key=value,key=value` line per point
// (the same keys on every line). Blank lines and lines starting with '#' are ignored.
// Values are checked with set_param on a copy of `base` (errors name FILE:LINE).
Plan read_points_file(const std::string& path, const Config& base);

// The objectives of sweep.csv's pareto column (--pareto): sweep metric columns
// (report::sweep_metric_keys()), each minimised unless maximised() says larger is better.
// parse_objectives reads "M1,M2,...": column names or their short forms (energy = energy_pj,
// edp = edp_pj_s, and any mean_X or total_X column as X: E_G, out_rel_err, w_sqnr_db, ...); it
// returns the column names, and refuses an unknown or repeated name with one line (fail()).
std::vector<std::string> parse_objectives(const std::string& spec);
bool maximised(const std::string& column);  // the metric's larger_is_better (sim/report/metrics.cpp)
const std::vector<std::string>& default_objectives();  // cycles, energy_pj

struct Options {
  std::string out;                    // DIR
  std::string exe;                    // the int4sim binary run for each point
  std::vector<std::string> run_args;  // passed to every `int4sim run` before the swept --set's
  int jobs = 1;                       // concurrent children on this process
  bool resume = false;
  std::vector<std::string> pareto = default_objectives();  // the objectives of the pareto column
};

// What one point gave. `metrics` holds the report's totals named by report::sweep_metric_keys()
// (cycles, energy_pj, ..., mean_out_rel_err, total_acc_saturated) as JSON values (null when the
// report has none).
struct Outcome {
  size_t point = 0;
  bool ok = false;
  int exit_code = 0;  // of the child; 128+N when killed by signal N
  std::string error;  // first line of the child's error, empty when ok
  nlohmann::json metrics = nlohmann::json::object();
  double wall_s = 0;  // wall-clock time of the child: goes to sweep.log, never to the journal or csv
  int rank = 0;       // the MPI rank that ran it (sweep.log only)
};


// The journal line of an outcome (no newline; with_wall adds wall_s and rank, for MPI messages only) and
// back (throws std::exception on a malformed line).
std::string outcome_to_line(const Outcome& o, bool with_wall = false);
Outcome outcome_from_line(const std::string& line);

// The Pareto front over `objectives` (column names; see parse_objectives): the ok points with a
// number in every objective that no other such point dominates (is no worse in every objective
// and better in one). Points with equal values are all on it or all off it.
std::set<size_t> pareto_front(const std::map<size_t, Outcome>& outcomes, const std::vector<std::string>& objectives);

// sweep.csv: point, every swept key, the metrics, status, pareto (true on pareto_front), error;
// one row per outcome, in point order.
std::string sweep_csv(const Plan& plan, const std::map<size_t, Outcome>& outcomes, const std::vector<std::string>& objectives);

std::string point_dir(const Plan& plan, const std::string& out, size_t point);  // DIR/points/0007
std::vector<std::string> child_argv(const Plan& plan, const Options& o, size_t point);

// Starts `int4sim run` for one point (posix_spawn; stdout and stderr to files in the point's
// directory) and, once it has exited, turns its exit status and files into an Outcome.
pid_t spawn_point(const Plan& plan, const Options& o, size_t point);
Outcome collect_point(const Plan& plan, const Options& o, size_t point, int wait_status);

// Runs points as child processes, up to `jobs` at a time. `next` hands out point indices (none:
// nothing more to start), `done` receives every outcome. `poll`, when given, is called between
// child completions (at least every few milliseconds) and returns true while remote work is still
// outstanding; the loop ends when no child runs, `next` gives nothing and `poll` returns false.
// Returns false when interrupted by SIGINT/SIGTERM (running children are terminated first).
bool run_children(const Plan& plan, const Options& o, const std::function<std::optional<size_t>()>& next,
                  const std::function<void(const Outcome&)>& done, const std::function<bool()>& poll = {});

// The sweep as seen by the process that owns DIR: the plan file, the journal, the csv, progress.
class Sweep {
 public:
  // Creates DIR (and writes sweep.json), or with o.resume reads the journal of the same plan.
  // `manifest` is everything that defines the sweep's results (workload, run options, plan).
  Sweep(const Plan& plan, const Options& o, const nlohmann::json& manifest);
  ~Sweep();
  std::optional<size_t> next();  // the next point not yet done nor started
  void record(const Outcome& o); // journal (fsync'd), sweep.csv, log, progress
  size_t total() const { return plan_.points.size(); }
  size_t done() const { return outcomes_.size(); }
  size_t failed() const;
  size_t resumed() const { return resumed_; }
  size_t pareto() const;
  void finish();  // writes sweep.csv if a rate-limited write is pending; ends the progress line

 private:
  void write_csv();
  void progress(const Outcome& o);
  Plan plan_;
  Options opt_;
  std::map<size_t, Outcome> outcomes_;
  std::vector<bool> taken_;
  size_t cursor_ = 0, resumed_ = 0, session_done_ = 0;
  int journal_fd_ = -1;
  double start_s_ = 0, last_csv_s_ = 0;
  bool tty_ = false, csv_pending_ = false;
  std::string log_path_;
};

// The whole sweep on this process: MPI when launched by mpirun/srun (and built with MPI), local
// children otherwise. Returns the command's exit code. `setup` builds the plan, options and
// manifest (throwing InputError on bad input); under MPI every rank calls it and only rank 0
// reports its error.
struct Setup {
  bool help = false;  // --help was given (and printed): nothing to run
  Plan plan;
  Options options;    // options.jobs == 0: the default (cores, shared among the ranks of a node)
  nlohmann::json manifest;
};
int run_sweep(const std::function<Setup()>& setup);

// Launched by an MPI launcher (mpirun, srun) with more than one process?
bool launched_by_mpi();
int jobs_default();  // cores available to this process

#ifdef INT4SIM_HAVE_MPI
int run_sweep_mpi(const std::function<Setup()>& setup);  // sweep_mpi.cpp
#endif

// Prints the end-of-sweep summary on stdout.
void print_summary(const Sweep& s, const Options& o);

}  // namespace int4sim::sweep
