// The tabular Hijri calendar against days the observed calendars agree on
// (1 Ramadan 1445 = 11 March 2024, Eid al-Fitr 1445 = 10 April 2024, 1 Ramadan
// 1432 = 1 August 2011) and against its own rules (leap years, the epoch).
#include "sitrep/time/hijri_internal.h"

#include <gtest/gtest.h>

namespace sitrep::time {
namespace {

std::string G(int y, int m, int d) {
  const auto date = HijriToGregorian(y, m, d);
  return date ? date->ToString() : "none";
}

TEST(HijriTest, DaysTheCalendarsAgreeOn) {
  EXPECT_EQ(G(1445, 9, 1), "2024-03-11");
  EXPECT_EQ(G(1445, 10, 1), "2024-04-10");
  EXPECT_EQ(G(1432, 9, 1), "2011-08-01");
}

TEST(HijriTest, MonthsAlternateAndLeapYearsEndOnDayThirty) {
  EXPECT_EQ(G(1446, 1, 30), "2024-08-06");  // 1 Muharram 1446 = 8 July 2024 (tabular)
  EXPECT_EQ(G(1446, 2, 30), "none");   // an even month has 29 days
  EXPECT_EQ(G(1430, 12, 30), "none");  // 1430 is a common year
  EXPECT_NE(G(1431, 12, 30), "none");  // 1431 (21st of its cycle) is a leap year
  EXPECT_EQ(G(1445, 13, 1), "none");
  EXPECT_EQ(G(0, 1, 1), "none");
}

TEST(HijriTest, YearOfADate) {
  EXPECT_EQ(HijriYearOf(*Date::Parse("2024-03-11")), 1445);
  EXPECT_EQ(HijriYearOf(*Date::Parse("2024-12-18")), 1446);
  EXPECT_EQ(HijriYearOf(*HijriToGregorian(1446, 1, 1)), 1446);
  EXPECT_EQ(HijriYearOf(HijriToGregorian(1446, 1, 1)->AddDays(-1)), 1445);
}

}  // namespace
}  // namespace sitrep::time
