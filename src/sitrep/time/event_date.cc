// Event dating: governing timex per sentence and its ACLED date/precision.
#include "sitrep/time/event_date.h"

#include <algorithm>
#include <cstdlib>
#include <span>

#include "sitrep/base/date.h"

namespace sitrep::time {
namespace {

using document::Document;
using document::Span;
using document::TimeExpr;
using document::TimexType;

// Returns the timexes starting inside `span` (so every one `span` can contain),
// in document order. The time stage writes doc.timexes in text order
// (RecognizeAll reads the tokens left to right), so they are found by binary
// search: dating each event costs the timexes of its sentence, not a scan of
// the whole document (which made a long document's events quadratic).
std::span<const TimeExpr> StartingIn(const Document& doc, Span span) {
  const auto before = [](const TimeExpr& t, size_t at) { return t.span.begin < at; };
  const auto lo = std::lower_bound(doc.timexes.begin(), doc.timexes.end(), span.begin, before);
  const auto hi = std::lower_bound(lo, doc.timexes.end(), span.end, before);
  return {lo, hi};
}

// Precision for a day range by its length in days.
int PrecisionForDays(long days) { return days <= 1 ? 1 : days <= 8 ? 2 : 3; }

std::optional<EventDate> Range(const Date& a, const Date& b) {
  if (b < a) return std::nullopt;
  EventDate e;
  e.date = a.ToString();
  if (!(a == b)) e.date_end = b.ToString();
  e.time_precision = PrecisionForDays(b.DaysSinceEpoch() - a.DaysSinceEpoch() + 1);
  return e;
}

// The bounds of a single TIMEX3 date value, or nullopt.
std::optional<std::pair<Date, Date>> Bounds(const std::string& v) {
  if (v.size() >= 10) {
    if (auto d = Date::Parse(std::string_view(v).substr(0, 10))) {
      if (v.size() == 10 || v[10] == 'T') return std::make_pair(*d, *d);
    }
  }
  auto digits = [&](size_t from, size_t n) {
    if (v.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return std::nullopt;
  const int year = std::atoi(v.substr(0, 4).c_str());
  if (v.size() == 4) return std::make_pair(Date{year, 1, 1}, Date{year, 12, 31});
  if (v.size() == 7 && v[4] == '-' && digits(5, 2)) {
    const int month = std::atoi(v.substr(5, 2).c_str());
    if (month < 1 || month > 12) return std::nullopt;
    return std::make_pair(Date{year, month, 1}, Date{year, month, Date::DaysInMonth(year, month)});
  }
  if (v.size() >= 8 && v.compare(4, 2, "-W") == 0 && digits(6, 2)) {
    const int week = std::atoi(v.substr(6, 2).c_str());
    // Monday of ISO week 1 is the Monday on or before 4 January.
    const Date jan4{year, 1, 4};
    const Date monday = jan4.AddDays(1 - jan4.IsoWeekday() + 7L * (week - 1));
    if (v.size() == 11 && v.compare(8, 3, "-WE") == 0) {
      return std::make_pair(monday.AddDays(5), monday.AddDays(6));
    }
    if (v.size() != 8) return std::nullopt;
    return std::make_pair(monday, monday.AddDays(6));
  }
  if (v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
    const int m = (v[6] - '1') * 3 + 1;
    return std::make_pair(Date{year, m, 1}, Date{year, m + 2, Date::DaysInMonth(year, m + 2)});
  }
  return std::nullopt;
}

bool Usable(const TimeExpr& t) {
  return (t.type == TimexType::kDate || t.type == TimexType::kTime) &&
         DateOfValue(t.value).has_value();
}

bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// The sentence span around `offset` when the text stage gave no sentences.
Span SentenceAround(const std::string& text, size_t offset) {
  static const std::string kJaStop = "\xE3\x80\x82";  // 。
  size_t b = offset, e = offset;
  while (b > 0 && !IsTerminator(text[b - 1]) &&
         !(b >= 3 && text.compare(b - 3, 3, kJaStop) == 0)) {
    --b;
  }
  while (e < text.size() && !IsTerminator(text[e]) && text.compare(e, 3, kJaStop) != 0) ++e;
  return {b, e};
}

long Distance(const Span& s, size_t offset) {
  if (offset < s.begin) return static_cast<long>(s.begin - offset);
  if (offset >= s.end) return static_cast<long>(offset - s.end) + 1;
  return 0;
}

// True when the sentence's only date-like timexes are vague ("recently", "XXXX").
bool VagueOnly(const Document& doc, int sentence, std::optional<size_t> trigger) {
  Span span;
  if (sentence >= 0 && sentence < static_cast<int>(doc.sentences.size())) {
    span = doc.sentences[sentence].span;
  } else if (trigger) {
    span = SentenceAround(doc.text(), *trigger);
  } else {
    return false;
  }
  for (const auto& t : StartingIn(doc, span)) {
    if (span.Contains(t.span) && t.type == TimexType::kDate &&
        (t.value.find("REF") != std::string::npos || t.value.find('X') != std::string::npos)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<EventDate> DateOfValue(const std::string& value) {
  const size_t slash = value.find('/');
  if (slash != std::string::npos) {
    auto a = Bounds(value.substr(0, slash));
    auto b = Bounds(value.substr(slash + 1));
    if (!a || !b) return std::nullopt;
    return Range(a->first, b->second);
  }
  auto bounds = Bounds(value);
  if (!bounds) return std::nullopt;
  return Range(bounds->first, bounds->second);
}

const TimeExpr* GoverningTimex(const Document& doc, int sentence, std::optional<size_t> trigger,
                               Span skip) {
  Span span;
  if (sentence >= 0 && sentence < static_cast<int>(doc.sentences.size())) {
    span = doc.sentences[sentence].span;
  } else if (trigger) {
    span = SentenceAround(doc.text(), *trigger);
  } else {
    return nullptr;
  }
  const TimeExpr* best = nullptr;
  for (const auto& t : StartingIn(doc, span)) {
    if (!span.Contains(t.span) || !Usable(t)) continue;
    if (skip.end > skip.begin && skip.Contains(t.span)) continue;
    if (!best) {
      best = &t;
      if (!trigger) break;
    } else if (Distance(t.span, *trigger) < Distance(best->span, *trigger)) {
      best = &t;
    }
  }
  return best;
}

EventDate DateForEvent(const Document& doc, int sentence, std::optional<size_t> trigger,
                       Span skip) {
  if (const TimeExpr* t = GoverningTimex(doc, sentence, trigger, skip)) {
    EventDate e = *DateOfValue(t->value);
    e.timex = t;
    return e;
  }
  EventDate e;
  if (auto d = Date::Parse(std::string_view(doc.published).substr(0, 10))) {
    e.date = d->ToString();
    e.time_precision = VagueOnly(doc, sentence, trigger) ? 3 : 2;
  }
  return e;
}

}  // namespace sitrep::time
