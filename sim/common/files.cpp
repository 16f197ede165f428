#include "sim/common/files.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "sim/common/error.h"

namespace int4sim {

void write_file_atomic(const std::string& path, const std::string& content) {
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail(path + ": cannot write (does the directory exist?)");
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
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail(path + ": is a directory");
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
