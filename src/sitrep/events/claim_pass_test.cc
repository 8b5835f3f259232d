// Pass "claims", through the whole extractor: who a record's claims come from
// when the source is not where "X said" puts it — after a passive ("confirmed
// by the governor"), in the next sentence ("…, said a local official", also
// when that sentence has a trigger of its own with no place), or beside the
// outlet told ("a security source told Reuters"), in every language covered.
#include <gtest/gtest.h>

#include <vector>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

struct ClaimRow {
  const char* lang;
  const char* text;      // one sentence per line
  const char* sentence;  // the record's evidence sentence starts so
  const char* source;    // some claim's source; "" = no claim at all
  document::Stance stance = document::Stance::kAsserts;
};

void PrintTo(const ClaimRow& r, std::ostream* os) { *os << r.text; }

const ClaimRow kRows[] = {
    // A passive attribution names its source after the cue.
    {"en", "Gunmen raided a village near Gao on Sunday.\nThe raid was confirmed by the regional governor.",
     "Gunmen", "governor"},
    {"en", "Fighters stormed an army post near Goma on Tuesday.\nThe attack was denied by M23.",
     "Fighters", "M23", document::Stance::kDenies},
    // A quote's speaker in the next sentence, although that sentence has a
    // trigger of its own (no place: it reports nothing new).
    {"en", "Shelling hit a school in Kharkiv on Monday.\n\"Two buildings burned all night,\" said a local official.",
     "Shelling", "officials"},
    {"en", "A drone struck a market in Marib on Friday.\nRescuers said the fire was put out by morning.",
     "A drone", "rescue workers"},
    // The speaker and the outlet told both speak.
    {"en", "A drone struck a market in Marib on Friday, a security source told Reuters.", "A drone",
     "security sources"},
    {"en", "A drone struck a market in Marib on Friday, a security source told Reuters.", "A drone",
     "Reuters"},
    // "said X" is right after the cue, never past a comma: a group named in the
    // next clause did not claim anything.
    {"en", "A suicide bomber struck a market in Gao on Friday.\nNo group has claimed the blast, but the Islamic State has struck there before.",
     "A suicide bomber", ""},
    // A claim of the deed that the sentence says nobody made is no claim.
    {"en", "A bomb exploded at a market in Gao on Friday.\nThe Islamic State has not claimed responsibility for it.",
     "A bomb", ""},
    {"ja", "モスルで金曜日、市場で爆弾が爆発した。\nイスラム国からの犯行声明は出ていない。", "モスル", ""},
    {"en", "A drone struck a market in Marib on Friday.\n\"We saw the drone at noon,\" said a local official.",
     "A drone", "officials"},
    // A sentence that reports its own placed event keeps its claims.
    {"en", "Shelling hit Kharkiv on Monday.\nWitnesses said gunmen later attacked a checkpoint in Goma.",
     "Shelling", ""},
    // A next sentence that names another town speaks of another event: it
    // lends nothing.
    {"en", "Shelling hit a school in Kharkiv on Monday.\n\"The market in Goma stayed closed all day,\" said a local official.",
     "Shelling", ""},
    {"ja", "ハルキウで月曜日、砲撃があった。\n「ゴマの市場が一晩中燃えた」と知事が述べた。", "ハルキウ", ""},
    {"ar", "قصفت طائرة مسيرة سوقا في مأرب يوم الجمعة.\nوقال المحافظ إن النيران أخمدت في الخرطوم.", "قصفت", ""},
    {"id", "Serangan udara menghantam pasar di Marib pada hari Jumat.\nGubernur mengatakan kebakaran di Goma sudah padam.",
     "Serangan udara", ""},
    {"ja", "ハルキウで月曜日、砲撃があった。\n「建物が一晩中燃えた」と知事が述べた。", "ハルキウ", "governor"},
    {"ja", "ゴマで火曜日、武装集団が軍の拠点を襲撃した。\n救助隊が明らかにした。", "ゴマ", "rescue workers"},
    // A country before a source noun says whose body speaks: the body is the
    // source, not the country ("the Turkish defence ministry").
    {"ja", "アレッポで火曜日、武装集団が軍の拠点を襲撃した。\nシリア国防省が明らかにした。", "アレッポ",
     "defence ministry"},
    // A date between the speaker and 伝えた.
    {"ja", "アレッポで火曜日、砲撃があった。\nシリア国営通信が12日伝えた。", "アレッポ", "state media"},
    {"id", "Serangan udara menghantam pasar di Marib pada hari Jumat.\nSerangan itu dikonfirmasi oleh gubernur setempat.",
     "Serangan udara", "governor"},
    // "kata X": the speaker follows the verb, not the attacker before it.
    {"id", "Serangan udara Israel menghantam pasar di Marib pada hari Jumat, kata petugas kesehatan.",
     "Serangan udara", "health officials"},
    {"ar", "قصفت طائرة مسيرة سوقا في مأرب يوم الجمعة.\nوقال المحافظ إن النيران أخمدت صباحا.", "قصفت",
     "governor"},
    // Authorities and ministries give the tolls: "according to the
    // authorities", "the ministry said in a statement", "…と、保健省が明ら
    // かにした"; a next sentence that gives the toll ("…gave the toll",
    // "…が死者数を発表した") lends its source.
    {"en", "Russian forces shelled Kharkiv on Monday, killing two people, according to local authorities.",
     "Russian forces", "local officials"},
    {"en", "Gunmen killed six villagers near Goma on Sunday, the ministry said in a statement.", "Gunmen",
     "ministry"},
    {"en", "An air strike hit a market in Idlib on Friday, killing 9 people.\nParamedics gave the toll.",
     "An air strike", "medical sources"},
    // Bodies that speak for a state without being its forces: a prison
    // service, the head of state's office.
    {"en", "Inmates stabbed three rival prisoners to death in a jail near Mosul on Sunday, prison authorities said.",
     "Inmates", "prison authority"},
    {"en", "Gunmen killed five farmers near Gao on Monday, the presidency said in a statement.", "Gunmen",
     "presidency"},
    {"ja", "当局によると、武装勢力が日曜日にゴマ近郊の村を襲撃し、住民6人を殺害した。", "当局", "authorities"},
    {"ja", "イドリブの市場が金曜日に空爆を受け、9人が死亡したと、保健省が明らかにした。", "イドリブ",
     "health ministry"},
    {"ja", "モスルの市場で月曜日、自爆テロがあり、12人が死亡した。\n病院が死者数を発表した。", "モスル",
     "medical sources"},
    // Japanese: the speaker right before the cue speaks, not the clause's
    // first subject (the attacker); "が発表した" without a quote particle is a
    // cue; a body whose officer is the unmarked subject speaks ("WHOの…
    // 事務局長が"); an attribution reaches over a sentence of detail.
    {"ja", "ゴマで火曜日、M23の部隊が住民5人を拘束したと人権団体が明らかにした。", "ゴマ", "rights groups"},
    {"ja", "ハルツームで12日夜、激しい戦闘が起き、6人が死亡した。\n暫定政府の保健省が発表した。", "ハルツーム",
     "health ministry"},
    {"ja", "ハルキウの病院が25日、空爆を受け、20人が死亡した。\nウクライナ軍のテレンチェフ司令官が明らかにした。",
     "ハルキウ", "Military Forces of Ukraine"},
    {"ja", "モスルの空港付近に21日夜、ロケット弾が着弾し、火災が発生した。\n死傷者はいなかった。\n"
           "クルド自治政府の対テロ部隊が発表した。",
     "モスル", "counter-terrorism service"},
    {"en", "A drone struck near the airport in Mosul late on Sunday, causing a fire.\nNo one was hurt.\n"
           "The Kurdistan Region's counter-terrorism service said.",
     "A drone", "counter-terrorism service"},
    // A speaker the sources table does not know, in the clause of "said" or
    // after "according to", is the source: not the actor named before the
    // comma. Its determiner, number and owner are no part of its name; a
    // known source noun in that clause is named as the table names it.
    {"en", "Russian drones struck a fuel depot near Kharkiv on Sunday, the regional energy company said.",
     "Russian drones", "regional energy company"},
    {"en", "Government troops shelled Goma on Tuesday, killing four people, the state-run Radio Okapi said.",
     "Government troops", "Radio Okapi"},
    {"en", "Gunmen killed four farmers near Gao on Monday, according to the province's farmers union.",
     "Gunmen", "farmers union"},
    {"en", "Houthi fighters fired rockets at Marib on Friday, two doctors at the city hospital said.",
     "Houthi fighters", "medical sources"},
    // Bodies with a name of their own are not the generic ministry or officials.
    {"en", "Government forces retook a district of Mosul on Friday, the information ministry said.",
     "Government forces", "information ministry"},
    {"en", "Gunmen abducted two priests near Goma on Sunday, church officials said.", "Gunmen",
     "church officials"},
    // Local media are a source of their own, not the actor before them.
    {"ja", "ゴマで火曜日、M23の部隊が軍の拠点を襲撃したと地元メディアが伝えた。", "ゴマ", "local media"},
    {"en", "M23 fighters attacked an army post near Goma on Tuesday, according to local media.", "M23 fighters",
     "local media"},
};

