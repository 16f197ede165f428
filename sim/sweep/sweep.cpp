#include "sim/sweep/sweep.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "base/error.h"
#include "base/files.h"
#include "sim/report/metrics.h"

extern char** environ;

namespace int4sim::sweep {

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(trim(cur));
  return out;
}

std::string slurp(const std::string& path, bool* ok = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (ok) *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string metric_text(const nlohmann::json& m, const std::string& key) {
  if (!m.contains(key) || m[key].is_null()) return "";
  return m[key].dump();
}

void check_key(const std::string& key, const std::string& origin) {
  if (!find_param(key)) fail(origin + ": unknown parameter '" + shown(key) + "' (int4sim params lists them)");
}

// The error line of a failed child: its "int4sim: error: ..." line (prefix dropped), else its first
// non-empty stderr line, else how it ended.
std::string error_of(const std::string& err, int exit_code) {
  std::istringstream in(err);
  std::string line, first;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty()) continue;
    if (first.empty()) first = line;
    if (line.rfind("int4sim: error: ", 0) == 0) return line.substr(16);
    if (line.rfind("int4sim: internal error: ", 0) == 0) return line.substr(9);
  }
  if (!first.empty()) return first;
  if (exit_code > 128) return fmt::format("killed by signal {}", exit_code - 128);
  return fmt::format("exit code {}", exit_code);
}

volatile sig_atomic_t g_stop = 0;
void on_stop_signal(int sig) { g_stop = sig; }

struct SignalGuard {
  struct sigaction old_int {}, old_term {};
  SignalGuard() {
    g_stop = 0;
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocking waitpid returns EINTR
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
  }
  ~SignalGuard() {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
  }
};

std::string fmt_duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  const auto t = static_cast<long long>(s + 0.5);
  if (t >= 3600) return fmt::format("{}:{:02}:{:02}", t / 3600, (t / 60) % 60, t % 60);
  return fmt::format("{}:{:02}", t / 60, t % 60);
}

std::string timestamp() {
  const std::time_t t = std::time(nullptr);
  char buf[32];
  std::tm tm {};
  localtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return buf;
}

}  // namespace

// ---- the plan ----------------------------------------------------------------------------------

constexpr int64_t kMaxPointsFileBytes = int64_t{64} << 20;

Plan read_points_file(const std::string& path, const Config& base) {
  const std::string text = read_input_file(path, kMaxPointsFileBytes, "cannot open points file");
  Plan plan;
  std::istringstream in(text);
  std::string raw;
  int lineno = 0;
  enum { unknown, csv, assignments } form = unknown;
  while (std::getline(in, raw)) {
    ++lineno;
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", path, lineno);
    const auto fields = split(line, ',');
    if (form == unknown) {
      form = line.find('=') != std::string::npos ? assignments : csv;
      if (form == csv) {  // the header
        for (const auto& k : fields) {
          if (k.empty()) fail(where + ": empty column name in the header");
          check_key(k, where);
          if (std::count(plan.keys.begin(), plan.keys.end(), k)) fail(where + ": " + k + " named twice");
          plan.keys.push_back(k);
        }
        continue;
      }
    }
    std::vector<std::string> values(plan.keys.size());
    if (form == csv) {
      if (fields.size() != plan.keys.size())
        fail(fmt::format("{}: expected {} values (one per header column), found {}", where, plan.keys.size(), fields.size()));
      values = fields;
    } else {
      std::vector<std::string> keys;
      std::vector<std::string> vals;
      for (const auto& f : fields) {
        const auto eq = f.find('=');
        if (eq == std::string::npos) fail(where + ": '" + shown(f) + "': expected key=value");
        const std::string k = trim(f.substr(0, eq));
        check_key(k, where);
        if (std::count(keys.begin(), keys.end(), k)) fail(where + ": " + k + " given twice");
        keys.push_back(k);
        vals.push_back(trim(f.substr(eq + 1)));
      }
      if (plan.keys.empty() && plan.points.empty()) {
        plan.keys = keys;
        values.assign(keys.size(), "");
      }
      if (keys.size() != plan.keys.size())
        fail(where + ": every point must set the same parameters as the first (" + std::to_string(plan.keys.size()) + ")");
      for (size_t i = 0; i < keys.size(); ++i) {
        const auto it = std::find(plan.keys.begin(), plan.keys.end(), keys[i]);
        if (it == plan.keys.end()) fail(where + ": " + keys[i] + " is not set by the first point");
        values[static_cast<size_t>(it - plan.keys.begin())] = vals[i];
      }
    }
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) fail(where + ": empty value for " + plan.keys[i]);
      Config c = base;
      set_param(c, plan.keys[i], values[i], where);
    }
    plan.points.push_back(std::move(values));
  }
  if (plan.points.empty()) fail(path + ": no points (a CSV header of parameter names then one row per point, or key=value,... lines)");
  return plan;
}

