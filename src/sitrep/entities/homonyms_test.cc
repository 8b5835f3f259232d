// HomonymPass: a place name shared by several places takes the one the whole
// document points to — a qualifier after it, its division named elsewhere, the
// country of the other places, the outlet's country domain — and keeps the
// prominent place when the document only leans the other way. Sentences
// written for this test about several countries and wars; needs the compiled
// world gazetteer (skipped without it).
#include <gtest/gtest.h>

#include "sitrep/entities/linker_test_util.h"
#include "sitrep/text/text_annotator.h"

namespace sitrep::entities {
namespace {

using testing::MentionOf;

struct HomonymCase {
  const char* text;
  const char* name;     // the mention whose entity is checked
  const char* country;  // its entity's country
  const char* url;      // the document's web address ("" = none)
  const char* feature = nullptr;  // its entity's feature, when checked ("ADM1": the state, not the capital)
  const char* lang = "en";
};

const HomonymCase kCases[] = {
    // The division named later in the story: the Ontario city, not the English capital.
    {"Police in London said two people were hurt when a truck hit a bus shelter. The city lies between "
     "Toronto and Windsor in southwestern Ontario.", "London", "CA", ""},
    // A capital stays the capital when the story is about elsewhere but names no division of a namesake.
    {"A rally in Los Angeles drew thousands, and a designer from Madrid who works in London joined it. "
     "Organisers in California said more marches would follow.", "London", "GB", ""},
    // A qualifier right after the name.
    {"Storms flattened barns near Paris, Texas, and the highway to Dallas was closed.", "Paris", "US", ""},
    {"Hailstorms cancelled flights in Paris on Tuesday and trains to Lyon ran late.", "Paris", "FR", ""},
    // Tripoli by the rest of the story: Lebanon's north or Libya's capital.
    {"Gunmen fought in Tripoli for a second night, and soldiers were sent from Beirut. The cabinet in "
     "Lebanon met on the unrest near Akkar.", "Tripoli", "LB", ""},
    {"Armed groups fought in Tripoli for a second night while the rival government in Benghazi accused "
     "commanders from Misrata of the shelling.", "Tripoli", "LY", ""},
    // An old name of a capital gives way to the town of the story's own country.
    {"Floods closed roads in Salisbury and Southampton, and trains from Portsmouth were cancelled.", "Salisbury",
     "GB", ""},
    // A country before the name ("the English city of X") outweighs the story's other countries.
    {"Diplomats left Washington and New York after the expulsions, and the embassy in Ottawa closed. "
     "The dispute began with an attack in the English city of Salisbury.", "Salisbury", "GB", ""},
    // Said once, it holds for the name's other mentions (the first "Perth" here).
    {"The team from Adelaide stayed in Perth for a week. Fans from Sydney, Melbourne and Brisbane "
     "had flown to the Scottish city of Perth for the final.", "Perth", "GB", ""},
    // A name that is a division and a town: the division when the words around one mention say so
    // (a compass word, "state" after it, another division it is listed with), for its other mentions too.
    {"Crews worked at home in Washington for months; later a wildfire in central Washington "
     "burned orchards.", "Washington", "US", "", "ADM1"},
    {"Tech firms rarely leave Oregon or Washington for the Midwest.", "Washington", "US", "", "ADM1"},
    {"Senators in Washington debated the budget while crowds marched in Seattle and Portland.", "Washington",
     "US", "", "PPLC"},
    {"The mural festival in Washington, D.C., drew painters from Baltimore.", "Washington", "US", ""},
    // A division word after the name in either case; the town that is the division's own seat keeps
    // the name's bare mentions.
    {"Shelling hit the Donetsk region overnight, officials in Kyiv said.", "Donetsk", "UA", "", "ADM1"},
    {"The RSF shelled villages across Khartoum State.", "Khartoum", "SD", "", "ADM1"},
    {"Drones hit the Kharkiv region overnight. In Kharkiv, a school was damaged.", "Kharkiv,", "UA", "", "PPLA"},
    {"Militer Rusia menyerang wilayah Donetsk pada malam hari.", "Donetsk", "UA", "", "ADM1", "id"},
    {"Militer Rusia menyerang Kota Kharkiv dan wilayah Kharkiv.", "Kharkiv", "UA", "", "PPLA", "id"},
    // Kherson stays the Ukrainian city in a story about the war.
    {"Russian drones struck Kherson and Nikopol overnight, Ukrainian officials said.", "Kherson", "UA", ""},
    // A wire dateline's bare name is the capital or world city, whatever the story is about;
    // a namesake gets its state in the dateline, and a town of no such weight follows the story.
    {"PARIS (Reuters) - A court in Texas fined a bank on Monday, lawyers in Houston said.", "PARIS", "FR", ""},
    {"WASHINGTON (AP) \u2014 The senator spoke at a rally in West Virginia on Friday.", "WASHINGTON", "US", "",
     "PPLC"},
    {"Earlier story.\nMOSCOW (Reuters) - Officials in Idaho said a storm hit Boise.", "MOSCOW", "RU", ""},
    {"The first story ends here. WASHINGTON (AP) - Crowds in West Virginia cheered the governor.", "WASHINGTON",
     "US", "", "PPLC"},
    {"ATHENS, Ga. (AP) \u2014 Students marched across campus on Tuesday, police in Atlanta said.", "ATHENS", "US",
     ""},
    {"SALISBURY \u2014 Police in Maryland arrested two men after a robbery near Baltimore and Annapolis.",
     "SALISBURY", "US", ""},
    // The outlet's country domain tips names of like weight; a generic domain says nothing.
    {"Firefighters in Hamilton put out a blaze at a steel plant on Monday.", "Hamilton", "CA",
     "https://www.example.ca/news/fire"},
    {"Firefighters in Hamilton put out a blaze at a steel plant on Monday.", "Hamilton", "NZ",
     "https://www.example.co.nz/news/fire"},
    {"Firefighters in Hamilton put out a blaze at a steel plant on Monday.", "Hamilton", "NZ",
     "https://www.example.io/news/fire"},
};

class HomonymTest : public ::testing::TestWithParam<HomonymCase> {};

TEST_P(HomonymTest, TheDocumentChoosesAmongNamesakes) {
  const HomonymCase& c = GetParam();
  const EntityLinker& linker = testing::SharedLinker();
  if (linker.Lookup("Hamilton", "").size() < 3) GTEST_SKIP() << "no world gazetteer";
  static const text::TextAnnotator* annotator = [] {
    auto a = text::TextAnnotator::Create();
    return a.ok() ? std::move(a).value().release() : nullptr;
  }();
  document::Document doc("test", c.text);
  doc.lang = c.lang;
  doc.url = c.url;
  if (annotator) ASSERT_TRUE(annotator->Annotate(doc).ok());
  ASSERT_TRUE(linker.Annotate(doc).ok());
  const document::Mention* m = MentionOf(doc, c.name);
  ASSERT_NE(m, nullptr) << c.name << " not found in: " << c.text;
  ASSERT_TRUE(m->entity) << c.name;
  EXPECT_EQ(m->entity->country, c.country) << c.name << " -> " << m->entity->name << " in: " << c.text;
  if (c.feature) EXPECT_EQ(m->entity->feature, c.feature) << c.name << " -> " << m->entity->name << " in: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, HomonymTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
