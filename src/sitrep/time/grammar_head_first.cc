// The date grammar of languages whose modifiers follow their head ("minggu
// lalu", "الأسبوع الماضي": the week past) and whose days come before their
// months ("29 November 2024", "5 كانون الأول 2024"): the plug-in named
// "head_first" (Indonesian, Arabic). Like the other grammars it names token
// categories, never words; the words are the pack's timex table:
//
//   relday   a day relative to the report (kemarin -1, أمس -1, اليوم 0)
//   weekday  1 = Monday ... 7 = Sunday      daycue  a word before a day ("hari", "يوم")
//   partday  a part of the day, before or after it (pagi, مساء: MO AF EV NI)
//   month    1..12 (both Arabic month names: ديسمبر and كانون الأول)
//   unit     D W M Y                       shift   after a unit: -1 last, 0 this, +1 next
//   ago      after "N unit" (lalu) or, agobefore, before it (منذ)
//   later    after "N unit": that long after the last date named (kemudian);
//            "N unit" alone is a duration ("tiga minggu": P3W)
//   refday   the day of the last date named, or one near it (اليوم التالي +1,
//            "hari yang sama" 0): not the report's day
//   number   a number word                 yearcue before a year (tahun, عام)
//   hmonth   1..12, a Hijri month (رمضان، ذو الحجة, Ramadan, Syawal)
//   hijri    the Hijri era after its year (هـ، للهجرة, H, Hijriah)
//   yearprep a preposition before a bare year ("pada 2019", "في 1996")
//   rangesep between two days of one month ("1 hingga 3 Desember 2024")
//   clitic   what may be glued before an Arabic time word ("وأمس"); any other
//            letters make it part of another word ("الخامس" holds no "أمس")
//   ordinal  a day of the month as an ordinal word (الخامس 5, الحادي والعشرين
//            21), read only before dayof + a month or "this/last month"
//   dayof    the word joining it to its month ("الخامس من الشهر الجاري")
//   decade   a decade word, its TIMEX3 value (التسعينات 199)
//
// A month may be followed by its name in the other naming system in
// parentheses ("12 أكتوبر (تشرين الأول) 2023": the year still follows).
// Numeric dates are day first ("30/11/2024"); a weekday followed by one in
// parentheses takes its date ("Sabtu (30/11/2024)"). Stateless; thread-safe.
#include <algorithm>

#include "sitrep/time/grammar_util.h"
#include "sitrep/time/hijri_internal.h"

