// Calendar arithmetic: round trips, weekdays and ISO weeks at year boundaries.
#include "sitrep/base/date.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(DateTest, RoundTripsThroughEpochDays) {
  for (long d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(d).DaysSinceEpoch(), d);
  }
}

TEST(DateTest, Weekdays) {
  EXPECT_EQ((Date{2024, 12, 7}).IsoWeekday(), 6);  // Saturday
  EXPECT_EQ((Date{1970, 1, 1}).IsoWeekday(), 4);
  EXPECT_EQ((Date{2000, 2, 29}).IsoWeekday(), 2);
}

TEST(DateTest, IsoWeeksAcrossYearEnds) {
  EXPECT_EQ((Date{2024, 11, 30}).IsoWeekString(), "2024-W48");
  EXPECT_EQ((Date{2024, 12, 30}).IsoWeekString(), "2025-W01");
  EXPECT_EQ((Date{2021, 1, 3}).IsoWeekString(), "2020-W53");
}

TEST(DateTest, ParseRejectsImpossibleDays) {
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2023-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2024-13-01").has_value());
  EXPECT_FALSE(Date::Parse("24-1-1").has_value());
}

TEST(DateTest, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ((Date{2024, 1, 31}).AddMonths(1).ToString(), "2024-02-29");
  EXPECT_EQ((Date{2024, 12, 15}).AddMonths(1).ToString(), "2025-01-15");
  EXPECT_EQ((Date{2024, 1, 15}).AddMonths(-1).ToString(), "2023-12-15");
}

}  // namespace
}  // namespace sitrep
