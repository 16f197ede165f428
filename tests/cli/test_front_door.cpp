// The front door as a new user meets it: every written file announced and made with its parents,
// --vcd writing exactly its path, the network list, `int4sim help CMD`, readable tables and
// parameter values, progress on request. (Refusals of bad paths: tests/bad_inputs/expected.txt.)
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Result {
  int rc;
  std::string out, err;
};

// Runs `int4sim ARGS` inside a new empty folder (made here) and returns its exit code and output.
Result in_empty_folder(const std::string& args, const std::string& dir) {
  std::system(("rm -rf " + dir + " && mkdir -p " + dir).c_str());
  const std::string cmd = "cd " + dir + " && " + INT4SIM_BINARY + " " + args + " >" + dir + ".out 2>" + dir + ".err";
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), slurp(dir + ".out"), slurp(dir + ".err")};
}

std::string scratch(const std::string& tag) { return "/tmp/int4sim_front_" + std::to_string(::getpid()) + "_" + tag; }

bool has_line(const std::string& text, const std::string& line) {
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);)
    if (l == line) return true;
  return false;
}

}  // namespace

TEST_CASE("run makes missing output folders, writes --vcd to exactly its path and announces every file") {
  const std::string dir = scratch("run");
  const Result r = in_empty_folder(
      "run --workload smallcnn --timing-only --out a/b/report --vcd v/run.trace --timeline t/tl.json --emit-asm s/step.s", dir);
  INFO(r.err);
  REQUIRE(r.rc == 0);
  for (const char* f : {"a/b/report/report.json", "a/b/report/layers.csv", "v/run.trace", "t/tl.json", "s/step.s"}) {
    INFO(f);
    CHECK(access((dir + "/" + f).c_str(), R_OK) == 0);
    CHECK(has_line(r.out, std::string("wrote ") + f));
  }
  CHECK(access((dir + "/v/run.trace.vcd").c_str(), F_OK) != 0);  // no silent suffix
  CHECK(slurp(dir + "/v/run.trace").rfind("$date", 0) == 0);       // a VCD file
  CHECK(r.err.empty());
}

TEST_CASE("gemm, gq, workload and asm announce the files they write and make their folders") {
  const std::string dir = scratch("cmds");
  Result r = in_empty_folder("gemm --m 8 --n 8 --k 8 --json j/g.json --vcd w/g.vcd", dir);
  CHECK(r.rc == 0);
  CHECK(has_line(r.out, "wrote j/g.json"));
  CHECK(has_line(r.out, "wrote w/g.vcd"));
  r = in_empty_folder("gq --synthetic 2 --numel 1000 --json q/gq.json", dir);
  CHECK(r.rc == 0);
  CHECK(has_line(r.out, "wrote q/gq.json"));
  CHECK(access((dir + "/q/gq.json").c_str(), R_OK) == 0);
  r = in_empty_folder("workload smallcnn --json n/smallcnn.json", dir);
  CHECK(r.rc == 0);
  CHECK(has_line(r.out, "wrote n/smallcnn.json"));
  const std::string example = std::string(INT4SIM_SOURCE_DIR) + "/isa/examples/gemm_double_buffered.s";
  r = in_empty_folder("asm " + example + " -o p/tile.bin", dir);
  CHECK(r.rc == 0);
  CHECK(has_line(r.out, "wrote p/tile.bin"));
  CHECK(access((dir + "/p/tile.bin").c_str(), R_OK) == 0);
}

TEST_CASE("int4sim workload with no argument lists every built-in network") {
  const Result r = in_empty_folder("workload", scratch("list"));
  REQUIRE(r.rc == 0);
  for (const char* n : {"resnet20", "resnet18", "resnet34", "resnet50", "mobilenetv2", "vgg16", "smallcnn", "bert_layer"})
    CHECK(r.out.find(std::string("\n") + n + " ") != std::string::npos);
  CHECK(r.out.find("40551040") != std::string::npos);  // resnet20's forward MACs per sample
}

TEST_CASE("int4sim help CMD prints that command's help") {
  const Result help = in_empty_folder("help gemm", scratch("help"));
  const Result dash = in_empty_folder("gemm --help", scratch("help2"));
  CHECK(help.rc == 0);
  CHECK(help.out.rfind("usage: int4sim gemm", 0) == 0);
  CHECK(help.out == dash.out);
  const Result unknown = in_empty_folder("help nosuch", scratch("help3"));
  CHECK(unknown.rc == 2);
  CHECK(unknown.err == "int4sim: error: unknown command 'nosuch' (int4sim --help lists them)\n");
}

TEST_CASE("the run table names the wide layers' format and keeps long layer names aligned") {
  const Result r = in_empty_folder("run --workload resnet20 --timing-only --out o", scratch("table"));
  REQUIRE(r.rc == 0);
  std::istringstream in(r.out);
  std::string header, line;
  while (std::getline(in, line) && line.rfind("layer ", 0) != 0) {
  }
  header = line;
  REQUIRE(header.find("format") != std::string::npos);
  const size_t fwd_end = header.find("fwd cyc") + 7;
  int rows = 0;
  while (std::getline(in, line) && !line.empty()) {
    ++rows;
    INFO(line);
    CHECK(line.size() == header.size());               // every row as wide as the header
    CHECK(line[fwd_end - 1] != ' ');                    // right-aligned under "fwd cyc"
    if (line.rfind("conv1 ", 0) == 0 || line.rfind("fc ", 0) == 0) CHECK(line.find(" int8 ") != std::string::npos);
    if (line.rfind("layer1.0.conv1 ", 0) == 0) CHECK(line.find(" int4 ") != std::string::npos);
  }
  CHECK(rows == 30);
  const Result fp32 = in_empty_folder("run --workload resnet20 --timing-only --set run.wide_layers=fp32 --out o", scratch("table2"));
  CHECK(fp32.out.find("\nconv1 ") != std::string::npos);
  CHECK(fp32.out.find(" fp32 ") != std::string::npos);
}

