// Tests for abbreviation-list parsing and lookup, and for the shipped lists.
#include "sitrep/base/paths.h"
#include "sitrep/text/abbreviations.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

TEST(Abbreviations, ParsesEntriesFlagsAndComments) {
  auto list = Abbreviations::Parse("# c\nGen.\n\nNo. +digit\napprox.\r\n", "test");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(list->size(), 3u);
  EXPECT_TRUE(list->Suppresses("Gen.", 'B'));
  EXPECT_FALSE(list->Suppresses("gen.", 'B'));  // capitalized entries match exactly
  EXPECT_TRUE(list->Suppresses("No.", '3'));
  EXPECT_FALSE(list->Suppresses("No.", 'T'));
  EXPECT_FALSE(list->Suppresses("No.", 0));
  EXPECT_TRUE(list->Suppresses("approx.", '5'));
  EXPECT_TRUE(list->Suppresses("Approx.", '5'));  // lower-case entries also match capitalized
  EXPECT_FALSE(list->Suppresses("Army.", 'T'));
}

TEST(Abbreviations, RejectsMalformedLines) {
  EXPECT_FALSE(Abbreviations::Parse("Gen\n", "t").ok());
  EXPECT_FALSE(Abbreviations::Parse("No. +letter\n", "t").ok());
}

TEST(Abbreviations, EnglishListLoads) {
  auto list = Abbreviations::Load(sitrep::DataDir() + "/lang/en/abbreviations.txt");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_TRUE(list->Suppresses("Gen.", 'B'));
  EXPECT_TRUE(list->Suppresses("Jan.", '5'));
  EXPECT_TRUE(list->Suppresses("No.", '3'));
}

}  // namespace
}  // namespace sitrep::text
