// Pass "dates": a thin adapter over the time stage's DateForEvent, which picks
// the governing timex of the sentence and applies ACLED's precision rules. A
// date in the dateline ("KYIV, April 15 (Agency) -") is the report's, never
// the event's, and is passed over.
#include <cctype>

#include "sitrep/events/passes_internal.h"
#include "sitrep/time/event_date.h"

namespace sitrep::events {

void AssignEventDate(Candidate& c, const document::Document& doc, const SentenceView& s,
                     const DocumentContext& ctx) {
  const time::EventDate d =
      time::DateForEvent(doc, s.index, s.span.begin + c.trigger.begin, ctx.dateline);
  c.event.date = d.date;
  c.event.date_end = d.date_end;
  c.event.time_precision = d.time_precision;
  c.has_timex = d.timex != nullptr;
  if (d.timex) c.trace.push_back("date from '" + d.timex->text + "'");
  else if (d.date) c.trace.push_back("date: the publication date (time_precision 2)");
  else c.trace.push_back("date: nothing dates it (time_precision 3)");
  if (d.date) return;
  // The sentence tells a date no anchor resolves ("ジボで1日": the 1st of a
  // month the text never names): the event is dated by its text, undated.
  for (const auto& t : doc.timexes) {
    // A day the text names ("XXXX-XX-01", "XXXX-12-01"); a bare weekday or
    // part of day dates nothing.
    const std::string_view v = t.value;
    const bool day = v.size() == 10 && v.substr(0, 5) == "XXXX-" && std::isdigit(static_cast<unsigned char>(v[8])) &&
                     std::isdigit(static_cast<unsigned char>(v[9]));
    if (t.sentence != s.index || !day) continue;
    if (t.type != document::TimexType::kDate && t.type != document::TimexType::kTime) continue;
    c.unresolved_date = true;
    c.trace.push_back("its date '" + t.text + "' names no month or year the document gives");
    break;
  }
}

}  // namespace sitrep::events
