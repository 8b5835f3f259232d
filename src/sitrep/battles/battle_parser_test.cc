// End-to-end tests of the battles stage on whole documents: the English seed
// (flattened), and the infoboxes under testdata/battles/ in the shapes real
// articles use (wikitext and flattened; three sides; a joint casualties row;
// ranges; "per SOHR" claims; phases). No entities stage runs here, so these
// check what structure alone gives; linking is tested with fixed mentions.
// Each document's record is also compared with a golden JSON file
// (SITREP_UPDATE_GOLDEN=1 rewrites them).
#include "sitrep/battles/battle_parser.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "sitrep/base/file.h"
#include "sitrep/document/json.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::battles {
namespace {

using document::BattleRecord;

document::Document Parse(const std::string& relative) {
  document::Document doc(relative, testing::ReadTestData(relative));
  doc.lang = "en";
  static const auto parser = BattleParser::Create();
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  EXPECT_TRUE((*parser)->Annotate(doc).ok());
  return doc;
}

const BattleRecord& Only(const document::Document& doc) {
  static const BattleRecord kEmpty;
  EXPECT_EQ(doc.battles.size(), 1u) << doc.id();
  return doc.battles.empty() ? kEmpty : doc.battles.front();
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(BattleParserTest, EnglishSeedFlattened) {
  const auto doc = Parse(testing::kEnglishSeed);
  const auto& b = Only(doc);
  EXPECT_EQ(b.name, "Battle of Qalamoun (2013–2014)");
  EXPECT_EQ(b.part_of, "Syrian civil war");
  EXPECT_EQ(b.start, "2013-11-15");
  EXPECT_EQ(b.end, "2014-04-26");
  ASSERT_EQ(b.phases.size(), 3u);
  EXPECT_EQ(b.phases[1].name, "Second phase");
  EXPECT_EQ(b.phases[1].start, "2014-02-10");
  EXPECT_EQ(b.phases[2].start, "2014-03-17");
  EXPECT_EQ(b.result, "Decisive Syrian Army & Hezbollah victory");
  ASSERT_EQ(b.territorial_changes.size(), 1u);
  ASSERT_EQ(b.sides.size(), 2u);
  const auto& gov = b.sides[0];
  const auto& reb = b.sides[1];
  EXPECT_TRUE(Has(gov.belligerents, "Syrian Armed Forces"));
  EXPECT_TRUE(Has(gov.belligerents, "Arab Nationalist Guard"));
  EXPECT_TRUE(Has(reb.belligerents, "Al-Nusra Front"));
  EXPECT_TRUE(Has(reb.belligerents, "Free Syrian Army"));
  EXPECT_EQ(gov.commanders, std::vector<std::string>{"Badi Ali"});
  EXPECT_EQ(reb.commanders.size(), 8u);
  EXPECT_EQ(reb.commander_notes.at("Abu Malek al-Tallah"), "WIA");
  EXPECT_TRUE(Has(gov.units, "Liwa'a Zulfiqar"));
  EXPECT_TRUE(Has(gov.units, "Christian militias"));
  EXPECT_EQ(reb.units, std::vector<std::string>{"Katiba al-Bittar al-Libi"});
  ASSERT_EQ(gov.strength.size(), 3u);
  EXPECT_EQ(gov.strength[1].claimed_by, "opposition");
  ASSERT_EQ(reb.strength.size(), 1u);
  EXPECT_EQ(reb.strength[0].low, 25000);
  EXPECT_EQ(reb.strength[0].high, 30000);
  // The repeated "First phase:" starts side 2's casualties.
  ASSERT_EQ(gov.casualties.size(), 3u);
  ASSERT_EQ(reb.casualties.size(), 3u);
  EXPECT_EQ(reb.casualties[0].phase, "First phase");
  EXPECT_EQ(reb.casualties[0].figures.at("killed_and_captured"), 100);
  EXPECT_EQ(reb.casualties[2].text, "Low hundreds of losses");
  EXPECT_TRUE(doc.events.empty());  // no linked places: no control events
}

TEST(BattleParserTest, WikitextTwoSidesWithJointRow) {
  const auto doc = Parse("battles/palmyra_wikitext.txt");
  const auto& b = Only(doc);
  EXPECT_EQ(b.format, "wikitext");
  EXPECT_EQ(b.name, "Palmyra offensive (May 2015)");
  EXPECT_EQ(b.start, "2015-05-13");
  EXPECT_EQ(b.end, "2015-05-21");
  EXPECT_EQ(b.location, "Palmyra, Homs Governorate, Syria");
  EXPECT_EQ(b.result, "Decisive ISIL victory");
  EXPECT_EQ(b.territorial_changes,
            std::vector<std::string>{"ISIL captures Palmyra and the airport"});
  ASSERT_EQ(b.sides.size(), 2u);
  EXPECT_EQ(b.sides[0].belligerents,
            (std::vector<std::string>{"Syrian Arab Republic", "Syrian Arab Army",
                                      "National Defence Forces"}));
  EXPECT_EQ(b.sides[1].belligerents, std::vector<std::string>{"Islamic State"});
  EXPECT_EQ(b.sides[0].commanders, std::vector<std::string>{"Mohammad Khaddour"});
  EXPECT_EQ(b.sides[1].commander_notes.at("Abu Layla al-Shami"), "KIA");
  EXPECT_EQ(b.sides[0].units, (std::vector<std::string>{"Tiger Forces", "67th Brigade"}));
  EXPECT_EQ(b.sides[0].strength.at(0).value, 3000);
  EXPECT_TRUE(b.sides[0].strength.at(0).approx);
  EXPECT_EQ(b.sides[1].strength.at(0).low, 2000);
  EXPECT_EQ(b.sides[1].strength.at(0).claimed_by, "SOHR");
  EXPECT_EQ(b.sides[0].casualties.at(1).figures.at("captured"), 30);
  ASSERT_EQ(b.joint_casualties.size(), 1u);
  EXPECT_EQ(b.joint_casualties[0].figures.at("killed"), 462);
}

TEST(BattleParserTest, WikitextThreeSides) {
  const auto doc = Parse("battles/kobani_wikitext.txt");
  const auto& b = Only(doc);
  EXPECT_EQ(b.name, "Siege of Kobanî");
  EXPECT_EQ(b.part_of, "Rojava conflict, the Syrian Civil War");
  EXPECT_EQ(b.end, "2015-03-15");
  ASSERT_EQ(b.sides.size(), 3u);
  EXPECT_EQ(b.sides[0].belligerents, (std::vector<std::string>{"YPG", "YPJ"}));
  EXPECT_EQ(b.sides[2].belligerents, (std::vector<std::string>{"United States", "Jordan"}));
  EXPECT_EQ(b.sides[0].commander_notes.at("Narin Afrin"), "WIA");
  EXPECT_EQ(b.sides[1].commander_notes.at("Abu Khattab al-Kurdi"), "KIA");
  EXPECT_EQ(b.sides[2].commanders, std::vector<std::string>{"James L. Terry"});
  EXPECT_EQ(b.sides[0].units, std::vector<std::string>{"Kurdish Front"});
  EXPECT_EQ(b.sides[1].strength.at(0).high, 12000);
  EXPECT_EQ(b.sides[1].strength.at(1).claimed_by, "Kurdish");
  EXPECT_TRUE(b.sides[1].strength.at(1).approx);
  EXPECT_EQ(b.sides[1].casualties.at(0).figures.at("killed"), 1196);
  EXPECT_TRUE(b.sides[1].casualties.at(0).approx);
  ASSERT_EQ(b.territorial_changes.size(), 1u);
  ASSERT_EQ(b.joint_casualties.size(), 1u);  // casualties4 with three sides
  EXPECT_EQ(b.joint_casualties[0].figures.at("displaced"), 400000);
}

TEST(BattleParserTest, FlattenedThreeSidesPerSohr) {
  const auto doc = Parse("battles/aleppo_flattened_three.txt");
  const auto& b = Only(doc);
  EXPECT_EQ(b.start, "2016-02");
  EXPECT_EQ(b.end, "2016-04");
  EXPECT_EQ(b.territorial_changes,
            std::vector<std::string>{"SDF captures Tal Rifaat and Menagh Airbase"});
  ASSERT_EQ(b.sides.size(), 3u);
  EXPECT_EQ(b.sides[1].belligerents, (std::vector<std::string>{"Levant Front", "Ahrar al-Sham"}));
  EXPECT_EQ(b.sides[1].commander_notes.at("Hassan Suleiman"), "KIA");
  EXPECT_EQ(b.sides[1].units, std::vector<std::string>{"Sultan Murad Division"});
  // Strength has no blank lines: sides come from names and role words.
  ASSERT_EQ(b.sides[0].strength.size(), 1u);
  EXPECT_EQ(b.sides[0].strength[0].claimed_by, "SOHR");  // from the "Per SOHR:" heading
  ASSERT_EQ(b.sides[1].strength.size(), 1u);
  EXPECT_EQ(b.sides[1].strength[0].who, "rebels");
  ASSERT_EQ(b.sides[2].strength.size(), 1u);
  EXPECT_EQ(b.sides[2].strength[0].high, 1500);
  EXPECT_EQ(b.sides[1].casualties.size(), 2u);
  EXPECT_EQ(b.sides[2].casualties.at(0).text, "Unknown");
  ASSERT_EQ(b.joint_casualties.size(), 1u);
  EXPECT_EQ(b.joint_casualties[0].figures.at("killed"), 200);
  EXPECT_EQ(b.joint_casualties[0].claimed_by, "SOHR");
}

TEST(BattleParserTest, FlattenedPhasesAndRestarts) {
  const auto doc = Parse("battles/flattened_phases.txt");
  const auto& b = Only(doc);
  ASSERT_EQ(b.phases.size(), 2u);
  EXPECT_EQ(b.phases[0].name, "First phase");
  EXPECT_EQ(b.phases[0].start, "2015-05-02");
  EXPECT_EQ(b.phases[0].end, "2015-05-05");
  EXPECT_EQ(b.phases[1].start, "2015-12");
  EXPECT_EQ(b.result, "Stalemate");
  ASSERT_EQ(b.sides.size(), 2u);
  EXPECT_EQ(b.sides[0].commander_roles.at("Suhayl al-Hasan"), "Tiger Forces commander");
  ASSERT_EQ(b.sides[0].strength.size(), 2u);
  EXPECT_EQ(b.sides[0].strength[1].claimed_by, "Al-Manar");
  ASSERT_EQ(b.sides[1].strength.size(), 1u);
  ASSERT_EQ(b.sides[1].casualties.size(), 2u);
  EXPECT_EQ(b.sides[1].casualties[0].figures.at("captured"), 15);
  EXPECT_EQ(b.sides[1].casualties[1].figures.at("killed_high"), 260);
  EXPECT_EQ(b.sides[1].casualties[1].phase, "Second phase");
}

TEST(BattleParserTest, NoInfoboxNoRecord) {
  for (const char* f : {"battles/no_infobox.txt", testing::kJapaneseSeed}) {
    const auto doc = Parse(f);
    EXPECT_TRUE(doc.battles.empty()) << f;
    EXPECT_TRUE(doc.events.empty()) << f;
  }
}

TEST(BattleParserTest, SecondInfoboxIsSecondRecord) {
  const std::string seed = testing::ReadTestData(testing::kEnglishSeed);
  document::Document doc("twice", seed + "\n" + seed);
  ASSERT_TRUE((*BattleParser::Create())->Annotate(doc).ok());
  ASSERT_EQ(doc.battles.size(), 2u);
  EXPECT_EQ(doc.battles[0].name, "Battle of Qalamoun (2013–2014)");  // the document's title
  for (const auto& b : doc.battles) {
    EXPECT_EQ(b.name.rfind("Battle of Qalamoun", 0), 0u) << b.name;
    EXPECT_EQ(b.start, "2013-11-15");
    ASSERT_EQ(b.sides.size(), 2u);
    EXPECT_EQ(b.sides[0].casualties.size(), 3u);
    EXPECT_EQ(b.sides[1].casualties.size(), 3u);
  }
}

TEST(BattleParserTest, BrokenWikitextIsNoRecordAndNoError) {
  for (const char* text : {"{{Infobox military conflict\n| conflict = X\n| date = 2014",
                           "{{Infobox military conflict}}", "{{Infobox person | name = Y }}",
                           "Date\nResult\nLocation"}) {
    document::Document doc("broken", text);
    ASSERT_TRUE((*BattleParser::Create())->Annotate(doc).ok()) << text;
    EXPECT_TRUE(doc.battles.empty()) << text;
  }
}

TEST(BattleParserTest, Golden) {
  const bool update = std::getenv("SITREP_UPDATE_GOLDEN") != nullptr;
  for (const char* f :
       {testing::kEnglishSeed, "battles/palmyra_wikitext.txt", "battles/kobani_wikitext.txt",
        "battles/aleppo_flattened_three.txt", "battles/flattened_phases.txt"}) {
    const auto doc = Parse(f);
    const std::string got = document::BattleToJson(Only(doc)).dump(1) + "\n";
    std::string name = std::string(f).substr(std::string(f).rfind('/') + 1);
    const std::string golden = testing::TestDataPath("battles/" + name + ".golden.json");
    if (update) {
      ASSERT_TRUE(WriteFileAtomically(golden, got).ok());
      continue;
    }
    auto want = ReadFile(golden);
    ASSERT_TRUE(want.ok()) << want.status().ToString() << " (run with SITREP_UPDATE_GOLDEN=1)";
    EXPECT_EQ(got, *want) << f;
    auto back = document::BattleFromJson(nlohmann::json::parse(got));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(document::BattleToJson(*back).dump(1) + "\n", got) << "round trip " << f;
  }
}

}  // namespace
}  // namespace sitrep::battles
