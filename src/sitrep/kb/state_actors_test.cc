// The generated state actors: every state's military, police and government
// from the country table, their phrasings in English, Japanese, Arabic and
// Indonesian, the Arabic adjective rule, the ambiguity filter, and ACLED's
// inter code for forces acting abroad.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "sitrep/kb/kb_test_util_internal.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/state_actors_internal.h"

namespace sitrep::kb {
namespace {

using testing::ActorsNamed;
using testing::RealKb;

TEST(StateActorsTest, PhrasesInFourLanguagesNameTheirState) {
  const std::pair<const char*, const char*> cases[] = {
      // English: demonym + forces word, name + forces word, ACLED's own names
      {"Kenyan police", "ke-police"},           {"Malian army", "ml-military"},
      {"Nigerien soldiers", "ne-military"},     {"Burkinabe troops", "bf-military"},
      {"Somali police", "so-police"},    {"Haitian national police", "ht-police"},
      {"Colombian army", "co-military"},        {"Mexican government", "mx-government"},
      {"Pakistani military", "pk-military"},    {"Bangladeshi government", "bd-government"},
      {"Myanmar army", "mm-military"},          {"Congolese army", "cd-military"},
      {"Ethiopian air force", "et-military"},   {"Chadian army", "td-military"},
      {"Police Forces of Bangladesh", "bd-police"},
      {"Government of the Philippines", "ph-government"},
      {"Military Forces of Kenya", "ke-military"},
      // Japanese: name or stem + 軍 / 国軍 / 兵 / 警察 / 政府
      {"スーダン軍", "sd-military"},   {"ミャンマー国軍", "mm-military"}, {"マリ軍", "ml-military"},
      {"ソマリア政府", "so-government"}, {"ハイチ警察", "ht-police"},     {"米軍", "us-military"},
      {"露軍", "ru-military"},        {"韓国軍", "kr-military"},         {"ケニア警察", "ke-police"},
      {"ロシア兵", "ru-military"},     {"バングラデシュ政府", "bd-government"},
      // Arabic: adjectives by the nisba rule or from the data, names after جيش / حكومة
      {"الجيش السوداني", "sd-military"},      {"الجيش المالي", "ml-military"},
      {"القوات النيجيرية", "ng-military"},     {"الشرطة الصومالية", "so-police"},
      {"الحكومة الإثيوبية", "et-government"},  {"الجيش الأمريكي", "us-military"},
      {"الشرطة الكينية", "ke-police"},         {"حكومة ميانمار", "mm-government"},
      {"الجيش الكوري الجنوبي", "kr-military"}, {"القوات المسلحة السودانية", "sd-military"},
      // Indonesian: Tentara / Militer / Pasukan / Polisi / Pemerintah + the Indonesian name
      {"Tentara Sudan", "sd-military"},       {"militer Israel", "il-military"},
      {"Polisi Kenya", "ke-police"},          {"Pemerintah Bangladesh", "bd-government"},
      {"Tentara Rusia", "ru-military"},       {"militer AS", "us-military"},
      {"Pasukan Ukraina", "ua-military"},     {"Pemerintah Suriah", "sy-government"},
  };
  for (const auto& [phrase, id] : cases) {
    const auto ids = ActorsNamed(RealKb(), phrase);
    ASSERT_EQ(ids.size(), 1u) << phrase;
    EXPECT_EQ(ids[0], id) << phrase;
  }
}

TEST(StateActorsTest, NoForcesForTerritoriesOrMisreadAdjectives) {
  for (const char* phrase : {"Puerto Rican police", "Greenlandic army", "الشرطة المالية",
                             "Military Forces of Antarctica"}) {
    EXPECT_TRUE(ActorsNamed(RealKb(), phrase).empty()) << phrase;  // مالية is also "financial"
  }
  EXPECT_EQ(RealKb().StateActor("PR", "police"), nullptr);
}

TEST(StateActorsTest, EveryStateHasItsThreeActors) {
  size_t states = 0;
  for (const Country& c : RealKb().countries()) {
    const Actor* army = RealKb().StateActor(c.code, "military");
    if (!army) continue;
    ++states;
    const Actor* government = RealKb().StateActor(c.code, "government");
    const Actor* police = RealKb().StateActor(c.code, "police");
    ASSERT_NE(government, nullptr) << c.code;
    ASSERT_NE(police, nullptr) << c.code;
    EXPECT_EQ(army->inter, 1) << c.code;
    EXPECT_EQ(army->country, c.code);
    EXPECT_EQ(army->affiliation, government->id) << c.code;
    EXPECT_EQ(police->affiliation, government->id) << c.code;
    EXPECT_EQ(RealKb().GenericActor("government_forces", c.code), army) << c.code;
    EXPECT_EQ(RealKb().GenericActor("police", c.code), police) << c.code;
  }
  EXPECT_GE(states, 190u);
  EXPECT_EQ(RealKb().StateActor("US", "military")->name, "Military Forces of the United States");
  // A curated actor keeps its name and gains the generated phrasings.
  const Actor* syria = RealKb().StateActor("SY", "military");
  EXPECT_EQ(syria->name, "Military Forces of Syria");
  EXPECT_EQ(ActorsNamed(RealKb(), "Tentara Suriah"), std::vector<std::string>{"sy-military"});
}

TEST(ArabicNisbaTest, DerivesAdjectivesFromOneWordNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"السودان", "سوداني"}, {"سوريا", "سوري"},   {"السعودية", "سعودي"}, {"فرنسا", "فرنسي"},
      {"مصر", "مصري"},       {"اليمن", "يمني"},   {"مالي", "مالي"},      {"أوكرانيا", "أوكراني"},
      {"العراق", "عراقي"},   {"الصومال", "صومالي"}};
  for (const auto& [name, adjective] : cases) {
    EXPECT_EQ(ArabicNisba(name), std::vector<std::string>{adjective}) << name;
  }
  EXPECT_TRUE(ArabicNisba("جنوب السودان").empty());  // several words: from the data
  EXPECT_EQ(ArabicFeminine("كوري جنوبي"), "كورية جنوبية");
}

