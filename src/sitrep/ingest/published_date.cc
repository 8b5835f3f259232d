// Metadata date parsing: a strict calendar-date prefix plus an optional time.
#include "sitrep/ingest/published_date.h"

#include "sitrep/base/date.h"

namespace sitrep::ingest {
namespace {

std::string_view TrimAscii(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::string> ParsePublishedDate(std::string_view value) {
  value = TrimAscii(value);
  if (value.size() < 10) return std::nullopt;
  std::string date(value.substr(0, 10));
  if (date[4] == '/' && date[7] == '/') date[4] = date[7] = '-';
  const auto parsed = Date::Parse(date);
  if (!parsed) return std::nullopt;
  const std::string_view rest = value.substr(10);
  if (!rest.empty()) {
    // A time must follow a separator and start with a digit: "T10:00", " 10:00".
    const bool separator = rest[0] == 'T' || rest[0] == 't' || rest[0] == ' ';
    if (!separator || rest.size() < 2 || !IsDigit(rest[1])) return std::nullopt;
  }
  return parsed->ToString();
}

}  // namespace sitrep::ingest
