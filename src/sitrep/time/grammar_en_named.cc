// English named periods that carry no number: holidays ("Thanksgiving Day",
// "last Christmas", "Election Day"), seasons without a year ("the summer",
// "this past spring", "the winter of 1994"), halves of a year ("the second half
// of 1989") and decade words ("the nineties"). Holiday rules are data
// (category "holiday" in data/lang/en/timex.tsv): "MM-DD" for a fixed day,
// "MM-n-w[+k]" for the n-th weekday w of a month (n = 5: the last) moved k days,
// "E+k" for k days after Western Easter. Part of the English grammar.
#include "sitrep/time/grammar_en_internal.h"

namespace sitrep::time::en {
namespace {

// The year of the latest season `code` that has begun by the anchor or, when
// `future`, of the one under way or the next to begin.
int SeasonYear(const Date& a, const std::string& code, bool future) {
  const int start = code == "SP" ? 3 : code == "SU" ? 6 : code == "FA" ? 9 : 12;
  const int latest = a.month >= start ? a.year : a.year - 1;
  const bool ongoing = (a.month - start + 12) % 12 < 3;
  return future && !ongoing ? latest + 1 : latest;
}

}  // namespace

std::optional<Match> TryNamedPeriod(const Cursor& c, size_t i, const Resolver& r) {
  Match m;
  m.deictic = true;
  // [last|next|this] Thanksgiving [Day]
  size_t j = i;
  int shift = 0;
  if (c.Is(j, "shift") && c.Is(j + 1, "holiday")) shift = c.IntOf(j++, "shift");
  if (const std::string* rule = c.Get(j, "holiday")) {
    m.next = j + 1;
    if (IsYearNum(c, m.next) && c.SameLine(m.next)) {  // "Christmas 2013"
      auto d = HolidayIn(*rule, static_cast<int>(c.toks[m.next].num));
      if (!d) return std::nullopt;
      m.value = d->ToString();
      m.explicit_full_date = true;
      m.deictic = false;
      ++m.next;
      return m;
    }
    if (!r.anchor()) {
      m.value = "XXXX-XX-XX";
      return m;
    }
    auto d = ResolveHoliday(*rule, shift, r);
    if (!d) return std::nullopt;
    m.value = d->ToString();
    return m;
  }
  const bool the = c.IsText(i, "the");
  // the nineties
  if (the && c.Is(i + 1, "decadeword")) {
    m.value = *c.Get(i + 1, "decadeword");
    m.deictic = false;
    m.next = i + 2;
    return m;
  }
  // the first / second / last half of 1989
  if (the && (c.Is(i + 1, "ordinal") || c.IsText(i + 1, "last")) && c.IsText(i + 2, "half") &&
      c.IsText(i + 3, "of") && IsYearNum(c, i + 4)) {
    const int n = c.IsText(i + 1, "last") ? 2 : c.IntOf(i + 1, "ordinal");
    if (n != 1 && n != 2) return std::nullopt;
    m.value = Resolver::Year(static_cast<int>(c.toks[i + 4].num)) + "-H" + std::to_string(n);
    m.deictic = false;
    m.next = i + 5;
    return m;
  }
  // the [early] summer [of 1994] / this past spring
  j = i;
  const bool past = c.IsText(j, "this") && c.IsText(j + 1, "past");
  if (past) j += 2;
  else if (the) ++j;
  else return std::nullopt;
  if (!past && c.Is(j, "edge") && !c.Is(j, "ago")) ++j;
  const std::string* season = c.Get(j, "season");
  if (!season) return std::nullopt;
  m.next = j + 1;
  if (!past && c.IsText(j + 1, "of")) {
    size_t k = j + 2;
    // Spoken years only: TryYear reads no text for them.
    std::optional<Match> year = c.Is(k, "number") ? TryYear(c, k, "") : std::nullopt;
    if (IsYearNum(c, k)) {
      m.value = SeasonValue(static_cast<int>(c.toks[k].num), *season);
      m.next = k + 1;
    } else if (year) {  // "the winter of nineteen ninety-four"
      m.value = SeasonValue(std::atoi(year->value.c_str()), *season);
      m.next = year->next;
    }
    if (!m.value.empty()) {
      m.deictic = false;
      return m;
    }
  }
  if (!r.anchor()) return std::nullopt;
  // The latest season begun by the anchor; in a future-tense clause the next one.
  const bool future = !past && FutureContext(c, i);
  m.value = SeasonValue(SeasonYear(*r.anchor(), *season, future), *season);
  return m;
}

}  // namespace sitrep::time::en
