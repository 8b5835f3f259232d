// Pass "places": a nationality the entities stage marks (Mention.nationality:
// "Syrian workers", "シリア人") names who or what, never where — a record
// keeps the place the sentence gives, or none. And a place noun that refers
// back ("the city", "同市") is the town named before. In every language covered.
#include <gtest/gtest.h>

#include <algorithm>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

// Adds a place mention the entities stage would give `surface` (its first
// occurrence) in sentence `sentence`, linked to `entity`, keeping mentions in
// text order.
void AddPlaceMention(document::Document& doc, const std::string& surface, document::EntityRef entity,
                     double score, const std::string& method, int sentence) {
  document::Mention m;
  m.span.begin = doc.text().find(surface);
  m.span.end = m.span.begin + surface.size();
  m.text = surface;
  m.kind = document::MentionKind::kPlace;
  m.entity = std::move(entity);
  m.score = score;
  m.method = method;
  m.sentence = sentence;
  doc.mentions.push_back(m);
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
}

struct NationalityRow {
  const char* lang;
  const char* text;
  const char* nationality;  // this word is marked as a nationality of Syria
  const char* place;        // the record's place; "-" = none
};

void PrintTo(const NationalityRow& r, std::ostream* os) { *os << r.text; }

const NationalityRow kRows[] = {
    {"en", "Gunmen attacked Syrian workers on Sunday.", "Syrian", "-"},
    {"en", "Gunmen attacked Syrian workers in Mosul on Sunday.", "Syrian", "Mosul"},
    {"en", "Police arrested Syrian traders at a market in Khartoum on Monday.", "Syrian", "Khartoum"},
    {"en", "Drones struck a Syrian convoy on Sunday.", "Syrian", "-"},
    {"en", "An explosion hit the Syrian embassy on Monday.", "Syrian", "-"},
    {"en", "Rebels fired on Syrian positions on Monday.", "Syrian", "-"},
    {"en", "Protesters marched to the Syrian consulate on Monday.", "Syrian", "-"},
    {"en", "Troops shelled Syrian villages on Monday.", "Syrian", "-"},
    {"ja", "日曜日、武装集団がシリアの労働者を襲撃した。", "シリア", "-"},
    {"ja", "日曜日、武装集団がシリア大使館を襲撃した。", "シリア", "-"},
    {"ja", "日曜日、武装集団がシリア人労働者を襲撃した。", "シリア人", "-"},
    {"ja", "日曜日、モスルで武装集団がシリア人労働者を襲撃した。", "シリア人", "Mosul"},
    {"id", "Kelompok bersenjata menyerang pekerja Suriah di Mosul pada hari Minggu.", "Suriah", "Mosul"},
};

class PlacePassTest : public ::testing::TestWithParam<NationalityRow> {};

