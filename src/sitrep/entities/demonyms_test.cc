// Demonyms: a nationality naming people ("Sudanese" is not one, "Ukrainians",
// "a Briton" are) is a demonym mention linked to the people's country, never a
// place; a nationality before a noun ("Ukrainian drones", "the Burmese junta")
// is no demonym: it stays the country's mention, or the state's actor the
// phrase names. All sentences are written for this test.
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
  bool demonym;         // a demonym mention, or any other kind (country, or the state's actor)
  std::string country;  // the linked entity's country
};

TEST(DemonymTest, PeopleNamedByNationalityAreDemonyms) {
  const std::vector<Case> cases = {
      {"Thousands of Ukrainians fled west as the shelling went on.", "Ukrainians", true, "UA"},
      {"Aid groups said the Sudanese who reached Chad had walked for days; many Chadians took them in.",
       "Chadians", true, "TD"},
      {"Ukrainian drones struck a depot overnight.", "Ukrainian", false, "UA"},
      {"The Burmese junta closed the road to Myawaddy.", "Burmese", false, "MM"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind == MentionKind::kDemonym, c.demonym) << c.surface << " in: " << c.text;
    if (c.demonym) EXPECT_TRUE(m->nationality) << c.surface;
    ASSERT_TRUE(m->entity) << c.surface << " unlinked";
    EXPECT_EQ(m->entity->country, c.country) << c.surface;
  }
}

// Every country's people plural is in the country table (countries.tsv names,
// en names.tsv for the irregular ones), not only the countries at war.
TEST(DemonymTest, EveryNationsPeoplePluralIsFound) {
  const std::vector<Case> cases = {
      {"Border guards said that many Venezuelans and some Colombians crossed the river at night.", "Colombians",
       true, "CO"},
      {"Border guards said that many Venezuelans and some Colombians crossed the river at night.", "Venezuelans",
       true, "VE"},
      {"After the ceasefire in Tigray, thousands of Ethiopians returned from the camps.", "Ethiopians", true, "ET"},
      {"The talks in Dayton brought Croats, Serbs and Bosniaks to one table.", "Serbs", true, "RS"},
      {"Rescuers said two Spaniards and a group of Moroccans were pulled from the sea.", "Spaniards", true, "ES"},
      {"Rescuers said two Spaniards and a group of Moroccans were pulled from the sea.", "Moroccans", true, "MA"},
      {"The embassy said that 40 Filipinos and a few Emiratis were evacuated from Khartoum.", "Emiratis", true, "AE"},
      {"The embassy said that 40 Filipinos and a few Emiratis were evacuated from Khartoum.", "Filipinos", true, "PH"},
      {"Officials said that Tajiks and Kazakhs working in Moscow were questioned.", "Kazakhs", true, "KZ"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, MentionKind::kDemonym) << c.surface << " in: " << c.text;
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

// An Arabic adjective of a country after its noun ("طائرات روسية", "غارة
// إسرائيلية") is the country's nationality, never its place; the country's own
// name (سورية is also Syria) stays the country.
TEST(DemonymTest, ArabicCountryAdjectivesAreNationalities) {
  const struct {
    const char* text;
    const char* surface;
    bool nationality;
    const char* country;
  } cases[] = {
      {"قصفت طائرات روسية مدينة حلب يوم الأربعاء.", "روسية", true, "RU"},
      {"شنت طائرات إسرائيلية غارات على غزة يوم الاثنين.", "إسرائيلية", true, "IL"},
      {"عاد آلاف اللاجئين إلى سورية بعد الحرب.", "سورية", false, "SY"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "ar");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface << " in: " << c.text;
    EXPECT_EQ(m->nationality, c.nationality) << c.surface;
    ASSERT_TRUE(m->entity) << c.surface << " unlinked";
    EXPECT_EQ(m->entity->country, c.country) << c.surface;
  }
}

}  // namespace
}  // namespace sitrep::entities
