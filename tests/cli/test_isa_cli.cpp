// int4sim asm / int4sim disasm as a user runs them: exit codes, the FILE:LINE: message, byte-exact
// round trips through files.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Result {
  int rc;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string tmp(const std::string& name) { return "/tmp/int4sim_isa_cli_" + std::to_string(::getpid()) + "_" + name; }

Result run(const std::string& args) {
  const std::string out = tmp("stdout"), err = tmp("stderr");
  const std::string cmd = std::string(INT4SIM_BINARY) + " " + args + " >" + out + " 2>" + err;
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), slurp(out), slurp(err)};
}

void write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

const std::string kExample = std::string(INT4SIM_SOURCE_DIR) + "/isa/examples/gemm_double_buffered.s";

}  // namespace

TEST_CASE("int4sim asm then disasm round-trips the example byte-exactly") {
  const auto bin = tmp("a.bin"), text = tmp("a.s"), bin2 = tmp("b.bin");
  auto r = run("asm " + kExample + " -o " + bin);
  REQUIRE(r.rc == 0);
  REQUIRE(r.err.empty());
  REQUIRE(slurp(bin).size() == 16 + 12 * 32);
  r = run("disasm " + bin);
  REQUIRE(r.rc == 0);
  REQUIRE(r.out.rfind("barrier signal=3,4\n", 0) == 0);
  REQUIRE(std::count(r.out.begin(), r.out.end(), '\n') == 12);
  write(text, r.out);
  REQUIRE(run("asm " + text + " -o " + bin2).rc == 0);
  REQUIRE(slurp(bin2) == slurp(bin));
  REQUIRE(run("disasm " + bin2).out == r.out);
}

TEST_CASE("int4sim asm refuses a malformed line with exit code 2 and FILE:LINE") {
  const auto src = tmp("bad.s"), bin = tmp("bad.bin");
  std::remove(bin.c_str());
  write(src, "# header\nhalt\n\ngemm a=act:0 a_kind=A b=wgt:0 b_kind=W c_addr=0 m=1 n=1 k=1 kk=3\n");
  auto r = run("asm " + src + " -o " + bin);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: " + src + ":4: gemm: unknown key 'kk'\n");
  REQUIRE(r.out.empty());
  REQUIRE(!exists(bin));

  write(src, "dma.load sram=act:0 dram_addr=0 rows=70000 cols=1 stride=1 type=s4\n");
  r = run("asm " + src + " -o " + bin);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: " + src + ":1: dma.load: rows=70000 exceeds 65535\n");
  REQUIRE(!exists(bin));

  r = run("asm " + src);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: int4sim asm: give FILE.s and -o FILE.bin (see int4sim asm --help)\n");
  r = run("asm " + tmp("missing.s") + " -o " + bin);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: " + tmp("missing.s") + ": cannot open\n");

  write(src, "halt\n");
  REQUIRE(::truncate(src.c_str(), (int64_t{256} << 20) + 1) == 0);  // sparse: refused before it is read
  for (const std::string cmd : {"asm " + src + " -o " + bin, "disasm " + src}) {
    r = run(cmd);
    REQUIRE(r.rc == 2);
    REQUIRE(r.err == "int4sim: error: " + src + ": 268435457 bytes exceeds the maximum of 256 MiB\n");
    REQUIRE(!exists(bin));
  }
}

TEST_CASE("int4sim disasm refuses a corrupted binary with exit code 2 and prints nothing") {
  const auto bin = tmp("c.bin");
  REQUIRE(run("asm " + kExample + " -o " + bin).rc == 0);
  std::string bytes = slurp(bin);
  bytes[16 + 5 * 32 + 14] = 1;  // a reserved bit of the first gemm (instruction 5)
  write(bin, bytes);
  auto r = run("disasm " + bin);
  REQUIRE(r.rc == 2);
  REQUIRE(r.out.empty());
  REQUIRE(r.err == "int4sim: error: " + bin + ": instruction 5: gemm: reserved bit 112 is set\n");
  write(bin, bytes.substr(0, 100));
  r = run("disasm " + bin);
  REQUIRE(r.rc == 2);
  REQUIRE(r.err == "int4sim: error: " + bin + ": the header says 12 instructions (400 bytes) but there are 100 bytes\n");
}
