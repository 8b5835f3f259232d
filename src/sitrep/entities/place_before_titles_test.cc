// A prominent place followed only by title words ("<city> Mayor, <name>,") is
// a place: the title is that place's office. Before, the lone-word rule refused
// the place next to a capitalised word that is no common word, and the span
// vanished. A given name or an unknown word before a title stays out. All
// sentences are written for this test.
#include <gtest/gtest.h>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

TEST(PlaceBeforeTitlesTest, APlaceBeforeATitleIsAPlace) {
  const testing::PlaceCase cases[] = {
      {"Lusaka Mayor, Chilando Chitangala, opened the new market on Monday.", "Lusaka", "ZM"},
      {"Beira Mayor, Albano Carige, said the cyclone destroyed roofs.", "Beira", "MZ"},
      {"The Bamako Governor, a retired colonel, ordered a curfew.", "Bamako", "ML"},
      // An organization word may stand between the place and the title.
      {"The Nairobi Police Commander said the protest was peaceful.", "Nairobi", "KE"},
      {"The Mogadishu Council Chairman denied the report.", "Mogadishu", "SO"},
  };
  for (const auto& c : cases) {
    const auto m = testing::ExpectPlace(c);
    if (m) EXPECT_EQ(m->kind, document::MentionKind::kPlace) << c.text;
  }
}

TEST(PlaceBeforeTitlesTest, AGivenNameBeforeATitleIsNoPlace) {
  const testing::PlaceCase cases[] = {
      {"Committee chair Victoria Mayor, a lawyer, objected.", "Victoria", ""},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
}

}  // namespace
}  // namespace sitrep::entities
