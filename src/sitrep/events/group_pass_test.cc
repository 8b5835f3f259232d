// Pass "context", group_pass.cc: generic rebels in a report that names one
// rebel group are that group; with two groups, or for an attacker nobody
// names ("gunmen"), the generic actor stays. An unnamed gang is a gang.
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

TEST(GroupPassTest, GenericRebelsAreTheOneGroupTheReportNames) {
  const struct {
    const char* lang;
    const char* text;
    const char* sentence;  // the record's evidence sentence starts so
    const char* actor1;
  } kCases[] = {
      {"en", "M23 fighters entered Goma on Monday.\nThe rebels later seized an army post near Goma on Tuesday.",
       "The rebels", "M23"},
      {"en", "Insurgents raided a village near Mosul on Friday, killing four farmers.\n"
             "The Islamic State said it carried out the raid.",
       "Insurgents", "Islamic State"},
      {"ja", "M23は月曜日、ゴマに入った。\n反政府勢力は火曜日、ゴマ近郊の軍の拠点を襲撃した。", "反政府勢力", "M23"},
      // Two groups named: which one is unknown.
      {"en", "M23 and Islamic State fighters were seen near Goma.\nThe rebels later seized an army post near Goma on Tuesday.",
       "The rebels", "Rebels"},
      // An attacker nobody names stays unidentified.
      {"en", "M23 fighters entered Goma on Monday.\nGunmen later attacked an army post near Goma on Tuesday.",
       "Gunmen", "Unidentified armed group"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    const document::Event& e = testing::EventFrom(doc, k.sentence);
    ASSERT_TRUE(e.actor1.has_value()) << k.text;
    EXPECT_EQ(e.actor1->name, k.actor1) << k.text;
  }
}

// An unnamed criminal gang is coded as a gang (ACLED's unidentified gang),
// not as the unidentified armed group (actor_nouns rows).
TEST(GroupPassTest, AnUnnamedGangIsAGang) {
  const struct {
    const char* lang;
    const char* text;
    const char* sentence;
  } kCases[] = {
      {"en", "Armed gangs attacked a police station in Nairobi on Monday, killing two officers.", "Armed gangs"},
      {"ja", "ナイロビで月曜日、武装ギャングが警察署を襲撃し、警官2人が死亡した。", "ナイロビ"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    const document::Event& e = testing::EventFrom(doc, k.sentence);
    ASSERT_TRUE(e.actor1.has_value()) << k.text;
    EXPECT_EQ(e.actor1->name, "Unidentified gang") << k.text;
  }
  // "gang rape" names the crime, not a gang.
  auto doc = sitrep::testing::MakeDocument("A gang rape of two women was reported near Goma on Monday.", "en");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  const document::Event& e = testing::EventFrom(doc, "A gang rape");
  ASSERT_TRUE(e.actor1.has_value());
  EXPECT_EQ(e.actor1->name, "Unidentified armed group");
}

}  // namespace
}  // namespace sitrep::events
