// Publication dates as they appear in document metadata (JSONL "published",
// HTML <meta>/<time>), reduced to the YYYY-MM-DD the IR stores.
#ifndef SITREP_INGEST_PUBLISHED_DATE_H_
#define SITREP_INGEST_PUBLISHED_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sitrep::ingest {

// Returns "YYYY-MM-DD" for a metadata date, or nullopt when it is not one.
// Accepts a calendar date "YYYY-MM-DD" or "YYYY/MM/DD", optionally followed by a
// time ("T10:00:00+07:00", " 10:00", "Z"); the date is taken as written, in the
// publisher's own time zone, without conversion to UTC. Surrounding ASCII
// whitespace is ignored. The day must exist (2024-02-30 is rejected).
std::optional<std::string> ParsePublishedDate(std::string_view value);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_PUBLISHED_DATE_H_