Plan make_plan(const std::vector<std::string>& grids, const std::string& points_file, const Config& base) {
  if (grids.empty() && points_file.empty())
    fail("int4sim sweep: give --grid key=v1,v2,... (repeatable) or --points FILE");
  Plan plan;
  if (!points_file.empty()) plan = read_points_file(points_file, base);
  else plan.points.emplace_back();  // one empty point to cross the grids with
  for (const auto& g : grids) {
    const auto eq = g.find('=');
    if (eq == std::string::npos) fail("--grid '" + shown(g) + "': expected key=v1,v2,...");
    const std::string key = trim(g.substr(0, eq));
    check_key(key, "--grid");
    if (std::count(plan.keys.begin(), plan.keys.end(), key)) fail("--grid " + key + ": swept twice");
    const auto values = split(g.substr(eq + 1), ',');
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) fail("--grid " + key + ": empty value");
      if (std::count(values.begin(), values.begin() + static_cast<long>(i), values[i]))
        fail("--grid " + key + ": " + shown(values[i]) + " given twice");
      Config c = base;
      set_param(c, key, values[i], "--grid");
    }
    if (plan.points.size() * values.size() > 10000000) fail("int4sim sweep: more than 10,000,000 points");
    plan.keys.push_back(key);
    std::vector<std::vector<std::string>> crossed;
    crossed.reserve(plan.points.size() * values.size());
    for (const auto& p : plan.points)
      for (const auto& v : values) {
        crossed.push_back(p);
        crossed.back().push_back(v);
      }
    plan.points = std::move(crossed);
  }
  return plan;
}

// ---- outcomes ----------------------------------------------------------------------------------

std::string outcome_to_line(const Outcome& o, bool with_wall) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();  // point first, for the reader
  j["point"] = o.point;
  j["status"] = o.ok ? "ok" : "failed";
  j["exit_code"] = o.exit_code;
  j["error"] = o.error;
  for (const std::string& k : report::sweep_metric_keys()) j[k] = o.metrics.contains(k) ? nlohmann::ordered_json(o.metrics[k]) : nlohmann::ordered_json(nullptr);
  if (with_wall) {
    j["wall_s"] = o.wall_s;
    j["rank"] = o.rank;
  }
  return j.dump();
}

Outcome outcome_from_line(const std::string& line) {
  const auto j = nlohmann::json::parse(line);
  Outcome o;
  o.point = j.at("point").get<size_t>();
  const std::string status = j.at("status").get<std::string>();
  if (status != "ok" && status != "failed") throw std::runtime_error("status '" + status + "'");
  o.ok = status == "ok";
  o.exit_code = j.at("exit_code").get<int>();
  o.error = j.at("error").get<std::string>();
  for (const std::string& k : report::sweep_metric_keys()) o.metrics[k] = j.at(k);
  if (j.contains("wall_s")) o.wall_s = j["wall_s"].get<double>();
  if (j.contains("rank")) o.rank = j["rank"].get<int>();
  return o;
}

// ---- the Pareto objectives ---------------------------------------------------------------------

namespace {

// Short forms of column names besides mean_X / total_X -> X.
const std::vector<std::pair<std::string, std::string>> kObjectiveAliases = {{"energy", "energy_pj"}, {"edp", "edp_pj_s"}};

std::string objective_column(const std::string& name) {
  const auto& keys = report::sweep_metric_keys();
  if (std::count(keys.begin(), keys.end(), name)) return name;
  for (const auto& [alias, column] : kObjectiveAliases)
    if (name == alias) return column;
  for (const char* prefix : {"mean_", "total_"})
    if (std::count(keys.begin(), keys.end(), prefix + name)) return prefix + name;
  return "";
}

}  // namespace

bool maximised(const std::string& column) {
  for (const report::Metric& m : report::metric_table())
    if (m.scope == report::Scope::totals && m.sweep && column == m.key) return m.larger_is_better;
  return false;
}

const std::vector<std::string>& default_objectives() {
  static const std::vector<std::string> d = {"cycles", "energy_pj"};
  return d;
}

