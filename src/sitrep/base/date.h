// A proleptic Gregorian calendar date with the arithmetic the time stage and
// the event records need: parse/format ISO 8601, add days, weekday, ISO week.
// Day counts use Howard Hinnant's days-from-civil algorithm.
#ifndef SITREP_BASE_DATE_H_
#define SITREP_BASE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Returns days since 1970-01-01.
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  // Returns the date `n` days later (negative: earlier).
  Date AddDays(long n) const;
  // Returns the same day `n` months later, clamped to the month's last day.
  Date AddMonths(int n) const;
  // Returns 1 = Monday ... 7 = Sunday (ISO 8601).
  int IsoWeekday() const;
  // Returns the ISO 8601 week-numbering year and week, e.g. {2024, 48}.
  std::pair<int, int> IsoWeek() const;
  // Returns "YYYY-MM-DD".
  std::string ToString() const;
  // Returns "YYYY-Www", the ISO week containing this date.
  std::string IsoWeekString() const;

  // Returns a date from "YYYY-MM-DD" (strict), or nullopt.
  static std::optional<Date> Parse(std::string_view s);
  // Returns true when year/month/day name a real calendar day.
  bool Valid() const;
  static int DaysInMonth(int year, int month);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace sitrep

#endif  // SITREP_BASE_DATE_H_
