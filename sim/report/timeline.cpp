#include "sim/report/timeline.h"

#include <nlohmann/json.hpp>

#include "ir/program.h"
#include "base/files.h"

namespace int4sim::report {

void write_timeline(const std::string& path, const std::vector<hw::Slice>& slices, double freq_mhz) {
  nlohmann::json ev = nlohmann::json::array();
  for (int u = 0; u < static_cast<int>(ir::Unit::ctrl); ++u)
    ev.push_back({{"name", "thread_name"}, {"ph", "M"}, {"pid", 0}, {"tid", u}, {"args", {{"name", ir::unit_name(static_cast<ir::Unit>(u))}}}});
  const double us_per_cycle = 1.0 / freq_mhz;
  for (const auto& s : slices)
    ev.push_back({{"name", s.name}, {"ph", "X"}, {"pid", 0}, {"tid", s.unit}, {"ts", s.start * us_per_cycle},
                  {"dur", s.cycles * us_per_cycle}, {"args", {{"start_cycle", s.start}, {"cycles", s.cycles}}}});
  write_file_atomic(path, nlohmann::json({{"traceEvents", ev}, {"displayTimeUnit", "ns"}}).dump() + "\n");
}

}  // namespace int4sim::report
