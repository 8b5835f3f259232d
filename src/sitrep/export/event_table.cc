// Fixed-width event table; columns are truncated to keep one event per line.
#include "sitrep/export/event_table.h"

#include <fmt/format.h>

#include "sitrep/base/display.h"
#include "sitrep/base/utf8.h"

namespace sitrep::exporter {
std::string Cell(const std::string& raw, size_t width) {
  std::string spaced = raw;
  for (char& c : spaced) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  const std::string s = ForDisplay(spaced);  // no escape sequence reaches the terminal
  std::string out;
  size_t pos = 0, n = 0;
  while (pos < s.size() && n < width) {
    const char32_t cp = utf8::Next(s, pos);
    utf8::Append(cp, out);
    ++n;
  }
  if (pos < s.size() && !out.empty()) {
    // Drop the last whole code point (its continuation bytes are 10xxxxxx).
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty()) out.pop_back();
    out += "~";
  }
  out.append(width - std::min(width, n), ' ');
  return out;
}

void PrintEventTable(const std::vector<document::Event>& events, std::ostream& out) {
  out << Cell("date", 11) << Cell("type", 36) << Cell("actor1", 28) << Cell("actor2", 24)
      << Cell("place", 18) << "claimed by\n";
  for (const auto& e : events) {
    std::string claims;
    for (const auto& c : e.claims) {
      if (!claims.empty()) claims += "; ";
      claims += c.source.name + (c.stance == document::Stance::kDenies ? " (denies)" : "");
    }
    out << Cell(e.date.value_or("?"), 11)
        << Cell(e.sub_event_type.empty() ? e.event_type : e.sub_event_type, 36)
        << Cell(e.actor1 ? e.actor1->name : "-", 28) << Cell(e.actor2 ? e.actor2->name : "-", 24)
        << Cell(e.place ? e.place->name : "-", 18) << (claims.empty() ? "-" : ForDisplay(claims))
        << (e.negated ? " [negated]" : "") << "\n";
  }
  out << fmt::format("{} event(s)\n", events.size());
}

}  // namespace sitrep::exporter
