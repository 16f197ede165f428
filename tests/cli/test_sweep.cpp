// int4sim sweep as a user runs it: grid -> rows, determinism across --jobs, kill and --resume,
// failing points, points files, refusal of bad input. Every point is a short smallcnn run.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string tmp(const std::string& name) { return "/tmp/int4sim_sweep_" + std::to_string(::getpid()) + "_" + name; }

struct Result {
  int rc;
  std::string out, err;
};

// int4sim sweep ARGS --out DIR (DIR removed first unless keep).
Result sweep(const std::string& args, const std::string& dir, bool keep = false) {
  if (!keep) std::system(("rm -rf " + dir).c_str());
  const std::string cmd = std::string(INT4SIM_BINARY) + " sweep " + args + " --out " + dir + " >" + dir + ".out 2>" + dir + ".err";
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), slurp(dir + ".out"), slurp(dir + ".err")};
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

const std::string kFast = "--workload smallcnn --timing-only --forward-only ";
const std::string kGrid = "--grid array.rows=8,16 --grid gq.policy=lbt,minmax --grid buf.double_buffer=true,false";
const std::string kHeader =
    "point,array.rows,gq.policy,buf.double_buffer,cycles,energy_pj,edp_pj_s,utilization,mean_E_G,mean_E_GL,mean_w_sqnr_db,mean_a_sqnr_db,"
    "mean_out_rel_err,total_acc_saturated,status,pareto,error";

}  // namespace

TEST_CASE("a 2x2x2 grid gives 8 rows in point order with every swept key, the metrics and a report per point") {
  const std::string dir = tmp("grid");
  const auto r = sweep(kFast + kGrid + " --jobs 2", dir);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find("8 points: 8 ok, 0 failed") != std::string::npos);
  const auto rows = lines(slurp(dir + "/sweep.csv"));
  REQUIRE(rows.size() == 9);
  REQUIRE(rows[0] == kHeader);
  const char* rows_[] = {"8", "16"};
  const char* pols[] = {"lbt", "minmax"};
  const char* dbs[] = {"true", "false"};
  int pareto = 0;
  for (int i = 0; i < 8; ++i) {
    const auto f = fields(rows[static_cast<size_t>(i) + 1]);
    REQUIRE(f.size() == 17);
    REQUIRE(f[0] == std::to_string(i));
    REQUIRE(f[1] == rows_[i / 4]);  // the first grid varies slowest
    REQUIRE(f[2] == pols[(i / 2) % 2]);
    REQUIRE(f[3] == dbs[i % 2]);
    REQUIRE(std::stoull(f[4]) > 0);
    REQUIRE(f[14] == "ok");
    REQUIRE((f[15] == "true" || f[15] == "false"));
    pareto += f[15] == "true";
    REQUIRE(f[16].empty());
    char name[16];
    std::snprintf(name, sizeof name, "%04d", i);
    const auto rep = nlohmann::json::parse(slurp(dir + "/points/" + name + "/report.json"));
    REQUIRE(rep["totals"]["cycles"].get<uint64_t>() == std::stoull(f[4]));
    REQUIRE(rep["config"]["array.rows"].get<int64_t>() == std::stoll(f[1]));
    REQUIRE(rep["config"]["gq.policy"] == f[2]);
  }
  REQUIRE(pareto >= 1);
  REQUIRE(r.out.find("; " + std::to_string(pareto) + " Pareto-optimal (cycles, energy_pj)\n") != std::string::npos);
  REQUIRE(lines(slurp(dir + "/done.jsonl")).size() == 8);
}

TEST_CASE("sweep.csv and the reports are byte-identical across runs and --jobs values") {
  const std::string a = tmp("j1"), b = tmp("j2"), c = tmp("j2b");
  REQUIRE(sweep(kFast + kGrid + " --jobs 1", a).rc == 0);
  REQUIRE(sweep(kFast + kGrid + " --jobs 2", b).rc == 0);
  REQUIRE(sweep(kFast + kGrid + " --jobs 3", c).rc == 0);
  REQUIRE(slurp(a + "/sweep.csv") == slurp(b + "/sweep.csv"));
  REQUIRE(slurp(a + "/sweep.csv") == slurp(c + "/sweep.csv"));
  for (const char* p : {"0000", "0005", "0007"}) {
    REQUIRE(slurp(a + "/points/" + p + "/report.json") == slurp(b + "/points/" + p + "/report.json"));
    REQUIRE(slurp(a + "/points/" + p + "/report.json") == slurp(c + "/points/" + p + "/report.json"));
  }
}

