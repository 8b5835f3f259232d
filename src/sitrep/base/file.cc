// File helpers: errno is turned into a Status that names the file.
#include "sitrep/base/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace sitrep {

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    if (err == ENOENT) return NotFoundError(path + ": no such file");
    return UnavailableError(path + ": cannot open (" + std::strerror(err) + ")");
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return DataLossError(path + ": read error");
  return buf.str();
}

Status WriteFileAtomically(const std::string& path, const std::string& contents) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return UnavailableError(tmp + ": cannot create (" + std::strerror(errno) + ")");
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    if (!out) return DataLossError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return UnavailableError(path + ": rename failed (" + std::strerror(errno) + ")");
  }
  return OkStatus();
}

}  // namespace sitrep