namespace sitrep::time {
namespace {

// A bare number after a year preposition is read as a year only in this range
// ("pada 2019"; not "في 1500 هجوم" or a count of 3000).
constexpr long kFirstBareYear = 1900;
constexpr long kLastBareYear = 2099;

bool IsSym(const Cursor& c, size_t i, std::string_view s) {
  return c.Has(i) && c.toks[i].kind == TokKind::kSym && c.toks[i].text == s;
}

// Reads a count: digits or a number word.
std::optional<Count> ReadCount(const Cursor& c, size_t i) {
  if (c.IsNum(i)) return Count{c.toks[i].num, i + 1};
  if (c.Is(i, "number")) return Count{c.IntOf(i, "number"), i + 1};
  return std::nullopt;
}

Match Span(const Cursor& c, size_t i, size_t next, std::string value) {
  Match m;
  m.begin = c.toks[i].begin;
  m.end = c.toks[next - 1].end;
  m.next = next;
  m.value = std::move(value);
  return m;
}

// "30/11/2024", "30-11-2024": day, month, year.
std::optional<Match> TryNumericDate(const Cursor& c, size_t i) {
  if (!c.IsNum(i) || !c.IsNum(i + 2) || !c.IsNum(i + 4)) return std::nullopt;
  const bool slash = IsSym(c, i + 1, "/") && IsSym(c, i + 3, "/");
  const bool dash = IsSym(c, i + 1, "-") && IsSym(c, i + 3, "-");
  if (!slash && !dash) return std::nullopt;
  for (size_t k = i + 1; k <= i + 4; ++k)
    if (!c.Glued(k)) return std::nullopt;
  Date d{static_cast<int>(c.toks[i + 4].num), static_cast<int>(c.toks[i + 2].num),
         static_cast<int>(c.toks[i].num)};
  if (c.toks[i + 4].digits != 4 || !d.Valid()) return std::nullopt;
  Match m = Span(c, i, i + 5, d.ToString());
  m.explicit_full_date = true;
  return m;
}

// The token after a month at `i`: past the same month's other name in
// parentheses ("أكتوبر (تشرين الأول)", "Desember (Des)").
size_t AfterMonth(const Cursor& c, size_t i) {
  if (IsSym(c, i + 1, "(") && c.Is(i + 2, "month") && IsSym(c, i + 3, ")") &&
      c.IntOf(i + 2, "month") == c.IntOf(i, "month"))
    return i + 4;
  return i + 1;
}

// True when token `i` starts a word of the text: after a space, or glued
// only to one of the pack's clitics ("وأمس", "بالأمس"). An Arabic time word
// found inside another word ("امس" in "الخامس", the fifth) is no time word.
bool StartsWord(const Cursor& c, size_t i, const Lexicon& lex) {
  std::string glued;
  for (size_t j = i; j > 0 && c.Glued(j); --j) {
    const Tok& prev = c.toks[j - 1];
    const bool letter = prev.kind == TokKind::kSym && !prev.lex && prev.text.size() == 2 &&
                        (static_cast<unsigned char>(prev.text[0]) & 0xFC) == 0xD8;  // U+0600..U+06FF
    if (!letter) break;
    glued.insert(0, prev.text);
  }
  if (glued.empty()) return true;
  size_t len = 0;
  const auto* entries = lex.LongestMatch(glued, 0, len);
  if (!entries || len != glued.size()) return false;
  return std::any_of(entries->begin(), entries->end(), [](const LexEntry& e) { return e.category == "clitic"; });
}

// "29 November 2024", "29 November", "November 2024".
std::optional<Match> TryDayMonth(const Cursor& c, size_t i, const Resolver& r) {
  if (c.IsNum(i) && c.Is(i + 1, "month") && c.toks[i].num >= 1 && c.toks[i].num <= 31) {
    const int day = static_cast<int>(c.toks[i].num), month = c.IntOf(i + 1, "month");
    size_t next = AfterMonth(c, i + 1);
    if (c.Is(next, "yearcue")) ++next;  // "5 كانون الأول عام 2024"
    if (c.IsNum(next) && c.toks[next].digits == 4) {
      Date d{static_cast<int>(c.toks[next].num), month, day};
      if (!d.Valid()) return std::nullopt;
      Match m = Span(c, i, next + 1, d.ToString());
      m.explicit_full_date = true;
      return m;
    }
    Match m = Span(c, i, i + 2, r.MonthDay(month, day));
    m.deictic = true;
    return m;
  }
  if (c.Is(i, "month")) {
    size_t next = AfterMonth(c, i);
    if (c.Is(next, "yearcue")) ++next;
    if (c.IsNum(next) && c.toks[next].digits == 4)
      return Span(c, i, next + 1, Resolver::Month(static_cast<int>(c.toks[next].num), c.IntOf(i, "month")));
  }
  return std::nullopt;
}

// "الخامس من الشهر الجاري", "العاشر من كانون الأول 2023", "الثاني من يناير":
// the day as an ordinal word, then its month named or counted from the
// report's. Both joints are whole words ("الثامنة من صباح" is an hour, "الفوج
// الخامس من النازحين" no date).
std::optional<Match> TryOrdinalDay(const Cursor& c, size_t i, const Resolver& r) {
  if (!c.Is(i, "ordinal") || !c.Is(i + 1, "dayof") || c.Glued(i + 1) || c.Glued(i + 2)) return std::nullopt;
  const int day = c.IntOf(i, "ordinal");
  const size_t k = i + 2;
  if (c.Is(k, "month")) {
    const int month = c.IntOf(k, "month");
    size_t next = AfterMonth(c, k);
    if (c.Is(next, "yearcue")) ++next;
    if (c.IsNum(next) && c.toks[next].digits == 4) {
      const Date d{static_cast<int>(c.toks[next].num), month, day};
      if (!d.Valid()) return std::nullopt;
      Match m = Span(c, i, next + 1, d.ToString());
      m.explicit_full_date = true;
      return m;
    }
    Match m = Span(c, i, AfterMonth(c, k), r.MonthDay(month, day));
    m.deictic = true;
    return m;
  }
  const std::string* unit = c.Get(k, "unit");
  if (!unit || *unit != "M" || !c.Is(k + 1, "shift")) return std::nullopt;
  const auto month = Date::Parse(r.RelMonth(c.IntOf(k + 1, "shift")) + "-01");
  if (!month) return std::nullopt;
  const Date d{month->year, month->month, day};
  if (!d.Valid()) return std::nullopt;
  Match m = Span(c, i, k + 2, d.ToString());
  m.deictic = true;
  return m;
}

// Returns the Gregorian day of Hijri `day` `month` in the Hijri year that puts
// it nearest the anchor ("15 رمضان" in a report of March 2024: 1445), or
// "XXXX-XX-XX" without an anchor.
std::string NearestHijri(int month, int day, const Resolver& r) {
  if (!r.anchor()) return "XXXX-XX-XX";
  const int year = HijriYearOf(*r.anchor());
  const long anchor = r.anchor()->DaysSinceEpoch();
  std::optional<Date> best;
  for (int y = year - 1; y <= year + 1; ++y) {
    const auto d = HijriToGregorian(y, month, day);
    if (d && (!best || std::labs(d->DaysSinceEpoch() - anchor) < std::labs(best->DaysSinceEpoch() - anchor)))
      best = d;
  }
  return best ? best->ToString() : "XXXX-XX-XX";
}

// "15 رمضان 1445 هـ", "1 Syawal 1445 H", "3 ذو الحجة عام 1445", "15 رمضان":
// a Hijri day, converted to the Gregorian date (hijri_internal.h).
std::optional<Match> TryHijriDate(const Cursor& c, size_t i, const Resolver& r) {
  if (!c.IsNum(i) || !c.Is(i + 1, "hmonth") || c.toks[i].num < 1 || c.toks[i].num > 30) return std::nullopt;
  const int day = static_cast<int>(c.toks[i].num), month = c.IntOf(i + 1, "hmonth");
  size_t next = i + 2;
  if (c.Is(next, "yearcue")) ++next;
  if (c.IsNum(next) && (c.toks[next].digits == 3 || c.toks[next].digits == 4)) {
    const auto d = HijriToGregorian(static_cast<int>(c.toks[next].num), month, day);
    if (!d) return std::nullopt;
    ++next;
    if (c.Is(next, "hijri")) ++next;
    Match m = Span(c, i, next, d->ToString());
    m.explicit_full_date = true;
    return m;
  }
  Match m = Span(c, i, i + 2, NearestHijri(month, day, r));
  m.deictic = true;
  return m;
}

// "[hari] Senin [malam] [(30/11/2024)]", "صباح [يوم] الثلاثاء", "kemarin sore", "أمس".
std::optional<Match> TryDay(const Cursor& c, size_t i, const Resolver& r) {
  if (c.Is(i, "refday")) return Span(c, i, i + 1, ReferenceValue("D", c.IntOf(i, "refday")));
  size_t k = i;
  std::string part;
  if (c.Is(k, "partday") && (c.Is(k + 1, "weekday") || c.Is(k + 1, "relday") || c.Is(k + 1, "daycue")))
    part = *c.Get(k++, "partday");
  if (c.Is(k, "daycue") && c.Is(k + 1, "weekday")) ++k;
  std::string value;
  if (c.Is(k, "weekday")) {
    auto d = r.Weekday(c.IntOf(k, "weekday"), 0);
    value = d ? Resolver::Day(*d) : "XXXX-XX-XX";
  } else if (c.Is(k, "relday")) {
    value = r.RelDay(c.IntOf(k, "relday"));
  } else {
    return std::nullopt;
  }
  const bool weekday = c.Is(k, "weekday");
  size_t next = k + 1;
  if (part.empty() && c.Is(next, "partday")) part = *c.Get(next++, "partday");
  Match m = Span(c, i, next, value);
  m.deictic = true;
  // "Sabtu (30/11/2024)": the parenthetical date is the day.
  if (weekday && IsSym(c, next, "(")) {
    if (auto d = TryNumericDate(c, next + 1); d && IsSym(c, d->next, ")")) {
      m = Span(c, i, d->next + 1, d->value);
      m.explicit_full_date = true;
    }
  }
  if (!part.empty() && m.value.size() == 10) {
    m.value = WithPartOfDay(m.value, part);
    m.type = document::TimexType::kTime;
  }
  return m;
}

// "tiga hari lalu", "منذ ثلاثة أيام", "dua hari kemudian", "minggu lalu", "الشهر الماضي".
std::optional<Match> TryRelative(const Cursor& c, size_t i, const Resolver& r) {
  if (c.Is(i, "agobefore")) {
    if (auto n = ReadCount(c, i + 1); n && c.Is(n->next, "unit")) {
      Match m = Span(c, i, n->next + 1, RelativeByUnit(r, n->value, *c.Get(n->next, "unit"), -1));
      m.deictic = true;
      return m;
    }
    return std::nullopt;
  }
  if (auto n = ReadCount(c, i); n && c.Is(n->next, "unit")) {
    const std::string& unit = *c.Get(n->next, "unit");
    const size_t after = n->next + 1;
    if (c.Is(after, "ago")) {
      Match m = Span(c, i, after + 1, RelativeByUnit(r, n->value, unit, -1));
      m.deictic = true;
      return m;
    }
    if (c.Is(after, "later")) return Span(c, i, after + 1, ReferenceValue(unit, static_cast<int>(n->value)));
    // "selama tiga minggu", "لمدة ثلاثة أسابيع": a span of time, whose unit
    // is no day of its own ("minggu" is also Sunday). Before a shift the
    // unit is read with it ("12 الشهر الحالي": the 12th, this month).
    if (c.Is(after, "shift")) return std::nullopt;
    Match m = Span(c, i, after, DurationValue(n->value, unit));
    m.type = document::TimexType::kDuration;
    return m;
  }
  if (c.Is(i, "unit") && c.Is(i + 1, "shift")) {
    const std::string& unit = *c.Get(i, "unit");
    const int shift = c.IntOf(i + 1, "shift");
    std::string value;
    if (unit == "W") value = r.RelWeek(shift);
    else if (unit == "M") value = r.RelMonth(shift);
    else if (unit == "Y") value = r.RelYear(shift);
    else if (unit == "D") value = r.RelDay(shift);
    else return std::nullopt;
    Match m = Span(c, i, i + 2, value);
    m.deictic = true;
    return m;
  }
  return std::nullopt;
}

// "1 hingga 3 Desember 2024", "من 1 إلى 3 ديسمبر": days of one month, the
// month (and year) told once, after the last day.
std::optional<Match> TryDayRange(const Cursor& c, size_t i, const Resolver& r) {
  if (!c.IsNum(i) || !c.Is(i + 1, "rangesep") || c.toks[i].num < 1 || c.toks[i].num > 31) return std::nullopt;
  const auto last = TryDayMonth(c, i + 2, r);
  if (!last || last->value.size() != 10) return std::nullopt;  // a day of a month, dated
  const int first = static_cast<int>(c.toks[i].num);
  const auto end = Date::Parse(last->value);
  if (!end || first >= end->day) return std::nullopt;
  const Date start{end->year, end->month, first};
  Match m = Span(c, i, last->next, start.ToString() + "/" + last->value);
  m.explicit_full_date = last->explicit_full_date;
  m.deictic = last->deictic;
  return m;
}

// "tahun 2023", "عام 2023"; after a preposition, "pada 2019", "في 1996":
// a four-digit number of this century or the last.
std::optional<Match> TryYear(const Cursor& c, size_t i) {
  if (c.Is(i, "yearcue") && c.IsNum(i + 1) && c.toks[i + 1].digits == 4)
    return Span(c, i, i + 2, Resolver::Year(static_cast<int>(c.toks[i + 1].num)));
  if (i > 0 && c.Is(i - 1, "yearprep") && c.IsNum(i) && c.toks[i].digits == 4 && !c.toks[i].grouped &&
      c.toks[i].num >= kFirstBareYear && c.toks[i].num <= kLastBareYear)
    return Span(c, i, i + 1, Resolver::Year(static_cast<int>(c.toks[i].num)));
  return std::nullopt;
}

// A decade named by its word ("التسعينات": the nineties): the pack's value, a
// TIMEX3 decade ("199"), never relative to the report.
std::optional<Match> TryDecade(const Cursor& c, size_t i) {
  const std::string* decade = c.Get(i, "decade");
  if (!decade) return std::nullopt;
  return Span(c, i, i + 1, *decade);
}

}  // namespace

std::optional<Match> MatchHeadFirst(const std::vector<Tok>& toks, size_t i, std::string_view,
                                    const Resolver& r, const Lexicon& lex) {
  const Cursor c{toks};
  if (!StartsWord(c, i, lex)) return std::nullopt;
  std::optional<Match> best;
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->next > best->next)) best = std::move(m);
  };
  consider(TryNumericDate(c, i));
  consider(TryDayMonth(c, i, r));
  consider(TryHijriDate(c, i, r));
  consider(TryDay(c, i, r));
  consider(TryRelative(c, i, r));
  consider(TryYear(c, i));
  consider(TryDecade(c, i));
  consider(TryDayRange(c, i, r));
  consider(TryOrdinalDay(c, i, r));
  return best;
}

}  // namespace sitrep::time