TEST_CASE("a sweep killed mid-way resumes with --resume: no point lost, none run twice") {
  const std::string grid = "--grid array.rows=4,8,16,32,64 --grid array.cols=4,8,16,32 --grid buf.double_buffer=true,false";
  const std::string ref = tmp("ref"), dir = tmp("killed");
  REQUIRE(sweep(kFast + grid + " --jobs 2", ref).rc == 0);
  const size_t n = 40;
  REQUIRE(lines(slurp(ref + "/sweep.csv")).size() == n + 1);

  std::system(("rm -rf " + dir).c_str());
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string cmd = std::string(INT4SIM_BINARY) + " sweep " + kFast + grid + " --jobs 1 --out " + dir + " >/dev/null 2>&1";
    ::execl("/bin/sh", "sh", "-c", ("exec " + cmd).c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  size_t journaled = 0;
  for (int i = 0; i < 20000 && journaled < 3; ++i) {
    ::usleep(500);
    journaled = lines(slurp(dir + "/done.jsonl")).size();
  }
  ::kill(pid, SIGKILL);
  int st = 0;
  ::waitpid(pid, &st, 0);
  REQUIRE(WIFSIGNALED(st));
  const size_t before = lines(slurp(dir + "/done.jsonl")).size();
  INFO("journaled before the kill: " << before);
  REQUIRE(before >= 3);
  REQUIRE(before < n);
  // sweep.csv is whole at every moment: the rows of the points journaled so far (the kill may fall
  // between a point's journal line and the csv rewrite that follows it).
  const std::string partial = slurp(dir + "/sweep.csv");
  REQUIRE(partial.back() == '\n');
  REQUIRE(lines(partial)[0] == lines(slurp(ref + "/sweep.csv"))[0]);
  const size_t csv_rows = lines(partial).size() - 1;
  REQUIRE((csv_rows == before || csv_rows + 1 == before));
  // A line torn by the kill is not a finished point.
  { std::ofstream(dir + "/done.jsonl", std::ios::app) << "{\"point\":39,\"sta"; }

  // Without --resume the directory is refused; with another plan too.
  auto r = sweep(kFast + grid, dir, true);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("--resume") != std::string::npos);
  r = sweep(kFast + "--grid array.rows=4,8 --resume", dir, true);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err.find("differs") != std::string::npos);

  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // orphans of the killed sweep finish
  r = sweep(kFast + grid + " --jobs 2 --resume", dir, true);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find(std::to_string(before) + " done by an earlier run") != std::string::npos);
  const auto journal = lines(slurp(dir + "/done.jsonl"));
  REQUIRE(journal.size() == n);
  std::set<size_t> seen;
  for (const auto& l : journal) seen.insert(nlohmann::json::parse(l)["point"].get<size_t>());
  REQUIRE(seen.size() == n);
  REQUIRE(*seen.rbegin() == n - 1);
  REQUIRE(slurp(dir + "/sweep.csv") == slurp(ref + "/sweep.csv"));
  // A finished sweep resumed runs nothing.
  r = sweep(kFast + grid + " --resume", dir, true);
  REQUIRE(r.rc == 0);
  REQUIRE(lines(slurp(dir + "/done.jsonl")).size() == n);
}

