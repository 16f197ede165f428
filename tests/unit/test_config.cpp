#include <catch2/catch.hpp>

#include <fstream>

#include "base/error.h"
#include "sim/config/config.h"

using namespace int4sim;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::string("/tmp/int4sim_test_") + name;
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("every declared parameter has a name, a description, and a default inside its range") {
  REQUIRE(param_table().size() >= 20);
  for (const auto& p : param_table()) {
    INFO(p.name);
    REQUIRE(std::string(p.name).find('.') != std::string::npos);
    REQUIRE(std::string(p.description).size() > 10);
    Config c;
    REQUIRE_NOTHROW(set_param(c, p.name, p.default_text, "default"));
    REQUIRE(get_param(c, p) == get_param(Config{}, p));
  }
  for (const char* name : {"array.rows", "array.cols", "array.dataflow", "array.acc_bits", "array.overflow", "gq.policy",
                           "gq.gamma", "gq.rounding", "gq.rand_bits", "run.batch", "run.seed"})
    REQUIRE(find_param(name) != nullptr);
}

TEST_CASE("INI sections map to dotted names and later files win") {
  Config c;
  load_ini(c, write_temp("a.ini", "[array]\nrows = 64\ndataflow = os\n[gq]\ngamma = 0.5\n"));
  load_ini(c, write_temp("b.ini", "# comment\n[array]\nrows=16\n"));
  REQUIRE(c.array_rows == 16);
  REQUIRE(c.array_dataflow == "os");
  REQUIRE(c.gq_gamma == 0.5);
  apply_assignment(c, "array.rows=8", "--set");
  REQUIRE(c.array_rows == 8);
}

TEST_CASE("bad configuration values are refused with the file and key named") {
  Config c;
  const auto unknown = write_temp("u.ini", "[array]\nrowz = 4\n");
  REQUIRE(error_of([&] { load_ini(c, unknown); }) == unknown + ": unknown parameter 'array.rowz' (int4sim params lists them)");
  const auto type = write_temp("t.ini", "[array]\nrows = many\n");
  REQUIRE(error_of([&] { load_ini(c, type); }) == type + ": array.rows = 'many': expected an integer");
  const auto range = write_temp("r.ini", "[array]\nacc_bits = 40\n");
  REQUIRE(error_of([&] { load_ini(c, range); }) == range + ": array.acc_bits = '40': out of range [16,32]");
  const auto syntax = write_temp("s.ini", "[array\nrows = 4\n");
  REQUIRE(error_of([&] { load_ini(c, syntax); }).rfind(syntax + ":", 0) == 0);
  REQUIRE(error_of([&] { load_ini(c, "/nonexistent.ini"); }) == "/nonexistent.ini: cannot open config file");
  REQUIRE(error_of([&] { apply_assignment(c, "gq.gamma=0", "--set"); }) == "--set: gq.gamma = '0': out of range (0,1]");
  REQUIRE(error_of([&] { apply_assignment(c, "gq.gamma=1.5", "--set"); }) == "--set: gq.gamma = '1.5': out of range (0,1]");
  REQUIRE(error_of([&] { apply_assignment(c, "gq.gamma=nan", "--set"); }) == "--set: gq.gamma = 'nan': expected a finite number");
  REQUIRE(error_of([&] { apply_assignment(c, "gq.policy=best", "--set"); }) ==
          "--set: gq.policy = 'best': expected one of lbt|fixed|minmax|dsgc|pwf");
  REQUIRE(error_of([&] { apply_assignment(c, "array.rows", "--set"); }) == "--set 'array.rows': expected key=value");
  REQUIRE(error_of([&] { apply_assignment(c, "array.rows=12x", "--set"); }) == "--set: array.rows = '12x': expected an integer");
  REQUIRE(error_of([&] { apply_assignment(c, "array.rows=1\n2", "--set"); }) == "--set: array.rows = '1\\x0a2': expected an integer");
  REQUIRE(error_of([&] { apply_assignment(c, "a\nb", "--set"); }) == "--set 'a\\x0ab': expected key=value");
  REQUIRE(c.array_rows == 32);  // nothing half-applied
}

TEST_CASE("the shipped presets in configs/ load and set what they say") {
  const std::string dir = std::string(INT4SIM_SOURCE_DIR) + "/configs/";
  Config c;
  load_ini(c, dir + "hbm2.ini");
  REQUIRE(c.dram_bytes_per_cycle == 256);
  REQUIRE(c.energy_dram_type == "hbm2");
  load_ini(c, dir + "lpddr4.ini");
  REQUIRE(c.dram_bytes_per_cycle == 25.6);
  REQUIRE(c.energy_dram_type == "lpddr4");
  load_ini(c, dir + "ddr4.ini");
  REQUIRE(c.dram_latency == 80);
  load_ini(c, dir + "scalesim_32x32_os.ini");
  REQUIRE(c.array_dataflow == "os");
}
