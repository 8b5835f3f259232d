// Event JSON round trip: every field of the record survives EventToJson and
// EventFromJson, including restatements and cumulative tolls.
#include "sitrep/document/json.h"

#include <gtest/gtest.h>

namespace sitrep::document {
namespace {

TEST(EventJsonTest, RoundTripKeepsRestatementsAndCumulativeTolls) {
  Event e;
  e.id = "d#e1";
  e.doc = "d";
  e.lang = "en";
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Air/drone strike";
  e.date = "2025-02-03";
  e.fatalities = 14;
  Count daily{"killed", 14, std::nullopt, std::nullopt, false, "killing 14", ""};
  Count total{"killed", 28000, std::nullopt, std::nullopt, true, "more than 28,000", ""};
  total.cumulative = true;
  total.since = "2023-04";
  total.until = "2025-02-04";
  e.counts = {daily, total};
  e.evidence = {"A drone struck a market in El Fasher.", {10, 48}, "drone"};
  e.restatements = {{"Drone strike kills 14 at El Fasher market", {0, 9}, "Drone strike"}};
  e.rationale = {"not stored"};
  const auto json = EventToJson(e);
  EXPECT_FALSE(json["counts"][0].contains("cumulative"));
  EXPECT_EQ(json["counts"][1]["since"], "2023-04");
  auto back = EventFromJson(nlohmann::json::parse(json.dump()));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->restatements.size(), 1u);
  EXPECT_EQ(back->restatements[0].trigger, "Drone strike");
  EXPECT_EQ(back->restatements[0].span.end, 9u);
  ASSERT_EQ(back->counts.size(), 2u);
  EXPECT_FALSE(back->counts[0].cumulative);
  EXPECT_TRUE(back->counts[1].cumulative);
  EXPECT_EQ(back->counts[1].until, "2025-02-04");
  EXPECT_TRUE(back->rationale.empty());
  EXPECT_EQ(EventToJson(*back).dump(), json.dump());
}

}  // namespace
}  // namespace sitrep::document