// The country whose Arabic adjective `form` is, or "" when it names none.
std::string CountryOfAdjective(const KnowledgeBase& kb, const std::string& form) {
  std::string code;
  for (const Country& c : kb.countries())
    for (const auto& a : c.arabic_adjectives)
      if (a == form) code += c.code;
  return code;
}

TEST(ArabicAdjectivesTest, NisbaFormsNameTheirCountry) {
  const std::pair<const char*, const char*> cases[] = {
      {"إسرائيلية", "IL"}, {"الإسرائيلي", "IL"}, {"الإسرائيليون", "IL"}, {"روسية", "RU"},
      {"الروسيين", "RU"},  {"السورية", "SY"},    {"يمنيون", "YE"},       {"سودانية", "SD"},
      {"أوكرانية", "UA"},  {"الأمريكية", "US"},  {"أميركيين", "US"},     {"الكورية الشمالية", "KP"},
  };
  for (const auto& [form, code] : cases) EXPECT_EQ(CountryOfAdjective(RealKb(), form), code) << form;
  // Mali's nisba is its own name: مالية is "financial", ماليون "financiers".
  for (const char* form : {"مالية", "المالية", "ماليون"}) EXPECT_EQ(CountryOfAdjective(RealKb(), form), "") << form;
}

TEST(ArabicAdjectivesTest, AFormTwoCountriesShareIsGivenToNone) {
  std::vector<Country> countries(2);
  countries[0].code = "AA";
  countries[1].code = "BB";
  SlotForms a, b;
  a.ar = {"ألفا"};
  a.ar_m = {"الألفي"};
  a.ar_f = {"الألفية"};
  b.ar = {"بيتا"};
  b.ar_m = {"الألفي", "البيتي"};
  b.ar_f = {"البيتية"};
  AddArabicAdjectives(countries, {{0, a}, {1, b}});
  for (const auto& f : countries[0].arabic_adjectives) EXPECT_NE(f, "ألفي");
  for (const auto& f : countries[1].arabic_adjectives) EXPECT_NE(f, "الألفي");
  EXPECT_NE(std::find(countries[0].arabic_adjectives.begin(), countries[0].arabic_adjectives.end(), "ألفية"),
            countries[0].arabic_adjectives.end());
  EXPECT_NE(std::find(countries[1].arabic_adjectives.begin(), countries[1].arabic_adjectives.end(), "البيتيين"),
            countries[1].arabic_adjectives.end());
}

TEST(AcledInterTest, StateForcesAbroadAreExternal) {
  document::EntityRef russia_army;
  russia_army.inter = 1;
  russia_army.country = "RU";
  russia_army.feature = "state_forces";
  EXPECT_EQ(AcledInter(russia_army, "UA"), 8);
  EXPECT_EQ(AcledInter(russia_army, "SY"), 8);
  EXPECT_EQ(AcledInter(russia_army, "RU"), 1);
  EXPECT_EQ(AcledInter(russia_army, ""), 1);  // event country unknown: home code
  document::EntityRef rsf;
  rsf.inter = 2;
  rsf.country = "SD";
  rsf.feature = "rebel_group";
  EXPECT_EQ(AcledInter(rsf, "TD"), 2);  // only state actors become external forces
}

// A phrase two countries would share names neither of them.
TEST(StateActorsTest, SharedPhrasesAreDropped) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "kb_state_actors";
  fs::create_directories(dir / "langs");
  auto write = [&](const fs::path& p, const std::string& s) { std::ofstream(p) << s; };
  write(dir / "places.tsv", "");
  write(dir / "actors.tsv", "xx-rebels\tXandar Liberation Army\trebel_group\t2\tXA\t\tXandarian army\n");
  write(dir / "generic_actors.tsv", "");
  write(dir / "countries.tsv",
        "XA\tXandar\t1\t2\tXandar\tXandarian|Northlander\nXB\tNorthland\t3\t4\tNorthland\tNorthlander\n");
  write(dir / "country_forms.tsv", "");
  write(dir / "state_actors.tsv",
        "actor\tmilitary\tstate_forces\t1\t\tMilitary Forces of {of}\nalias\tmilitary\t{adj} army\n");
  for (const char* lang : {"en", "ar", "ja", "id"}) write(dir / "langs" / (std::string(lang) + ".json"), "{\"countries\":{}}");
  KbOptions o;
  o.data_dir = dir.string();
  o.countries_dir = (dir / "langs").string();
  o.gazetteer_path = "-";
  auto kb = KnowledgeBase::Load(o);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  EXPECT_TRUE(ActorsNamed(**kb, "Northlander army").empty());                           // two countries
  EXPECT_EQ(ActorsNamed(**kb, "Xandarian army"), std::vector<std::string>{"xx-rebels"});  // curated owner
  EXPECT_EQ(ActorsNamed(**kb, "Military Forces of Northland"), std::vector<std::string>{"xb-military"});
}

}  // namespace
}  // namespace sitrep::kb
