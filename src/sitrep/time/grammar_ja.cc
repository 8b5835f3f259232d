// Japanese timex grammar over the token stream, naming lexicon categories from
// data/lang/ja/timex.tsv. Dates are number + counter chains (2024年12月7日,
// 十二月三日, era years 令和6年) with an optional weekday (土曜日, （土）), part of
// day (夜, 朝) and まで; ranges with から/～ whose second half inherits the first
// half's year and month (12月5日から7日); weekdays with 先週/今週/来週;
// relative words (昨日, 先週, 先月, 昨年); N + unit + 前/後 (1週間前); durations
// (3年間, 過去数日間); decades (1990年代); sets (毎週); reporting periods
// (2024年第3四半期, 上半期, 前年同期, 年末) and holidays (元日, クリスマス).
#include "sitrep/time/grammar_util.h"

#include <algorithm>

namespace sitrep::time {
namespace {

using document::TimexType;

struct JDate {
  int year = 0, month = 0, day = 0;
  std::string part;  // part of day code
  int hour = -1, minute = 0;
  size_t next = 0;
};

std::optional<Count> ReadCount(const Cursor& c, size_t i) {
  if (c.IsNum(i) && !c.toks[i].grouped && c.toks[i].num >= 0) return Count{c.toks[i].num, i + 1};
  if (c.Is(i, "vaguenum")) return Count{-1, i + 1};
  return std::nullopt;
}

// True when the counter at `i` is followed by a duration or relative marker,
// so "3日間" / "3日前" are not calendar dates.
bool CounterIsAmount(const Cursor& c, size_t i) {
  return c.Is(i + 1, "durmark") || c.Is(i + 1, "ago");
}

// Reads time of day after a date or alone: 午前10時30分, 夜, の朝.
size_t ReadTimeOfDay(const Cursor& c, size_t j, JDate& d) {
  size_t k = j;
  if (c.Is(k, "no") && c.Is(k + 1, "partday")) ++k;
  std::string part;
  if (const std::string* p = c.Get(k, "partday")) {
    part = *p;
    ++k;
  }
  // A kanji hour needs 午前/午後 before it: "一時" alone is "for a while".
  const bool hour_ok = c.IsNum(k) && (c.toks[k].digits > 0 || !part.empty());
  if (hour_ok && c.toks[k].num <= 24 && c.Get(k + 1, "datepart") &&
      *c.Get(k + 1, "datepart") == "H" && !CounterIsAmount(c, k + 1)) {
    d.hour = static_cast<int>(c.toks[k].num);
    if (part == "AF" || part == "EV" || part == "NI") {
      if (d.hour < 12) d.hour += 12;
    }
    k += 2;
    if (c.IsNum(k) && c.toks[k].num < 60 && c.Get(k + 1, "datepart") &&
        *c.Get(k + 1, "datepart") == "MIN") {
      d.minute = static_cast<int>(c.toks[k].num);
      k += 2;
    }
    return k;
  }
  if (!part.empty()) {
    d.part = part;
    return k;
  }
  return j;
}

// [era] N年 [N月 [N日]] | N月 [N日] | N日, then weekday and time of day.
std::optional<JDate> ReadDate(const Cursor& c, size_t i, bool allow_bare_day) {
  JDate d;
  size_t j = i;
  int era_base = 0;
  if (c.Is(j, "era")) {
    era_base = c.IntOf(j, "era");
    ++j;
    if (c.Is(j, "gannen")) {  // 元年
      d.year = era_base + 1;
      ++j;
    }
  }
  auto part_at = [&](size_t k) -> std::string {
    const std::string* p = c.Get(k + 1, "datepart");
    return c.IsNum(k) && p && !CounterIsAmount(c, k + 1) ? *p : "";
  };
  if (!d.year && part_at(j) == "Y") {
    const long n = c.toks[j].num;
    if (era_base) d.year = static_cast<int>(era_base + n);
    else if (n >= 1000 && n <= 2999) d.year = static_cast<int>(n);
    else return std::nullopt;
    j += 2;
  } else if (era_base && !d.year) {
    return std::nullopt;
  }
  if (part_at(j) == "M" && c.toks[j].num >= 1 && c.toks[j].num <= 12) {
    d.month = static_cast<int>(c.toks[j].num);
    j += 2;
  }
  if (part_at(j) == "D" && c.toks[j].num >= 1 && c.toks[j].num <= 31 &&
      (d.month || (allow_bare_day && c.toks[j].digits > 0))) {
    d.day = static_cast<int>(c.toks[j].num);
    j += 2;
  }
  if (!d.year && !d.month && !d.day) return std::nullopt;
  // A date glued to a name's head word is part of the name, not a time
  // ("3月23日運動", the March 23 Movement; "2月28日事件").
  if (c.Is(j, "name_after")) return std::nullopt;
  if (c.Is(j, "weekday") && d.day) ++j;  // 2024年12月7日土曜日, 7日（土）
  if (c.Is(j, "xun") && d.month && !d.day) ++j;  // 12月上旬
  if (d.day) j = ReadTimeOfDay(c, j, d);
  d.next = j;
  return d;
}

std::string JDateValue(const JDate& d, const Resolver& r, bool& full) {
  full = d.year && d.month && d.day;
  std::string v;
  if (full) v = Date{d.year, d.month, d.day}.ToString();
  else if (d.month && d.day) v = r.MonthDay(d.month, d.day);
  else if (d.year && d.month) v = Resolver::Month(d.year, d.month);
  else if (d.month) v = r.MonthOnly(d.month);
  else if (d.year) v = Resolver::Year(d.year);
  else if (r.anchor()) {  // a bare day of month: the nearest such day
    const Date a = *r.anchor();
    std::optional<Date> best;
    for (int k = -1; k <= 1; ++k) {
      Date m = Date{a.year, a.month, 1}.AddMonths(k);
      Date cand{m.year, m.month, d.day};
      if (!cand.Valid()) continue;
      if (!best || std::labs(cand.DaysSinceEpoch() - a.DaysSinceEpoch()) <
                       std::labs(best->DaysSinceEpoch() - a.DaysSinceEpoch())) {
        best = cand;
      }
    }
    v = best ? best->ToString() : "XXXX-XX-XX";
  } else {
    char buf[24];
    std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", d.day);
    v = buf;
  }
  if (d.hour >= 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", d.hour, d.minute);
    v += buf;
  } else if (!d.part.empty()) {
    v = WithPartOfDay(v, d.part);
  }
  return v;
}

TimexType TypeOf(const JDate& d) {
  return d.hour >= 0 || !d.part.empty() ? TimexType::kTime : TimexType::kDate;
}

// Tokens SentenceTense reads on each side of a date: more than a sentence
// holds, so a run-on text without 。 costs each date a bounded look, not a
// scan of everything around it (issue 15).
constexpr size_t kTenseWindow = 256;

// Returns the tense of the sentence holding token i: +1 with a future cue
// (予定, 見通し), -1 when the predicate ends in た, else 0.
int SentenceTense(const Cursor& c, size_t i) {
  size_t e = i;
  const size_t e_max = std::min(c.toks.size(), i + kTenseWindow);
  while (e < e_max && !c.Is(e, "stop") && !(e > i && c.toks[e].newline_before)) {
    if (c.Is(e, "futurecue")) return 1;
    ++e;
  }
  size_t b = i;
  const size_t b_min = i > kTenseWindow ? i - kTenseWindow : 0;
  while (b > b_min && !c.Is(b - 1, "stop") && !c.toks[b].newline_before) {
    if (c.Is(b - 1, "futurecue")) return 1;
    --b;
  }
  if (e == i || e > c.toks.size()) return 0;
  const std::string& last = c.toks[e - 1].text;
  return last.ends_with("\xE3\x81\x9F") ? -1 : 0;  // た
}

// Includes a trailing まで / 頃 in the span.
size_t SkipSuffix(const Cursor& c, size_t j) {
  while (c.Is(j, "until") || c.Is(j, "approx")) ++j;
  return j;
}

// Dates, decades and ranges (2024年12月5日から7日, 2013年～2014年).
std::optional<Match> TryDate(const Cursor& c, size_t i, const Resolver& anchor_only) {
  if (c.IsNum(i) && c.Is(i + 1, "datepart") && *c.Get(i + 1, "datepart") == "Y" &&
      c.Is(i + 2, "decade") && c.toks[i].num >= 1000) {
    Match m;
    m.value = DecadeValue(c.toks[i].num);
    m.next = i + 3;
    return m;
  }
  if (c.IsNum(i) && c.Is(i + 1, "century")) {
    Match m;
    m.value = std::to_string(c.toks[i].num - 1);
    if (m.value.size() < 2) m.value = "0" + m.value;
    m.next = i + 2;
    return m;
  }
  std::optional<JDate> a = ReadDate(c, i, true);
  if (!a) {  // 午前10時: a clock time on the anchor's day
    JDate t;
    const size_t k = ReadTimeOfDay(c, i, t);
    if (t.hour < 0) return std::nullopt;
    const Resolver r = anchor_only.WithTense(SentenceTense(c, i));
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", t.hour, t.minute);
    Match m;
    m.type = TimexType::kTime;
    m.deictic = true;
    m.value = r.RelDay(0) + buf;
    m.next = SkipSuffix(c, k);
    return m;
  }
  // The tense only once a date was read: not at every token.
  const Resolver r = anchor_only.WithTense(SentenceTense(c, i));
  Match m;
  m.type = TypeOf(*a);
  m.deictic = !a->year;
  if (c.Is(a->next, "rangesep")) {
    std::optional<JDate> b = ReadDate(c, a->next + 1, a->month != 0);
    if (b && (a->day ? b->day != 0 : true)) {
      JDate bb = *b;
      if (!bb.year) bb.year = a->year;
      if (!bb.month && bb.day) bb.month = a->month;
      bool fa = false, fb = false;
      m.value = JDateValue(*a, r, fa) + "/" + JDateValue(bb, r, fb);
      m.explicit_full_date = fa && fb;
      m.type = TimexType::kDate;
      m.next = SkipSuffix(c, b->next);
      return m;
    }
  }
  if (!a->year && !a->month && a->day && !r.anchor()) m.deictic = true;
  m.value = JDateValue(*a, r, m.explicit_full_date);
  m.next = SkipSuffix(c, a->next);
  return m;
}

// [先週|今週|来週] 金曜日 [の夜] [まで]
std::optional<Match> TryWeekday(const Cursor& c, size_t i, const Resolver& r) {
  size_t j = i;
  std::optional<int> week;
  if (c.Is(j, "relweek") && c.Is(j + 1, "weekday")) {
    week = c.IntOf(j, "relweek");
    ++j;
    if (c.Is(j, "no")) ++j;
  }
  if (!c.Is(j, "weekday")) return std::nullopt;
  const int wd = c.IntOf(j, "weekday");
  std::optional<Date> d;
  if (week) {
    if (auto base = r.Weekday(wd, 3)) d = base->AddDays(7L * *week);
  } else {
    d = r.Weekday(wd, SentenceTense(c, j) > 0 ? 2 : 0);
  }
  JDate parts;
  const size_t k = ReadTimeOfDay(c, j + 1, parts);
  Match m;
  m.deictic = true;
  m.value = d ? d->ToString() : "XXXX-XX-XX";
  if (!parts.part.empty()) {
    m.value = WithPartOfDay(m.value, parts.part);
    m.type = TimexType::kTime;
  }
  m.next = SkipSuffix(c, k);
  return m;
}

// 昨日 [の朝], 今朝, 先週, 先月, 昨年, 最近, 毎週; 同日, 翌日 (the last date named)
std::optional<Match> TryRelative(const Cursor& c, size_t i, const Resolver& r) {
  Match m;
  m.deictic = true;
  m.next = i + 1;
  if (c.Is(i, "relday")) {
    JDate parts;
    m.value = r.RelDay(c.IntOf(i, "relday"));
    m.next = ReadTimeOfDay(c, i + 1, parts);
    if (!parts.part.empty()) {
      m.value = WithPartOfDay(m.value, parts.part);
      m.type = TimexType::kTime;
    }
    m.next = SkipSuffix(c, m.next);
    return m;
  }
  if (const std::string* rp = c.Get(i, "relpart")) {
    m.value = WithPartOfDay(r.RelDay(std::atoi(rp->c_str())), rp->substr(rp->find(':') + 1));
    m.type = TimexType::kTime;
    return m;
  }
  if (c.Is(i, "relweek")) m.value = r.RelWeek(c.IntOf(i, "relweek"));
  else if (c.Is(i, "relmonth")) m.value = r.RelMonth(c.IntOf(i, "relmonth"));
  else if (c.Is(i, "relyear")) m.value = r.RelYear(c.IntOf(i, "relyear"));
  else if (const std::string* ref = c.Get(i, "ref")) {
    m.value = *ref;
    m.deictic = !ref->starts_with("@");  // 同日: the last date named, not the report's
  }
  else if (const std::string* set = c.Get(i, "set")) {
    m.type = TimexType::kSet;
    m.value = *set;
    if (c.Is(i + 1, "weekday") && *set == "P1W") {
      m.value = "XXXX-WXX-" + std::to_string(c.IntOf(i + 1, "weekday"));
      ++m.next;
    }
    return m;
  } else return std::nullopt;
  if (c.Is(m.next, "xun")) ++m.next;  // 先月末, 今月上旬
  m.next = SkipSuffix(c, m.next);
  return m;
}

// [過去|ここ] N unit [間] [前|後]; compounds "1年2か月".
std::optional<Match> TryDuration(const Cursor& c, size_t i, const Resolver& r) {
  size_t j = i;
  const bool past = c.Is(j, "pastmod");
  if (past) ++j;
  std::string value = "P", first_unit, last_unit;
  long first_count = 0;
  int pieces = 0;
  bool amount = false;  // a duration-only counter (か月, 週間), 間, a vague count or a compound
  for (;;) {
    auto n = ReadCount(c, j);
    if (!n) break;
    const std::string* unit = c.Get(n->next, "unit");
    if (!unit) unit = c.Get(n->next, "datepart");
    if (!unit || (*unit == "M" && c.Is(n->next, "datepart"))) break;  // N月 is a month name
    if (pieces && UnitRank(*unit) >= UnitRank(last_unit)) break;
    if (!pieces) {
      first_unit = *unit;
      first_count = n->value;
    }
    AppendDuration(value, n->value, *unit);
    amount = amount || c.Is(n->next, "unit") || n->value < 0 || pieces > 0;
    last_unit = *unit;
    ++pieces;
    j = n->next + 1;
    if (c.Is(j, "durmark")) {
      amount = true;
      ++j;
    }
  }
  if (!pieces) return std::nullopt;
  Match m;
  m.next = j;
  if (c.Is(j, "ago") && pieces == 1 && !past) {
    m.value = RelativeByUnit(r, first_count, first_unit, c.IntOf(j, "ago"));
    m.deictic = true;
    m.next = j + 1;
    return m;
  }
  // A bare "N日" / "N年" is a date (TryDate) or a count of something else,
  // not a span of time, unless a duration marker says so.
  if (!amount && !past) return std::nullopt;
  m.type = TimexType::kDuration;
  m.value = value;
  return m;
}

// [YYYY年] 第3四半期 / 上半期; 今四半期; 前年同期 (the reported quarter a year
// before, as in English "a year earlier"); 年末; holidays (元日).
std::optional<Match> TryPeriod(const Cursor& c, size_t i, const Resolver& r) {
  Match m;
  m.deictic = true;
  size_t j = i;
  int year = 0;
  if (c.IsNum(j) && c.toks[j].digits == 4 && c.Get(j + 1, "datepart") &&
      *c.Get(j + 1, "datepart") == "Y") {
    year = static_cast<int>(c.toks[j].num);
    j += 2;
    if (c.Is(j, "no")) ++j;  // 2024年の第3四半期
  }
  m.next = j + 1;
  if (c.Is(j, "quarter") || c.Is(j, "half")) {
    const bool quarter = c.Is(j, "quarter");
    const int n = quarter ? c.IntOf(j, "quarter") : c.IntOf(j, "half");
    const std::string suffix = (quarter ? "-Q" : "-H") + std::to_string(n);
    if (year) {
      m.value = Resolver::Year(year) + suffix;
      m.deictic = false;
    } else if (!r.anchor()) {
      m.value = "XXXX" + suffix;
    } else {  // the latest such period up to the anchor's
      const int now = quarter ? (r.anchor()->month - 1) / 3 + 1 : (r.anchor()->month - 1) / 6 + 1;
      m.value = Resolver::Year(r.anchor()->year - (n > now ? 1 : 0)) + suffix;
    }
    return m;
  }
  if (year) return std::nullopt;
  if (c.Is(j, "relquarter")) {
    auto q = AnchorQuarter(r, c.IntOf(j, "relquarter"));
    m.value = q ? QuarterValue(q->first, q->second) : "XXXX-QX";
    return m;
  }
  if (c.Is(j, "compared")) {
    m.value = QuarterRef(std::to_string(c.IntOf(j, "compared")), 0,
                         r.RelYear(c.IntOf(j, "compared")));
    return m;
  }
  if (c.Is(j, "yearend")) {
    m.value = r.RelYear(c.IntOf(j, "yearend"));
    return m;
  }
  if (const std::string* rule = c.Get(j, "holiday")) {
    auto d = r.anchor() ? ResolveHoliday(*rule, 0, r) : std::nullopt;
    m.value = d ? d->ToString() : "XXXX-XX-XX";
    return m;
  }
  return std::nullopt;
}

}  // namespace

// True when the date that ends before token `j` is the day a report was made:
// only a particle (、, に) stands between it and a reporting predicate
// ("reportverb": 明らかにした, 発表した), as in 省が19日、明らかにした.
bool DatesReport(const Cursor& c, size_t j) {
  for (size_t k = j; k < j + 3; ++k) {
    if (c.Is(k, "reportverb")) return true;
    if (!c.IsText(k, "\xE3\x80\x81") && !c.IsText(k, "\xE3\x81\xAB")) return false;  // 、 に
  }
  return false;
}

bool JapaneseCanStart(const Tok& t) { return t.kind == TokKind::kNum || t.lex; }

std::optional<Match> MatchJapanese(const std::vector<Tok>& toks, size_t i, std::string_view text,
                                   const Resolver& r, const Lexicon& lex) {
  if (i < toks.size() && !JapaneseCanStart(toks[i])) return std::nullopt;
  return MatchJapaneseRules(toks, i, text, r, lex);
}

std::optional<Match> MatchJapaneseRules(const std::vector<Tok>& toks, size_t i,
                                        std::string_view text, const Resolver& r,
                                        const Lexicon& lex) {
  const Cursor c{toks};
  std::optional<Match> best;
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->next > best->next)) best = std::move(m);
  };
  consider(TryPeriod(c, i, r));
  consider(TryDate(c, i, r));
  consider(TryWeekday(c, i, r));
  consider(TryRelative(c, i, r));
  consider(TryDuration(c, i, r));
  if (best && best->type != TimexType::kSet) best->dates_report = DatesReport(c, best->next);
  return best;
}

}  // namespace sitrep::time
