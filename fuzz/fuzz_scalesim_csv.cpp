// libFuzzer target: read_scalesim_topology (workloads/scalesim_topology.h) on arbitrary bytes as a
// CSV file. Accepted layers must be within the documented maxima, and every figure the workload
// command prints from them (output sizes, GEMM dimensions, MACs) must compute without overflow.
#include "fuzz/fuzz_util.h"
#include "fuzz/network_checks.h"
#include "base/error.h"
#include "workloads/scalesim_topology.h"

using namespace int4sim;
using namespace int4sim::workloads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::ScratchFile file(".csv");
  const std::string& path = file.write(data, size);
  Network net;
  try {
    net = read_scalesim_topology(path);
  } catch (const InputError& e) {
    fuzz::check_refusal(e.what(), path + ":");
    return 0;
  }
  fuzz::check_network(net);
  return 0;
}
