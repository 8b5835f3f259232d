// Event dating for the events stage: each sentence's governing timex, turned
// into ACLED's date / date_end / time_precision. Reads only the document IR
// (doc.timexes, doc.sentences, doc.published) after the time stage has run.
//
// Precision follows ACLED: 1 the day is known, 2 within about a week, 3 a month
// or vaguer. When the sentence has no usable timex the publication date stands
// in with precision 2 (precision 3 when the sentence only has vague timexes such
// as "recently"); without any publication date the date is left empty.
#ifndef SITREP_TIME_EVENT_DATE_H_
#define SITREP_TIME_EVENT_DATE_H_

#include <optional>
#include <string>

#include "sitrep/document/document.h"

namespace sitrep::time {

struct EventDate {
  std::optional<std::string> date;      // YYYY-MM-DD
  std::optional<std::string> date_end;  // YYYY-MM-DD, only when the timex spans several days
  int time_precision = 3;
  const document::TimeExpr* timex = nullptr;  // the governing timex, or nullptr (fallback)
};

// Returns the timex that governs the sentence `sentence` (an index into
// doc.sentences; -1 = unknown): among the sentence's DATE/TIME timexes with a
// calendar value, the one nearest `trigger` (a byte offset) when given, else
// the first. Without sentences the sentence is taken as the text between the
// sentence terminators around `trigger`. Returns nullptr when none qualifies.
// Timexes inside `skip` (a dateline: the report's date, not the event's) are
// passed over.
const document::TimeExpr* GoverningTimex(const document::Document& doc, int sentence,
                                         std::optional<size_t> trigger = std::nullopt,
                                         document::Span skip = {});

// Returns the ACLED date of an event in sentence `sentence` whose trigger
// starts at byte `trigger` (optional). Never fails; see the file comment for
// the fallbacks.
EventDate DateForEvent(const document::Document& doc, int sentence,
                       std::optional<size_t> trigger = std::nullopt, document::Span skip = {});

// Returns the date, date_end and precision a TIMEX3 value denotes:
// "2024-12-06" and "2024-12-06TNI" -> precision 1; "2024-W48" -> its Monday to
// Sunday, 2; "2024-12" -> 3; "2024-11-15/2024-12-15" -> start and end,
// precision by length; nullopt for durations, sets, X values and *_REF.
std::optional<EventDate> DateOfValue(const std::string& value);

}  // namespace sitrep::time

#endif  // SITREP_TIME_EVENT_DATE_H_