class ClaimPassTest : public ::testing::TestWithParam<ClaimRow> {};

TEST_P(ClaimPassTest, SourceOfTheRecord) {
  const ClaimRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  const document::Event& e = testing::EventFrom(doc, r.sentence);
  if (!*r.source) {
    EXPECT_TRUE(e.claims.empty()) << e.claims.front().source.name;
    return;
  }
  std::string got;
  for (const auto& c : e.claims) {
    got += c.source.name + ";";
    if (c.source.name == r.source) EXPECT_EQ(c.stance, r.stance);
  }
  EXPECT_NE(got.find(std::string(r.source) + ";"), std::string::npos) << "claims: " << got;
}

INSTANTIATE_TEST_SUITE_P(Rows, ClaimPassTest, ::testing::ValuesIn(kRows));

// Civilians named as victims ("warga sipil") do not speak, though the noun
// holds a source noun ("warga": residents): the claim is the group's.
TEST(ClaimPassTest, CiviliansNamedAsVictimsDoNotSpeak) {
  auto doc = sitrep::testing::MakeDocument(
      "Pasukan Dukungan Cepat menyerang desa dekat Khartoum pada hari Jumat.\n"
      "Pasukan Dukungan Cepat membantah menargetkan warga sipil dan mengklaim telah menguasai desa itu.",
      "id");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  ASSERT_FALSE(doc.events.empty());
  for (const auto& e : doc.events)
    for (const auto& c : e.claims) EXPECT_NE(c.source.name, "residents");
}

