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
  // Two words are a nationality only when the last one is ("South Asian" traders);
  // a country's name ending in a common word is the country ("Czech Republic").
  struct Flag {
    std::string text, surface;
    bool nationality;
  };
  for (const auto& c : std::vector<Flag>{
           {"Observers from the Czech Republic reached Sarajevo.", "Czech Republic", false},
           {"South Asian traders left Dubai as prices rose.", "South Asian", true},
           {"North American insurers paid out after the storm.", "North American", true},
       }) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.surface;
    EXPECT_EQ(m->nationality, c.nationality) << c.surface << " in: " << c.text;
  }
}

// A short or historical name of a state links to the state (or its successor, as
// geoparsing gold does): Bosnia, Yugoslavia (Serbia), the Soviet Union (Russia).
TEST(NameTypesTest, ShortAndHistoricalStateNames) {
  ExpectKinds({
      {"en", "Refugees returned to Bosnia after the war.", "Bosnia", MentionKind::kCountry, "BA"},
      {"en", "Sanctions on Yugoslavia were eased in 1995.", "Yugoslavia", MentionKind::kCountry, "RS"},
      {"en", "The Soviet Union withdrew from Afghanistan in 1989.", "Soviet Union", MentionKind::kCountry, "RU"},
  });
}

TEST(NameTypesTest, PersonsAndOrganizations) {
  ExpectKinds({
      {"en", "Interior Minister Amara Dialo said the curfew would hold. Dialo spoke in Bamako.", "Dialo",
       MentionKind::kPerson, ""},
      {"en", "Fighters loyal to Peter Gatdet left Bentiu. Gatdet was not seen again.", "Gatdet", MentionKind::kPerson, ""},
      {"en", "Gen. Mawut said the road was open.", "Mawut", MentionKind::kPerson, ""},
      // A surname that is also a town: an age in commas, or a speech verb beside
      // the lone surname of a two-word name, makes it the person.
      {"en", "Striker Benni Goma, 27, joined the club from Kinshasa.", "Goma", MentionKind::kPerson, ""},
      {"en", "Kelechi Aba scored twice in Lagos. Aba said the pitch was wet.", "Aba", MentionKind::kPerson, ""},
      {"en", "Deaths reported on Friday: Idlib, 12, Aleppo, 5.", "Idlib", MentionKind::kPlace, "SY"},
      {"en", "Shelling hit Goma again. Goma said nothing.", "Goma", MentionKind::kPlace, "CD"},
      {"en", "The Northern Unity Front claimed the ambush near Gao.", "Northern Unity Front", MentionKind::kActor, ""},
      {"en", "The Bank of Khartoum suspended transfers.", "Bank of Khartoum", MentionKind::kActor, ""},
      {"en", "Observers from the ECOWAS mission arrived in Niamey.", "ECOWAS", MentionKind::kActor, ""},
      {"ja", "山田太郎氏は会見で停戦を求めた。", "山田太郎", MentionKind::kPerson, ""},
  });
}

TEST(NameTypesTest, AGivenNameBeforeADivisionWordIsNoPerson) {
  // "Washington", "Jackson" are given names, but a township or a state after them names a place.
  for (const std::string text : {"Police in Washington Township arrested two men.",
                                 "A storm cut power across Jackson Township overnight."}) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) EXPECT_NE(m.kind, MentionKind::kPerson) << text.substr(m.span.begin, m.span.end - m.span.begin) << " in: " << text;
  }
  ExpectKinds({{"en", "Washington Irving wrote the tale in 1819.", "Washington Irving", MentionKind::kPerson, ""}});
}

