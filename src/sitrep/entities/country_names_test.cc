// Countries, territories and places whose names hold another country's name,
// a possessive, or go by a form the ISO tables and cities500 lack (a short
// form, a new official spelling, a people's name for a state): the whole name
// must be one mention of the right entity, never the country inside it
// ("Spain" in "Port of Spain", "Republic of Korea" in North Korea's official
// name), a part of it ("Bazar" of "Cox's Bazar") nor a town of another country
// ("Cabo Verde", Mexico; "St Lucia", South Africa). Sentences written for this
// test; the rows are data/kb/countries.tsv names and data/kb/places*/ rows.
#include <gtest/gtest.h>

#include <ostream>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

struct CountryNameCase {
  const char* lang;
  const char* text;
  const char* surface;  // must be one mention, exactly this span
  const char* id;       // of this entity
};

const CountryNameCase kCases[] = {
    {"en", "Envoys of the Democratic People's Republic of Korea walked out of the talks.",
     "Democratic People's Republic of Korea", "country:KP"},
    {"en", "The Democratic People’s Republic of Korea tested another rocket on Sunday.",
     "Democratic People’s Republic of Korea", "country:KP"},
    {"en", "Refugees fled from Congo-Brazzaville across the river after the clashes.", "Congo-Brazzaville",
     "country:CG"},
    {"en", "Militias attacked villages in the Democratic Republic of Congo near Bunia.",
     "Democratic Republic of Congo", "country:CD"},
    {"en", "A tanker ran aground off Port of Spain during the storm.", "Port of Spain", "geonames:3573890"},
    {"en", "Power was cut across the U.S. Virgin Islands after the hurricane.", "U.S. Virgin Islands",
     "country:VI"},
    {"en", "The yacht sailed from the British Virgin Islands to Antigua.", "British Virgin Islands",
     "country:VG"},
    {"en", "Fishermen from Cabo Verde were rescued off Senegal.", "Cabo Verde", "country:CV"},
    {"en", "Cruise ships stopped calling at St Lucia this winter.", "St Lucia", "country:LC"},
    {"en", "Veterans of the war in the Falklands gathered in Buenos Aires.", "Falklands", "country:FK"},
    {"en", "Peacekeepers patrolled Bosnia-Herzegovina for a decade.", "Bosnia-Herzegovina", "country:BA"},
    {"en", "Clan militias clashed near the border of Somaliland and Puntland.", "Somaliland", "kb:so-somaliland"},
    {"en", "Clan militias clashed near the border of Somaliland and Puntland.", "Puntland", "kb:so-puntland"},
    {"en", "Russian troops are still stationed in Transnistria, officials in Chisinau said.", "Transnistria",
     "kb:md-transnistria"},
    {"ar", "اندلعت اشتباكات قبلية في أرض الصومال يوم الأحد", "أرض الصومال", "kb:so-somaliland"},
    {"en", "Aid agencies in Cox's Bazar warned of cuts to rations.", "Cox's Bazar", "geonames:1336134"},
    {"en", "A fire swept through shelters in Kutupalong camp overnight.", "Kutupalong camp", "kb:bd-kutupalong-camp"},
    {"en", "Police fired on students in Bogura and Jashore.", "Bogura", "geonames:1337233"},
    {"en", "Police fired on students in Bogura and Jashore.", "Jashore", "geonames:1336140"},
    {"en", "Airstrikes hit villages in the Bekaa after the rocket fire.", "Bekaa", "geonames:280282"},
    {"en", "Shelling in South Lebanon emptied border villages.", "South Lebanon", "geonames:279894"},
    {"en", "Junta jets bombed a school in Karen State.", "Karen State", "geonames:1320233"},
    {"ja", "ソマリランドで部族間の衝突が起きた。", "ソマリランド", "kb:so-somaliland"},
};

// Names the case in test output by its language and name, not its bytes.
void PrintTo(const CountryNameCase& c, std::ostream* os) { *os << c.lang << " " << c.surface; }

class CountryNameTest : public ::testing::TestWithParam<CountryNameCase> {};

TEST_P(CountryNameTest, TheWholeNameIsOneMentionOfItsEntity) {
  const CountryNameCase& c = GetParam();
  const document::Document doc = testing::Link(c.text, c.lang);
  const document::Mention* found = nullptr;
  for (const auto& m : doc.mentions) {
    if (m.text == c.surface) found = &m;
  }
  ASSERT_NE(found, nullptr) << c.surface << " is no mention of its own in: " << c.text;
  ASSERT_TRUE(found->entity) << c.surface;
  EXPECT_EQ(found->entity->id, c.id) << c.surface << " -> " << found->entity->name;
}

INSTANTIATE_TEST_SUITE_P(Cases, CountryNameTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
