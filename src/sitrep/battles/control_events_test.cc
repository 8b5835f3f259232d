// Tests of the control events and of linking as a bonus: with mentions fixed
// by hand (as the entities stage would add them), the territorial change of
// the seed becomes "Government regains territory" events at the located
// places; without located places there is no event.
#include "sitrep/battles/control_events.h"

#include <gtest/gtest.h>

#include "sitrep/battles/battle_parser.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::battles {
namespace {

using document::Mention;
using document::MentionKind;

void AddMention(document::Document& doc, std::string_view surface, MentionKind kind,
                document::EntityRef entity, size_t from = 0) {
  const size_t at = doc.text().find(surface, from);
  ASSERT_NE(at, std::string::npos) << surface;
  Mention m;
  m.span = {at, at + surface.size()};
  m.text = std::string(surface);
  m.kind = kind;
  m.entity = std::move(entity);
  doc.mentions.push_back(std::move(m));
}

document::EntityRef Place(std::string id, std::string name, double lat, double lon,
                          std::string feature) {
  document::EntityRef e;
  e.id = std::move(id);
  e.name = std::move(name);
  e.lat = lat;
  e.lon = lon;
  e.country = "SY";
  e.feature = std::move(feature);
  return e;
}

document::EntityRef Actor(std::string id, std::string name, int inter) {
  document::EntityRef e;
  e.id = std::move(id);
  e.name = std::move(name);
  e.inter = inter;
  return e;
}

document::Document Seed() {
  return document::Document("seed", testing::ReadTestData(testing::kEnglishSeed));
}

Status RunParser(document::Document& doc) {
  static const auto parser = BattleParser::Create();
  return (*parser)->Annotate(doc);
}

TEST(ControlEventsTest, TerritoryBecomesGovernmentRegainsEvents) {
  auto doc = Seed();
  const size_t territory = doc.text().find("Government forces take");
  AddMention(doc, "Qalamoun Mountains", MentionKind::kPlace,
             Place("kb:qalamoun", "Qalamoun Mountains", 34.0, 36.6, "MTS"), territory);
  AddMention(doc, "An-Nabek District", MentionKind::kPlace,
             Place("kb:nabk", "An Nabk District", 34.0, 36.7, "ADM2"), territory);
  AddMention(doc, "Yabroud District", MentionKind::kPlace,
             Place("kb:yabrud", "Yabrud District", 33.95, 36.62, "ADM2"), territory);
  const size_t bell = doc.text().find("Belligerents");
  AddMention(doc, "Syrian Armed Forces", MentionKind::kActor,
             Actor("actor:sy-military", "Military Forces of Syria", 1), bell);
  AddMention(doc, "Al-Nusra Front", MentionKind::kActor, Actor("actor:nusra", "Al-Nusra Front", 2),
             bell);
  ASSERT_TRUE(RunParser(doc).ok());
  ASSERT_EQ(doc.events.size(), 2u);  // the region gives way to the districts it includes
  for (const auto& e : doc.events) {
    EXPECT_EQ(e.event_type, "Battles");
    EXPECT_EQ(e.sub_event_type, "Government regains territory");
    EXPECT_EQ(e.date, "2014-04-26");
    EXPECT_EQ(e.time_precision, 3);
    ASSERT_TRUE(e.actor1);
    EXPECT_EQ(e.actor1->name, "Military Forces of Syria");
    EXPECT_EQ(e.actor1->inter, 1);
    ASSERT_TRUE(e.actor2);
    EXPECT_EQ(e.actor2->id, "actor:nusra");
    EXPECT_EQ(e.evidence.sentence, doc.Surface(e.evidence.span));
    EXPECT_EQ(e.evidence.sentence.rfind("Government forces take", 0), 0u);
    ASSERT_TRUE(e.place);
    EXPECT_EQ(e.place->geo_precision, 2);
  }
  EXPECT_EQ(doc.events[0].place->name, "An Nabk District");
  EXPECT_EQ(doc.events[1].place->name, "Yabrud District");
  const auto& side0 = doc.battles.at(0).sides.at(0);
  EXPECT_EQ(side0.belligerent_ids.at(1), "actor:sy-military");
  EXPECT_TRUE(doc.CheckSpans().ok());
}

TEST(ControlEventsTest, UnlocatedPlacesGiveNoEvent) {
  auto doc = Seed();
  const size_t territory = doc.text().find("Government forces take");
  auto unlocated = Place("kb:x", "Yabrud District", 0, 0, "ADM2");
  unlocated.lat.reset();
  unlocated.lon.reset();
  AddMention(doc, "Yabroud District", MentionKind::kPlace, unlocated, territory);
  ASSERT_TRUE(RunParser(doc).ok());
  EXPECT_TRUE(doc.events.empty());
  EXPECT_EQ(doc.battles.size(), 1u);
}

TEST(ControlEventsTest, GluedNamesSplitByMentions) {
  auto doc = Seed();
  const size_t bell = doc.text().find("Belligerents");
  AddMention(doc, "Green Battalion", MentionKind::kActor, Actor("actor:gb", "Green Battalion", 2),
             bell);
  AddMention(doc, "Islamic Front", MentionKind::kActor, Actor("actor:if", "Islamic Front", 2),
             bell);
  ASSERT_TRUE(RunParser(doc).ok());
  const auto& rebels = doc.battles.at(0).sides.at(1);
  EXPECT_NE(std::find(rebels.belligerents.begin(), rebels.belligerents.end(), "Green Battalion"),
            rebels.belligerents.end());
  EXPECT_NE(std::find(rebels.belligerents.begin(), rebels.belligerents.end(), "Islamic Front"),
            rebels.belligerents.end());
}

TEST(ControlEventsTest, AChangeThatDatesItselfKeepsItsDate) {
  // An ongoing conflict has no end to date its changes by; a change line that
  // gives its own date is dated by it, one that gives none is left out.
  document::Document doc("ongoing",
                         "Insurgency in the hills\n"
                         "Date: 2 May 2019 – present\n"
                         "Location: Northern hills\n"
                         "Status: Ongoing\n"
                         "- Rebels capture Kala on 14 March 2021\n"
                         "- Rebels capture Bora\n"
                         "Belligerents:\n"
                         "- Republic of Hillland\n\n"
                         "- Hill Liberation Front\n");
  doc.lang = "en";
  AddMention(doc, "Kala", MentionKind::kPlace, Place("kb:kala", "Kala", 10.0, 20.0, "PPL"));
  AddMention(doc, "Bora", MentionKind::kPlace, Place("kb:bora", "Bora", 10.5, 20.5, "PPL"));
  ASSERT_TRUE(RunParser(doc).ok());
  ASSERT_EQ(doc.battles.size(), 1u);
  EXPECT_TRUE(doc.battles[0].ongoing);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(doc.events[0].date, "2021-03-14");
  EXPECT_EQ(doc.events[0].time_precision, 1);
  EXPECT_EQ(doc.events[0].place->name, "Kala");
}

}  // namespace
}  // namespace sitrep::battles