TEST_CASE("params and INI files print whole numbers in plain digits") {
  const Result r = in_empty_folder("params --format ini", scratch("params"));
  REQUIRE(r.rc == 0);
  CHECK(r.out.find("freq_mhz = 1000\n") != std::string::npos);
  CHECK(r.out.find("e+") == std::string::npos);
}

TEST_CASE("progress (--progress) shows the run's iterations and layers, and gq's iterations, on stderr") {
  Result r = in_empty_folder("run --workload smallcnn --timing-only --iterations 2 --progress --out o", scratch("prog"));
  REQUIRE(r.rc == 0);
  CHECK(r.err.find("smallcnn: iteration 1/2, layer 1/6 conv1 (fwd)") != std::string::npos);
  CHECK(r.err.find("smallcnn: iteration 2/2, layer") != std::string::npos);
  CHECK(r.out.find("iteration 1/2") == std::string::npos);  // stdout stays the report
  r = in_empty_folder("gq --synthetic 3 --numel 1000 --compare --progress", scratch("prog2"));
  REQUIRE(r.rc == 0);
  CHECK(r.err.find("gq: policy lbt, iteration 3/3") != std::string::npos);
  CHECK(r.err.find("gq: --compare dsgc, iteration 2/3") != std::string::npos);
  // Not a terminal and not asked for: silent.
  r = in_empty_folder("run --workload smallcnn --timing-only --out o", scratch("prog3"));
  CHECK(r.err.empty());
}

TEST_CASE("params --counters lists every declared counter with its unit") {
  const Result r = in_empty_folder("params --counters", scratch("counters"));
  REQUIRE(r.rc == 0);
  CHECK(r.out.rfind("counter ", 0) == 0);
  for (const char* line : {"macs_int4 ", "macs_fp32 ", "dram.read ", "gq.stochastic ", "vec.muls "}) CHECK(r.out.find(std::string("\n") + line) != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 16);  // header and the fifteen counters of counters.def
  const Result bad = in_empty_folder("params --counters --format ini", scratch("counters2"));
  CHECK(bad.rc == 2);
}

TEST_CASE("params --metrics lists every reported figure with where it appears") {
  const Result r = in_empty_folder("params --metrics", scratch("metrics"));
  REQUIRE(r.rc == 0);
  CHECK(r.out.rfind("scope ", 0) == 0);
  CHECK(has_line(r.out, "totals    cycles                                   -                 cycles     the run, first operation issued to last finished [sweep column]"));
  for (const char* key : {"\ntotals    energy_by_component_pj", "\nphase     -                                        dram_read_bytes",
                          "\ngradient  E_GL                                     E_GL", "\ngradient  gq_search_passes"})
    CHECK(r.out.find(key) != std::string::npos);
  CHECK(in_empty_folder("params --metrics --counters", scratch("metrics2")).rc == 2);
}

TEST_CASE("a folder named like a built-in network does not shadow it, and a dangling link is no output folder") {
  const std::string dir = scratch("shadow");
  std::system(("rm -rf " + dir + " && mkdir -p " + dir + "/smallcnn").c_str());
  // As a sweep's points do: the output folder is named after the network, and the run is made in its parent.
  const std::string cmd = "cd " + dir + " && " + INT4SIM_BINARY + " run --workload smallcnn --timing-only --out smallcnn >/dev/null 2>err.txt";
  CHECK(WEXITSTATUS(std::system(cmd.c_str())) == 0);
  CHECK(access((dir + "/smallcnn/report.json").c_str(), R_OK) == 0);
  // A dangling symbolic link is refused before any work, not after it.
  std::system(("ln -s " + dir + "/nowhere " + dir + "/dangling").c_str());
  const std::string bad = "cd " + dir + " && " + INT4SIM_BINARY + " run --workload smallcnn --timing-only --out dangling >/dev/null 2>err.txt";
  CHECK(WEXITSTATUS(std::system(bad.c_str())) == 2);
  CHECK(slurp(dir + "/err.txt") == "int4sim: error: dangling: is not a directory\n");
}

TEST_CASE("gemm tiles deep reductions within the instruction set's 16-bit tile fields") {
  const Result r = in_empty_folder("gemm --m 1 --n 1 --k 65536 --timing-only --json g.json", scratch("deep"));
  INFO(r.err);
  REQUIRE(r.rc == 0);
  const std::string json = slurp(scratch("deep") + "/g.json");
  // K = 65536 cannot be one tile (its depth travels in 16 bits): 8 tiles of 8192, the tiling of
  // equal traffic whose first load is shortest without paying more fill and drain than it saves.
  CHECK(json.find("\"kt\": 8192") != std::string::npos);
  CHECK(json.find("\"tiles\": 8") != std::string::npos);
}