TEST_CASE("a failing point is recorded with its error and the sweep goes on") {
  const std::string dir = tmp("fail");
  const auto r = sweep(kFast + "--set gq.policy=pwf --grid gq.bits=2,3,4", dir);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  const auto rows = lines(slurp(dir + "/sweep.csv"));
  REQUIRE(rows.size() == 4);
  auto f = fields(rows[1]);
  REQUIRE(f[1] == "2");
  REQUIRE(f[2].empty());  // no cycles
  REQUIRE(f[12] == "failed");
  REQUIRE(f[13] == "false");
  REQUIRE(f[14].find("gq.policy = pwf needs gq.bits >= 3") == 0);
  REQUIRE(!exists(dir + "/points/0000/report.json"));
  for (int i : {2, 3}) {
    f = fields(rows[static_cast<size_t>(i)]);
    REQUIRE(f[12] == "ok");
    REQUIRE(f[14].empty());
  }
  const auto j = nlohmann::json::parse(lines(slurp(dir + "/done.jsonl"))[0]);
  REQUIRE(j.contains("exit_code"));
}

TEST_CASE("a points file (CSV or key=value lines) gives the same rows as the equivalent grid") {
  const std::string grid = tmp("pgrid"), pcsv = tmp("pcsv"), pkv = tmp("pkv");
  REQUIRE(sweep(kFast + "--grid array.rows=8,16 --grid gq.policy=lbt,minmax", grid).rc == 0);
  std::ofstream(pcsv + ".csv") << "# rows and policy\narray.rows,gq.policy\n8,lbt\n8,minmax\n\n16,lbt\n16,minmax\n";
  std::ofstream(pkv + ".txt") << "array.rows=8,gq.policy=lbt\ngq.policy=minmax,array.rows=8\narray.rows=16, gq.policy=lbt\narray.rows=16,gq.policy=minmax\n";
  REQUIRE(sweep(kFast + "--points " + pcsv + ".csv", pcsv).rc == 0);
  REQUIRE(sweep(kFast + "--points " + pkv + ".txt", pkv).rc == 0);
  REQUIRE(slurp(pcsv + "/sweep.csv") == slurp(grid + "/sweep.csv"));
  REQUIRE(slurp(pkv + "/sweep.csv") == slurp(grid + "/sweep.csv"));
  // A points file crossed with a grid.
  const std::string both = tmp("pboth");
  std::ofstream(both + ".csv") << "array.rows\n8\n16\n";
  REQUIRE(sweep(kFast + "--points " + both + ".csv --grid gq.policy=lbt,minmax", both).rc == 0);
  REQUIRE(slurp(both + "/sweep.csv") == slurp(grid + "/sweep.csv"));
}

