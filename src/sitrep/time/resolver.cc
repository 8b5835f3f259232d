// Resolver: calendar arithmetic from recognized facts to TIMEX3 values against
// the anchor (publication date), and the leftmost-longest driver that runs a
// grammar over the token stream. Without an anchor every relative value keeps
// TIMEX3's X placeholders: the stage never invents a date.
#include <cstdio>
#include <cstdlib>

#include "sitrep/time/timex_internal.h"

namespace sitrep::time {

std::string Resolver::Month(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string Resolver::Year(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::optional<Date> Resolver::RelDate(long days) const {
  if (!anchor_) return std::nullopt;
  return anchor_->AddDays(days);
}

std::string Resolver::RelDay(long days) const {
  auto d = RelDate(days);
  return d ? d->ToString() : "XXXX-XX-XX";
}

std::string Resolver::RelWeek(long weeks) const {
  if (!anchor_) return "XXXX-WXX";
  return anchor_->AddDays(7 * weeks).IsoWeekString();
}

std::string Resolver::RelMonth(int months) const {
  if (!anchor_) return "XXXX-XX";
  const Date d = Date{anchor_->year, anchor_->month, 1}.AddMonths(months);
  return Month(d.year, d.month);
}

std::string Resolver::RelYear(int years) const {
  if (!anchor_) return "XXXX";
  return Year(anchor_->year + years);
}

std::optional<Date> Resolver::Weekday(int weekday, int dir) const {
  if (!anchor_ || weekday < 1 || weekday > 7) return std::nullopt;
  const int today = anchor_->IsoWeekday();
  const int back = (today - weekday + 7) % 7;    // days back to the nearest past (0 = today)
  const int ahead = (weekday - today + 7) % 7;   // days ahead to the nearest future
  switch (dir) {
    case 0: return anchor_->AddDays(-back);
    case -1: return anchor_->AddDays(back == 0 ? -7 : -back);
    case 1: return anchor_->AddDays(ahead == 0 ? 7 : ahead);
    case 2: return anchor_->AddDays(ahead);
    default: return anchor_->AddDays(weekday - today);
  }
}

std::optional<Date> Resolver::MonthDayDate(int month, int day) const {
  if (!anchor_) return std::nullopt;
  // News reports mostly look back: the latest such day up to the anchor, unless
  // the next one comes within kFutureDays and sooner.
  constexpr long kFutureDays = 90;
  std::optional<Date> past, future;
  for (int y = anchor_->year - 1; y <= anchor_->year + 1; ++y) {
    Date d{y, month, day};
    if (!d.Valid()) continue;
    if (d <= *anchor_) past = d;
    else if (!future) future = d;
  }
  if (!past || (tense_ > 0 && future)) return future;
  if (!future || tense_ < 0) return past;
  const long back = anchor_->DaysSinceEpoch() - past->DaysSinceEpoch();
  const long ahead = future->DaysSinceEpoch() - anchor_->DaysSinceEpoch();
  return ahead <= kFutureDays && ahead < back ? future : past;
}

std::string Resolver::MonthDay(int month, int day) const {
  if (auto d = MonthDayDate(month, day)) return d->ToString();
  char buf[24];
  std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
  return buf;
}

std::string Resolver::ShiftedMonth(int month, int shift) const {
  if (!anchor_) return shift == 0 ? MonthOnly(month) : "XXXX-" + MonthOnly(month).substr(5);
  if (shift == 0) return Month(anchor_->year, month);
  int year = anchor_->year;
  if (shift < 0 && month >= anchor_->month) --year;  // "last May": the latest May before now
  if (shift > 0 && month <= anchor_->month) ++year;  // "next May": the first May after now
  return Month(year, month);
}

std::string Resolver::MonthOnly(int month) const {
  if (!anchor_) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
    return buf;
  }
  // The latest such month up to the anchor's, unless the next comes within three
  // months (news mostly looks back).
  constexpr int kFutureMonths = 3;
  const int ahead = (month - anchor_->month + 12) % 12;
  int diff = ahead <= kFutureMonths ? ahead : ahead - 12;
  if (tense_ < 0 && ahead > 0) diff = ahead - 12;
  if (tense_ > 0) diff = ahead;
  const Date d = Date{anchor_->year, anchor_->month, 1}.AddMonths(diff);
  return Month(d.year, d.month);
}

std::string ReferenceValue(const std::string& unit, int offset) {
  return "@" + unit + std::to_string(offset);
}

std::string QuarterRef(const std::string& year_spec, int quarter, const std::string& fallback) {
  return "@Q" + year_spec + ":" + std::to_string(quarter) + "|" + fallback;
}

namespace {

// The latest date the text named, at the finest granularity it gave.
struct Reference {
  int year = 0, month = 0, day = 0;
  int qyear = 0, quarter = 0;  // the latest quarter the text named ("the third quarter")

  void Update(const std::string& value) {
    auto digits = [&](size_t from, size_t n) {
      if (value.size() < from + n) return false;
      for (size_t k = from; k < from + n; ++k) {
        if (value[k] < '0' || value[k] > '9') return false;
      }
      return true;
    };
    if (!digits(0, 4) || (value.size() > 4 && value[4] != '-')) return;
    if (value.size() > 7 && value[7] == '/') return;  // a range: no single reference
    year = std::atoi(value.substr(0, 4).c_str());
    if (value.size() == 7 && value[5] == 'Q' && value[6] >= '1' && value[6] <= '4') {
      qyear = year;
      quarter = value[6] - '0';
    }
    month = day = 0;
    if (digits(5, 2)) month = std::atoi(value.substr(5, 2).c_str());
    if (month && digits(8, 2)) day = std::atoi(value.substr(8, 2).c_str());
  }

  // Returns the value of a quarter placeholder (see QuarterRef) against the
  // reference quarter, or its fallback when the text named no quarter.
  std::string ResolveQuarter(const std::string& placeholder) const {
    const size_t colon = placeholder.find(':'), bar = placeholder.find('|');
    if (colon == std::string::npos || bar == std::string::npos) return "XXXX";
    const std::string fallback = placeholder.substr(bar + 1);
    if (!quarter) return fallback;
    const std::string spec = placeholder.substr(2, colon - 2);
    const int n = std::atoi(placeholder.c_str() + colon + 1);
    const int y = spec[0] == '=' ? std::atoi(spec.c_str() + 1) : qyear + std::atoi(spec.c_str());
    return Resolver::Year(y) + "-Q" + std::to_string(n ? n : quarter);
  }

  // Returns the value of a placeholder "@D-1" against this reference (or the anchor).
  std::string Resolve(const std::string& placeholder, const Resolver& r) const {
    const char unit = placeholder[1];
    const int offset = std::atoi(placeholder.c_str() + 2);
    Reference ref = *this;
    if (!ref.year && r.anchor()) ref = {r.anchor()->year, r.anchor()->month, r.anchor()->day};
    if (unit == 'Y') return ref.year ? Resolver::Year(ref.year + offset) : "XXXX";
    if (unit == 'M') {
      if (!ref.month) return "XXXX-XX";
      const Date d = Date{ref.year, ref.month, 1}.AddMonths(offset);
      return Resolver::Month(d.year, d.month);
    }
    if (!ref.day) return "XXXX-XX-XX";
    return Date{ref.year, ref.month, ref.day}.AddDays(offset).ToString();
  }
};

}  // namespace

std::vector<Match> RecognizeAll(const std::vector<Tok>& toks, std::string_view text,
                                GrammarFn grammar, const Resolver& r, const Lexicon& lex) {
  std::vector<Match> out;
  Reference ref;
  size_t i = 0;
  while (i < toks.size()) {
    auto m = grammar(toks, i, text, r, lex);
    if (m && m->next > i) {
      m->begin = toks[i].begin;
      m->end = toks[m->next - 1].end;
      i = m->next;
      const bool compared = m->value.starts_with("@Q");
      if (compared) {
        // A period compared with the reported one ("a year earlier"): it names
        // no new reference period itself.
        m->value = ref.ResolveQuarter(m->value);
      } else if (m->value.starts_with("@")) {
        m->value = ref.Resolve(m->value, r);
      }
      if (!compared && !m->dates_report && (m->type == document::TimexType::kDate ||
                        m->type == document::TimexType::kTime)) {
        ref.Update(m->value);
      }
      out.push_back(std::move(*m));
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace sitrep::time