TEST_P(PlacePassTest, ANationalityIsNeverThePlace) {
  const NationalityRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang);
  const std::string text(r.text);
  const size_t at = text.find(r.nationality);
  ASSERT_NE(at, std::string::npos);
  // The mention the entities stage gives a nationality: its country, marked.
  std::erase_if(doc.mentions, [&](const document::Mention& m) { return m.span.begin == at; });
  document::Mention m;
  m.span = {at, at + std::string(r.nationality).size()};
  m.text = r.nationality;
  m.kind = document::MentionKind::kCountry;
  m.entity = document::EntityRef{};
  m.entity->id = "test:Syria";
  m.entity->name = "Syria";
  m.entity->country = "SY";
  m.entity->feature = "PCLI";
  m.entity->lat = 35.0, m.entity->lon = 38.0;
  m.method = "exact";
  m.nationality = true;
  m.sentence = 0;
  doc.mentions.push_back(m);
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  // With no place of its own a record may be dropped (no-place): no answer
  // beats a wrong one. With a place, the record is there and placed there.
  if (std::string(r.place) != "-") ASSERT_FALSE(doc.events.empty());
  for (const auto& e : doc.events) {
    if (std::string(r.place) == "-") {
      EXPECT_FALSE(e.place.has_value()) << e.place->name;
    } else {
      ASSERT_TRUE(e.place.has_value());
      EXPECT_EQ(e.place->name, r.place);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rows, PlacePassTest, ::testing::ValuesIn(kRows));

struct AnaphorRow {
  const char* lang;
  const char* text;      // one sentence per line
  const char* sentence;  // the record's evidence sentence starts so
  const char* place;     // its place; "-" = none
};

void PrintTo(const AnaphorRow& r, std::ostream* os) { *os << r.text; }

const AnaphorRow kAnaphorRows[] = {
    {"en", "Rebels advance on Goma\nShelling hit the city on Tuesday.", "Shelling", "Goma"},
    {"en", "Talks opened in Nairobi on Monday.\nLater, gunmen attacked a bus outside the town.", "Later",
     "Nairobi"},
    // The last town named, not an earlier one; a country is no town.
    {"en", "Fighting spread from Gao to Mosul.\nAn airstrike hit the city at dawn.", "An airstrike", "Mosul"},
    {"en", "Aid reached Syria on Monday.\nAn airstrike hit the city at dawn.", "An airstrike", "-"},
    // A sentence that names its own place keeps it.
    {"en", "Rebels advance on Goma\nShelling hit the city of Kharkiv on Tuesday.", "Shelling", "Kharkiv"},
    // A town the sentence names, even one the gazetteer does not know, is not
    // the town named before: the record stays unplaced rather than misplaced.
    {"en", "Rebels advance on Goma\nRebels seized the town of Zorvanka on Tuesday.", "Rebels seized", "-"},
    {"en", "Clashes erupted in Mosul.\nShelling hit the village of Qaryat Tel on Friday.", "Shelling", "-"},
    // What followed there is no record of its own.
    {"en", "Rebels advance on Goma\nResidents fled the city on foot.", "Residents", "-"},
    // An arrest there is one.
    {"en", "Gunmen shot dead a judge in Mosul on Monday.\nPolice arrested four suspects in the city on Tuesday.",
     "Police", "Mosul"},
    {"en", "Insurgents beheaded three farmers near Gao on Saturday.\nThey then occupied the district capital for a day.",
     "They", "Gao"},
    {"ja", "反政府勢力がゴマに進攻\n火曜日、同市で砲撃があった。", "火曜日", "Goma"},
    {"ar", "تقدم المتمردون نحو غوما يوم الاثنين.\nوقصفت الطائرات المدينة يوم الثلاثاء.", "وقصفت", "Goma"},
    {"id", "Pemberontak bergerak menuju Goma pada hari Senin.\nSerangan udara menghantam kota itu pada hari Selasa.",
     "Serangan udara", "Goma"},
    // 「周辺の森で」: around the town named before.
    {"ja", "ゴマで月曜日、無人機が市場を空爆した。\n部隊は水曜日、周辺の森で武装集団と交戦した。", "部隊", "Goma"},
};

class AnaphoricPlaceTest : public ::testing::TestWithParam<AnaphorRow> {};

TEST_P(AnaphoricPlaceTest, ThePlaceNounIsTheTownNamedBefore) {
  const AnaphorRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  if (std::string(r.place) == "-") {
    for (const auto& e : doc.events)
      if (e.evidence.sentence.rfind(r.sentence, 0) == 0) EXPECT_FALSE(e.place.has_value()) << e.place->name;
    return;
  }
  const document::Event& e = testing::EventFrom(doc, r.sentence);
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->name, r.place);
}

INSTANTIATE_TEST_SUITE_P(Rows, AnaphoricPlaceTest, ::testing::ValuesIn(kAnaphorRows));

