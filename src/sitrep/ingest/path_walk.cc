// Path expansion for the readers: stat, then either one file or a sorted,
// recursive directory listing.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <vector>

#include "sitrep/base/display.h"
#include "sitrep/base/utf8.h"
#include "sitrep/ingest/path_walk_internal.h"

namespace sitrep::ingest {
namespace {

constexpr const char* kNotUtf8 = "file name is not valid UTF-8; skipped";

std::string LowerExtension(std::string_view path) {
  const size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

// Returns the entry names of `dir` (without "." and ".."), or sets `err`.
std::vector<std::string> ListDirectory(const std::string& dir, int& err) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    err = errno;
    return names;
  }
  errno = 0;
  while (const dirent* e = readdir(d)) {
    const std::string_view name = e->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  err = errno;
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

void WalkDirectory(const std::string& dir,
                   const std::function<void(const std::string&, InputFormat)>& on_file,
                   const std::function<void(const std::string&, const std::string&)>& on_error) {
  int err = 0;
  const std::vector<std::string> names = ListDirectory(dir, err);
  if (err != 0) {
    on_error(dir, ErrnoReason(err));
    if (names.empty()) return;
  }
  const std::string prefix = dir.ends_with('/') ? dir : dir + "/";
  for (const std::string& name : names) {
    if (name.starts_with('.')) continue;
    const std::string path = prefix + name;
    if (utf8::FindInvalid(name)) {  // no id, message or JSON can hold it as it is
      on_error(ForDisplay(path), kNotUtf8);
      continue;
    }
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) {
      on_error(path, ErrnoReason(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      WalkDirectory(path, on_file, on_error);
      continue;
    }
    const auto format = FormatForPath(name);
    if (!format) continue;
    if (S_ISLNK(st.st_mode) && stat(path.c_str(), &st) != 0) continue;  // dangling link
    if (!S_ISREG(st.st_mode)) continue;  // link to a directory, FIFO, socket, device
    on_file(path, *format);
  }
}

}  // namespace

std::optional<InputFormat> FormatForPath(std::string_view path) {
  const std::string ext = LowerExtension(path);
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "md" || ext == "markdown") return InputFormat::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
  return std::nullopt;
}

std::string ErrnoReason(int err) {
  std::string reason = std::error_code(err, std::generic_category()).message();
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] += 'a' - 'A';
  return reason;
}

void WalkPath(const std::string& path,
              const std::function<void(const std::string&, InputFormat)>& on_file,
              const std::function<void(const std::string&, const std::string&)>& on_error) {
  if (utf8::FindInvalid(path)) {
    on_error(ForDisplay(path), kNotUtf8);
    return;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    on_error(path, ErrnoReason(errno));
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    WalkDirectory(path, on_file, on_error);
    return;
  }
  on_file(path, FormatForPath(path).value_or(InputFormat::kText));
}

}  // namespace sitrep::ingest
