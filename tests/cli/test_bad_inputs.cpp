// The bad-input corpus (tests/bad_inputs/, table in expected.txt): every row's command, run in that
// folder, exits with code 2, prints nothing on stdout and exactly the expected line on stderr, and
// creates no file.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kDir = std::string(INT4SIM_SOURCE_DIR) + "/tests/bad_inputs";

struct Row {
  int line;
  std::string file, command, expected;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<std::string> listing() {
  std::set<std::string> names;
  DIR* dir = opendir(kDir.c_str());
  REQUIRE(dir != nullptr);
  while (const dirent* e = readdir(dir)) names.insert(e->d_name);
  closedir(dir);
  return names;
}

std::vector<Row> read_table() {
  std::ifstream in(kDir + "/expected.txt");
  REQUIRE(in.good());
  std::vector<Row> rows;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto a = line.find(" | ");
    const auto b = a == std::string::npos ? a : line.find(" | ", a + 3);
    INFO("expected.txt:" << line_no << ": " << line);
    REQUIRE(b != std::string::npos);
    rows.push_back({line_no, line.substr(0, a), line.substr(a + 3, b - a - 3), line.substr(b + 3)});
    REQUIRE(rows.back().command.rfind("int4sim ", 0) == 0);
  }
  return rows;
}

}  // namespace

TEST_CASE("every bad input is refused with exit code 2 and exactly its expected line on stderr") {
  const std::vector<Row> rows = read_table();
  REQUIRE(rows.size() >= 30);
  const std::string scratch = "/tmp/int4sim_bad_inputs_" + std::to_string(::getpid());
  for (const Row& row : rows) {
    INFO("expected.txt:" << row.line << ": " << row.command);
    const std::string cmd = "cd '" + kDir + "' && " + INT4SIM_BINARY + row.command.substr(7) + " >" + scratch +
                            ".out 2>" + scratch + ".err";
    const std::set<std::string> before = listing();
    const int status = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(listing() == before);  // no half-written output (asm -o, sweep --out name files here)
    const std::string out = slurp(scratch + ".out"), err = slurp(scratch + ".err");
    CHECK(WEXITSTATUS(status) == 2);
    CHECK(out.empty());
    CHECK(err == row.expected + "\n");
  }
  std::remove((scratch + ".out").c_str());
  std::remove((scratch + ".err").c_str());
}

TEST_CASE("every file of tests/bad_inputs appears in expected.txt") {
  const std::vector<Row> rows = read_table();
  std::set<std::string> named;
  for (const Row& row : rows) {
    std::istringstream words(row.command);
    for (std::string w; words >> w;) named.insert(w);
    if (row.file != "-") {
      INFO("expected.txt:" << row.line << ": " << row.file);
      CHECK(access((kDir + "/" + row.file).c_str(), R_OK) == 0);
      CHECK(named.count(row.file) == 1);
    }
  }
  DIR* dir = opendir(kDir.c_str());
  REQUIRE(dir != nullptr);
  while (const dirent* e = readdir(dir)) {
    const std::string name = e->d_name;
    if (name == "." || name == ".." || name == "expected.txt") continue;
    INFO(name);
    CHECK(named.count(name) == 1);
  }
  closedir(dir);
}
