// Field-by-field tests of the battles stage on infoboxes written for these
// tests (testdata/battles/cases/, facts from public knowledge): three battles
// of other wars — Gettysburg (1863), Stalingrad (1942–43), Mosul (2016–17) —
// each in four renderings, all checked against one expected record:
//   .html          a saved article page, read through the HTML reader
//   .wiki          the article's wikitext, infobox with references and templates
//   _dump.txt      a text dump: labels glued to values or alone, cells one
//                  after the other (the seed's style)
//   _keyvalue.txt  another style per battle: "Label: value" with "- " items
//                  and an "Infobox" line; numbered "- Combatant 1:" items;
//                  "Label<TAB>value" rows with the columns a browser's copy
//                  keeps
// plus an ongoing conflict ("Status: Ongoing", "– present") and a page with
// two infoboxes (two records), and three Japanese infoboxes (ja_*: Iwo Jima
// 1945 as "ラベル：値" lines with tab columns, Mukden 1905 as Battlebox
// wikitext and as a saved page, Mosul 2016–17 with labels glued to values and
// "- " items), and two more "Label: value" styles of Syrian-war pages.
#include <gtest/gtest.h>

#include "sitrep/battles/battle_cases_internal.h"

namespace sitrep::battles {
namespace {

using namespace cases;  // NOLINT: the case helpers

const Want kGettysburg{
    .name = "Battle of Gettysburg",
    .part_of = "American Civil War",
    .start = "1863-07-01",
    .end = "1863-07-03",
    .location = "Gettysburg, Pennsylvania, U.S.",
    .result = "Union victory",
    .sides = {{.belligerents = {"United States"},
               .commanders = {"George G. Meade", "John F. Reynolds", "Winfield S. Hancock"},
               .notes = {{"John F. Reynolds", "KIA"}, {"Winfield S. Hancock", "WIA"}},
               .units = {"Army of the Potomac"},
               .strength = {{"value", 104256, ""}},
               .casualties = {{"total", 23049, ""},
                              {"killed", 3155, ""},
                              {"injured", 14531, ""},
                              {"captured", 5369, ""}}},
              {.belligerents = {"Confederate States"},
               .commanders = {"Robert E. Lee", "James Longstreet", "Richard S. Ewell", "A. P. Hill"},
               .units = {"Army of Northern Virginia"},
               .strength = {{"low", 71000, ""}, {"high", 75000, ""}},
               .casualties = {{"total", 23000, ""},
                              {"total_high", 28000, ""},
                              {"killed", 3903, ""},
                              {"injured", 18735, ""},
                              {"captured", 5425, ""}}}},
};

const Want kStalingrad{
    .name = "Battle of Stalingrad",
    .part_of = "Eastern Front of World War II",
    .start = "1942-08-23",
    .end = "1943-02-02",
    .location = "Stalingrad, Soviet Union",
    .result = "Soviet victory",
    .sides = {{.belligerents = {"Germany", "Romania", "Italy", "Hungary"},
               .commanders = {"Friedrich Paulus", "Erich von Manstein", "Hermann Hoth"},
               .notes = {{"Friedrich Paulus", "POW"}},
               .units = {"6th Army", "4th Panzer Army"},
               .strength = {{"value", 1040000, ""}},
               .casualties = {{"total", 747300, ""}, {"total_high", 868374, ""}}},
              {.belligerents = {"Soviet Union"},
               .commanders = {"Vasily Chuikov", "Georgy Zhukov", "Aleksandr Vasilevsky"},
               .units = {"Stalingrad Front", "Don Front"},
               .strength = {{"value", 1143000, ""}},
               .casualties = {{"total", 1129619, "Soviet archival"},
                              {"killed_or_missing", 478741, ""},
                              {"injured", 650878, ""}}}},
};

const Want kMosul{
    .name = "Battle of Mosul (2016–2017)",
    .part_of = "War in Iraq (2013–2017)",
    .start = "2016-10-16",
    .end = "2017-07-20",
    .location = "Mosul, Nineveh Governorate, Iraq",
    .result = "Decisive Iraqi victory",
    .territory = {"Iraqi government forces recapture Mosul"},
    .sides = {{.belligerents = {"Iraq", "Iraqi Armed Forces", "Popular Mobilization Forces",
                                "Kurdistan Region", "United States"},
               .commanders = {"Haider al-Abadi", "Abdulwahab al-Saadi", "Stephen J. Townsend"},
               .units = {"Counter Terrorism Service", "Federal Police", "Peshmerga"},
               .strength = {{"low", 94000, "Iraqi government"}, {"high", 108500, ""}},
               .casualties = {{"killed", 1200, "Iraqi government"}, {"injured", 8200, ""}}},
              {.belligerents = {"Islamic State"},
               .commanders = {"Abu Bakr al-Baghdadi", "Abu Abdul Rahman al-Shamari"},
               .notes = {{"Abu Abdul Rahman al-Shamari", "KIA"}},
               .units = {"Wilayat Nineveh"},
               .strength = {{"low", 3000, "US"}, {"high", 5000, ""}},
               .casualties = {{"killed", 16467, "Iraqi"}}}},
    .joint = {{"killed", 10000, "Associated Press"}},
};

class RenderingTest : public ::testing::TestWithParam<Case> {};

TEST_P(RenderingTest, EveryFieldAsWritten) {
  const auto doc = Annotated(GetParam().file);
  ASSERT_EQ(doc.battles.size(), 1u) << GetParam().file;
  Check(doc.battles[0], *GetParam().want, GetParam().file);
}

INSTANTIATE_TEST_SUITE_P(
    ThreeBattlesFourRenderings, RenderingTest,
    ::testing::Values(Case{"gettysburg.html", &kGettysburg}, Case{"gettysburg.wiki", &kGettysburg},
                      Case{"gettysburg_dump.txt", &kGettysburg},
                      Case{"gettysburg_keyvalue.txt", &kGettysburg},
                      Case{"stalingrad.html", &kStalingrad}, Case{"stalingrad.wiki", &kStalingrad},
                      Case{"stalingrad_dump.txt", &kStalingrad},
                      Case{"stalingrad_keyvalue.txt", &kStalingrad},
                      Case{"mosul.html", &kMosul}, Case{"mosul.wiki", &kMosul},
                      Case{"mosul_dump.txt", &kMosul}, Case{"mosul_keyvalue.txt", &kMosul}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string name = info.param.file;
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(BattleCasesTest, OngoingConflictHasAnOpenEnd) {
  const auto doc = Annotated("cabo_delgado_ongoing.txt");
  ASSERT_EQ(doc.battles.size(), 1u);
  const Want want{
      .name = "Insurgency in Cabo Delgado",
      .part_of = "war against the Islamic State",
      .start = "2017-10-05",
      .end = "",
      .location = "Cabo Delgado Province, Mozambique",
      .result = "Ongoing",
      .territory = {"Mozambican and Rwandan forces retake Mocímboa da Praia in August 2021"},
      .ongoing = true,
      .sides = {{.belligerents = {"Mozambique", "Rwanda", "SADC"},
                 .commanders = {"Filipe Nyusi"},
                 .strength = {{"value", 2000, ""}}},
                {.belligerents = {"Islamic State – Mozambique Province"},
                 .commanders = {"Abu Yasir Hassan"},
                 .strength = {{"low", 1500, "Mozambican government"}, {"high", 2000, ""}}}},
      .joint = {{"killed", 6000, "ACLED"}},
  };
  Check(doc.battles[0], want, "cabo_delgado_ongoing.txt");
  EXPECT_EQ(doc.battles[0].status, "Ongoing");
}

TEST(BattleCasesTest, TwoInfoboxesAreTwoRecords) {
  const auto doc = Annotated("fallujah_two.txt");
  ASSERT_EQ(doc.battles.size(), 2u);
  const Want first{
      .name = "First Battle of Fallujah",
      .part_of = "Iraq War",
      .start = "2004-04-04",
      .end = "2004-05-01",
      .location = "Fallujah, Iraq",
      .result = "Coalition withdrawal; the city is handed to the Fallujah Brigade",
      .sides = {{.belligerents = {"United States"},
                 .commanders = {"James T. Conway"},
                 .strength = {{"value", 2200, ""}},
                 .casualties = {{"killed", 27, ""}, {"injured", 90, ""}}},
                {.belligerents = {"Iraqi insurgents"},
                 .commanders = {"Abdullah al-Janabi"},
                 .strength = {{"value", 3600, ""}},
                 .casualties = {{"killed", 200, "US"}}}},
  };
  const Want second{
      .name = "Second Battle of Fallujah",
      .part_of = "Iraq War",
      .start = "2004-11-07",
      .end = "2004-12-23",
      .location = "Fallujah, Iraq",
      .result = "Coalition victory",
      .sides = {{.belligerents = {"United States", "Iraq", "United Kingdom"},
                 .commanders = {"Richard F. Natonski"},
                 .strength = {{"value", 13500, ""}},
                 .casualties = {{"killed", 95, ""}, {"injured", 560, ""}}},
                {.belligerents = {"Iraqi insurgents"},
                 .commanders = {"Abu Musab al-Zarqawi", "Abdullah al-Janabi"},
                 .strength = {{"low", 3000, ""}, {"high", 4500, ""}},
                 .casualties = {{"killed", 1200, "US"}, {"killed_high", 1500, "US"}}}},
  };
  Check(doc.battles[0], first, "fallujah_two.txt first");
  Check(doc.battles[1], second, "fallujah_two.txt second");
}

// Two more "Label: value" styles of Syrian-war pages: "Label : value" with the
// sides parted by " | ", coordinates after the place and a civilians row under
// its own label (Raqqa 2017); each side under its own repeated label, and the
// casualties label once more for the civilians (Aleppo 2012–16); markdown
// bold labels with "* Side N:" items (Palmyra 2016).
const Want kRaqqa{
    .name = "Battle of Raqqa (2017)",
    .part_of = "Syrian civil war and the American-led intervention in Syria",
    .start = "2017-06-06",
    .end = "2017-10-17",
    .location = "Raqqa, Raqqa Governorate, Syria",
    .result = "Decisive SDF victory",
    .territory = {"SDF captures Raqqa"},
    .sides = {{.belligerents = {"Syrian Democratic Forces", "CJTF–OIR"},
               .commanders = {"Rojda Felat", "Stephen J. Townsend"},
               .units = {"YPG", "YPJ"},
               .strength = {{"low", 30000, ""}, {"high", 40000, ""}},
               .casualties = {{"killed", 655, "SDF"}}},
              {.belligerents = {"Islamic State"},
               .commanders = {"Abu Muhammad al-Adnani"},
               .units = {"Amniyat"},
               .strength = {{"low", 3000, ""}, {"high", 4000, ""}},
               .casualties = {{"killed", 3000, ""}}}},
    .joint = {{"killed", 1130, ""}},
};

const Want kAleppo{
    .name = "Battle of Aleppo (2012–2016)",
    .part_of = "Syrian civil war",
    .start = "2012-07-19",
    .end = "2016-12-22",
    .location = "Aleppo, Syria",
    .result = "Decisive Syrian government victory",
    .territory = {"The Syrian Army and its allies capture all of Aleppo city"},
    .sides = {{.belligerents = {"Syrian Arab Republic", "Russia", "Hezbollah"},
               .commanders = {"Bashar al-Assad", "Suheil al-Hassan"},
               .units = {"Syrian Arab Army", "Tiger Forces"},
               .strength = {{"low", 20000, "government"}, {"high", 25000, "government"}},
               .casualties = {{"killed", 6900, "SOHR"}}},
              {.belligerents = {"Free Syrian Army", "Al-Nusra Front", "Ahrar al-Sham"},
               .commanders = {"Abdul Qader Saleh"},
               .notes = {{"Abdul Qader Saleh", "KIA"}},
               .units = {"Levant Front"},
               .strength = {{"low", 8000, ""}, {"high", 10000, ""}},
               .casualties = {{"killed", 10000, "SOHR"}}}},
    .joint = {{"killed", 31000, ""}},
};

const Want kPalmyra{
    .name = "Palmyra offensive (March 2016)",
    .part_of = "Syrian civil war",
    .start = "2016-03-07",
    .end = "2016-03-27",
    .location = "Palmyra, Homs Governorate, Syria",
    .result = "Syrian government victory",
    .territory = {"The Syrian Army recaptures Palmyra"},
    .sides = {{.belligerents = {"Syrian Arab Republic", "Russia"},
               .commanders = {"Suheil al-Hassan"},
               .strength = {{"value", 5000, ""}},
               .casualties = {{"killed", 188, ""}}},
              {.belligerents = {"Islamic State"},
               .strength = {{"value", 800, ""}},
               .casualties = {{"killed", 400, ""}}}},
};

class KeyValueStylesTest : public ::testing::TestWithParam<Case> {};

TEST_P(KeyValueStylesTest, EveryFieldAsWritten) {
  const auto doc = Annotated(GetParam().file);
  ASSERT_EQ(doc.battles.size(), 1u) << GetParam().file;
  Check(doc.battles[0], *GetParam().want, GetParam().file);
}

INSTANTIATE_TEST_SUITE_P(SyrianWarKeyValue, KeyValueStylesTest,
                         ::testing::Values(Case{"raqqa_keyvalue.txt", &kRaqqa},
                                           Case{"aleppo_repeated_labels.txt", &kAleppo},
                                           Case{"palmyra_markdown.txt", &kPalmyra}),
                         CaseName);

const Want kIwoJima{
    .name = "硫黄島の戦い",
    .part_of = "太平洋戦争",
    .start = "1945-02-19",
    .end = "1945-03-26",
    .location = "小笠原諸島 硫黄島",
    .result = "アメリカ軍の勝利",
    .territory = {"アメリカ軍が硫黄島を占領"},
    .sides = {{.belligerents = {"アメリカ合衆国"},
               .commanders = {"チェスター・ニミッツ", "ホーランド・スミス"},
               .strength = {{"value", 110000, ""}},
               .casualties = {{"killed", 6821, ""}, {"injured", 19217, ""}}},
              {.belligerents = {"大日本帝国"},
               .commanders = {"栗林忠道", "市丸利之助"},
               .notes = {{"栗林忠道", "KIA"}, {"市丸利之助", "KIA"}},
               .strength = {{"value", 21000, ""}},
               .casualties = {{"killed", 17845, ""}, {"captured", 1033, ""}}}},
};

const Want kMukden{
    .name = "奉天会戦",
    .part_of = "日露戦争",
    .start = "1905-02-21",
    .end = "1905-03-10",
    .location = "清 奉天近郊",
    .result = "日本軍の勝利",
    .sides = {{.belligerents = {"大日本帝国"},
               .commanders = {"大山巌", "児玉源太郎"},
               .strength = {{"value", 250000, ""}},
               .casualties = {{"killed_and_injured", 75504, ""}}},
              {.belligerents = {"ロシア帝国"},
               .commanders = {"アレクセイ・クロパトキン"},
               .strength = {{"value", 310000, ""}},
               .casualties = {{"killed", 8705, ""},
                              {"injured", 51438, ""},
                              {"captured", 28209, "ロシア側"}}}},
};

const Want kMosulJa{
    .name = "モスルの戦い (2016年-2017年)",
    .part_of = "イラク内戦",
    .start = "2016-10-16",
    .end = "2017-07-20",
    .location = "イラク ニーナワー県 モスル",
    .result = "イラク政府軍の勝利",
    .sides = {{.belligerents = {"イラク", "クルディスタン地域", "アメリカ合衆国"},
               .commanders = {"ハイダル・アル＝アバーディー"},
               .strength = {{"value", 100000, "イラク政府"}},
               .casualties = {{"killed", 1200, ""}, {"injured", 8200, ""}}},
              {.belligerents = {"ISIL"},
               .commanders = {"アブー・バクル・アル＝バグダーディー"},
               .strength = {{"low", 3000, ""}, {"high", 5000, ""}},
               .casualties = {{"killed", 16467, ""}}}},
};

class JapaneseTest : public ::testing::TestWithParam<Case> {};

TEST_P(JapaneseTest, EveryFieldAsWritten) {
  const auto doc = Annotated(GetParam().file, "ja");
  ASSERT_EQ(doc.battles.size(), 1u) << GetParam().file;
  Check(doc.battles[0], *GetParam().want, GetParam().file);
  EXPECT_TRUE(doc.diagnostics.empty()) << GetParam().file << ": " << doc.diagnostics[0].message;
}

INSTANTIATE_TEST_SUITE_P(JapaneseInfoboxes, JapaneseTest,
                         ::testing::Values(Case{"ja_iwojima_keyvalue.txt", &kIwoJima},
                                           Case{"ja_mukden.wiki", &kMukden},
                                           Case{"ja_mukden.html", &kMukden},
                                           Case{"ja_mosul_glued.txt", &kMosulJa}),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.file;
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
}  // namespace sitrep::battles
