// JSON Lines input: one document per line, {"id", "text", optional "title",
// "url", "published", "lang"}. Each line is parsed and validated on its own so
// one bad line is reported (with its line number) and the others still go
// through. The stream is read line by line: memory stays bounded by the
// longest line allowed, not the file.
#ifndef SITREP_INGEST_JSONL_H_
#define SITREP_INGEST_JSONL_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"

namespace sitrep::ingest {

// One validated JSONL line. Absent optional fields (or JSON null) are "".
struct JsonlRecord {
  std::string id;    // "" when the line has none; the caller makes one up
  std::string text;  // decoded and newline-normalized, see decode.h
  std::string title;
  std::string url;
  std::string published;  // YYYY-MM-DD (see ParsePublishedDate)
  std::string lang;       // normalized ISO code (see NormalizeLanguageCode)
};

// Returns the record on `line` (without its newline), or kInvalidArgument
// with the reason, e.g.:
//   "truncated JSON: … missing closing quote …"  (the line ended early)
//   "invalid JSON at column 25: …"
//   "missing \"text\"", "\"text\" is not a string", "empty document"
//   "invalid \"published\" date '2024-13-01' (expected YYYY-MM-DD)"
//   "invalid UTF-8 at byte N"  (N counted from `line_offset`, the line's
//                               offset in its file)
// `id` may be a string or an integer; other fields must be strings or null.
StatusOr<JsonlRecord> ParseJsonlLine(std::string_view line, size_t line_offset = 0);

struct JsonlSinks {
  std::function<void(JsonlRecord&&, size_t line_number)> on_record;
  std::function<void(size_t line_number, const std::string& reason)> on_error;
  // Called now and then (about every MiB) and at the end with the bytes read.
  std::function<void(size_t bytes)> on_bytes;
  // When set, asked before each line: true ends the reading there.
  std::function<bool()> should_stop;
};

// Reads JSON Lines from `head` (bytes the caller already took from the
// stream, e.g. to sniff the format; may end inside a line) followed by the rest
// of `in`. Line numbers start at 1; blank lines are skipped; a UTF-8 BOM on the
// first line and a CR before each LF are dropped. Returns non-OK without
// reading any line when the input as a whole is unusable — a NUL byte within
// the first 8 KiB (of what the first read brings; a pipe is not waited on) —
// "binary file (NUL byte at N)" — or after a read error. A
// NUL further on fails only its own line. A line longer than `max_line_bytes`
// is skipped unread ("line too long (over 16 MiB); skipped"), so memory stays
// bounded by the bound, not by the longest line.
Status ReadJsonl(std::string head, std::istream& in, const JsonlSinks& sinks,
                 size_t max_line_bytes = size_t{16} << 20);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSONL_H_
