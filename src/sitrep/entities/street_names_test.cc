// A street named after a place is no mention of that place ("Atlantic
// Avenue", "Haifa Street"); the place alone still is. All sentences are
// written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;

TEST(StreetNameTest, APlaceNamingAStreetIsNotThatPlace) {
  const std::string texts[] = {
      "A car bomb exploded on Haifa Street in central Baghdad.",
      "Shops along Atlantic Avenue in Brooklyn closed early.",
      "The protest moved from Kabul Road to the square in Peshawar.",
  };
  for (const auto& text : texts) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) {
      if (m.text == "Haifa" || m.text == "Atlantic" || m.text == "Kabul") {
        ADD_FAILURE() << m.text << " read as a place in: " << text;
      }
      // Unlinked, or (StreetTownPass) the town it lies in: never the place it is named after.
      if (m.text == "Haifa Street" || m.text == "Atlantic Avenue" || m.text == "Kabul Road") {
        EXPECT_TRUE(!m.entity || m.entity->name == "Brooklyn") << m.text << " linked in: " << text;
      }
    }
  }
  // The city itself, and the street's own city, are still places.
  const auto doc = Link("A car bomb exploded on Haifa Street in central Baghdad.", "en");
  bool baghdad = false;
  for (const auto& m : doc.mentions) baghdad |= m.text == "Baghdad" && m.entity && m.entity->country == "IQ";
  EXPECT_TRUE(baghdad);
}

}  // namespace
}  // namespace sitrep::entities

namespace sitrep::entities {
namespace {

// A street named after no place is a place mention of its own; a
// newspaper named after a street stays the newspaper. Sentences written for this test.
TEST(StreetWordsTest, AStreetNamedAfterNoPlaceIsAnUnlinkedPlace) {
  const struct {
    const char* text;
    const char* street;
  } cases[] = {
      {"Protesters gathered on Mutanabbi Street in Baghdad on Friday.", "Mutanabbi Street"},
      {"A shell hit a building on Sumska Street in Kharkiv.", "Sumska Street"},
      {"Police blocked Kenyatta Avenue in Nairobi.", "Kenyatta Avenue"},
      {"Rebels set up a roadblock on Kwame Nkrumah Road.", "Kwame Nkrumah Road"},
  };
  for (const auto& c : cases) {
    const auto doc = testing::Link(c.text, "en");
    const auto* m = testing::MentionOf(doc, c.street);
    ASSERT_NE(m, nullptr) << c.text;
    EXPECT_EQ(m->text, c.street) << c.text;
    EXPECT_EQ(m->kind, document::MentionKind::kPlace) << c.text;
  }
  const auto doc = testing::Link("The Wall Street Journal reported the deal.", "en");
  const auto* m = testing::MentionOf(doc, "Wall Street");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(m->kind, document::MentionKind::kPlace);
}

}  // namespace
}  // namespace sitrep::entities

namespace sitrep::entities {
namespace {

// A street right before "in <linked town>" takes the town's entity and point; a
// country after "in" is too coarse to carry. Sentences written for this test.
TEST(StreetTownTest, AStreetInALinkedTownTakesTheTownsPoint) {
  const struct {
    const char* text;
    const char* street;
    const char* town;  // "" = the street stays unlinked
  } cases[] = {
      {"Protesters gathered on Mutanabbi Street in Baghdad on Friday.", "Mutanabbi Street", "Baghdad"},
      {"A shell hit a building on Sumska Street in Kharkiv.", "Sumska Street", "Kharkiv"},
      {"Police blocked Kenyatta Avenue in Kenya.", "Kenyatta Avenue", ""},
  };
  for (const auto& c : cases) {
    const auto doc = testing::Link(c.text, "en");
    const auto* m = testing::MentionOf(doc, c.street);
    ASSERT_NE(m, nullptr) << c.text;
    ASSERT_EQ(m->text, c.street) << c.text;
    if (std::string(c.town).empty()) {
      EXPECT_FALSE(m->entity.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m->entity.has_value()) << c.text;
    EXPECT_EQ(m->entity->name, c.town) << c.text;
    EXPECT_TRUE(m->entity->lat.has_value()) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::entities
