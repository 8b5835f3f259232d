// Calendar arithmetic over days since the Unix epoch.
#include "sitrep/base/date.h"

#include <cstdio>

namespace sitrep {

long Date::DaysSinceEpoch() const {
  const long y = month <= 2 ? year - 1 : year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Date{y, m, d};
}

Date Date::AddDays(long n) const { return FromDaysSinceEpoch(DaysSinceEpoch() + n); }

Date Date::AddMonths(int n) const {
  int total = year * 12 + (month - 1) + n;
  Date r{total / 12, total % 12 + 1, day};
  if (r.day > DaysInMonth(r.year, r.month)) r.day = DaysInMonth(r.year, r.month);
  return r;
}

int Date::IsoWeekday() const {
  const long d = DaysSinceEpoch();  // 1970-01-01 was a Thursday (4)
  long w = (d % 7 + 7) % 7;         // 0 = Thursday
  return static_cast<int>((w + 3) % 7) + 1;
}

std::pair<int, int> Date::IsoWeek() const {
  const Date thursday = AddDays(4 - IsoWeekday());
  const Date jan1{thursday.year, 1, 1};
  const long week = (thursday.DaysSinceEpoch() - jan1.DaysSinceEpoch()) / 7 + 1;
  return {thursday.year, static_cast<int>(week)};
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::IsoWeekString() const {
  const auto [y, w] = IsoWeek();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}

int Date::DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool Date::Valid() const { return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month); }

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < lens[i]; ++j) {
      const char c = s[starts[i] + j];
      if (c < '0' || c > '9') return std::nullopt;
      v[i] = v[i] * 10 + (c - '0');
    }
  }
  Date d{v[0], v[1], v[2]};
  if (!d.Valid()) return std::nullopt;
  return d;
}

}  // namespace sitrep
