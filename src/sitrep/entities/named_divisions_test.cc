// A bare name after its qualified division in the same document takes that
// division ("Essex County" ... "Essex"), unless the place the name links lies
// in it. All sentences are written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;

// The id of the first mention (or nested mention) with this exact text, or "".
std::string IdOf(const document::Document& doc, const std::string& text) {
  for (const auto* list : {&doc.mentions, &doc.nested_mentions}) {
    for (const auto& m : *list) {
      if (m.text == text && m.entity) return m.entity->id;
    }
  }
  return "";
}

TEST(NamedDivisionTest, ABareNameTakesTheDivisionTheDocumentNamed) {
  struct Case {
    const char* text;
    const char* bare;
    const char* division;
    const char* id;
  };
  const Case cases[] = {
      {"Flooding closed roads across Essex County in New Jersey. Emergency crews in Essex worked through the night.",
       "Essex", "Essex County", "fips:34013"},
      {"A levee broke in Orleans Parish on Sunday. Shelters in Orleans filled quickly.", "Orleans", "Orleans Parish",
       "fips:22071"},
      {"Rescuers searched flooded homes in Suffolk County on Long Island. Divers from Suffolk joined them at dawn.",
       "Suffolk", "Suffolk County", "fips:36103"},
      // Inside an actor's name (a nested mention) too.
      {"Suffolk County detectives reopened the case, the Suffolk Times reported.", "Suffolk", "Suffolk County",
       "fips:36103"},
  };
  for (const Case& c : cases) {
    const auto doc = Link(c.text, "en");
    ASSERT_EQ(IdOf(doc, c.division), c.id) << c.text;
    EXPECT_EQ(IdOf(doc, c.bare), c.id) << c.text;
  }
}

TEST(NamedDivisionTest, APlaceInsideTheDivisionKeepsItsName) {
  struct Case {
    const char* text;
    const char* bare;
    const char* division;
  };
  // The city of the name lies in the division: the bare name stays the city.
  const Case cases[] = {
      {"Deputies patrolled Dallas County after the storm. Power was out in Dallas for hours.", "Dallas", "Dallas County"},
      {"Militants attacked a checkpoint in Kandahar Province. Officials in Kandahar said four died.", "Kandahar",
       "Kandahar Province"},
      {"Shelling hit Kharkiv Oblast overnight. In Kharkiv, two people were hurt.", "Kharkiv", "Kharkiv Oblast"},
  };
  for (const Case& c : cases) {
    const auto doc = Link(c.text, "en");
    const std::string division = IdOf(doc, c.division);
    const std::string bare = IdOf(doc, c.bare);
    ASSERT_FALSE(division.empty()) << c.text;
    ASSERT_FALSE(bare.empty()) << c.text;
    EXPECT_NE(bare, division) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::entities
