// English timex grammar: patterns over the token stream, naming lexicon
// categories from data/lang/en/timex.tsv (month, weekday, unit, shift, relday,
// partday, ...). Each Try* function reads one family of expressions starting at
// token i and returns the match; MatchEnglish keeps the longest. Calendar dates
// and ranges live in grammar_en_dates.cc, reporting periods ("a year earlier"
// after a quarter, "the full year") in grammar_en_fiscal.cc, holidays, seasons
// and decade words in grammar_en_named.cc; here: weekdays (nearest past,
// "next" forward, future tense forward), relative days/weeks/months/years,
// durations including compounds ("1 month, 1 week and 2 days"), years,
// decades, seasons, quarters, sets and clock times.
#include <algorithm>

#include "sitrep/time/grammar_en_internal.h"

namespace sitrep::time {
namespace {

using document::TimexType;
using en::DateValue;
using en::FutureContext;
using en::IsYearNum;
using en::PDate;
using en::ReadCount;
using en::ReadDate;
using en::TryDate;
using en::TryFiscal;
using en::TryNamedPeriod;
using en::TryNamedYear;
using en::TryYear;

// [last|next|this] Weekday [night|morning...]
std::optional<Match> TryWeekday(const Cursor& c, size_t i, const Resolver& r) {
  size_t j = i;
  int dir = -100;
  if (c.Is(j, "shift") && c.Is(j + 1, "weekday")) {
    const int s = c.IntOf(j, "shift");
    dir = s < 0 ? -1 : s > 0 ? 1 : 3;
    ++j;
  }
  if (!c.Is(j, "weekday")) return std::nullopt;
  if (dir == -100) dir = FutureContext(c, j) ? 2 : 0;
  const int wd = c.IntOf(j, "weekday");
  Match m;
  m.deictic = true;
  auto d = r.Weekday(wd, dir);
  m.value = d ? d->ToString() : "XXXX-XX-XX";
  m.next = j + 1;
  if (c.Is(m.next, "partday") && c.SameLine(m.next)) {
    m.value = WithPartOfDay(m.value, *c.Get(m.next, "partday"));
    m.type = TimexType::kTime;
    ++m.next;
  }
  return m;
}

// today / yesterday [morning] / tonight / last night / this week / last month ...
// "that day", "the previous day", "the next day", "the following year": dates
// relative to the last date the text named, resolved by RecognizeAll.
std::optional<Match> TryAnaphoric(const Cursor& c, size_t i) {
  size_t j = i;
  int offset = 0;
  if (c.IsText(j, "that") || (c.IsText(j, "the") && c.IsText(j + 1, "same"))) {
    j += c.IsText(j, "that") ? 1 : 2;
  } else if (c.IsText(j, "the") && (c.Is(j + 1, "anaphor") || c.IsText(j + 1, "next"))) {
    offset = c.Is(j + 1, "anaphor") ? c.IntOf(j + 1, "anaphor") : 1;
    j += 2;
  } else {
    return std::nullopt;
  }
  const std::string* unit = c.Get(j, "unit");
  if (!unit || c.toks[j].text.back() == 's') return std::nullopt;
  if (*unit != "D" && *unit != "M" && *unit != "Y") return std::nullopt;
  if (c.IsText(i, "the") && c.IsText(i + 1, "next") && *unit != "D") return std::nullopt;
  Match m;
  m.value = ReferenceValue(*unit, offset);
  m.next = j + 1;
  return m;
}

std::optional<Match> TryRelative(const Cursor& c, size_t i, const Resolver& r) {
  Match m;
  m.deictic = true;
  if (c.Is(i, "relday")) {
    m.value = r.RelDay(c.IntOf(i, "relday"));
    m.next = i + 1;
    if (c.Is(i + 1, "partday")) {
      m.value = WithPartOfDay(m.value, *c.Get(i + 1, "partday"));
      m.type = TimexType::kTime;
      ++m.next;
    }
    return m;
  }
  if (const std::string* rp = c.Get(i, "relpart")) {  // "-1:NI"
    const size_t colon = rp->find(':');
    m.value = WithPartOfDay(r.RelDay(std::atoi(rp->c_str())), rp->substr(colon + 1));
    m.type = TimexType::kTime;
    m.next = i + 1;
    return m;
  }
  size_t j = i;
  if (c.Is(j, "edge")) ++j;  // earlier / later / early / late
  if (!c.Is(j, "shift")) return std::nullopt;
  const int s = c.IntOf(j, "shift");
  const std::string* unit = c.Get(j + 1, "unit");
  if (const std::string* pd = c.Get(j + 1, "partday"); pd && s <= 0) {  // last night, this morning
    m.value = WithPartOfDay(r.RelDay(s < 0 ? -1 : 0), *pd);
    m.type = TimexType::kTime;
    m.next = j + 2;
    return m;
  }
  if (c.Is(j + 1, "month") && !c.IsNum(j + 2)) {  // "last May", "next March"
    m.value = r.ShiftedMonth(c.IntOf(j + 1, "month"), s);
    m.next = j + 2;
    return m;
  }
  if (const std::string* season = c.Get(j + 1, "season")) {
    if (!r.anchor()) {
      m.value = "XXXX-" + *season;
    } else {
      m.value = SeasonValue(r.anchor()->year + s, *season);
    }
    m.next = j + 2;
    return m;
  }
  if (!unit || c.toks[j + 1].text.back() == 's') return std::nullopt;  // "past years": a duration
  if (c.Is(j, "anaphor")) return std::nullopt;  // "the previous day": another event's date
  m.next = j + 2;
  if (*unit == "D") m.value = r.RelDay(s);
  else if (*unit == "W") m.value = r.RelWeek(s);
  else if (*unit == "WE") m.value = r.RelWeek(s) == "XXXX-WXX" ? "XXXX-WXX-WE" : r.RelWeek(s) + "-WE";
  else if (*unit == "M") m.value = r.RelMonth(s);
  else if (*unit == "Y") m.value = r.RelYear(s);
  else if (*unit == "Q" && r.anchor()) {
    const Date q0{r.anchor()->year, (r.anchor()->month - 1) / 3 * 3 + 1, 1};
    const Date q = q0.AddMonths(3 * s);
    m.value = Resolver::Year(q.year) + "-Q" + std::to_string((q.month - 1) / 3 + 1);
  } else return std::nullopt;
  return m;
}

std::optional<Match> BarePlural(const Cursor& c, size_t i);

// [the] [past|last|next] N unit[, N unit and N unit] [ago|later|earlier]
std::optional<Match> TryDuration(const Cursor& c, size_t i, const Resolver& r) {
  size_t j = i;
  if (c.IsText(j, "the") && (c.Is(j + 1, "pastmod") || c.Is(j + 1, "shift"))) ++j;
  // "the nine months", "the latest six months": a span the text dwells on.
  // Not before an adjective ("the five-day-long truce", "the two-year plan").
  const size_t first = c.Is(i + 1, "latest") ? i + 2 : i + 1;
  const std::optional<Count> the_n = c.IsText(i, "the") && !c.Is(first, "article")
                                         ? ReadCount(c, first) : std::nullopt;
  if (the_n && c.Is(the_n->next, "unit") && !c.IsText(the_n->next + 1, "-")) j = first;
  bool past = false;
  if ((c.Is(j, "pastmod") || c.Is(j, "shift")) && (ReadCount(c, j + 1) || c.Is(j + 1, "unit"))) {
    past = true;
    ++j;
  }
  if (past && c.Is(j - 1, "anaphor") && c.toks[j].text.back() != 's') {
    return std::nullopt;  // "the previous day" points at another event's date
  }
  if (past && c.Is(j, "unit") && !c.Is(j, "number")) {  // "the past week" = P1W
    Match m;
    m.type = TimexType::kDuration;
    const bool plural = c.toks[j].text.back() == 's';  // "the coming years" = PXY
    m.value = DurationValue(plural ? -1 : 1, *c.Get(j, "unit"));
    m.next = j + 1;
    return j > i + 1 || c.IsText(i, "the") ? std::optional<Match>(m) : std::nullopt;
  }
  std::optional<Count> n = ReadCount(c, j);
  if (!n && c.Is(j, "article")) {
    // "700 seats a week", "$2 million a year": a rate, not a span of time.
    const bool rate = j > 0 && (c.IsNum(j - 1) || c.Is(j - 1, "number") ||
                                (c.toks[j - 1].kind == TokKind::kWord &&
                                 c.toks[j - 1].text.size() > 3 && c.toks[j - 1].text.back() == 's'));
    if (rate) return std::nullopt;
    n = Count{1, j + 1};
  }
  if (!n) return BarePlural(c, i);
  if (c.IsNum(j) && c.toks[j].digits == 4 && c.toks[j].num >= 1000) return std::nullopt;
  size_t k = n->next;
  bool half = false;
  if (c.IsNum(k) && c.toks[k].num == 1 && c.IsText(k + 1, "/") && c.IsNum(k + 2) &&
      c.toks[k + 2].num == 2 && c.Glued(k + 1)) {  // "2 1/2 years"
    half = true;
    k += 3;
  }
  if (c.IsText(k, "-") && c.Glued(k)) ++k;  // "two-year"
  if (c.Is(k, "unitmod")) ++k;               // "two more weeks"
  const std::string* unit = c.Get(k, "unit");
  if (!unit || *unit == "WE") return std::nullopt;
  if (*unit == "S" && c.IsText(k, "second")) return std::nullopt;  // "a second attack"
  if (*unit == "Q" && c.IsText(k + 1, "of")) return std::nullopt;  // "three-quarters of"
  if (*unit == "Y" && c.IsText(k + 1, "old")) return std::nullopt;  // "52 years old": an age
  const bool age = c.IsText(k + 1, "-") && c.Glued(k + 1) && c.Is(k + 2, "agemark");
  if (age && c.IsText(k + 2, "old")) return std::nullopt;  // ages ("6-year-old") are not times
  if (c.Is(j, "article") && c.toks[k].text.back() == 's') return std::nullopt;  // "a decades-long"
  if (c.IsText(k + 1, "and") && c.Is(k + 2, "article") && c.Is(k + 3, "half")) {
    half = true;  // "a minute and a half"
    k += 3;
  }
  std::string value = "P";
  AppendDuration(value, n->value, *unit);
  if (half && n->value >= 0) AppendHalf(value, *unit);
  std::string last_unit = *unit, first_unit = *unit;
  long first_count = n->value;
  k++;
  for (;;) {  // ", 1 week and 2 days"
    size_t q = k;
    if (c.IsText(q, ",")) ++q;
    if (c.IsText(q, "and")) ++q;
    if (q == k) break;
    auto n2 = ReadCount(c, q);
    if (!n2 || n2->value < 0) break;
    const std::string* u2 = c.Get(n2->next, "unit");
    if (!u2 || UnitRank(*u2) >= UnitRank(last_unit)) break;
    AppendDuration(value, n2->value, *u2);
    last_unit = *u2;
    k = n2->next + 1;
  }
  Match m;
  m.next = k;
  if (age) {  // "day-long": the amount, span included
    m.type = TimexType::kDuration;
    m.value = value;
    m.next = k + 2;
    return m;
  }
  if (!past && c.Is(k, "ago") && c.IntOf(k, "ago") == 0 &&
      !(UnitRank(first_unit) >= UnitRank("Y") && c.IsText(k, "earlier"))) {
    // "three days later": anchored on another event, not on the publication
    // date, so (as in TimeML) only the amount is a timex. "A year earlier"
    // compares with the same period a year before the report: a date.
    m.type = TimexType::kDuration;
    m.value = value;
    return m;
  }
  if (!past && c.Is(k, "ago") && last_unit == first_unit) {
    const int sign = c.IntOf(k, "ago") == 0 ? -1 : c.IntOf(k, "ago");
    m.value = RelativeByUnit(r, first_count, first_unit, sign);
    if (first_unit == "Y" && first_count == 1 && sign < 0) {
      m.value = QuarterRef("-1", 0, m.value);  // "up from $3 million a year ago"
    }
    m.deictic = true;
    m.next = k + 1;
    return m;
  }
  m.type = TimexType::kDuration;
  m.value = value;
  return m;
}

// "for weeks", "in recent years": a plural unit without a count.
std::optional<Match> BarePlural(const Cursor& c, size_t i) {
  size_t j = i;
  if (c.Is(j, "recentmod")) ++j;
  const std::string* unit = c.Get(j, "unit");
  if (!unit || c.toks[j].text.back() != 's' || *unit == "S" || *unit == "WE" || *unit == "Q") {
    return std::nullopt;
  }
  const bool suffix = c.IsText(j + 1, "-") && c.Glued(j + 1) && c.Is(j + 2, "agemark");
  if (j == i && !suffix && !(i > 0 && c.Is(i - 1, "pluralcue"))) return std::nullopt;
  Match m;
  m.type = TimexType::kDuration;
  m.value = DurationValue(-1, *unit);
  m.next = suffix ? j + 3 : j + 1;
  return m;
}

// recently, now, the past, the future, daily, every week, every Friday,
// summer 2013, the third quarter, 10:30 a.m.
std::optional<Match> TryMisc(const Cursor& c, size_t i, const Resolver& r) {
  Match m;
  m.next = i + 1;
  if (const std::string* ref = c.Get(i, "ref")) {
    m.value = *ref;
    return m;
  }
  if (const std::string* ref = c.Get(i, "futuremod");  // "in coming weeks", "future quarters"
      ref && !(i > 0 && c.IsText(i - 1, "the")) && c.Is(i + 1, "unit") &&
      c.toks[i + 1].text.back() == 's') {
    m.value = *ref;
    m.next = i + 2;
    return m;
  }
  const size_t p = i + 1;  // "the past", "the future" (bare "future" is an adjective)
  if (const std::string* ref = c.IsText(i, "the") ? c.Get(p, "pastref") : nullptr;
      ref && !c.Is(p + 1, "unit") && !ReadCount(c, p + 1) && !c.Is(p + 1, "article")) {
    m.value = *ref;  // "the past", "the future"
    m.next = p + 1;
    return m;
  }
  if (c.IsNum(i) && c.Is(i + 1, "ordsuffix") && c.Glued(i + 1) && c.Get(i + 2, "unit") &&
      *c.Get(i + 2, "unit") == "CE") {  // "the 20th century"
    m.value = std::to_string(c.toks[i].num - 1);
    if (m.value.size() < 2) m.value = "0" + m.value;
    m.next = i + 3;
    return m;
  }
  if (const std::string* set = c.Get(i, "set")) {
    m.type = TimexType::kSet;
    m.value = *set;
    return m;
  }
  if (c.Is(i, "every")) {
    m.type = TimexType::kSet;
    m.next = i + 2;
    if (const std::string* u = c.Get(i + 1, "unit")) {
      m.value = DurationValue(1, *u);
      return m;
    }
    if (c.Is(i + 1, "weekday")) {
      m.value = "XXXX-WXX-" + std::to_string(c.IntOf(i + 1, "weekday"));
      return m;
    }
    if (c.Is(i + 1, "month")) {  // "each July"
      m.value = Resolver::Month(0, c.IntOf(i + 1, "month")).replace(0, 4, "XXXX");
      return m;
    }
    if (const std::string* season = c.Get(i + 1, "season")) {  // "every summer"
      m.value = "XXXX-" + *season;
      return m;
    }
    return std::nullopt;
  }
  if (const std::string* season = c.Get(i, "season")) {
    if (IsYearNum(c, i + 1)) {
      m.value = SeasonValue(static_cast<int>(c.toks[i + 1].num), *season);
      m.next = i + 2;
      return m;
    }
    return std::nullopt;
  }
  if (c.IsText(i, "the") && r.anchor()) {
    size_t j = i + 1;
    const bool latest = c.Is(j, "latest");
    if (latest) ++j;
    const std::string* u = c.Get(j, "unit");
    if (u && *u == "Q" && c.toks[j].text == "quarter") {
      // "the (latest) quarter": the last completed quarter, as in earnings reports.
      const Date q0{r.anchor()->year, (r.anchor()->month - 1) / 3 * 3 + 1, 1};
      const Date q = q0.AddMonths(-3);
      m.value = Resolver::Year(q.year) + "-Q" + std::to_string((q.month - 1) / 3 + 1);
      m.deictic = true;
      m.next = j + 1;
      return m;
    }
    if (u && *u == "WE" && !latest) {  // "the weekend": the latest one
      m.value = r.RelWeek(r.anchor()->IsoWeekday() >= 6 ? 0 : -1) + "-WE";
      m.deictic = true;
      m.next = j + 1;
      return m;
    }
  }
  if (const std::string* rel = c.Get(i, "relyearadj")) {  // "year-earlier", "year-ago"
    m.value = r.RelYear(std::atoi(rel->c_str()));
    m.deictic = true;
    return m;
  }
  const size_t o = c.IsText(i, "the") ? i + 1 : i;
  const size_t ou = c.IsText(o + 1, "-") && c.Glued(o + 1) ? o + 2 : o + 1;  // "third-quarter"
  if (c.Is(o, "ordinal") && c.Is(ou, "unit") && r.anchor()) {
    const int n = c.IntOf(o, "ordinal");
    const std::string& u = *c.Get(ou, "unit");
    size_t ou_next = ou + 1;
    const int quarter_now = (r.anchor()->month - 1) / 3 + 1;
    if (u == "Q" && n >= 1 && n <= 4) {
      int year = r.anchor()->year - (n > quarter_now ? 1 : 0);
      if (c.IsText(ou + 1, "of") && IsYearNum(c, ou + 2)) {  // "the third quarter of 1990"
        year = static_cast<int>(c.toks[ou + 2].num);
        ou_next = ou + 3;
      }
      m.value = Resolver::Year(year) + "-Q" + std::to_string(n);
    } else if (u == "H" && n >= 1 && n <= 2) {
      return std::nullopt;  // "the first hour": no calendar value
    } else if (u == "CE") {
      m.value = std::to_string(n - 1);
      if (m.value.size() < 2) m.value = "0" + m.value;
    } else {
      return std::nullopt;
    }
    m.next = ou_next;
    return m;
  }
  const bool clock_word = c.Is(i, "clock");
  if ((c.IsNum(i) && c.toks[i].num <= 24) || clock_word) {  // 10:30 a.m. / 3 p.m. / noon
    long hour = clock_word ? c.IntOf(i, "clock") : c.toks[i].num, minute = 0;
    size_t j = i + 1;
    if (c.IsText(j, ":") && c.Glued(j) && c.IsNum(j + 1) && c.toks[j + 1].digits == 2) {
      minute = c.toks[j + 1].num;
      j += 2;
    }
    const std::string* ampm = c.Get(j, "ampm");
    if ((!ampm && !clock_word) || minute > 59) return std::nullopt;
    if (ampm && *ampm == "pm" && hour < 12) hour += 12;
    if (ampm && *ampm == "am" && hour == 12) hour = 0;
    if (!ampm) --j;
    char buf[40];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", static_cast<int>(hour), static_cast<int>(minute));
    m.type = TimexType::kTime;
    m.value = r.RelDay(0) + buf;
    m.deictic = true;
    m.next = j + 1;
    if (c.Is(m.next, "timezone")) ++m.next;
    if (c.IsText(m.next, ",")) ++m.next;
    if (auto d = ReadDate(c, m.next, "mdy"); d && d->month && d->day) {  // "5 p.m. EST Nov. 9"
      bool full = false;
      m.value = DateValue(*d, r, full) + buf;
      m.next = d->next;
    } else if (c.IsText(m.next, ",")) {
      --m.next;
    }
    if (c.Is(m.next, "weekday") && c.SameLine(m.next)) {  // "10 p.m. Wednesday"
      auto d = r.Weekday(c.IntOf(m.next, "weekday"), FutureContext(c, i) ? 2 : 0);
      m.value = (d ? d->ToString() : "XXXX-XX-XX") + buf;
      ++m.next;
    } else if (c.Is(m.next, "relday") && c.SameLine(m.next)) {  // "3 p.m. yesterday"
      m.value = r.RelDay(c.IntOf(m.next, "relday")) + buf;
      ++m.next;
    }
    return m;
  }
  return std::nullopt;
}

}  // namespace

bool EnglishCanStart(const Tok& t) {
  if (t.kind != TokKind::kWord) return true;
  if (t.lex) {
    // Categories the rules read only beside an expression, never as its
    // first token: the word before a month, a year or a count ("in", "since",
    // "about", "$"), after one ("was", a time zone, "-old", "ended"), the
    // tense cues read before a weekday ("said", "will"), caption words: a word
    // that is only these starts nothing unless the rules name it by its text.
    static constexpr std::string_view kContextOnly[] = {
        "agemark", "caption",  "countcue",   "currency", "futurecue", "monthcue", "notcurrent",
        "notyear", "pastcue",  "pluralcue",  "rangesep", "timezone",  "yearclose", "yearcue",
        "yearfollow"};
    for (const LexEntry& e : *t.lex) {
      if (std::find(std::begin(kContextOnly), std::end(kContextOnly), e.category) ==
          std::end(kContextOnly)) {
        return true;
      }
    }
  }
  // The words the rules name by their text (Cursor::IsText) rather than by a
  // lexicon category: the lexicon holds them all today, but a rule must not
  // depend on that.
  static constexpr std::string_view kLiteralWords[] = {
      "and",  "earlier", "end", "fiscal", "half", "last", "next", "of",   "old",
      "past", "quarter", "s",   "same",   "second", "that", "the", "this", "year"};
  return std::find(std::begin(kLiteralWords), std::end(kLiteralWords), t.text) !=
         std::end(kLiteralWords);
}

std::optional<Match> MatchEnglish(const std::vector<Tok>& toks, size_t i, std::string_view text,
                                  const Resolver& r, const Lexicon& lex) {
  if (i < toks.size() && !EnglishCanStart(toks[i])) return std::nullopt;
  return MatchEnglishRules(toks, i, text, r, lex);
}

std::optional<Match> MatchEnglishRules(const std::vector<Tok>& toks, size_t i,
                                       std::string_view text, const Resolver& r,
                                       const Lexicon& lex) {
  const Cursor c{toks};
  static const std::string kDefaultOrder = "mdy";
  const std::string* setting = lex.FindSetting("numeric_order");
  const std::string& order = setting ? *setting : kDefaultOrder;
  std::optional<Match> best;
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->next > best->next)) best = std::move(m);
  };
  consider(TryFiscal(c, i, r));
  consider(TryNamedYear(c, i, r));
  consider(TryNamedPeriod(c, i, r));
  consider(TryDate(c, i, text, r, order));
  consider(TryYear(c, i, text));
  consider(TryWeekday(c, i, r));
  consider(TryRelative(c, i, r));
  consider(TryDuration(c, i, r));
  consider(TryMisc(c, i, r));
  consider(TryAnaphoric(c, i));
  // "nearly two years", "more than four decades ago": TimeML keeps the
  // approximation inside the extent of a duration or an "ago" date.
  if (c.Is(i, "approxmod") && (ReadCount(c, i + 1) || c.Is(i + 1, "article"))) {
    std::optional<Match> inner = MatchEnglish(toks, i + 1, text, r, lex);
    if (inner && (inner->type == TimexType::kDuration || c.Is(inner->next - 1, "ago")) &&
        (!best || inner->next > best->next)) {
      best = inner;
    }
  }
  if (!best && c.Is(i, "edge") && !c.Is(i, "ago")) {  // "mid-November", "early 1990s"
    const size_t j = c.IsText(i + 1, "-") && c.Glued(i + 1) ? i + 2 : i + 1;
    std::optional<Match> inner = TryDate(c, j, text, r, order);
    if (!inner) inner = TryYear(c, j, text);
    if (!inner) inner = TryNamedYear(c, j, r);    // "the end of the year"
    if (!inner) inner = TryRelative(c, j, r);     // "the end of this month"
    if (!inner && c.Is(j, "month")) {             // "mid-November": the edge is the cue
      inner = Match{};
      inner->value = r.MonthOnly(c.IntOf(j, "month"));
      inner->next = j + 1;
    }
    if (inner && !c.Is(j, "weekday") && inner->type == TimexType::kDate) best = inner;
  }
  return best;
}

}  // namespace sitrep::time
