// Internal to the English grammar: the calendar-date readers shared by
// grammar_en_dates.cc (dates, ranges, years) and grammar_en.cc (weekdays,
// relative expressions, durations, sets, clock times).
#ifndef SITREP_TIME_GRAMMAR_EN_INTERNAL_H_
#define SITREP_TIME_GRAMMAR_EN_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>

#include "sitrep/time/grammar_util.h"

namespace sitrep::time::en {

// A calendar date read from the text; 0 = the field was not given.
struct PDate {
  int year = 0, month = 0, day = 0, weekday = 0;
  size_t next = 0;
};

// Returns a count ("3", "three", "twenty-five", "several" = -1), or nullopt.
std::optional<Count> ReadCount(const Cursor& c, size_t i);
bool IsYearNum(const Cursor& c, size_t i);
// Returns the date starting at token i ("7 December 2024", "Dec. 7", "2024-12-07").
std::optional<PDate> ReadDate(const Cursor& c, size_t i, const std::string& order);
// Returns the TIMEX3 value of a date; `full` = year, month and day were given.
std::string DateValue(const PDate& d, const Resolver& r, bool& full);
// Dates and dash ranges ("15 November – 15 December 2013", "2013–2014").
std::optional<Match> TryDate(const Cursor& c, size_t i, std::string_view text, const Resolver& r,
                             const std::string& order);
// A year in a temporal context, a decade ("1990s") or a spoken year.
std::optional<Match> TryYear(const Cursor& c, size_t i, std::string_view text);
// Reporting periods: quarters compared with the reported one, "the latest
// period", "the year-ago quarter" (grammar_en_fiscal.cc).
std::optional<Match> TryFiscal(const Cursor& c, size_t i, const Resolver& r);
// The current year named without a number: "the year", "the full year", "year-end".
std::optional<Match> TryNamedYear(const Cursor& c, size_t i, const Resolver& r);
// Holidays, seasons without a year, halves of a year, decade words (grammar_en_named.cc).
std::optional<Match> TryNamedPeriod(const Cursor& c, size_t i, const Resolver& r);
// True when a future-tense cue precedes token i in its clause.
bool FutureContext(const Cursor& c, size_t i);

}  // namespace sitrep::time::en

#endif  // SITREP_TIME_GRAMMAR_EN_INTERNAL_H_
