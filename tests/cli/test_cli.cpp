// The int4sim executable as a user runs it: exit codes, one-line errors, JSON outputs.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "base/npy.h"

namespace {

struct Result {
  int rc;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result run(const std::string& args) {
  const std::string dir = "/tmp/int4sim_cli_" + std::to_string(::getpid());
  std::system(("mkdir -p " + dir).c_str());
  const std::string cmd = std::string(INT4SIM_BINARY) + " " + args + " >" + dir + "/out 2>" + dir + "/err";
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), slurp(dir + "/out"), slurp(dir + "/err")};
}

std::string tmp(const std::string& name) { return "/tmp/int4sim_cli_" + std::to_string(::getpid()) + "_" + name; }

void write_npy(const std::string& path, const std::vector<float>& v) {
  std::ofstream(path, std::ios::binary) << int4sim::npy_bytes(v.data(), int4sim::NpyType::f32, {int64_t(v.size())});
}

int count_lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("int4sim --help lists the commands and an unknown command exits 2") {
  auto r = run("--help");
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find("gq") != std::string::npos);
  REQUIRE(r.out.find("params") != std::string::npos);
  r = run("frobnicate");
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: unknown command 'frobnicate' (int4sim --help lists them)\n");
}

TEST_CASE("int4sim params lists every parameter and honours --set") {
  auto r = run("params --set array.rows=64");
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find("array.rows") != std::string::npos);
  REQUIRE(r.out.find("gq.policy") != std::string::npos);
  r = run("params --format json --set array.rows=64");
  const auto j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& p : j)
    if (p["name"] == "array.rows") {
      found = true;
      REQUIRE(p["value"] == "64");
      REQUIRE(p["default"] == "32");
    }
  REQUIRE(found);
}

TEST_CASE("int4sim gq writes per-iteration figures to JSON") {
  const auto g1 = tmp("g1.npy"), g2 = tmp("g2.npy"), out = tmp("gq.json");
  write_npy(g1, {0.1f, -0.5f, 2.0f, 0.01f, -0.02f, 0.3f});
  write_npy(g2, {0.2f, -0.4f, 1.0f, 0.02f, -0.01f, 0.1f});
  auto r = run("gq --grads " + g1 + " " + g2 + " --policy minmax --rounding nearest --json " + out);
  REQUIRE(r.rc == 0);
  const auto j = nlohmann::json::parse(slurp(out));
  REQUIRE(j["iterations"].size() == 2);
  const auto& it = j["iterations"][0];
  for (const char* key : {"gamma", "gamma_next", "g_max", "clipped", "numel", "E_G", "E_GL"}) REQUIRE(it.contains(key));
  REQUIRE(it["g_max"] == 2.0);
  REQUIRE(it["numel"] == 6);
  REQUIRE(it["gamma"] == 1.0);
  REQUIRE(it["clipped"] == 0);
  // minmax, nearest, hw: Delta = 2/7; 0.3 -> code 1 (0.2857), error 0.0143/2 ...
  REQUIRE(j["iterations"][1]["g_max"] == 1.0);
}

TEST_CASE("int4sim gq on synthetic gradients runs every policy side by side") {
  const auto out = tmp("cmp.json");
  auto r = run("gq --synthetic 3 --numel 5000 --compare --json " + out);
  REQUIRE(r.rc == 0);
  const auto j = nlohmann::json::parse(slurp(out));
  for (const char* p : {"minmax", "fixed_0.8", "fixed_0.6", "dsgc", "pwf", "lbt"}) REQUIRE(j["policies"][p]["iterations"].size() == 3);
  REQUIRE(j["policies"]["fixed_0.6"]["iterations"][0]["gamma"] == Approx(0.6).margin(1e-4));
}

TEST_CASE("gq refuses bad input with one line naming the file or option, exit 2, nothing written") {
  const auto good = tmp("good.npy"), nan = tmp("nan.npy"), out = tmp("never.json");
  write_npy(good, {1.0f, 2.0f});
  write_npy(nan, {1.0f, NAN});
  std::remove(out.c_str());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"gq --grads /nonexistent.npy", "/nonexistent.npy: cannot open file"},
      {"gq --grads " + nan, nan + ": element 1 is NaN"},
      {"gq --grads " + good + " --bits 9", "--bits: gq.bits = '9': out of range [2,8]"},
      {"gq --grads " + good + " --bits 1", "--bits: gq.bits = '1': out of range [2,8]"},
      {"gq --grads " + good + " --policy best", "--policy: gq.policy = 'best': expected one of lbt|fixed|minmax|dsgc|pwf"},
      {"gq --grads " + good + " --gamma 0", "--gamma: gq.gamma = '0': out of range (0,1]"},
      {"gq --grads " + good + " --gamma 1.01", "--gamma: gq.gamma = '1.01': out of range (0,1]"},
      {"gq --grads " + good + " --policy pwf --bits 2", "gq.policy = pwf needs gq.bits >= 3"},
      {"gq --grads " + good + " --frob", "int4sim gq: unrecognised option '--frob'"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args);
    const auto r = run(args + " --json " + out);
    REQUIRE(r.rc == 2);
    REQUIRE(count_lines(r.err) == 1);
    REQUIRE(r.err.find(message) != std::string::npos);
    REQUIRE(r.out.empty());
    REQUIRE(std::ifstream(out).good() == false);
  }
}

TEST_CASE("gq on an all-zero gradient prints n/a and writes null for the undefined metrics, gamma stays") {
  const auto zeros = tmp("zeros.npy"), out = tmp("zeros.json");
  write_npy(zeros, std::vector<float>(8, 0.0f));
  const auto r = run("gq --grads " + zeros + " --json " + out);
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.find("n/a") != std::string::npos);
  const auto it = nlohmann::json::parse(slurp(out))["iterations"][0];
  CHECK(it["E_G"].is_null());
  CHECK(it["E_GL"].is_null());
  CHECK(it["sqnr_db"].is_null());
  CHECK(it["mse"] == 0.0);
  CHECK(it["clipped"] == 0);
  CHECK(it["gamma"] == 1.0);
  CHECK(it["gamma_next"] == 1.0);
  CHECK(it["search_passes"] == 0);  // the LBT search waits for the first non-zero tensor
}

TEST_CASE("gq on subnormal gradients: hw arithmetic loses them (inv = L / c overflows), paper arithmetic keeps them") {
  const auto sub = tmp("subnormal.npy"), hw = tmp("sub_hw.json"), paper = tmp("sub_paper.json");
  write_npy(sub, {1e-40f, -2e-40f, 3e-40f, 0.0f});
  REQUIRE(run("gq --grads " + sub + " --rounding nearest --arith hw --json " + hw).rc == 0);
  REQUIRE(run("gq --grads " + sub + " --rounding nearest --arith paper --json " + paper).rc == 0);
  const auto h = nlohmann::json::parse(slurp(hw))["iterations"][0];
  const auto p = nlohmann::json::parse(slurp(paper))["iterations"][0];
  CHECK(h["g_max"].get<double>() == Approx(3e-40).epsilon(1e-3));
  CHECK(h["E_GL"] == 1.0);   // every code 0: the largest gradient is lost entirely
  CHECK(h["cosine"] == 0.0);
  CHECK(p["E_GL"].get<double>() < 0.01);
  CHECK(p["cosine"].get<double>() > 0.99);
}
