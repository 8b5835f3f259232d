// English reporting periods, as TimeML annotates business and economic news:
// the quarter a report is about and the periods compared with it ("a year
// earlier", "the year-ago quarter", "the 1988 period", "this year's third
// quarter", "the corresponding period last year", "the latest quarter"), and
// the current year named without a number ("the year", "the full year", "the
// current fiscal year", "year-end"). Comparisons resolve against the latest
// quarter the text named (QuarterRef placeholders, filled by RecognizeAll).
// Part of the English grammar (see grammar_en.cc).
#include "sitrep/time/grammar_en_internal.h"

namespace sitrep::time::en {
namespace {

using document::TimexType;

// Reads "[third[-]] quarter" or "period" at k: returns (next, quarter number or 0).
std::optional<std::pair<size_t, int>> ReadPeriod(const Cursor& c, size_t k) {
  int n = 0;
  if (c.IsText(k, "fiscal") && (c.Is(k + 1, "ordinal") || c.IsText(k + 1, "quarter"))) ++k;
  if (c.Is(k, "ordinal")) {
    n = c.IntOf(k, "ordinal");
    if (n < 1 || n > 4) return std::nullopt;
    k += c.IsText(k + 1, "-") && c.Glued(k + 1) ? 2 : 1;
    if (!c.IsText(k, "quarter")) return std::nullopt;
  }
  if (c.IsText(k, "quarter") || (n == 0 && c.Is(k, "periodnoun"))) {
    return std::make_pair(k + 1, n);
  }
  return std::nullopt;
}

// "last year" / "a year ago" / "a year earlier" after a period noun: returns the next index.
size_t ReadYearBefore(const Cursor& c, size_t k) {
  if (c.Is(k, "shift") && c.IntOf(k, "shift") == -1 && c.IsText(k + 1, "year")) return k + 2;
  if (c.Is(k, "article") && c.IsText(k + 1, "year") && c.Is(k + 2, "ago") &&
      c.IntOf(k + 2, "ago") <= 0) {
    return k + 3;
  }
  return k;
}

// The year spec of QuarterRef for a year written out ("=1988").
std::string AbsoluteYear(int year) {
  std::string spec = std::to_string(year);
  spec.insert(spec.begin(), '=');
  return spec;
}

Match Dated(std::string value, size_t next) {
  Match m;
  m.value = std::move(value);
  m.next = next;
  m.deictic = true;
  return m;
}

}  // namespace

std::optional<Match> TryFiscal(const Cursor& c, size_t i, const Resolver& r) {
  const bool the = c.IsText(i, "the");
  size_t j = the ? i + 1 : i;
  if (c.IsText(j, "fiscal") && IsYearNum(c, j + 1)) {  // "fiscal 1989"
    Match m = Dated(Resolver::Year(static_cast<int>(c.toks[j + 1].num)), j + 2);
    m.deictic = false;
    return m;
  }
  if (c.Is(j, "periodmod")) ++j;  // "the comparable ...", "the same ..."
  // [the] year-earlier [third-quarter|quarter|period]
  if (c.Is(j, "relyearadj")) {
    if (auto p = ReadPeriod(c, j + 1)) {
      const std::string fb = p->second ? NumberedQuarter(r, p->second, -1) : LastQuarter(r, -1);
      return Dated(QuarterRef("-1", p->second, fb), p->first);
    }
    if (j != i) return std::nullopt;
    return Dated(QuarterRef("-1", 0, r.RelYear(-1)), j + 1);
  }
  // the 1988 [third] quarter / the 1988 period
  if (the && IsYearNum(c, j)) {
    const int year = static_cast<int>(c.toks[j].num);
    auto p = ReadPeriod(c, j + 1);
    if (!p) return std::nullopt;
    Match m = p->second ? Dated(QuarterValue(year, p->second), p->first)
                        : Dated(QuarterRef(AbsoluteYear(year), 0, Resolver::Year(year)),
                                p->first);
    m.deictic = false;  // the year is written out
    return m;
  }
  // this year's third quarter / last year's quarter / next year's first quarter
  if (c.Is(j, "shift") && c.IsText(j + 1, "year") && c.IsText(j + 2, "'") &&
      c.IsText(j + 3, "s") && c.Glued(j + 2)) {
    auto p = ReadPeriod(c, j + 4);
    if (!p || !r.anchor()) return std::nullopt;
    const int year = r.anchor()->year + c.IntOf(j, "shift");
    if (p->second) return Dated(QuarterValue(year, p->second), p->first);
    return Dated(QuarterRef(AbsoluteYear(year), 0, Resolver::Year(year)), p->first);
  }
  if (!the && !c.IsText(i, "this")) return std::nullopt;
  if (c.IsText(i, "this")) j = i + 1;
  const bool latest = c.Is(j, "latest");
  const bool current = !latest && c.Is(j, "shift") && c.IntOf(j, "shift") == 0;
  if (latest || current) ++j;
  auto p = ReadPeriod(c, j);
  if (!p) return std::nullopt;
  if (current && !p->second && c.IsText(j, "quarter")) {  // "the current quarter"
    auto q = AnchorQuarter(r, 0);
    if (!q) return std::nullopt;
    return Dated(QuarterValue(q->first, q->second), p->first);
  }
  // the corresponding period last year / the quarter a year ago
  if (const size_t k = ReadYearBefore(c, p->first); k != p->first) {
    const std::string fb = p->second ? NumberedQuarter(r, p->second, -1) : LastQuarter(r, -1);
    return Dated(QuarterRef("-1", p->second, fb), k);
  }
  if (p->second && c.IsText(j, "fiscal")) {  // "the fiscal first quarter"
    return Dated(NumberedQuarter(r, p->second, 0), p->first);
  }
  if (p->second) return std::nullopt;  // "the third quarter": TryMisc
  // the (latest) quarter / this quarter / the latest period: the reported one.
  if (c.Is(j, "periodnoun") && !latest) return std::nullopt;  // "the period" alone is vague
  if (!r.anchor()) return std::nullopt;
  return Dated(QuarterRef("+0", 0, LastQuarter(r, 0)), p->first);
}

std::optional<Match> TryNamedYear(const Cursor& c, size_t i, const Resolver& r) {
  // year-end / year end / year's end: the end of the current year.
  if (c.IsText(i, "year")) {
    size_t k = i + 1;
    if (c.IsText(k, "-") && c.Glued(k)) ++k;
    else if (c.IsText(k, "'") && c.IsText(k + 1, "s") && c.Glued(k)) k += 2;
    if (!c.IsText(k, "end")) return std::nullopt;
    return Dated(r.RelYear(0), k + 1);
  }
  // the [full|fiscal|current [fiscal]] year: the current year, or the twelve
  // months of an accounting year ("the year ended Sept. 30": a duration).
  if (!c.IsText(i, "the")) return std::nullopt;
  size_t j = i + 1;
  bool current = false;
  while (c.Is(j, "yearmod") || (c.Is(j, "shift") && c.IntOf(j, "shift") == 0)) {
    current = current || c.Is(j, "shift");
    ++j;
  }
  if (!c.IsText(j, "year")) return std::nullopt;
  // "the year-earlier", "the year 2000", "the year before": not the current year.
  if (c.IsText(j + 1, "-") && c.Glued(j + 1)) return std::nullopt;
  if (c.IsNum(j + 1) || c.Is(j + 1, "number") || c.Is(j + 1, "notcurrent")) return std::nullopt;
  if (c.Is(j + 1, "yearclose")) {  // "the year ended June 30"
    Match m;
    m.type = TimexType::kDuration;
    m.value = "P1Y";
    m.next = j + 1;
    return m;
  }
  if (!r.anchor() && !current) return std::nullopt;
  return Dated(r.RelYear(0), j + 1);
}

}  // namespace sitrep::time::en
