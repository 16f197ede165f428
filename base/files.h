#pragma once
#include <cstdint>
#include <string>

namespace int4sim {

// Writes `content` to a temporary file beside `path` and renames it over `path`, so a reader never
// sees a half-written file; missing parent folders are made. Throws InputError naming the path.
void write_file_atomic(const std::string& path, const std::string& content);

// Output paths are checked before any long work starts, so that a bad one costs nothing and leaves
// nothing behind. Each refuses, with one line naming the path: a directory where a file is meant (or
// a file where a directory is meant), an existing path that is not a regular file (a device), and a
// location where nothing can be made (the nearest existing ancestor is a file, or a trial folder
// cannot be made and removed in it: no permission, read-only, /proc). Nothing is created.
void check_output_file(const std::string& path);
void check_output_dir(const std::string& path);

// Makes `path` and its missing parents (refused with one line naming it when that fails).
void make_dirs(const std::string& path);

// Refuses a directory given where an input file is expected ("PATH: is a directory").
void check_not_directory(const std::string& path);

// The whole of an input file, refused with one line naming it when it is a directory, cannot be
// opened (`path: cannot_open`) or is larger than max_bytes (checked before anything is read).
std::string read_input_file(const std::string& path, int64_t max_bytes, const std::string& cannot_open = "cannot open file");

}  // namespace int4sim
