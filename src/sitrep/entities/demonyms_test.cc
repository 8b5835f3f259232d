// Demonyms: a nationality naming people ("Sudanese" is not one, "Ukrainians",
// "a Briton" are) is a demonym mention linked to the people's country, never a
// place; a nationality before a noun ("Ukrainian drones") stays a country
// mention marked as a nationality. All sentences are written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

struct Case {
  std::string text, surface;
  MentionKind kind;
  std::string country;  // the linked entity's country
  bool nationality;
};

TEST(DemonymTest, PeopleNamedByNationalityAreDemonyms) {
  const std::vector<Case> cases = {
      {"Thousands of Ukrainians fled west as the shelling went on.", "Ukrainians", MentionKind::kDemonym, "UA", true},
      {"Aid groups said the Sudanese who reached Chad had walked for days; many Chadians took them in.",
       "Chadians", MentionKind::kDemonym, "TD", true},
      {"Ukrainian drones struck a depot overnight.", "Ukrainian", MentionKind::kCountry, "UA", true},
      {"The Burmese junta closed the road to Myawaddy.", "Burmese", MentionKind::kCountry, "MM", true},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, c.kind) << c.surface << " in: " << c.text;
    EXPECT_EQ(m->nationality, c.nationality) << c.surface;
    ASSERT_TRUE(m->entity) << c.surface << " unlinked";
    EXPECT_EQ(m->entity->country, c.country) << c.surface;
  }
}

TEST(DemonymTest, AWordEndingInSIsNoPluralOfANationality) {
  // "Swiss" ends in s but is no plural of a nationality; a country's own name is none either.
  for (const std::string& text : {std::string("Swiss mediators met both sides in Geneva."),
                                  std::string("The talks in Paris ended without a deal.")}) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) EXPECT_NE(m.kind, MentionKind::kDemonym) << m.text << " in: " << text;
  }
}

}  // namespace
}  // namespace sitrep::entities
