// Readers: turn files, directories and standard input into Documents — the
// first stage of the pipeline.
//
// Formats: .txt/.md are read verbatim; .html/.htm through an HTML parser
// (html_text.h: title, body text with paragraph breaks, metadata date); .jsonl
// holds one document per line (jsonl.h). A directory is read recursively in
// sorted order, skipping hidden entries and files with unknown extensions; a
// file named explicitly is read as text whatever its extension. "-" is
// standard input, sniffed: JSON Lines when its first non-blank line opens a
// JSON object ('{' then '"' or '}', so "{{Infobox" is not), HTML when it
// starts with "<!doctype html" or "<html" (any case), else text.
//
// The Document text is the decoded, newline-normalized text (UTF-8 BOM
// dropped, CRLF and lone CR → LF; for HTML, the extracted text); every offset
// in the IR indexes that text. Bytes are UTF-8 unless a BOM (UTF-16/32) or an
// HTML charset declaration says otherwise (decode.h).
//
// Document id: the JSONL "id", else the file's canonical path (realpath: "dir",
// "./dir" and "$PWD/dir/a.txt" are one document; "PATH:LINE" for a JSONL line
// without an id), and for standard input "<stdin>:" + 16 hex digits of the
// text's hash (so two different texts piped in are two documents, and the same
// text twice is one). Source: the path as given. Within one call each id is
// read once: a document met again (a file named twice, the same text piped
// twice) is a notice, "same document as X; read once"; a JSONL id used twice
// is an error for the later record, which is not read. Language: --lang, else
// the JSONL "lang", else CLD2 (language_id.h); lang_overridden is true when it
// was given, not detected. Publication date: --published (kCommandLine), else
// metadata (kMetadata).
//
// Each bad input is reported with its file (or "file:LINE") and a reason —
// "empty document", "binary file (NUL byte at N)", "invalid UTF-8 at byte N",
// "permission denied", "file name is not valid UTF-8; skipped", "document too
// large (over 16 MiB)", … — and the rest still goes through. Sources are
// valid UTF-8 (a name that is not comes escaped, base/display.h).
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "sitrep/document/document.h"

namespace sitrep::ingest {

struct ReadOptions {
  std::string lang;       // force this language ("" = detect with CLD2)
  // The codes a language pack reads (lang::PackSet::ReadableCodes): detection
  // prefers one of them to an unreadable language both fit (DetectLanguage).
  std::vector<std::string> readable_languages;
  std::string published;  // YYYY-MM-DD from the command line ("" = metadata or inferred later)
  // A single document (a file, standard input read as text/HTML, or one JSONL
  // line) larger than this is refused ("document too large"); the bytes past
  // it are never held. 16 MiB is ~20x the longest report we have met, and
  // keeps one document's annotation layers well under 500 MB.
  size_t max_document_bytes = size_t{16} << 20;
  // When set and true, reading stops at the next document (the caller can no
  // longer take documents, e.g. its store failed). Not owned.
  const std::atomic<bool>* stop = nullptr;
};

// One input that could not be read: "file" or "file:line", and why. A notice
// is not a failure: the input was skipped because it was already read.
struct InputError {
  std::string source;
  std::string reason;
  bool notice = false;
};

using DocumentSink = std::function<void(document::Document&&)>;
using ErrorSink = std::function<void(const InputError&)>;
// Called with the bytes consumed so far over all inputs: after each input file,
// and about every MiB inside a large JSONL file.
using ProgressSink = std::function<void(size_t bytes_done)>;

// Reads every path in order, calling `on_document` for each document and
// `on_error` for each input that failed. An invalid `options.published` is
// reported once (source "--published") and nothing is read.
void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options,
               const DocumentSink& on_document, const ErrorSink& on_error,
               const ProgressSink& on_progress = nullptr);

// Reads `in` the way ReadPaths reads "-" (sniffing the format), naming the
// documents and errors after `name`. ReadPaths passes a stream over file
// descriptor 0 and "<stdin>"; tests pass a std::istringstream.
void ReadStream(std::istream& in, const std::string& name, const ReadOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error,
                const ProgressSink& on_progress = nullptr);

// Returns the id ReadPaths gives the file at `path` (its canonical path), so
// a command can accept a path where it wants a document id.
std::string DocumentIdForPath(const std::string& path);

// Returns the total size in bytes of the files ReadPaths would read under
// `paths` (stdin counts 0), for progress bars.
size_t TotalInputBytes(const std::vector<std::string>& paths);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_
