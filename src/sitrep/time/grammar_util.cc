// Helpers shared by the English and Japanese grammars (see grammar_util.h).
#include "sitrep/time/grammar_util.h"

#include <cstdio>
#include <cstdlib>

namespace sitrep::time {
namespace {

bool IsTimeUnit(const std::string& unit) { return unit == "H" || unit == "MIN" || unit == "S"; }

std::string UnitLetter(const std::string& unit) { return unit == "MIN" ? "M" : unit; }

// Western (Gregorian) Easter Sunday of `year` (anonymous Gregorian algorithm).
Date Easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

std::string CountText(long count) { return count < 0 ? "X" : std::to_string(count); }

}  // namespace

int UnitRank(const std::string& unit) {
  static const char* kOrder[] = {"S", "MIN", "H", "D", "W", "M", "Q", "Y", "DE", "CE"};
  for (int i = 0; i < 10; ++i) {
    if (unit == kOrder[i]) return i;
  }
  return -1;
}

std::string DurationValue(long count, const std::string& unit) {
  std::string v = "P";
  AppendDuration(v, count, unit);
  return v;
}

void AppendDuration(std::string& value, long count, const std::string& unit) {
  if (unit == "DE" && count >= 0) {  // TIMEX3 writes decades in years: P20Y
    value += std::to_string(10 * count) + "Y";
    return;
  }
  if (IsTimeUnit(unit) && value.find('T') == std::string::npos) value += "T";
  value += CountText(count) + UnitLetter(unit);
}

void AppendHalf(std::string& value, const std::string& unit) {
  if (unit == "Y") AppendDuration(value, 6, "M");
  else if (unit == "D") AppendDuration(value, 12, "H");
  else if (unit == "H") AppendDuration(value, 30, "MIN");
  else if (unit == "MIN") AppendDuration(value, 30, "S");
}

std::string RelativeByUnit(const Resolver& r, long count, const std::string& unit, int sign) {
  if (count < 0) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
  const long n = sign * count;
  if (unit == "D") return r.RelDay(n);
  if (unit == "W") return r.RelDay(7 * n);
  if (unit == "M") return r.RelMonth(static_cast<int>(n));
  if (unit == "Q") return r.RelMonth(static_cast<int>(3 * n));
  if (unit == "Y") return r.RelYear(static_cast<int>(n));
  if (unit == "DE") {
    if (!r.anchor()) return "XXX";
    return DecadeValue(r.anchor()->year + 10 * n);
  }
  if (IsTimeUnit(unit)) return r.RelDay(0);  // hours ago: the same day at day granularity
  return sign < 0 ? "PAST_REF" : "FUTURE_REF";
}

std::string WithPartOfDay(const std::string& day, const std::string& code) {
  return day + "T" + code;
}

std::string SeasonValue(int year, const std::string& code) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, code.c_str());
  return buf;
}

std::string DecadeValue(long year) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%03ld", year / 10);
  return buf;
}

std::optional<Date> HolidayIn(const std::string& rule, int year) {
  if (rule.empty()) return std::nullopt;
  if (rule[0] == 'E') return Easter(year).AddDays(std::atol(rule.c_str() + 1));
  const int month = std::atoi(rule.c_str());
  const size_t d1 = rule.find('-');
  if (d1 == std::string::npos) return std::nullopt;
  const size_t d2 = rule.find('-', d1 + 1);
  if (d2 == std::string::npos) {
    Date d{year, month, std::atoi(rule.c_str() + d1 + 1)};
    return d.Valid() ? std::optional<Date>(d) : std::nullopt;
  }
  const int n = std::atoi(rule.c_str() + d1 + 1), weekday = std::atoi(rule.c_str() + d2 + 1);
  const size_t plus = rule.find('+', d2);
  const long extra = plus == std::string::npos ? 0 : std::atol(rule.c_str() + plus + 1);
  const Date first{year, month, 1};
  Date d = first.AddDays((weekday - first.IsoWeekday() + 7) % 7 + 7L * (n - 1));
  while (d.month != month) d = d.AddDays(-7);  // n = 5: the last one in the month
  return d.AddDays(extra);
}

std::optional<Date> ResolveHoliday(const std::string& rule, int shift, const Resolver& r) {
  const Date& a = *r.anchor();
  std::optional<Date> past, future;
  for (int y = a.year - 1; y <= a.year + 1; ++y) {
    auto d = HolidayIn(rule, y);
    if (!d) continue;
    if (shift < 0 ? *d < a : *d <= a) past = d;
    else if (!future && (shift <= 0 || *d > a)) future = d;
  }
  if (shift < 0) return past;
  if (shift > 0 || !past) return future;
  if (!future) return past;
  const long back = a.DaysSinceEpoch() - past->DaysSinceEpoch();
  const long ahead = future->DaysSinceEpoch() - a.DaysSinceEpoch();
  return ahead <= 90 && ahead < back ? future : past;
}

std::string QuarterValue(int year, int quarter) {
  return Resolver::Year(year) + "-Q" + std::to_string(quarter);
}

std::optional<std::pair<int, int>> AnchorQuarter(const Resolver& r, int shift) {
  if (!r.anchor()) return std::nullopt;
  const Date q0{r.anchor()->year, (r.anchor()->month - 1) / 3 * 3 + 1, 1};
  const Date q = q0.AddMonths(3 * shift);
  return std::make_pair(q.year, (q.month - 1) / 3 + 1);
}

std::string NumberedQuarter(const Resolver& r, int n, int years) {
  auto now = AnchorQuarter(r, 0);
  if (!now) return "XXXX-Q" + std::to_string(n);
  return QuarterValue(now->first - (n > now->second ? 1 : 0) + years, n);
}

std::string LastQuarter(const Resolver& r, int years) {
  auto q = AnchorQuarter(r, -1);
  return q ? QuarterValue(q->first + years, q->second) : "XXXX-QX";
}

}  // namespace sitrep::time
