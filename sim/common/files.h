#pragma once
#include <cstdint>
#include <string>

namespace int4sim {

// Writes `content` to a temporary file beside `path` and renames it over `path`, so a reader never
// sees a half-written file. Throws InputError naming the path on failure.
void write_file_atomic(const std::string& path, const std::string& content);

// The whole of an input file, refused with one line naming it when it is a directory, cannot be
// opened (`path: cannot_open`) or is larger than max_bytes (checked before anything is read).
std::string read_input_file(const std::string& path, int64_t max_bytes, const std::string& cannot_open = "cannot open file");

}  // namespace int4sim
