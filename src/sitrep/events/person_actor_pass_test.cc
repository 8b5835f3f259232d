// Pass "context", AffiliateUnknownPersons: a person the knowledge base does
// not know never stands as a record's actor. An affiliation apposition gives
// the organization ("X, a commander of the Y", "Hamas commander X", "Yの司令官
// X"); without one the person is dropped and an attack's actor1 is the
// unidentified armed group. The tiny dictionary has no persons, so each case
// adds the person mention the linker would have made.
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

TEST(PersonActorPassTest, AnUnknownPersonStandsForTheBodyNamedBesideThem) {
  const struct {
    const char* lang;
    const char* text;
    const char* person;  // its surface, linked to "person:<surface>"
    const char* actor1;
  } kCases[] = {
      {"en", "Abu Karim, a senior commander of the Islamic State, attacked a checkpoint near Gao on Sunday.",
       "Abu Karim", "Islamic State"},
      {"en", "M23 commander Jean Bosco attacked an army post near Goma on Sunday.", "Jean Bosco", "M23"},
      {"en", "Abu Karim attacked a checkpoint near Gao on Sunday.", "Abu Karim", "Unidentified armed group"},
      // An affiliation in another clause ties nothing.
      {"en", "Abu Karim attacked a checkpoint near Gao; he was once a commander of the RSF.", "Abu Karim",
       "Unidentified armed group"},
      {"ja", "イスラム国の司令官アブ・カリムが日曜日、ゴマ近郊の検問所を襲撃した。", "アブ・カリム", "Islamic State"},
      {"ja", "アブ・カリムが日曜日、ゴマ近郊の検問所を襲撃した。", "アブ・カリム", "Unidentified armed group"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    const std::string text(doc.text());
    const size_t at = text.find(k.person);
    ASSERT_NE(at, std::string::npos);
    document::Mention m;
    m.span = {at, at + std::string(k.person).size()};
    m.text = k.person;
    m.kind = document::MentionKind::kPerson;
    m.entity = document::EntityRef{};
    m.entity->id = std::string("person:") + k.person;
    m.entity->name = k.person;
    m.method = "context";
    m.sentence = doc.SentenceAt(at);
    doc.mentions.push_back(m);
    std::sort(doc.mentions.begin(), doc.mentions.end(),
              [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    const document::Event* attack = nullptr;
    for (const auto& e : doc.events)
      if (e.event_type == "Battles") attack = &e;
    ASSERT_NE(attack, nullptr) << k.text;
    ASSERT_TRUE(attack->actor1.has_value()) << k.text;
    EXPECT_EQ(attack->actor1->name, k.actor1) << k.text;
  }
}

}  // namespace
}  // namespace sitrep::events