std::vector<std::string> parse_objectives(const std::string& spec) {
  std::vector<std::string> out;
  for (const auto& name : split(spec, ',')) {
    const std::string column = name.empty() ? "" : objective_column(name);
    if (column.empty()) {
      std::string valid;
      for (const std::string& k : report::sweep_metric_keys()) valid += (valid.empty() ? "" : ", ") + k;
      fail("--pareto " + shown(spec) + ": " + (name.empty() ? std::string("empty metric name") : "unknown metric '" + shown(name) + "'") +
           "; expected sweep columns joined by ',': " + valid + " (or energy, edp, and X for mean_X or total_X)");
    }
    if (std::count(out.begin(), out.end(), column)) fail("--pareto " + shown(spec) + ": " + column + " named twice");
    out.push_back(column);
  }
  return out;
}

std::set<size_t> pareto_front(const std::map<size_t, Outcome>& outcomes, const std::vector<std::string>& objectives) {
  // Each ok point with a number in every objective, as values to minimise (maximised ones negated).
  std::vector<std::pair<std::vector<double>, size_t>> pts;
  for (const auto& [p, o] : outcomes) {
    if (!o.ok) continue;
    std::vector<double> v;
    for (const auto& m : objectives) {
      if (!o.metrics.contains(m) || !o.metrics[m].is_number()) break;
      const double x = o.metrics[m].get<double>();
      v.push_back(maximised(m) ? -x : x);
    }
    if (v.size() == objectives.size()) pts.emplace_back(std::move(v), p);
  }
  // In lexicographic order every point that dominates another comes before it, and a point that
  // dominates a front point's dominator dominates it too: so a point is on the front iff no front
  // point found before it dominates it. With two objectives the front so far has its second
  // objective non-increasing: only its last point needs checking.
  std::sort(pts.begin(), pts.end());
  auto dominates = [](const std::vector<double>& a, const std::vector<double>& b) {
    bool better = false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] > b[i]) return false;
      better = better || a[i] < b[i];
    }
    return better;
  };
  std::vector<size_t> front;  // indices into pts
  for (size_t i = 0; i < pts.size(); ++i) {
    bool dominated = false;
    if (objectives.size() <= 2) {
      dominated = !front.empty() && dominates(pts[front.back()].first, pts[i].first);
    } else {
      for (size_t f : front)
        if (dominates(pts[f].first, pts[i].first)) {
          dominated = true;
          break;
        }
    }
    if (!dominated) front.push_back(i);
  }
  std::set<size_t> out;
  for (size_t f : front) out.insert(pts[f].second);
  return out;
}

// ---- sweep.csv ---------------------------------------------------------------------------------

std::string sweep_csv(const Plan& plan, const std::map<size_t, Outcome>& outcomes, const std::vector<std::string>& objectives) {
  const std::set<size_t> front = pareto_front(outcomes, objectives);

  std::string out = "point";
  for (const auto& k : plan.keys) out += "," + csv_field(k);
  for (const std::string& m : report::sweep_metric_keys()) out += "," + m;
  out += ",status,pareto,error\n";
  for (const auto& [p, o] : outcomes) {
    out += std::to_string(p);
    for (const auto& v : plan.points.at(p)) out += "," + csv_field(v);
    for (const std::string& m : report::sweep_metric_keys()) out += "," + metric_text(o.metrics, m);
    out += o.ok ? ",ok," : ",failed,";
    out += front.count(p) ? "true," : "false,";
    out += csv_field(o.error) + "\n";
  }
  return out;
}

// ---- child processes ---------------------------------------------------------------------------

std::string point_dir(const Plan& plan, const std::string& out, size_t point) {
  const size_t n = plan.points.size();
  int width = 4;
  for (size_t m = 10000; m < n; m *= 10) ++width;
  return fmt::format("{}/points/{:0{}}", out, point, width);
}

std::vector<std::string> child_argv(const Plan& plan, const Options& o, size_t point) {
  std::vector<std::string> a = {o.exe, "run"};
  a.insert(a.end(), o.run_args.begin(), o.run_args.end());
  for (size_t k = 0; k < plan.keys.size(); ++k) {
    a.push_back("--set");
    a.push_back(plan.keys[k] + "=" + plan.points.at(point)[k]);
  }
  a.push_back("--out");
  a.push_back(point_dir(plan, o.out, point));
  return a;
}

