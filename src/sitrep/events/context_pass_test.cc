// Pass "context": generic state forces become the forces of the country
// where the record happened when the document names that country; otherwise
// they stay generic; an unattributed violent record gets the unidentified
// armed group; an actor2 that is actor1 is cleared. In both languages.
#include <gtest/gtest.h>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/passes_testutil.h"
#include "sitrep/testing/tiny_kb.h"

namespace sitrep::events {
namespace {

struct ContextRow {
  const char* lang;
  const char* text;           // names one country
  const char* country_code;   // given to that country's mention
  const char* place_country;  // the record's place is in this country
  const char* actor1;   // generic actor noun on the record
  const char* want;     // actor1 after the pass
  const char* claim;    // the "Police forces" source after the pass
};

void PrintTo(const ContextRow& r, std::ostream* os) { *os << r.text; }

const ContextRow kRows[] = {
    {"en", "Troops shelled a village in Iraq.", "IQ", "IQ", "State forces", "Military Forces of Iraq",
     "Police Forces of Iraq"},
    {"en", "Police arrested twelve activists in Iraq.", "IQ", "IQ", "Police forces", "Police Forces of Iraq",
     "Police Forces of Iraq"},
    {"en", "Troops shelled a village in Iraq.", "IQ", "SY", "State forces", "State forces", "Police forces"},
    {"en", "Troops shelled a village in Iraq.", "IQ", "IQ", "Rebels", "Rebels", "Police Forces of Iraq"},
    // ACLED's name after "of", with its article.
    {"en", "Troops shelled a village in Iraq.", "US", "US", "State forces",
     "Military Forces of the United States", "Police Forces of the United States"},
    {"en", "Police arrested twelve activists in Iraq.", "CD", "CD", "Police forces",
     "Police Forces of the Democratic Republic of Congo", "Police Forces of the Democratic Republic of Congo"},
    {"ja", "シリアで治安部隊が村を砲撃した。", "SY", "SY", "State forces", "Military Forces of Syria",
     "Police Forces of Syria"},
    {"ja", "シリアで警察が活動家を拘束した。", "SY", "SY", "Police forces", "Police Forces of Syria",
     "Police Forces of Syria"},
    {"ja", "シリアで治安部隊が村を砲撃した。", "GB", "GB", "State forces",
     "Military Forces of the United Kingdom", "Police Forces of the United Kingdom"},
};

class ContextPassTest : public ::testing::TestWithParam<ContextRow> {};

TEST_P(ContextPassTest, StateForcesOfThePlacesCountry) {
  const ContextRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang);
  for (auto& m : doc.mentions)
    if (m.kind == document::MentionKind::kCountry && m.entity) m.entity->country = r.country_code;
  Candidate c;
  c.event.event_type = "Explosions/Remote violence";
  c.event.place = document::PlaceRef{"geonames:1", "Somewhere", 0, 0, r.place_country, "", 1};
  c.event.actor1 = document::ActorRef{std::string("generic:") + r.actor1, r.actor1, 1};
  c.event.claims.push_back({document::ActorRef{"generic:Police forces", "Police forces", 1},
                            document::Stance::kAsserts, "said"});
  NationalizeStateForces(c, doc, testing::TablesFor(r.lang));
  ASSERT_TRUE(c.event.actor1.has_value());
  EXPECT_EQ(c.event.actor1->name, r.want);
  EXPECT_EQ(c.event.claims[0].source.name, r.claim);
}

INSTANTIATE_TEST_SUITE_P(Rows, ContextPassTest, ::testing::ValuesIn(kRows));

// A document that names its country only inside its forces' name ("the
// Sudanese army") lends those forces to "troops" there, and only there.
TEST(ContextPassTest, ForcesNamedWithoutTheirCountry) {
  for (const auto& [lang, text] : {std::pair{"en", "The Sudanese army said troops shelled a village."},
                                   std::pair{"ja", "スーダン軍によると、治安部隊が村を砲撃した。"}}) {
    for (const char* where : {"SD", "IQ"}) {
      auto doc = sitrep::testing::MakeDocument(text, lang);
      for (auto& m : doc.mentions)
        if (m.entity && m.entity->name == "Military Forces of Sudan") m.entity->country = "SD";
      Candidate c;
      c.event.event_type = "Explosions/Remote violence";
      c.event.place = document::PlaceRef{"geonames:1", "Somewhere", 0, 0, where, "", 1};
      c.event.actor1 = document::ActorRef{"generic:State forces", "State forces", 1};
      NationalizeStateForces(c, doc, testing::TablesFor(lang));
      EXPECT_EQ(c.event.actor1->name, std::string(where) == "SD" ? "Military Forces of Sudan" : "State forces")
          << lang << " " << where;
    }
  }
}

// A person read as actor1 stands for the organization the knowledge base
// affiliates them with: the document's mention of it, else (state forces) the
// forces of their country when the document names it; no affiliation, or an
// organization the document never names, leaves the person.
TEST(ContextPassTest, APersonStandsForTheForcesTheyLead) {
  auto mention = [](document::MentionKind kind, std::string id, std::string name, std::string country,
                    std::string feature, std::string affiliation) {
    document::Mention m;
    m.kind = kind;
    document::EntityRef e;
    e.id = std::move(id), e.name = std::move(name), e.country = std::move(country);
    e.feature = std::move(feature), e.affiliation = std::move(affiliation);
    e.inter = e.feature == "person" ? 0 : 1;
    m.entity = e;
    return m;
  };
  const auto leader = mention(document::MentionKind::kPerson, "actor:leader", "Burhan", "SD", "person", "sd-military");
  const auto country = mention(document::MentionKind::kCountry, "country:SD", "Sudan", "SD", "", "");
  const auto army = mention(document::MentionKind::kActor, "actor:sd-military", "Sudanese Armed Forces", "SD",
                            "state_forces", "");
  struct Case {
    std::vector<document::Mention> mentions;
    const char* want;
  };
  auto unaffiliated = leader;
  unaffiliated.entity->affiliation.clear();
  auto militia_leader = leader;
  militia_leader.entity->affiliation = "sd-rsf";
  const Case cases[] = {
      {{leader, army}, "Sudanese Armed Forces"},
      {{leader, country}, "Military Forces of Sudan"},
      {{leader}, "Burhan"},
      {{unaffiliated, country}, "Burhan"},
      {{militia_leader, country}, "Burhan"},
  };
  for (const auto& k : cases) {
    auto doc = sitrep::testing::MakeDocument("Forces loyal to him shelled a village.", "en");
    doc.mentions = k.mentions;
    Candidate c;
    c.event.event_type = "Explosions/Remote violence";
    c.event.actor1 = document::ActorRef{"actor:leader", "Burhan", 0};
    LeaderForForces(c, doc, testing::TablesFor("en"));
    ASSERT_TRUE(c.event.actor1.has_value());
    EXPECT_EQ(c.event.actor1->name, k.want) << k.mentions.size();
  }
}

TEST(ContextPassTest, UnattributedViolenceHasTheUnidentifiedArmedGroup) {
  Candidate c;
  c.event.event_type = "Violence against civilians";
  DefaultActors(c);
  ASSERT_TRUE(c.event.actor1.has_value());
  EXPECT_EQ(c.event.actor1->name, "Unidentified armed group");
  Candidate s;
  s.event.event_type = "Strategic developments";
  DefaultActors(s);
  EXPECT_FALSE(s.event.actor1.has_value());
}

// "Ukrainian troops clashed with the army" in a Ukrainian report: once the
// army is nationalized both sides are Military Forces of Ukraine — a role
// error; actor1 stays, actor2 goes. Distinct sides, by id or name, stay.
TEST(ContextPassTest, AnActorDoesNotFightItself) {
  Candidate same;
  same.event.actor1 = document::ActorRef{"actor:ua-army", "Military Forces of Ukraine", 1};
  same.event.actor2 = document::ActorRef{"generic:Military Forces of Ukraine", "Military Forces of Ukraine", 1};
  ClearSelfOpponent(same);
  ASSERT_TRUE(same.event.actor1.has_value());
  EXPECT_EQ(same.event.actor1->id, "actor:ua-army");
  EXPECT_FALSE(same.event.actor2.has_value());
  Candidate twice;
  twice.event.actor1 = document::ActorRef{"actor:rsf", "Rapid Support Forces", 3};
  twice.event.actor2 = document::ActorRef{"actor:rsf", "RSF", 3};
  ClearSelfOpponent(twice);
  EXPECT_FALSE(twice.event.actor2.has_value());
  Candidate sides;
  sides.event.actor1 = document::ActorRef{"actor:sd-army", "Military Forces of Sudan", 1};
  sides.event.actor2 = document::ActorRef{"actor:rsf", "Rapid Support Forces", 3};
  ClearSelfOpponent(sides);
  ASSERT_TRUE(sides.event.actor2.has_value());
  EXPECT_EQ(sides.event.actor2->name, "Rapid Support Forces");
}

}  // namespace
}  // namespace sitrep::events
