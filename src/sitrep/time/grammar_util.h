// Small helpers the language grammars share: token tests, number reading,
// TIMEX3 duration formatting, part-of-day suffixes, holiday rules and
// calendar quarters. Internal to time/.
#ifndef SITREP_TIME_GRAMMAR_UTIL_H_
#define SITREP_TIME_GRAMMAR_UTIL_H_

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/time/timex_internal.h"

namespace sitrep::time {

// Read-only cursor over the token stream.
struct Cursor {
  const std::vector<Tok>& toks;
  bool Has(size_t i) const { return i < toks.size(); }
  bool Is(size_t i, std::string_view cat) const { return Has(i) && toks[i].Is(cat); }
  const std::string* Get(size_t i, std::string_view cat) const {
    return Has(i) ? toks[i].Get(cat) : nullptr;
  }
  int IntOf(size_t i, std::string_view cat) const {
    const std::string* v = Get(i, cat);
    return v ? std::atoi(v->c_str()) : 0;
  }
  bool IsNum(size_t i) const { return Has(i) && toks[i].kind == TokKind::kNum; }
  bool IsText(size_t i, std::string_view s) const { return Has(i) && toks[i].text == s; }
  // True when token i directly follows token i-1 with no whitespace.
  bool Glued(size_t i) const { return Has(i) && !toks[i].space_before; }
  // True when tokens i-1 and i are on the same line.
  bool SameLine(size_t i) const { return Has(i) && !toks[i].newline_before; }
};

// A count read from the text: value -1 means vague ("several", "数").
struct Count {
  long value = 0;
  size_t next = 0;
};

// Returns "P3Y", "PXD", "PT24H" for a count and unit code (Y M W D H MIN S DE CE Q).
std::string DurationValue(long count, const std::string& unit);
// Appends the compound duration piece "3M" or "T2H" to `value` ("P" prefix kept).
void AppendDuration(std::string& value, long count, const std::string& unit);
// Appends half a unit to a compound duration ("P2Y" -> "P2Y6M"); no-op for
// units without an exact half in the next unit down.
void AppendHalf(std::string& value, const std::string& unit);
// Returns the rank of a unit code, larger for longer units (for compound order).
int UnitRank(const std::string& unit);
// Returns the relative value `count` units before (sign -1) or after (+1) the
// anchor at the unit's granularity: days and weeks give a day, months a month,
// years a year, decades a decade. Vague counts give PAST_REF / FUTURE_REF.
std::string RelativeByUnit(const Resolver& r, long count, const std::string& unit, int sign);
// Returns "2024-12-06TNI" for a day value and a part-of-day code ("NI").
std::string WithPartOfDay(const std::string& day, const std::string& code);
// Returns the value of a season in a year, e.g. "2013-SU".
std::string SeasonValue(int year, const std::string& code);
// Returns the decade value "199" of a year 1990.
std::string DecadeValue(long year);

// Returns the day a holiday rule gives in `year` ("12-25" fixed; "11-4-4" the
// fourth Thursday of November, n = 5 the last, "+k" moves k days; "E-2" two
// days before Western Easter), or nullopt for a malformed rule.
std::optional<Date> HolidayIn(const std::string& rule, int year);
// Resolves a holiday against the anchor (which must be set): shift -1 the
// latest strictly before, +1 the first strictly after, 0 the nearest with a
// bias to the past (the next one only when within 90 days and sooner).
std::optional<Date> ResolveHoliday(const std::string& rule, int shift, const Resolver& r);
// Returns "2022-Q3".
std::string QuarterValue(int year, int quarter);
// Returns the anchor's calendar quarter moved by `shift` quarters as (year,
// quarter), or nullopt without an anchor.
std::optional<std::pair<int, int>> AnchorQuarter(const Resolver& r, int shift);
// Returns the latest quarter numbered `n` up to the anchor's, moved by `years`.
std::string NumberedQuarter(const Resolver& r, int n, int years);
// Returns the last completed quarter moved by `years`, or "XXXX-QX".
std::string LastQuarter(const Resolver& r, int years);

}  // namespace sitrep::time

#endif  // SITREP_TIME_GRAMMAR_UTIL_H_
