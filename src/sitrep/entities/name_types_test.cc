// Name types and name forms, table-driven in every language they cover: a
// contained name loses only its own span, possessives and hyphenated tails,
// abbreviations of divisions, nationalities (no places), persons by first
// name, initial or title and their later surnames, organizations by their
// last word or as acronyms, and the Japanese tokenizer's proper-noun tags.
// All sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"
#include "sitrep/entities/name_tables.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

struct KindCase {
  std::string lang, text, surface;
  MentionKind kind;
  std::string country;  // "" = any / unlinked
};

void ExpectKinds(const std::vector<KindCase>& cases) {
  for (const auto& c : cases) {
    const auto doc = Link(c.text, c.lang);
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.lang << ": no mention of '" << c.surface << "' in: " << c.text;
    EXPECT_EQ(m->kind, c.kind) << c.lang << ": " << c.surface << " in: " << c.text;
    if (!c.country.empty()) {
      ASSERT_TRUE(m->entity) << c.surface;
      EXPECT_EQ(m->entity->country, c.country) << c.surface << " in: " << c.text;
    }
  }
}

TEST(NameTypesTest, ContainedNameKeepsTheDocumentsOtherMentions) {
  // "Kherson" inside an organization's name must not remove the bare "Kherson" later.
  const auto doc = Link("The Kherson Regional Council met on Monday. Shelling hit Kherson overnight.", "en");
  int places = 0;
  for (const auto& m : doc.mentions) {
    if (m.text == "Kherson" && m.kind == MentionKind::kPlace) ++places;
  }
  EXPECT_EQ(places, 1);
  const auto* org = MentionOf(doc, "Kherson Regional Council");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->kind, MentionKind::kActor);
  // A longer capitalised name ending in a place ("Greater Khartoum") keeps later "Khartoum".
  const auto doc2 = Link("Aid groups in Connecting Khartoum said little. Fighting spread across Khartoum.", "en");
  bool bare = false;
  for (const auto& m : doc2.mentions) bare |= m.text == "Khartoum" && m.entity && m.entity->country == "SD";
  EXPECT_TRUE(bare);
}

TEST(NameTypesTest, FormsOfPlaceNames) {
  ExpectKinds({
      {"en", "Mandalay's markets stayed shut after the strike.", "Mandalay", MentionKind::kPlace, "MM"},
      {"en", "A Goma-based aid worker described the camps.", "Goma", MentionKind::kPlace, "CD"},
      {"en", "Officials in Sacramento, Calif., said the fire spread.", "Calif.", MentionKind::kPlace, "US"},
      {"en", "Flooding in Sydney and across NSW closed roads in Australia.", "NSW", MentionKind::kPlace, "AU"},
      {"en", "Rebels advanced in eastern DRC on Friday.", "DRC", MentionKind::kCountry, "CD"},
  });
}

TEST(NameTypesTest, NationalitiesAreNoPlaces) {
  for (const std::string text : {"Sudanese refugees crossed into Chad.", "A Ukrainian drone struck the depot."}) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) {
      if (m.text == "Sudanese" || m.text == "Ukrainian") {
        EXPECT_TRUE(m.nationality || m.kind == MentionKind::kActor) << m.text;
      }
    }
  }
  ExpectKinds({{"en", "Israeli artillery shelled the village.", "Israeli", MentionKind::kActor, "IL"}});
}

TEST(NameTypesTest, PersonsAndOrganizations) {
  ExpectKinds({
      {"en", "Interior Minister Amara Dialo said the curfew would hold. Dialo spoke in Bamako.", "Dialo",
       MentionKind::kPerson, ""},
      {"en", "Fighters loyal to Peter Gatdet left Bentiu. Gatdet was not seen again.", "Gatdet", MentionKind::kPerson, ""},
      {"en", "Gen. Mawut said the road was open.", "Mawut", MentionKind::kPerson, ""},
      {"en", "The Northern Unity Front claimed the ambush near Gao.", "Northern Unity Front", MentionKind::kActor, ""},
      {"en", "The Bank of Khartoum suspended transfers.", "Bank of Khartoum", MentionKind::kActor, ""},
      {"en", "Observers from the ECOWAS mission arrived in Niamey.", "ECOWAS", MentionKind::kActor, ""},
      {"ja", "山田太郎氏は会見で停戦を求めた。", "山田太郎", MentionKind::kPerson, ""},
  });
}

TEST(NameTablesTest, MalformedLinesNameTheirFile) {
  NameTables t;
  EXPECT_TRUE(t.AddTable("org_suffix\tFront\nperson_title\tPresiden\n", "id/names.tsv").ok());
  EXPECT_TRUE(t.org_suffixes.count("Front"));
  const Status bad = t.AddTable("org_suffix\n", "id/names.tsv");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("id/names.tsv:1"), std::string::npos);
  EXPECT_FALSE(t.AddTable("colour\tred\n", "ar/names.tsv").ok());
}

}  // namespace
}  // namespace sitrep::entities