pid_t spawn_point(const Plan& plan, const Options& o, size_t point) {
  const std::string dir = point_dir(plan, o.out, point);
  make_dirs(dir);
  // A report left by an earlier attempt must not pass for this one's.
  ::unlink((dir + "/report.json").c_str());
  ::unlink((dir + "/layers.csv").c_str());
  const auto args = child_argv(plan, o, point);
  std::vector<char*> argv;
  for (const auto& s : args) argv.push_back(const_cast<char*>(s.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  const std::string out_path = dir + "/stdout.txt", err_path = dir + "/stderr.txt";
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  posix_spawn_file_actions_addclosefrom_np(&fa, 3);  // no MPI sockets or journal in the child
#endif
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, o.exe.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error(o.exe + ": cannot start (" + std::strerror(rc) + ")");
  return pid;
}

Outcome collect_point(const Plan& plan, const Options& o, size_t point, int status) {
  const std::string dir = point_dir(plan, o.out, point);
  Outcome r;
  r.point = point;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
  for (const std::string& k : report::sweep_metric_keys()) r.metrics[k] = nullptr;
  if (r.exit_code != 0) {
    r.error = error_of(slurp(dir + "/stderr.txt"), r.exit_code);
    return r;
  }
  bool ok = false;
  const std::string text = slurp(dir + "/report.json", &ok);
  try {
    if (!ok) throw std::runtime_error("missing");
    const auto rep = nlohmann::json::parse(text);
    const auto& t = rep.at("totals");
    for (const std::string& k : report::sweep_metric_keys()) r.metrics[k] = t.contains(k) ? t[k] : nlohmann::json(nullptr);
    if (!r.metrics["cycles"].is_number()) throw std::runtime_error("no totals.cycles");
    r.ok = true;
  } catch (const std::exception& e) {
    r.error = std::string("exited 0 without a readable report.json (") + e.what() + ")";
  }
  return r;
}

bool run_children(const Plan& plan, const Options& o, const std::function<std::optional<size_t>()>& next,
                  const std::function<void(const Outcome&)>& done, const std::function<bool()>& poll) {
  struct Child {
    pid_t pid;
    size_t point;
    double t0;
  };
  SignalGuard guard;
  std::vector<Child> running;
  bool exhausted = false;
  const size_t jobs = static_cast<size_t>(std::max(1, o.jobs));
  auto finished = [&](size_t i, int status) {
    const Child c = running[i];
    running.erase(running.begin() + static_cast<long>(i));
    Outcome out = collect_point(plan, o, c.point, status);
    out.wall_s = now_s() - c.t0;
    // A child stopped by an interrupt (Ctrl-C reaches the whole process group) was not done: it is
    // left out of the journal so that --resume runs it, and the sweep stops.
    // int4sim run catches SIGINT and SIGTERM itself and exits with 128 + the signal.
    const int sig = WIFSIGNALED(status) ? WTERMSIG(status)
                    : WIFEXITED(status) && WEXITSTATUS(status) > 128 ? WEXITSTATUS(status) - 128 : 0;
    const bool interrupted = sig == SIGINT || sig == SIGTERM || sig == SIGHUP;
    if (!out.ok && (interrupted || g_stop)) {
      if (!g_stop) g_stop = sig ? sig : SIGTERM;
      return;
    }
    done(out);
  };
  for (;;) {
    if (g_stop) {
      for (const auto& c : running) ::kill(c.pid, SIGTERM);
      for (const auto& c : running) {
        int st;
        while (::waitpid(c.pid, &st, 0) < 0 && errno == EINTR) {
        }
      }
      return false;
    }
    while (!exhausted && running.size() < jobs) {
      const auto p = next();
      if (!p) {
        exhausted = true;
        break;
      }
      running.push_back({spawn_point(plan, o, *p), *p, now_s()});
    }
    const bool remote = poll ? poll() : false;
    if (running.empty() && exhausted && !remote) return true;
    if (!poll) {
      // Only our children exist in a process without MPI: block until one of them ends.
      int st = 0;
      const pid_t r = ::waitpid(-1, &st, 0);
      if (r < 0) {
        if (errno == EINTR) continue;
        if (errno == ECHILD && running.empty()) continue;
        throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
      }
      for (size_t i = 0; i < running.size(); ++i)
        if (running[i].pid == r) {
          finished(i, st);
          break;
        }
      continue;
    }
    // With MPI (which may have children of its own): poll our children only.
    bool any = false;
    for (size_t i = 0; i < running.size();) {
      int st = 0;
      const pid_t r = ::waitpid(running[i].pid, &st, WNOHANG);
      if (r == running[i].pid) {
        finished(i, st);
        any = true;
      } else {
        ++i;
      }
    }
    if (!any) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

// ---- the sweep directory -----------------------------------------------------------------------

Sweep::Sweep(const Plan& plan, const Options& o, const nlohmann::json& manifest) : plan_(plan), opt_(o) {
  taken_.assign(plan_.points.size(), false);
  tty_ = ::isatty(2);
  start_s_ = now_s();
  make_dirs(o.out);
  const std::string manifest_path = o.out + "/sweep.json", journal = o.out + "/done.jsonl";
  log_path_ = o.out + "/sweep.log";
  struct stat st {};
  const bool has_journal = ::stat(journal.c_str(), &st) == 0;
  const bool has_manifest = ::stat(manifest_path.c_str(), &st) == 0;
  if (!o.resume && (has_journal || has_manifest))
    fail(o.out + ": already holds a sweep (sweep.json, done.jsonl); --resume continues it, or choose another --out");
  if (o.resume && has_manifest) {
    nlohmann::json old;
    try {
      old = nlohmann::json::parse(slurp(manifest_path));
    } catch (const std::exception& e) {
      fail(manifest_path + ": unreadable (" + e.what() + ")");
    }
    for (const auto& [k, v] : manifest.items())
      if (!old.contains(k) || old[k] != v)
        fail(manifest_path + ": the sweep in " + o.out + " differs from this one in '" + k +
             "'; resume it with the same options, or choose another --out");
  } else {
    write_file_atomic(manifest_path, manifest.dump(2) + "\n");
  }
  if (o.resume && has_journal) {
    std::string text = slurp(journal);
    const auto last_nl = text.rfind('\n');
    const size_t whole = last_nl == std::string::npos ? 0 : last_nl + 1;
    if (whole != text.size()) {  // a line torn by a kill mid-write: that point was not done
      if (::truncate(journal.c_str(), static_cast<off_t>(whole)) != 0) fail(journal + ": cannot truncate a torn last line");
      text.resize(whole);
    }
    std::istringstream in(text);
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (trim(line).empty()) continue;
      Outcome out;
      try {
        out = outcome_from_line(line);
      } catch (const std::exception& e) {
        fail(fmt::format("{}:{}: not a journal line ({})", journal, lineno, e.what()));
      }
      if (out.point >= plan_.points.size()) fail(fmt::format("{}:{}: point {} is not in this sweep", journal, lineno, out.point));
      outcomes_.emplace(out.point, std::move(out));
    }
    resumed_ = outcomes_.size();
  }
  journal_fd_ = ::open(journal.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (journal_fd_ < 0) fail(journal + ": cannot open (" + std::strerror(errno) + ")");
  ::fsync(journal_fd_);
  if (int dfd = ::open(o.out.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
    ::fsync(dfd);  // the journal's directory entry
    ::close(dfd);
  }
  write_csv();
  if (std::ofstream log(log_path_, std::ios::app); log)
    log << timestamp() << " start: " << total() << " points, " << resumed_ << " already done, " << opt_.jobs
        << " job(s) on the writing process\n";
}

Sweep::~Sweep() {
  if (journal_fd_ >= 0) ::close(journal_fd_);
}

std::optional<size_t> Sweep::next() {
  while (cursor_ < plan_.points.size() && (taken_[cursor_] || outcomes_.count(cursor_))) ++cursor_;
  if (cursor_ >= plan_.points.size()) return std::nullopt;
  taken_[cursor_] = true;
  return cursor_++;
}

size_t Sweep::failed() const {
  size_t n = 0;
  for (const auto& [p, o] : outcomes_) n += !o.ok;
  return n;
}

size_t Sweep::pareto() const { return pareto_front(outcomes_, opt_.pareto).size(); }

void Sweep::write_csv() {
  write_file_atomic(opt_.out + "/sweep.csv", sweep_csv(plan_, outcomes_, opt_.pareto));
  last_csv_s_ = now_s();
  csv_pending_ = false;
}

void Sweep::record(const Outcome& o) {
  if (o.point >= plan_.points.size() || outcomes_.count(o.point))
    throw std::runtime_error(fmt::format("sweep: point {} recorded twice or out of range", o.point));
  const std::string line = outcome_to_line(o) + "\n";
  for (size_t off = 0; off < line.size();) {
    const ssize_t w = ::write(journal_fd_, line.data() + off, line.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) fail(opt_.out + "/done.jsonl: write failed (" + std::strerror(errno) + ")");
    off += static_cast<size_t>(w);
  }
  if (::fsync(journal_fd_) != 0) fail(opt_.out + "/done.jsonl: fsync failed (" + std::strerror(errno) + ")");
  outcomes_.emplace(o.point, o);
  ++session_done_;
  // Rewriting the whole csv after every point is quadratic: above 2000 points, at most once a second.
  if (plan_.points.size() <= 2000 || now_s() - last_csv_s_ >= 1.0 || done() == total()) write_csv();
  else csv_pending_ = true;
  if (std::ofstream log(log_path_, std::ios::app); log)
    log << timestamp() << fmt::format(" point {} {} exit {} wall {:.3f} s rank {}{}\n", o.point, o.ok ? "ok" : "failed",
                                      o.exit_code, o.wall_s, o.rank, o.ok ? "" : ": " + o.error);
  progress(o);
}

void Sweep::progress(const Outcome& o) {
  const double elapsed = now_s() - start_s_;
  const size_t left = total() - done();
  const double eta = session_done_ ? elapsed / static_cast<double>(session_done_) * static_cast<double>(left) : NAN;
  const size_t nfail = failed();
  const std::string fails = nfail ? fmt::format(", {} failed", nfail) : "";
  if (tty_) {
    const int width = 30;
    const int filled = static_cast<int>(static_cast<double>(width) * static_cast<double>(done()) / static_cast<double>(total()));
    std::cerr << fmt::format("\r\033[K[{}{}] {}/{} points{}, elapsed {}, ETA {}", std::string(static_cast<size_t>(filled), '#'),
                             std::string(static_cast<size_t>(width - filled), '.'), done(), total(), fails,
                             fmt_duration(elapsed), left ? fmt_duration(eta) : "0:00")
              << std::flush;
  } else {
    std::cerr << fmt::format("sweep: {}/{} point {} {}{} ({:.2f} s){}, ETA {}\n", done(), total(), o.point, o.ok ? "ok" : "failed",
                             o.ok ? "" : ": " + o.error, o.wall_s, fails, left ? fmt_duration(eta) : "0:00");
  }
}

void Sweep::finish() {
  if (csv_pending_) write_csv();
  if (tty_ && session_done_) std::cerr << "\n";
}

void print_summary(const Sweep& s, const Options& o) {
  std::string objectives;
  for (const auto& m : o.pareto) objectives += (objectives.empty() ? "" : ", ") + m + (maximised(m) ? " (max)" : "");
  fmt::print("sweep: {} points: {} ok, {} failed{}; {} Pareto-optimal ({})\n", s.total(), s.done() - s.failed(), s.failed(),
             s.resumed() ? fmt::format(" ({} done by an earlier run)", s.resumed()) : "", s.pareto(), objectives);
  fmt::print("wrote {0}/sweep.csv\nwrote {0}/sweep.json\nwrote {0}/done.jsonl\nwrote {0}/sweep.log\n"
             "wrote {0}/points/*/report.json and layers.csv (one folder per point)\n", o.out);
}

// ---- running a sweep ---------------------------------------------------------------------------

bool launched_by_mpi() {
  for (const char* v : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"})
    if (std::getenv(v)) return true;
  return false;
}

int jobs_default() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

int run_sweep(const std::function<Setup()>& setup) {
#ifdef INT4SIM_HAVE_MPI
  if (launched_by_mpi()) return run_sweep_mpi(setup);
#else
  if (const char* n = std::getenv("OMPI_COMM_WORLD_SIZE"); n && std::atoi(n) > 1)
    fail("int4sim sweep: this int4sim was built without MPI (configure with libopenmpi-dev installed); run it without mpirun");
#endif
  Setup s = setup();
  if (s.help) return 0;
  if (s.options.jobs <= 0) s.options.jobs = jobs_default();
  Sweep sw(s.plan, s.options, s.manifest);
  const bool completed = run_children(s.plan, s.options, [&] { return sw.next(); }, [&](const Outcome& o) { sw.record(o); });
  sw.finish();
  if (!completed) {
    std::cerr << fmt::format("int4sim: sweep interrupted: {} of {} points done; --resume continues it\n", sw.done(), sw.total());
    return 130;
  }
  print_summary(sw, s.options);
  return 0;
}

}  // namespace int4sim::sweep
