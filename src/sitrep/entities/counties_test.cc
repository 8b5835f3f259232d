// US counties (compiled into the gazetteer from npm us-atlas, kb/gazetteer_counties.cc)
// are places of their own, ADM2 with a "fips:" id, resolved among namesakes by
// the document's state; and the county id scheme round-trips. Sentences are
// written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"
#include "sitrep/kb/gazetteer.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

TEST(CountiesTest, IdsRoundTrip) {
  EXPECT_EQ(kb::GazetteerPlaceId(170017), "geonames:170017");
  EXPECT_EQ(kb::GazetteerPlaceId(kb::kCountyIdBit | 6059), "fips:06059");
  EXPECT_EQ(kb::GazetteerRecordId("fips:06059"), kb::kCountyIdBit | 6059);
  EXPECT_EQ(kb::GazetteerRecordId("geonames:170017"), 170017u);
  EXPECT_EQ(kb::GazetteerRecordId("kb:darfur"), 0u);
  EXPECT_EQ(kb::GazetteerRecordId("fips:x"), 0u);
}

TEST(CountiesTest, CountiesAreLinkedByTheirState) {
  struct Case {
    std::string text, surface, id;
  };
  const std::vector<Case> cases = {
      {"Wildfires forced evacuations in Orange County, California, on Tuesday.", "Orange County", "fips:06059"},
      {"Orlando police said storms had cut power across Orange County in Florida.", "Orange County", "fips:12095"},
      {"Flooding closed roads across Suffolk County on Long Island, New York.", "Suffolk County", "fips:36103"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface << " not found (npm us-atlas installed by make setup?)";
    ASSERT_TRUE(m->entity) << c.surface << " unlinked";
    EXPECT_EQ(m->kind, MentionKind::kPlace) << c.surface;
    EXPECT_EQ(m->entity->id, c.id) << c.text << " -> " << m->entity->name;
  }
}

// Counties of Great Britain and Ireland (data/kb/places/british_isles.tsv) are
// curated ADM2 places: a bare "Kent" or "Hampshire" is the English county unless
// the text puts it in the US; Irish counties by "County X" / "Co. X", never a
// given name alone.
TEST(CountiesTest, BritishAndIrishCounties) {
  const std::vector<testing::PlaceCase> cases = {
      {"Storm Ciaran brought down power lines across Kent and flooded roads near Maidstone.", "Kent", "GB"},
      {"Police in Hampshire said the motorway reopened after the crash.", "Hampshire", "GB"},
      {"Flood warnings were issued for Fife and Perth and Kinross overnight.", "Fife", "GB"},
      {"Volunteers searched the hills of County Kerry for the missing walker.", "County Kerry", "IE"},
      {"The farm near Ballina, Co. Mayo, was evacuated after the landslide.", "Co. Mayo", "IE"},
      {"A warehouse fire in Kent, Washington, sent smoke over Seattle.", "Kent", "US"},
  };
  for (const auto& c : cases) {
    const auto m = testing::ExpectPlace(c);
    if (!m) continue;
    EXPECT_EQ(m->kind, MentionKind::kPlace) << c.surface;
    if (c.country != "US") EXPECT_EQ(m->entity->feature, "ADM2") << c.text << " -> " << m->entity->name;
  }
  // A given name that is also an Irish county's is no county alone.
  const auto doc = Link("Kerry said the talks in Geneva had made progress on the ceasefire.", "en");
  const auto* kerry = MentionOf(doc, "Kerry");
  EXPECT_TRUE(kerry == nullptr || !kerry->entity || kerry->entity->country != "IE");
}

}  // namespace
}  // namespace sitrep::entities
