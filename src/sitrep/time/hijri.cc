// The tabular Islamic calendar (see hijri_internal.h).
#include "sitrep/time/hijri_internal.h"

namespace sitrep::time {
namespace {

// Days from the Unix epoch (1970-01-01) back to the day before 1 Muharram 1 AH:
// Julian Day Number 1948439 against 2440588 for 1970-01-01.
constexpr long kDayBeforeEpoch = 1948439L - 2440588L;

bool IsLeap(int year) { return (14 + 11 * year) % 30 < 11; }

int DaysInMonth(int year, int month) {
  if (month % 2 == 1) return 30;
  return month == 12 && IsLeap(year) ? 30 : 29;
}

// Days from the epoch's eve to `day` `month` `year`.
long DaysOf(int year, int month, int day) {
  return day + (59L * (month - 1) + 1) / 2 + 354L * (year - 1) + (3 + 11L * year) / 30;
}

}  // namespace

std::optional<Date> HijriToGregorian(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
    return std::nullopt;
  return Date::FromDaysSinceEpoch(kDayBeforeEpoch + DaysOf(year, month, day));
}

int HijriYearOf(const Date& date) {
  const long days = date.DaysSinceEpoch() - kDayBeforeEpoch;
  int year = static_cast<int>((30 * days + 10646) / 10631);  // the cycle's mean year
  while (year > 1 && DaysOf(year, 1, 1) > days) --year;
  while (DaysOf(year + 1, 1, 1) <= days) ++year;
  return year;
}

}  // namespace sitrep::time
