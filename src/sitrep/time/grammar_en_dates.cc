// English calendar dates: day-month-year in every common order, ISO and
// numeric forms (order from the "numeric_order" setting), dash ranges that
// become one timex, years in a temporal context, decades and spoken years.
// Part of the English grammar (see grammar_en.cc).
#include "sitrep/time/grammar_en_internal.h"

namespace sitrep::time::en {

std::optional<Count> ReadCount(const Cursor& c, size_t i) {
  if (c.IsNum(i) && !c.toks[i].grouped && c.toks[i].num >= 0) {
    return Count{c.toks[i].num, i + 1};
  }
  if (c.Is(i, "vaguenum")) return Count{-1, i + 1};
  if (c.Is(i, "number")) {
    long v = c.IntOf(i, "number");
    // "twenty-five"
    if (v >= 20 && v % 10 == 0 && c.IsText(i + 1, "-") && c.Glued(i + 1) && c.Is(i + 2, "number") &&
        c.IntOf(i + 2, "number") < 10) {
      return Count{v + c.IntOf(i + 2, "number"), i + 3};
    }
    if (v >= 20 && v % 10 == 0 && c.Is(i + 1, "number") && c.IntOf(i + 1, "number") < 10 &&
        c.IntOf(i + 1, "number") > 0 && c.SameLine(i + 1)) {  // "twenty four"
      return Count{v + c.IntOf(i + 1, "number"), i + 2};
    }
    return Count{v, i + 1};
  }
  return std::nullopt;
}

bool IsYearNum(const Cursor& c, size_t i) {
  return c.IsNum(i) && !c.toks[i].grouped && c.toks[i].digits == 4 && c.toks[i].num >= 1000 &&
         c.toks[i].num <= 2999;
}

bool IsDayNum(const Cursor& c, size_t i) {
  return c.IsNum(i) && !c.toks[i].grouped && c.toks[i].digits <= 2 && c.toks[i].num >= 1 &&
         c.toks[i].num <= 31;
}

// Skips an ordinal suffix glued to a day number ("7th").
size_t SkipOrdinal(const Cursor& c, size_t i) {
  return c.Is(i, "ordsuffix") && c.Glued(i) ? i + 1 : i;
}

// Reads a month name, with an optional abbreviation period.
std::optional<std::pair<int, size_t>> ReadMonth(const Cursor& c, size_t i) {
  if (!c.Is(i, "month")) return std::nullopt;
  size_t j = i + 1;
  // "Dec. 7": the abbreviation's period, only when the date goes on.
  if (c.IsText(j, ".") && c.Glued(j) && c.IsNum(j + 1)) ++j;
  return std::make_pair(c.IntOf(i, "month"), j);
}

// Reads ", 2024" / " 2024" after a month or day.
size_t ReadYear(const Cursor& c, size_t j, int& year) {
  size_t k = c.IsText(j, ",") ? j + 1 : j;
  if (IsYearNum(c, k) && c.SameLine(k)) {
    year = static_cast<int>(c.toks[k].num);
    return k + 1;
  }
  return j;
}

// A calendar date: "7 December 2024", "December 7, 2024", "Dec. 7", "December
// 2024", "2024-12-07", "12/7/2024", optionally after a weekday ("Saturday, ").
std::optional<PDate> ReadDate(const Cursor& c, size_t i, const std::string& order) {
  PDate d;
  size_t j = i;
  if (c.Is(j, "weekday")) {
    d.weekday = c.IntOf(j, "weekday");
    ++j;
    if (c.IsText(j, ",")) ++j;
    if (c.IsText(j, "the")) ++j;
  }
  if (IsDayNum(c, j)) {  // 7 December [2024] / 7th of December
    size_t k = SkipOrdinal(c, j + 1);
    if (c.IsText(k, "of")) ++k;
    if (auto m = ReadMonth(c, k)) {
      d.day = static_cast<int>(c.toks[j].num);
      d.month = m->first;
      d.next = ReadYear(c, m->second, d.year);
      return d;
    }
  }
  if (auto m = ReadMonth(c, j)) {
    d.month = m->first;
    size_t k = m->second;
    if (IsDayNum(c, k) && c.SameLine(k) && !(c.IsNum(k + 1) && c.IsText(k + 1, ":"))) {
      d.day = static_cast<int>(c.toks[k].num);
      d.next = ReadYear(c, SkipOrdinal(c, k + 1), d.year);
      return d;
    }
    size_t y = c.IsText(k, "of") ? k + 1 : k;
    d.next = ReadYear(c, y, d.year);
    if (d.year == 0) d.next = k;
    if (d.weekday && !d.year) return std::nullopt;  // "Saturday, Dec" cut short
    return d;
  }
  if (IsYearNum(c, j) && c.IsText(j + 1, "-") && c.Glued(j + 1) && c.IsNum(j + 2) &&
      c.toks[j + 2].digits == 2 && c.IsText(j + 3, "-") && c.Glued(j + 3) && c.IsNum(j + 4) &&
      c.toks[j + 4].digits == 2 && c.Glued(j + 4)) {  // ISO 8601
    d.year = static_cast<int>(c.toks[j].num);
    d.month = static_cast<int>(c.toks[j + 2].num);
    d.day = static_cast<int>(c.toks[j + 4].num);
    d.next = j + 5;
    return Date{d.year, d.month, d.day}.Valid() ? std::optional<PDate>(d) : std::nullopt;
  }
  // Dotted dates: "14.02.2025" is day-first wherever it is written; a year
  // first is "2025.02.14" (a wire's time stamp).
  if (c.IsNum(j) && c.IsText(j + 1, ".") && c.Glued(j + 1) && c.IsNum(j + 2) && c.Glued(j + 2) &&
      c.toks[j + 2].digits <= 2 && c.IsText(j + 3, ".") && c.Glued(j + 3) && c.IsNum(j + 4) &&
      c.Glued(j + 4)) {
    const bool year_first = IsYearNum(c, j) && c.toks[j + 4].digits <= 2;
    if (!year_first && !(c.toks[j].digits <= 2 && IsYearNum(c, j + 4))) return std::nullopt;
    d.year = static_cast<int>(c.toks[year_first ? j : j + 4].num);
    d.month = static_cast<int>(c.toks[j + 2].num);
    d.day = static_cast<int>(c.toks[year_first ? j + 4 : j].num);
    d.next = j + 5;
    return Date{d.year, d.month, d.day}.Valid() ? std::optional<PDate>(d) : std::nullopt;
  }
  if (c.IsNum(j) && c.IsText(j + 1, "/") && c.Glued(j + 1) && c.IsNum(j + 2) && c.Glued(j + 2) &&
      c.IsText(j + 3, "/") && c.Glued(j + 3) && c.IsNum(j + 4) && c.Glued(j + 4)) {
    long a = c.toks[j].num, b = c.toks[j + 2].num, y = c.toks[j + 4].num;
    if (c.toks[j + 4].digits == 2) y += y < 50 ? 2000 : 1900;
    if (order == "dmy" || a > 12) std::swap(a, b);
    d.year = static_cast<int>(y);
    d.month = static_cast<int>(a);
    d.day = static_cast<int>(b);
    d.next = j + 5;
    return Date{d.year, d.month, d.day}.Valid() ? std::optional<PDate>(d) : std::nullopt;
  }
  return std::nullopt;
}

std::string DateValue(const PDate& d, const Resolver& r, bool& full) {
  full = d.year && d.month && d.day;
  if (full) return Date{d.year, d.month, d.day}.ToString();
  if (d.month && d.day) return r.MonthDay(d.month, d.day);
  if (d.year && d.month) return Resolver::Month(d.year, d.month);
  if (d.month) return r.MonthOnly(d.month);
  return Resolver::Year(d.year);
}

// A bare month name stands alone only when capitalized after a cue ("in March").
bool MonthAloneOk(const Cursor& c, size_t i, std::string_view text, const PDate& d) {
  if (d.day || d.year || d.weekday) return true;
  const char first = text[c.toks[i].begin];
  return first >= 'A' && first <= 'Z' && i > 0 && c.Is(i - 1, "monthcue");
}

// Dates and dash ranges of dates or years.
// Year-less dates take the year nearest the anchor with a bias to the past
// (Resolver::MonthDay); on newswire, sentence-level tense cues proved a worse
// guide than that bias, so English dates ignore tense.
std::optional<Match> TryDate(const Cursor& c, size_t i, std::string_view text, const Resolver& r,
                             const std::string& order) {
  std::optional<PDate> a = ReadDate(c, i, order);
  size_t after_a = a ? a->next : i;
  if (!a && IsDayNum(c, i)) {  // "10–15 December 2013": a bare first day
    a = PDate{0, 0, static_cast<int>(c.toks[i].num), 0, i + 1};
    after_a = i + 1;
  }
  if (!a && IsYearNum(c, i)) a = PDate{static_cast<int>(c.toks[i].num), 0, 0, 0, i + 1};
  if (!a) return std::nullopt;
  after_a = a->next;
  if (c.Is(after_a, "rangesep") && c.SameLine(after_a)) {
    std::optional<PDate> b = ReadDate(c, after_a + 1, order);
    if (!b && IsDayNum(c, after_a + 1) && a->month && a->day) {
      b = PDate{0, 0, static_cast<int>(c.toks[after_a + 1].num), 0, after_a + 2};
      b->next = ReadYear(c, after_a + 2, b->year);
    }
    const bool year_range = !a->month && !a->day && IsYearNum(c, after_a + 1) && (!b || !b->month);
    if (year_range) b = PDate{static_cast<int>(c.toks[after_a + 1].num), 0, 0, 0, after_a + 2};
    if (b && (a->month || year_range || b->month)) {
      if (!a->year) {  // "15 December – 10 January 2014": the start is in the year before
        const bool later = b->month && (a->month > b->month ||
                                        (a->month == b->month && a->day > b->day && b->day));
        a->year = b->year - (later && b->year ? 1 : 0);
      }
      if (!a->month) a->month = b->month;
      if (!b->year) b->year = a->year;
      if (!b->month && !year_range) b->month = a->month;
      bool fa = false, fb = false;
      Match m;
      m.value = DateValue(*a, r, fa) + "/" + DateValue(*b, r, fb);
      m.explicit_full_date = fa && fb;
      m.next = b->next;
      return m;
    }
  }
  if (!a->month && !a->year) return std::nullopt;       // a bare day number
  if (!a->month) return std::nullopt;                   // years: TryYear
  if (!a->year && c.Is(a->next, "shift") && c.IsText(a->next + 1, "year") && r.anchor()) {
    a->year = r.anchor()->year + c.IntOf(a->next, "shift");  // "June last year"
    a->next += 2;
  } else if (!a->year && c.IsText(a->next, "of") && c.Is(a->next + 1, "shift") &&
             c.IsText(a->next + 2, "year") && r.anchor()) {
    a->year = r.anchor()->year + c.IntOf(a->next + 1, "shift");  // "May of last year"
    a->next += 3;
  }
  if (!MonthAloneOk(c, i, text, *a)) return std::nullopt;
  Match m;
  m.value = DateValue(*a, r, m.explicit_full_date);
  m.next = a->next;
  return m;
}

// A four-digit year in a temporal context, or a decade ("1990s").
std::optional<Match> TryYear(const Cursor& c, size_t i, std::string_view text) {
  Match m;
  if (c.Is(i, "number") && (c.IntOf(i, "number") == 19 || c.IntOf(i, "number") == 20) &&
      c.SameLine(i + 1)) {  // "nineteen ninety-six", as read out in broadcasts
    auto rest = ReadCount(c, i + 1);
    if (rest && rest->value >= 10 && rest->value <= 99 && c.Is(i + 1, "number")) {
      m.value = Resolver::Year(static_cast<int>(c.IntOf(i, "number") * 100 + rest->value));
      m.next = rest->next;
      return m;
    }
  }
  if (!IsYearNum(c, i)) return std::nullopt;
  if (c.IsText(i + 1, "s") && c.Glued(i + 1) && c.toks[i].num % 10 == 0) {
    m.value = DecadeValue(c.toks[i].num);
    m.next = i + 2;
    return m;
  }
  if (c.IsText(i + 1, ".") && c.Glued(i + 1) && c.IsNum(i + 2) && c.Glued(i + 2)) {
    return std::nullopt;  // "closed at 2082.1": a decimal, not a year
  }
  const bool cue = i > 0 && (c.Is(i - 1, "yearcue") || c.Is(i - 1, "monthcue"));
  const bool glued_word = c.Has(i + 1) && c.Glued(i + 1) && c.toks[i + 1].kind == TokKind::kWord;
  if (glued_word) return std::nullopt;
  if (i > 0 && (c.IsText(i - 1, "$") || c.Is(i - 1, "currency") || c.Is(i - 1, "countcue") ||
                c.Is(i - 1, "notyear"))) {
    return std::nullopt;  // "$2000", "about 2000 people", "Resolution 2139"
  }
  if (!cue && (c.toks[i].num < 1600 || c.toks[i].num > 2099)) return std::nullopt;
  if (!cue && c.Has(i + 1) && c.SameLine(i + 1) && c.toks[i + 1].kind == TokKind::kWord &&
      !c.Is(i + 1, "yearfollow")) {
    // "1,500 fighters" style counts: a plain number before a plural noun.
    const std::string& w = c.toks[i + 1].text;
    const char first = text[c.toks[i + 1].begin];
    if (first >= 'a' && first <= 'z' && w.size() > 3 && w.back() == 's') return std::nullopt;
  }
  m.value = Resolver::Year(static_cast<int>(c.toks[i].num));
  m.next = i + 1;
  return m;
}

// True when a future-tense cue precedes token i in its sentence.
bool FutureContext(const Cursor& c, size_t i) {
  // "Wednesday's ruling": a possessive weekday names a past occasion.
  if (c.IsText(i + 1, "'") && c.IsText(i + 2, "s") && c.Glued(i + 1)) return false;
  for (size_t k = i, n = 0; k > 0 && n < 10; --k, ++n) {
    const Tok& t = c.toks[k - 1];
    if (t.text == "." || t.text == "!" || t.text == "?" || t.text == "," || t.text == ";") {
      return false;
    }
    if (t.Is("futurecue")) return true;
    if (t.Is("pastcue")) return false;
  }
  return false;
}

}  // namespace sitrep::time::en
