// Internal to ingest/: expanding the paths given to the readers into the files
// to read. A file is read whatever its extension; a directory is walked
// recursively in sorted order, keeping only files with a known extension and
// skipping hidden entries.
#ifndef SITREP_INGEST_PATH_WALK_INTERNAL_H_
#define SITREP_INGEST_PATH_WALK_INTERNAL_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::ingest {

enum class InputFormat { kText, kMarkdown, kHtml, kJsonl };

// Returns the format for a file name's extension (case-insensitive): .txt
// .text → text, .md .markdown → markdown, .html .htm .xhtml → HTML, .jsonl
// .ndjson → JSON Lines; nullopt for any other.
std::optional<InputFormat> FormatForPath(std::string_view path);

// Calls `on_file(path, format)` for each file under `path`, in order, and
// `on_error(path, reason)` for what cannot be listed or does not exist.
// A path given directly is read even with an unknown extension (as text).
// Inside directories: entries are visited in byte-wise sorted order of their
// names; names starting with '.' are skipped, and so are files with an unknown
// extension, silently; symbolic links to files are followed, to directories
// not (no cycles). Paths are built as "<dir>/<name>" from the path as given.
// A path or an entry whose name is not valid UTF-8 is not read: `on_error`
// gets it escaped (base/display.h) with "file name is not valid UTF-8; skipped".
void WalkPath(const std::string& path,
              const std::function<void(const std::string&, InputFormat)>& on_file,
              const std::function<void(const std::string&, const std::string&)>& on_error);

// Returns the reason for errno value `err`, lower-case: "permission denied".
std::string ErrnoReason(int err);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_PATH_WALK_INTERNAL_H_
