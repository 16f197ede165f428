#pragma once
// Chrome / Perfetto trace-event JSON of a run: one track per unit, one slice per transfer, tile,
// pass or vector op (open in ui.perfetto.dev or chrome://tracing).
#include <string>
#include <vector>

#include "models/accelerator/unit_stats.h"

namespace int4sim::report {

void write_timeline(const std::string& path, const std::vector<hw::Slice>& slices, double freq_mhz);

}  // namespace int4sim::report
