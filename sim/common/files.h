#pragma once
#include <string>

namespace int4sim {

// Writes `content` to a temporary file beside `path` and renames it over `path`, so a reader never
// sees a half-written file. Throws InputError naming the path on failure.
void write_file_atomic(const std::string& path, const std::string& content);

}  // namespace int4sim
