// Event dates from TIMEX3 values: a day (precision 1), an ISO week (2), a
// month or year (3), a range "a/b" (by its length). The timex nearest before
// the trigger in its sentence governs, else the nearest after it; else the
// publication date with precision 2.
#include <cstdlib>

#include "sitrep/base/date.h"
#include "sitrep/events/event_dates_internal.h"

namespace sitrep::events {
namespace {

struct Interval {
  Date first, last;
  int precision;
};

// Returns the days a TIMEX3 value covers, or nullopt for durations and X's.
std::optional<Interval> IntervalOf(std::string_view v) {
  if (auto slash = v.find('/'); slash != std::string_view::npos) {
    auto a = IntervalOf(v.substr(0, slash));
    auto b = IntervalOf(v.substr(slash + 1));
    if (!a || !b) return std::nullopt;
    const long days = b->last.DaysSinceEpoch() - a->first.DaysSinceEpoch();
    return Interval{a->first, b->last, days <= 0 ? 1 : days <= 7 ? 2 : 3};
  }
  if (v.size() >= 10) {
    if (auto d = Date::Parse(v.substr(0, 10))) return Interval{*d, *d, 1};
  }
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {
    const int year = std::atoi(std::string(v.substr(0, 4)).c_str());
    const int week = std::atoi(std::string(v.substr(6, 2)).c_str());
    if (year > 0 && week >= 1 && week <= 53) {
      const Date jan4{year, 1, 4};
      const Date monday = jan4.AddDays(1 - jan4.IsoWeekday() + 7L * (week - 1));
      return Interval{monday, monday.AddDays(6), 2};
    }
  }
  if (v.size() >= 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5]))) {
    const int year = std::atoi(std::string(v.substr(0, 4)).c_str());
    const int month = std::atoi(std::string(v.substr(5, 2)).c_str());
    if (month >= 1 && month <= 12)
      return Interval{{year, month, 1}, {year, month, Date::DaysInMonth(year, month)}, 3};
  }
  if (v.size() == 4 && std::isdigit(static_cast<unsigned char>(v[0]))) {
    const int year = std::atoi(std::string(v).c_str());
    if (year > 0) return Interval{{year, 1, 1}, {year, 12, 31}, 3};
  }
  return std::nullopt;
}

}  // namespace

bool AssignDate(const document::Document& doc, int sentence, size_t offset, document::Event& e) {
  const document::TimeExpr* best = nullptr;
  for (const auto& t : doc.timexes) {
    if (t.sentence != sentence && doc.SentenceAt(t.span.begin) != sentence) continue;
    if (t.type == document::TimexType::kDuration || !IntervalOf(t.value)) continue;
    const bool before = t.span.begin <= offset;
    if (!best) {
      best = &t;
      continue;
    }
    const bool best_before = best->span.begin <= offset;
    if ((before && !best_before) || (before == best_before && before && t.span.begin > best->span.begin))
      best = &t;
  }
  if (best) {
    const auto iv = IntervalOf(best->value);
    e.date = iv->first.ToString();
    if (iv->last != iv->first) e.date_end = iv->last.ToString();
    e.time_precision = iv->precision;
    return true;
  }
  if (auto pub = Date::Parse(doc.published)) {
    e.date = pub->ToString();
    e.time_precision = 2;
  } else {
    e.time_precision = 3;
  }
  return false;
}

}  // namespace sitrep::events