// A generic actor the speaker calls its own ("our fighters", "我が軍") is
// the speaking group; forces the speaker does not own stay unidentified.
TEST(ClaimPassTest, TheSpeakersOwnForcesAreTheSpeaker) {
  struct Case {
    const char* lang;
    const char* text;
    const char* actor1;
  };
  for (const auto& c : std::vector<Case>{
           {"en", "\"Our fighters took full control of Marib on Wednesday,\" the Houthis said.", "Ansar Allah"},
           {"en", "\"Our troops repelled an assault on Khartoum on Monday,\" the Sudanese army said.",
            "Military Forces of Sudan"},
           {"en", "\"Fighters attacked our positions near Marib on Tuesday,\" the Houthis said.",
            "Unidentified armed group"},
           {"ja", "フーシ派は23日、我が軍がマーリブを完全に制圧したと述べた。", "Ansar Allah"},
           {"ja", "スーダン軍は、武装勢力がハルツームの陣地を襲撃したと述べた。", "Unidentified armed group"}}) {
    auto doc = sitrep::testing::MakeDocument(c.text, c.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << c.text;
    ASSERT_TRUE(doc.events[0].actor1.has_value()) << c.text;
    EXPECT_EQ(doc.events[0].actor1->name, c.actor1) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::events

namespace sitrep::events {
namespace {

// An attack no report attributes is the deed of the armed group that claims
// it — not of one that merely reports it, nor of a state's army speaking.
TEST(ClaimPassTest, TheGroupThatClaimsTheAttackDidIt) {
  const struct {
    const char* lang;
    const char* text;
    const char* sentence;
    const char* actor1;
  } kCases[] = {
      {"en", "Gunmen attacked a checkpoint near Gao on Sunday.\nThe Islamic State claimed responsibility for the attack.",
       "Gunmen", "Islamic State"},
      {"en", "Gunmen attacked a checkpoint near Gao on Sunday.\nThe Islamic State said the checkpoint was hit.",
       "Gunmen", "Unidentified armed group"},
      {"en", "Gunmen attacked a checkpoint near Gao on Sunday.\nThe Iraqi army claimed responsibility for the attack.",
       "Gunmen", "Unidentified armed group"},
      {"ja", "ゴマ近郊で日曜日、武装集団が検問所を襲撃した。\nイスラム国が犯行を認める声明を出した。", "ゴマ",
       "Islamic State"},
      {"ja", "ゴマ近郊で日曜日、武装集団が検問所を襲撃した。\nイスラム国が明らかにした。", "ゴマ",
       "Unidentified armed group"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    const document::Event& e = testing::EventFrom(doc, k.sentence);
    ASSERT_TRUE(e.actor1.has_value()) << k.text;
    EXPECT_EQ(e.actor1->name, k.actor1) << k.text;
  }
}

}  // namespace
}  // namespace sitrep::events

namespace sitrep::events {
namespace {

// A body qualified by its country ("the Turkish defence ministry") is named
// as the body and keeps its state as the id, so a party's own claims stay
// recognisable as that side's (the fixture dictionary's Syria is "test:Syria").
TEST(ClaimPassTest, AQualifiedBodyKeepsItsStateAsTheId) {
  for (const auto& [lang, text] : std::vector<std::pair<const char*, const char*>>{
           {"en", "Shelling hit a school in Aleppo on Friday.\nThe Syria defence ministry said so."},
           {"ja", "アレッポで金曜日、武装集団が軍の拠点を襲撃した。\nシリア国防省が明らかにした。"}}) {
    auto doc = sitrep::testing::MakeDocument(text, lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    ASSERT_FALSE(doc.events.empty()) << text;
    bool found = false;
    for (const auto& c : doc.events[0].claims) {
      if (c.source.name != "defence ministry") continue;
      found = true;
      EXPECT_EQ(c.source.id, "test:Syria") << text;
    }
    EXPECT_TRUE(found) << text;
  }
}

}  // namespace
}  // namespace sitrep::events