TEST_CASE("bad grids and points files are refused with exit 2 and one line, before anything runs") {
  const std::string dir = tmp("bad");
  const std::string pts = tmp("bad_points.csv");
  std::ofstream(pts) << "array.rows,gq.policy\n8,lbt\n16,sometimes\n";
  const std::string kv = tmp("bad_points.txt");
  std::ofstream(kv) << "array.rows=8\nfoo.bar=1\n";
  const std::string ctrl = tmp("control_points.txt");
  std::ofstream(ctrl) << "array.rows\x1b[31m=8\n";
  const std::string big = tmp("big_points.csv");
  { std::ofstream(big) << "array.rows\n8\n"; }
  ::truncate(big.c_str(), (int64_t{64} << 20) + 1);  // sparse: nothing is written
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--grid foo.bar=1,2", "int4sim: error: --grid: unknown parameter 'foo.bar' (int4sim params lists them)\n"},
      {"--grid array.rows=8,x", "int4sim: error: --grid: array.rows = 'x': expected an integer\n"},
      {"--grid array.rows=8,100000", "int4sim: error: --grid: array.rows = '100000': out of range [1,512]\n"},
      {"--grid gq.policy=lbt,sometimes", "int4sim: error: --grid: gq.policy = 'sometimes': expected one of lbt|fixed|minmax|dsgc|pwf\n"},
      {"--grid array.rows", "int4sim: error: --grid 'array.rows': expected key=v1,v2,...\n"},
      {"--grid array.rows=8 --grid array.rows=16", "int4sim: error: --grid array.rows: swept twice\n"},
      {"", "int4sim: error: int4sim sweep: give --grid key=v1,v2,... (repeatable) or --points FILE\n"},
      {"--points " + pts, "int4sim: error: " + pts + ":3: gq.policy = 'sometimes': expected one of lbt|fixed|minmax|dsgc|pwf\n"},
      {"--points " + kv, "int4sim: error: " + kv + ":2: unknown parameter 'foo.bar' (int4sim params lists them)\n"},
      {"--points /nonexistent.csv", "int4sim: error: /nonexistent.csv: cannot open points file\n"},
      {"--points " + big, "int4sim: error: " + big + ": 67108865 bytes exceeds the maximum of 64 MiB\n"},
      {"--points /tmp", "int4sim: error: /tmp: is a directory\n"},
      {"--points /dev/zero", "int4sim: error: /dev/zero: more than the maximum of 64 MiB\n"},  // no size: bounded read
      {"--points " + ctrl, "int4sim: error: " + ctrl + ":1: unknown parameter 'array.rows\\x1b[31m' (int4sim params lists them)\n"},
  };
  for (const auto& [args, expected] : cases) {
    INFO(args);
    const auto r = sweep("--workload smallcnn " + args, dir);
    REQUIRE(r.rc == 2);
    REQUIRE(r.err == expected);
    REQUIRE(!exists(dir));  // nothing written
  }
  const auto r = sweep("--workload nonet --grid array.rows=8", dir);
  REQUIRE(r.rc == 2);
  REQUIRE(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("sweep --resume refuses a corrupt sweep.json or a corrupt journal line before the last, naming the file and line") {
  const std::string grid = "--grid array.rows=4,8,16";
  const std::string dir = tmp("corrupt");
  REQUIRE(sweep(kFast + grid, dir).rc == 0);
  const std::string journal = slurp(dir + "/done.jsonl");
  REQUIRE(lines(journal).size() == 3);
  const std::string csv = slurp(dir + "/sweep.csv");

  SECTION("a garbled first journal line is not silently dropped (only a torn last line is)") {
    std::ofstream(dir + "/done.jsonl", std::ios::trunc) << "garbage\n" << journal.substr(journal.find('\n') + 1);
    const auto r = sweep(kFast + grid + " --resume", dir, true);
    REQUIRE(r.rc == 2);
    REQUIRE(r.err.rfind("int4sim: error: " + dir + "/done.jsonl:1: not a journal line (", 0) == 0);
    REQUIRE(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  SECTION("an unreadable sweep.json") {
    std::ofstream(dir + "/sweep.json", std::ios::trunc) << "{\n";
    const auto r = sweep(kFast + grid + " --resume", dir, true);
    REQUIRE(r.rc == 2);
    REQUIRE(r.err.rfind("int4sim: error: " + dir + "/sweep.json: unreadable (", 0) == 0);
    REQUIRE(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  REQUIRE(slurp(dir + "/sweep.csv") == csv);  // a refused resume leaves the results alone
}

TEST_CASE("with two or more iterations a sweep compares steady-state steps: its runs leave the first step out") {
  const std::string dir = tmp("warmup");
  const Result r = sweep("--workload smallcnn --timing-only --iterations 2 --grid array.rows=16,32 --jobs 2", dir);
  REQUIRE(r.rc == 0);
  const auto manifest = nlohmann::json::parse(slurp(dir + "/sweep.json"));
  const std::vector<std::string> run_args = manifest["run_args"];
  CHECK(std::find(run_args.begin(), run_args.end(), "--warmup") != run_args.end());
  for (const char* point : {"0", "1"}) {
    const auto rep = nlohmann::json::parse(slurp(dir + "/points/000" + point + "/report.json"));
    CHECK(rep["iterations"][0]["warmup"] == true);
    CHECK(rep["totals"]["cycles"] == rep["iterations"][1]["cycles"]);
  }
  const Result bad = sweep("--workload smallcnn --timing-only --iterations 2 --warmup 2 --grid array.rows=16", tmp("warmup_bad"));
  CHECK(bad.rc == 2);
}

TEST_CASE("a sweep over an ONNX model, with --wide passed to every run, gives the built-in network's rows") {
  const std::string model = std::string(INT4SIM_SOURCE_DIR) + "/tests/data/onnx/smallcnn.onnx";
  const std::string grid = " --timing-only --grid array.rows=8,16 --wide conv2 --jobs 2";
  const auto onnx = sweep("--workload " + model + grid, tmp("onnx"));
  const auto builtin = sweep("--workload smallcnn" + grid, tmp("onnx_builtin"));
  INFO(onnx.err << builtin.err);
  REQUIRE((onnx.rc == 0 && builtin.rc == 0));
  const auto a = lines(slurp(tmp("onnx") + "/sweep.csv")), b = lines(slurp(tmp("onnx_builtin") + "/sweep.csv"));
  REQUIRE((a.size() == 3 && a == b));
  // conv2 ran wide in every point.
  const auto rep = nlohmann::json::parse(slurp(tmp("onnx") + "/points/0000/report.json"));
  for (const auto& l : rep["layers"])
    if (l["name"] == "conv2") REQUIRE(l["quantized"] == false);
}

namespace {

// sweep.csv as rows of named cells.
std::vector<std::map<std::string, std::string>> csv_rows(const std::string& path) {
  const auto ls = lines(slurp(path));
  std::vector<std::map<std::string, std::string>> rows;
  if (ls.empty()) return rows;
  const auto header = fields(ls[0]);
  for (size_t i = 1; i < ls.size(); ++i) {
    const auto f = fields(ls[i]);
    REQUIRE(f.size() == header.size());
    std::map<std::string, std::string> row;
    for (size_t c = 0; c < f.size(); ++c) row[header[c]] = f[c];
    rows.push_back(row);
  }
  return rows;
}

// The front recomputed from the csv by the definition: an ok point with a value in every objective
// is on it iff no other such point is <= in all objectives and < in one (`larger` ones negated).
std::vector<bool> front_of(const std::vector<std::map<std::string, std::string>>& rows,
                           const std::vector<std::string>& objectives, const std::set<std::string>& larger = {}) {
  std::vector<std::vector<double>> v(rows.size());
  std::vector<bool> eligible(rows.size(), false);
  for (size_t i = 0; i < rows.size(); ++i) {
    eligible[i] = rows[i].at("status") == "ok";
    for (const auto& m : objectives) {
      const std::string& cell = rows[i].at(m);
      if (cell.empty()) eligible[i] = false;
      else v[i].push_back(larger.count(m) ? -std::stod(cell) : std::stod(cell));
    }
  }
  std::vector<bool> front(rows.size(), false);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!eligible[i]) continue;
    bool dominated = false;
    for (size_t j = 0; j < rows.size() && !dominated; ++j) {
      if (j == i || !eligible[j]) continue;
      bool le = true, lt = false;
      for (size_t k = 0; k < objectives.size(); ++k) {
        le = le && v[j][k] <= v[i][k];
        lt = lt || v[j][k] < v[i][k];
      }
      dominated = le && lt;
    }
    front[i] = !dominated;
  }
  return front;
}

std::vector<bool> pareto_column(const std::vector<std::map<std::string, std::string>>& rows) {
  std::vector<bool> out;
  for (const auto& r : rows) out.push_back(r.at("pareto") == "true");
  return out;
}

const std::string kErrorsGrid =
    "--workload smallcnn --batch 2 --grid fq.w_bits=4,8 --grid array.acc_bits=16,32 --set array.overflow=saturate --errors all --jobs 2";

}  // namespace

TEST_CASE("sweep --pareto cycles,energy,out_rel_err marks the 3-objective front of a real sweep, recorded in sweep.json") {
  const std::string dir = tmp("pareto3");
  const auto r = sweep(kErrorsGrid + " --pareto cycles,energy,out_rel_err", dir);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  const auto rows = csv_rows(dir + "/sweep.csv");
  REQUIRE(rows.size() == 4);
  for (const auto& row : rows) {
    REQUIRE(row.at("status") == "ok");
    REQUIRE(!row.at("mean_out_rel_err").empty());
    REQUIRE(!row.at("total_acc_saturated").empty());
  }
  const auto front = front_of(rows, {"cycles", "energy_pj", "mean_out_rel_err"});
  REQUIRE(pareto_column(rows) == front);
  const auto on = static_cast<size_t>(std::count(front.begin(), front.end(), true));
  REQUIRE(on >= 1);
  REQUIRE(on < rows.size());  // the saturating 16-bit accumulator at 8-bit weights is dominated
  // The error objective brings points onto the front that cycles and energy alone leave off.
  const auto front2 = front_of(rows, {"cycles", "energy_pj"});
  REQUIRE(static_cast<size_t>(std::count(front2.begin(), front2.end(), true)) < on);
  REQUIRE(r.out.find("; " + std::to_string(on) + " Pareto-optimal (cycles, energy_pj, mean_out_rel_err)\n") != std::string::npos);
  const auto manifest = nlohmann::json::parse(slurp(dir + "/sweep.json"));
  REQUIRE(manifest["pareto"] == nlohmann::json({"cycles", "energy_pj", "mean_out_rel_err"}));

  // --resume takes the same objectives (by any of their names), not others.
  auto again = sweep(kErrorsGrid + " --pareto cycles,energy_pj,mean_out_rel_err --resume", dir, true);
  REQUIRE(again.rc == 0);
  again = sweep(kErrorsGrid + " --resume", dir, true);
  REQUIRE(again.rc == 2);
  REQUIRE(again.err.find("differs from this one in 'pareto'") != std::string::npos);
}

TEST_CASE("sweep --pareto maximises the columns where larger is better (w_sqnr_db)") {
  const std::string dir = tmp("pareto_max");
  const auto r = sweep(kErrorsGrid + " --pareto cycles,w_sqnr_db,acc_saturated", dir);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  const auto rows = csv_rows(dir + "/sweep.csv");
  REQUIRE(rows.size() == 4);
  REQUIRE(pareto_column(rows) == front_of(rows, {"cycles", "mean_w_sqnr_db", "total_acc_saturated"}, {"mean_w_sqnr_db"}));
  // 8-bit weights cost cycles but give the higher SQNR: on the front only when it is maximised.
  REQUIRE(pareto_column(rows)[3]);
}

TEST_CASE("bad --pareto input is refused with exit 2 and one line, before anything runs") {
  const std::string dir = tmp("pareto_bad");
  const std::string valid =
      "expected sweep columns joined by ',': cycles, energy_pj, edp_pj_s, utilization, mean_E_G, mean_E_GL, mean_w_sqnr_db, "
      "mean_a_sqnr_db, mean_out_rel_err, total_acc_saturated (or energy, edp, and X for mean_X or total_X)\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--pareto cycles,latency", "int4sim: error: --pareto cycles,latency: unknown metric 'latency'; " + valid},
      {"--pareto cycles,,energy", "int4sim: error: --pareto cycles,,energy: empty metric name; " + valid},
      {"--pareto energy,energy_pj", "int4sim: error: --pareto energy,energy_pj: energy_pj named twice\n"},
      {"--pareto cycles,energy,out_rel_err",
       "int4sim: error: --pareto cycles,energy,out_rel_err: mean_out_rel_err needs --errors all (the runs of this sweep get --errors operands)\n"},
      {"--pareto cycles,acc_saturated --errors operands",
       "int4sim: error: --pareto cycles,acc_saturated: total_acc_saturated needs --errors all (the runs of this sweep get --errors operands)\n"},
      {"--pareto cycles,E_G --errors all --forward-only",
       "int4sim: error: --pareto cycles,E_G: mean_E_G needs the backward pass (drop --forward-only)\n"},
      {"--pareto cycles,out_rel_err --timing-only", "int4sim: error: --pareto cycles,out_rel_err: mean_out_rel_err needs values (drop --timing-only)\n"},
  };
  for (const auto& [args, expected] : cases) {
    INFO(args);
    const auto r = sweep("--workload smallcnn --grid array.rows=8,16 " + args, dir);
    REQUIRE(r.rc == 2);
    REQUIRE(r.err == expected);
    REQUIRE(!exists(dir));
  }
}
