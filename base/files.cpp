#include "base/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "base/error.h"

namespace int4sim {

namespace fs = std::filesystem;

namespace {

// Whether anything is at `p`, a dangling symbolic link included (it cannot be made into a folder).
bool present(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

// The nearest ancestor of the folder `dir` (itself included) that exists.
fs::path nearest_existing(const fs::path& dir) {
  fs::path p = dir.empty() ? fs::path(".") : dir;
  while (!present(p) && p.has_relative_path() && p.has_parent_path() && p.parent_path() != p) p = p.parent_path();
  if (!present(p)) return fs::path(".");  // a relative path whose first component is missing
  return p;
}

// Can entries be made in the existing folder `dir`? Tried for real (root ignores permission bits,
// and /proc refuses what access() allows): a uniquely named folder is made and removed at once.
bool can_create_in(const fs::path& dir, std::string& why) {
  std::string probe = (dir / (".int4sim-probe-XXXXXX")).string();
  if (!::mkdtemp(probe.data())) {
    why = std::strerror(errno);
    return false;
  }
  ::rmdir(probe.c_str());
  return true;
}

void check_location(const std::string& path, const fs::path& dir) {
  const fs::path existing = nearest_existing(dir);
  std::error_code ec;
  if (!fs::is_directory(existing, ec))
    fail(path + ": cannot be made: " + existing.string() + " is not a directory");
  std::string why;
  if (!can_create_in(existing, why)) fail(path + ": cannot write in " + existing.string() + " (" + why + ")");
}

}  // namespace

void check_output_file(const std::string& path) {
  if (path.empty()) fail("an output file path is empty");
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (fs::is_directory(st)) fail(path + ": is a directory (a file is expected here)");
  if (path.back() == '/') fail(path + ": ends in '/' (a file is expected here)");
  if (present(path) && !fs::is_regular_file(st))
    fail(path + ": not a regular file (outputs are written to a temporary file and renamed over it)");
  check_location(path, fs::path(path).parent_path());
}

void check_output_dir(const std::string& path) {
  if (path.empty()) fail("an output directory path is empty");
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (present(path) && !fs::is_directory(st)) fail(path + ": is not a directory");
  check_location(path, present(path) ? fs::path(path) : fs::path(path).parent_path());
}

void make_dirs(const std::string& path) {
  if (path.empty()) return;
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec || !fs::is_directory(path, ec)) fail(path + ": cannot make the directory (" + ec.message() + ")");
}

void check_not_directory(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail(path + ": is a directory");
}

void write_file_atomic(const std::string& path, const std::string& content) {
  make_dirs(fs::path(path).parent_path().string());
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(path + ": cannot write (" + std::strerror(errno) + ")");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      fail(path + ": write failed");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    fail(path + ": cannot rename the temporary file into place");
  }
}

std::string read_input_file(const std::string& path, int64_t max_bytes, const std::string& cannot_open) {
  const std::string limit = std::to_string(max_bytes >> 20) + " MiB";
  check_not_directory(path);
  std::error_code ec;
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path + ": " + cannot_open);
  const auto size = std::filesystem::file_size(path, ec);  // regular files: refused before reading
  if (!ec && size > static_cast<uintmax_t>(max_bytes))
    fail(path + ": " + std::to_string(size) + " bytes exceeds the maximum of " + limit);
  // Pipes and devices (/dev/zero) have no size: read in chunks and stop one past the maximum.
  std::string bytes;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
    if (bytes.size() > static_cast<size_t>(max_bytes)) fail(path + ": more than the maximum of " + limit);
  }
  if (in.bad()) fail(path + ": read failed");
  return bytes;
}

}  // namespace int4sim