// A town the linker only guessed (fuzzy, translit) in a country the document
// barely names, beside one it names often, is no place: "Karabakh" read as a
// Russian town. Linked by name, the same town stays the record's place.
TEST(GuessedForeignPlaceTest, AGuessedTownOfAnotherCountryIsNoPlace) {
  for (const char* method : {"fuzzy", "exact"}) {
    auto doc = sitrep::testing::MakeDocument(
        "Russian forces shelled Mosul on Monday.\n"
        "Iraq said Iraq would respond, and Iraq called its envoy home.\n"
        "Rebels attacked a checkpoint in Kulebaki on Tuesday.",
        "en", "2024-03-15");
    // The tiny dictionary gives no countries: Iraq is named often, Russia once.
    for (auto& x : doc.mentions) {
      if (!x.entity) continue;
      if (x.entity->name == "Iraq" || x.entity->name == "Mosul") x.entity->country = "IQ";
      if (x.entity->name == "Military Forces of Russia") x.entity->country = "RU";
    }
    const std::string town = "Kulebaki";
    AddPlaceMention(doc, town,
                    document::EntityRef{"geonames:539555", town, 55.41, 42.53, "RU", "Nizhny Novgorod", "PPL"},
                    0.8, method, 2);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    const bool placed_there = std::any_of(doc.events.begin(), doc.events.end(), [&](const auto& e) {
      return e.place && e.place->name == town;
    });
    EXPECT_EQ(placed_there, std::string(method) == "exact") << method;
  }
}

// A place only it names in its country, in a report on another country, is
// no place of its sentence: the sentence's other town is, and the record stays.
TEST(GuessedForeignPlaceTest, ALoneForeignTownGivesWayToTheSentencesOther) {
  auto doc = sitrep::testing::MakeDocument(
      "Artillery shelled Mosul on Monday.\n"
      "Iraq said Iraq would respond, and Iraq called its envoy home.\n"
      "Rebels attacked a checkpoint at Mori, near Gao, on Tuesday.",
      "en", "2024-03-15");
  for (auto& x : doc.mentions)
    if (x.entity && (x.entity->name == "Iraq" || x.entity->name == "Mosul")) x.entity->country = "IQ";
  const std::string town = "Mori";
  AddPlaceMention(doc, town,
                  document::EntityRef{"geonames:1", town, 42.1, 140.6, "JP", "Hokkaido", "PPL"},
                  0.95, "alias", 2);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  const document::Event& e = testing::EventFrom(doc, "Rebels");
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->name, "Gao");
}

// A port is as precise as a town: a strike on a town and a site near a port
// is one record each.
TEST(FacilityPlaceTest, APortCoordinatedWithATownIsAPlaceOfItsOwn) {
  auto doc = sitrep::testing::MakeDocument(
      "Warplanes struck Marib and a radar site near Ras Isa on Monday.", "en", "2024-03-15");
  const std::string port = "Ras Isa";
  AddPlaceMention(doc, port,
                  document::EntityRef{"kb:ras-isa", port, 15.17, 42.82, "", "Al Hudaydah", "PRT"},
                  1, "exact", 0);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  std::vector<std::string> places;
  for (const auto& e : doc.events) places.push_back(e.place ? e.place->name : "-");
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, (std::vector<std::string>{"Marib", "Ras Isa"}));
}

// A headline placed at a sea ("in the Red Sea": no country) summarises the
// body's report placed at a town of a country: one record, not two.
TEST(HeadlinePlaceTest, ASeaInTheHeadlineJoinsTheBodysTown) {
  auto doc = sitrep::testing::MakeDocument(
      "Rebels claim missile attack on tanker in Red Sea\n\n"
      "Rebels fired two missiles at a tanker off Marib on Thursday, their spokesman said.",
      "en", "2024-03-15");
  for (auto& x : doc.mentions)
    if (x.entity && x.entity->name == "Marib") x.entity->country = "YE";
  const std::string sea = "Red Sea";
  AddPlaceMention(doc, sea,
                  document::EntityRef{"geonames:350155", sea, 20.0, 38.0, "", "", "SEA"},
                  0.95, "exact", 0);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].place.has_value());
  EXPECT_EQ(doc.events[0].place->name, "Marib");
}

}  // namespace
}  // namespace sitrep::events
