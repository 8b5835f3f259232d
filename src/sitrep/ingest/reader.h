// Readers: turn files, directories and standard input into Documents.
// .txt/.md as text, .html through an HTML parser, .jsonl one document per line,
// "-" standard input, directories recursively. Each bad item is reported with
// its file and reason, and the rest still goes through.
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "sitrep/document/document.h"

namespace sitrep::ingest {

struct ReadOptions {
  std::string lang;       // force this language ("" = detect with CLD2)
  std::string published;  // YYYY-MM-DD from the command line ("" = metadata or inferred later)
};

// One input that could not be read: "file" or "file:line", and why.
struct InputError {
  std::string source;
  std::string reason;
};

using DocumentSink = std::function<void(document::Document&&)>;
using ErrorSink = std::function<void(const InputError&)>;
// Called after each input file with the bytes consumed so far.
using ProgressSink = std::function<void(size_t bytes_done)>;

// Reads every path in order, calling `on_document` for each document and
// `on_error` for each input that failed.
void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options,
               const DocumentSink& on_document, const ErrorSink& on_error,
               const ProgressSink& on_progress = nullptr);

// Returns the total size in bytes of the regular files under `paths` (stdin
// counts 0), for progress bars.
size_t TotalInputBytes(const std::vector<std::string>& paths);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_
