// Pass "roles": the sub-event type a territorial take gets from its actor. A
// state's forces that take ground in their own country regain it; abroad
// they overtake it, as ACLED codes a foreign state actor with the non-state
// ones. The tiny dictionary has no countries, so each case gives the actor's
// and the place's country to the document's mentions.
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

TEST(RolePassTest, AStateTakingGroundAbroadOvertakesIt) {
  const struct {
    const char* lang;
    const char* text;
    const char* place_country;
    const char* type;
  } kCases[] = {
      {"en", "The Iraqi army seized a village near Aleppo on Monday.", "SY", "Non-state actor overtakes territory"},
      {"en", "The Iraqi army seized a village near Aleppo on Monday.", "IQ", "Government regains territory"},
      {"en", "The Iraqi army recaptured a village near Aleppo on Monday.", "SY", "Non-state actor overtakes territory"},
      {"ja", "イラク軍は月曜日、アレッポ近郊の村を制圧した。", "SY", "Non-state actor overtakes territory"},
      {"ja", "イラク軍は月曜日、アレッポ近郊の村を制圧した。", "IQ", "Government regains territory"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    for (auto& m : doc.mentions) {
      if (!m.entity) continue;
      if (m.entity->name == "Military Forces of Iraq") m.entity->country = "IQ";
      if (m.entity->name == "Aleppo") m.entity->country = k.place_country;
    }
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + e.sub_event_type;
    EXPECT_EQ(got, k.type) << k.text << " (place in " << k.place_country << ")";
  }
}

// A verb-final language names what was attacked, and who died, before the
// trigger: the object side of 襲撃/銃撃/発砲/死亡 is the clause before it, after
// its agent. A village or a clinic is civilian; soldiers or an army vehicle
// make it a clash.
TEST(RolePassTest, AVerbFinalTriggerReadsItsObjectBeforeIt) {
  const struct {
    const char* text;
    const char* type;
  } kCases[] = {
      {"武装集団は月曜日、アレッポ近郊の村を襲撃した。", "Attack"},
      {"武装集団は月曜日、アレッポ近郊で軍の車両を銃撃した。", "Armed clash"},
      {"武装集団は火曜日、アレッポの診療所に発砲した。", "Attack"},
      {"武装集団は火曜日、アレッポの検問所を襲撃した。", "Armed clash"},
      {"アレッポで火曜日、兵士3人が死亡した。", "Armed clash"},
      {"アレッポで火曜日、住民3人が死亡した。", "Attack"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "ja");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + e.sub_event_type;
    EXPECT_EQ(got, k.type) << k.text;
  }
}

}  // namespace
// A reported clause that opens on the speaker ("X said it…", "X said its
// troops…") tells the speaker's deed: an actor read inside it before the
// trigger is its object. Not in a passive clause, nor over the attacker
// named after "by".
TEST(RolePassTest, AReportedClauseOpeningOnTheSpeakerIsTheSpeakersDeed) {
  const struct {
    const char* text;
    const char* actor1;
  } kCases[] = {
      {"The Sudanese army said it had pushed into Khartoum and killed an RSF commander in an air strike there.",
       "Military Forces of Sudan"},
      {"The Iraqi army said its troops had stormed two Islamic State hideouts near Mosul on Friday, killing 9 fighters.",
       "Military Forces of Iraq"},
      {"The Sudanese army said that it bombed RSF positions near Khartoum.", "Military Forces of Sudan"},
      // Not the speaker's deed.
      {"The Iraqi army said its base near Mosul was shelled by Islamic State fighters.", "Islamic State"},
      {"The Sudanese army said it repelled an attack by the RSF on Khartoum.", "Rapid Support Forces"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-");
    EXPECT_NE(got.find(k.actor1), std::string::npos) << k.text << ": " << got;
  }
}

// A demonstration's actor1 is its demonstrators: the state forces read as
// the subject of the intervention are actor2. Excessive force stays coded
// with the forces that used it.
TEST(RolePassTest, TheForcesThatBreakUpAProtestAreItsActor2) {
  const struct {
    const char* lang;
    const char* text;
    const char* type;
    const char* actors;  // actor1 / actor2
  } kCases[] = {
      {"en", "Police fired tear gas at protesters demanding jobs in Nairobi on Monday.", "Protest with intervention",
       "Protesters / Police"},
      {"ja", "ゴマで火曜日、物価高に抗議するデモ隊に警察が催涙ガスを発射した。", "Protest with intervention",
       "Protesters / Police"},
      {"ja", "ラホールで水曜日、賃上げを求めてデモをしていた数百人に警察が放水した。", "Protest with intervention",
       "Protesters / Police"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events)
      got += (got.empty() ? "" : " | ") + e.sub_event_type + ": " + (e.actor1 ? e.actor1->name : "-") + " / " +
             (e.actor2 ? e.actor2->name : "-");
    EXPECT_EQ(got, std::string(k.type) + ": " + k.actors) << k.text;
  }
}

// The group a subject belongs to ("inmates belonging to X") is the subject:
// its preposition marks no goal there.
TEST(RolePassTest, TheGroupTheSubjectBelongsToIsActor1) {
  const struct {
    const char* text;
    const char* actor1;
  } kCases[] = {
      {"Inmates belonging to the Islamic State killed three guards in a prison near Mosul on Sunday.",
       "Islamic State"},
      {"Young men who belong to M23 attacked a checkpoint near Goma on Friday.", "M23"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-");
    EXPECT_EQ(got, k.actor1) << k.text;
  }
}

}  // namespace sitrep::events
