// The Hijri (Islamic lunar) calendar, as Arabic and Indonesian news date
// events ("15 رمضان 1445 هـ", "1 Syawal 1445 H"): conversion of a Hijri date to
// the Gregorian one the records carry. Internal to time/.
//
// Design: the tabular (arithmetical) Islamic calendar — 30-year cycles with
// leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 and the civil epoch
// (1 Muharram 1 AH = 16 July 622, Julian). Observed calendars (Umm al-Qura,
// national sightings) differ from it by at most a day or two in some months,
// within the tolerance of a reported date; no table of sightings is kept.
#ifndef SITREP_TIME_HIJRI_INTERNAL_H_
#define SITREP_TIME_HIJRI_INTERNAL_H_

#include <optional>

#include "sitrep/base/date.h"

namespace sitrep::time {

// Returns the Gregorian date of Hijri `day` `month` `year` (month 1 =
// Muharram ... 12 = Dhu al-Hijja), or nullopt when the day does not exist in
// the tabular calendar (day 30 of a 29-day month) or the year is before 1 AH.
std::optional<Date> HijriToGregorian(int year, int month, int day);

// Returns the Hijri year in which Gregorian `date` falls.
int HijriYearOf(const Date& date);

}  // namespace sitrep::time

#endif  // SITREP_TIME_HIJRI_INTERNAL_H_