// A place name that opens a compound headed by a listed noun (a language, a war,
// an assembly, a ministry, an embassy, a product's origin) is no place; any other
// continuation (a direction, the surroundings, a birthplace, an envoy) keeps it
// one; a facility word makes the compound a facility linked to it
// (ja_facilities.cc); a nationality suffix marks it a nationality.
TEST(NameTypesTest, JapaneseCompoundsHeadedByAnotherNoun) {
  ExpectKinds({
      {"ja", "ガザ北部で空爆があった。", "ガザ", MentionKind::kPlace, "PS"},
      {"ja", "ハルキウ近郊で砲撃があった。", "ハルキウ", MentionKind::kPlace, "UA"},
      {"ja", "ベイルート港で爆発があった。", "ベイルート港", MentionKind::kFacility, "LB"},
      {"ja", "ソマリア沖で商船が襲われた。", "ソマリア", MentionKind::kCountry, "SO"},
      {"ja", "マリ北部の町で戦闘が続いた。", "マリ", MentionKind::kCountry, "ML"},
      {"ja", "ハルツーム市内で銃撃戦が起きた。", "ハルツーム", MentionKind::kPlace, "SD"},
      {"ja", "トルコ大使が記者団に語った。", "トルコ", MentionKind::kCountry, "TR"},
      {"ja", "司令官はイラク生まれだという。", "イラク", MentionKind::kCountry, "IQ"},
      // Bare kanji names of cities (kb places/japan.tsv, world_ja.tsv).
      {"ja", "東京で停戦を求めるデモがあった。", "東京", MentionKind::kPlace, "JP"},
      {"ja", "沖縄では基地への抗議が続いた。", "沖縄", MentionKind::kPlace, "JP"},
      {"ja", "北京と台北の対立が深まった。", "台北", MentionKind::kPlace, "TW"},
      {"ja", "平壌は弾道ミサイルを発射した。", "平壌", MentionKind::kPlace, "KP"},
  });
  const std::vector<std::pair<std::string, std::string>> compounds = {
      {"ミャンマー語の放送が止まった。", "ミャンマー"},
      {"スーダン保健省は死者数を発表した。", "スーダン"},
      {"レバノン大使館の前で抗議があった。", "レバノン"},
      {"ロシア製の無人機が撃墜された。", "ロシア"},
      {"ベトナム戦争の記録が公開された。", "ベトナム"},
      {"イエメン議会は声明を出した。", "イエメン"},
      {"コロンビア憲法の改正が議論された。", "コロンビア"},
      {"北京五輪の開幕が近づいた。", "北京"},
      {"東京電力は停電を発表した。", "東京"},
  };
  for (const auto& [text, surface] : compounds) {
    const auto doc = Link(text, "ja");
    const auto* m = MentionOf(doc, surface);
    EXPECT_TRUE(m == nullptr || (m->kind != MentionKind::kPlace && m->kind != MentionKind::kCountry))
        << surface << " in: " << text;
  }
  for (const auto& [text, surface] : std::vector<std::pair<std::string, std::string>>{
           {"イエメン人の漁師が拘束された。", "イエメン"}, {"アフガニスタン難民が国境に集まった。", "アフガニスタン"}}) {
    const auto doc = Link(text, "ja");
    const auto* m = MentionOf(doc, surface);
    ASSERT_NE(m, nullptr) << text;
    EXPECT_TRUE(m->nationality) << text;
  }
}

// A katakana word the tokenizer knows as a common noun is that noun, not the
// place an alias of the gazetteer gives it; a country keeps its name.
TEST(NameTypesTest, JapaneseKatakanaCommonNounsAreNoPlaces) {
  for (const auto& [text, surface] : std::vector<std::pair<std::string, std::string>>{
           {"避難民を乗せたバスが砲撃を受けた。", "バス"},
           {"兵士はハンマーで扉を壊した。", "ハンマー"},
           {"川のデルタ地帯で洪水が起きた。", "デルタ"}}) {
    const auto doc = Link(text, "ja");
    const auto* m = MentionOf(doc, surface);
    EXPECT_TRUE(m == nullptr || (m->kind != MentionKind::kPlace && m->kind != MentionKind::kCountry))
        << surface << " in: " << text;
  }
  ExpectKinds({{"ja", "チャドの首都で抗議があった。", "チャド", MentionKind::kCountry, "TD"},
               {"ja", "チリで大規模なデモが起きた。", "チリ", MentionKind::kCountry, "CL"},
               // The document's other names support the town's country.
               {"ja", "シリア政府軍はハマの周辺で反体制派を砲撃した。シリア北部でも戦闘が続いた。", "ハマ",
                MentionKind::kPlace, "SY"}});
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
