// Merge reach: a restatement far down a long report still joins its record,
// a placeless toll joins the nearest record of its attach window and not an
// earlier one, and a restatement beyond the merge reach (a pasted feed of
// hundreds of lines) starts a record of its own, which keeps merging linear.
// Sentences written for this test (the tiny test dictionary's towns).
#include <gtest/gtest.h>

#include <string>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

std::string Filler(int sentences) {
  std::string out;
  for (int i = 0; i < sentences; ++i) out += "Residents waited for news of relatives.\n";
  return out;
}

size_t Records(const std::string& text) {
  auto doc = sitrep::testing::MakeDocument(text, "en");
  EXPECT_TRUE(testing::Extractor().Annotate(doc).ok());
  return doc.events.size();
}

TEST(MergeReachTest, ARestatementFarDownALongReportJoinsItsRecord) {
  const std::string report = "A roadside bomb killed two soldiers in Gao on Sunday.\n";
  const std::string recap = "The roadside bomb killed two soldiers in Gao on Sunday.\n";
  EXPECT_EQ(Records(report + Filler(120) + recap), 1u);
}

TEST(MergeReachTest, ARestatementBeyondTheReachIsARecordOfItsOwn) {
  const std::string report = "A roadside bomb killed two soldiers in Gao on Sunday.\n";
  const std::string recap = "The roadside bomb killed two soldiers in Gao on Sunday.\n";
  EXPECT_EQ(Records(report + Filler(400) + recap), 2u);
}

TEST(MergeReachTest, APlacelessTollJoinsTheNearestRecordBeforeIt) {
  auto doc = sitrep::testing::MakeDocument(
      "Rebels attacked a checkpoint in Gao on Sunday.\n"
      "Troops shelled Goma on Monday.\n"
      "At least 12 people were killed.\n",
      "en");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 2u);
  for (const auto& e : doc.events) {
    ASSERT_TRUE(e.place.has_value());
    if (e.place->name == "Goma") EXPECT_EQ(e.fatalities, 12) << e.sub_event_type;
    else EXPECT_FALSE(e.fatalities.has_value()) << e.place->name;
  }
}

}  // namespace
}  // namespace sitrep::events
