// Pass "select": a sentence that tells events at places apart gives one
// record each, and each figure goes to the event told right before it; one
// event told with a figure stays one record. Sentences written for this test
// (the tiny test dictionary's towns), in every language with event rules.
#include <gtest/gtest.h>

#include <algorithm>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

struct SelectRow {
  const char* lang;
  const char* text;
  // The expected records, sorted: "sub-event type@place#fatalities" joined by
  // " | " ("-" for no fatalities).
  const char* records;
};

void PrintTo(const SelectRow& r, std::ostream* os) { *os << r.text; }

const SelectRow kRows[] = {
    {"en", "Government forces shelled Idlib, killing three, while clashes continued in Aleppo.",
     "Armed clash@Aleppo#- | Shelling/artillery/missile attack@Idlib#3"},
    {"en", "Warplanes struck Aleppo and artillery shelled Idlib.",
     "Air/drone strike@Aleppo#- | Shelling/artillery/missile attack@Idlib#-"},
    {"en", "An air strike on Idlib killed five people.", "Air/drone strike@Idlib#5"},
    // A list closed by "and" is several scenes; a place after a comma alone
    // is where the first lies ("Khan Younis, southern Gaza"), one scene.
    {"en", "Warplanes struck Aleppo, Idlib and Mosul on Monday.",
     "Air/drone strike@Aleppo#- | Air/drone strike@Idlib#- | Air/drone strike@Mosul#-"},
    {"id", "Serangan udara menghantam sebuah pasar di Idlib, Aleppo, pada Senin, menewaskan lima orang.",
     "Air/drone strike@Idlib#5"},
    {"ja", "政府軍はイドリブを砲撃して3人を殺害し、アレッポでは戦闘が続いた。",
     "Armed clash@Aleppo#- | Shelling/artillery/missile attack@Idlib#3"},
    {"ja", "戦闘機がアレッポを空爆し、砲兵部隊がイドリブを砲撃した。",
     "Air/drone strike@Aleppo#- | Shelling/artillery/missile attack@Idlib#-"},
    {"ja", "イドリブへの空爆で5人が死亡した。", "Air/drone strike@Idlib#5"},
    {"ar", "قصفت المدفعية حلب، وشنت الطائرات غارات جوية على إدلب.",
     "Air/drone strike@Idlib#- | Shelling/artillery/missile attack@Aleppo#-"},
    {"ar", "قصفت المدفعية إدلب ما أدى إلى مقتل ثلاثة أشخاص، واندلعت اشتباكات في حلب.",
     "Armed clash@Aleppo#- | Shelling/artillery/missile attack@Idlib#3"},
    {"ar", "أسفرت غارة جوية على إدلب عن مقتل خمسة أشخاص.", "Air/drone strike@Idlib#5"},
    {"id", "Artileri menembaki Aleppo, sementara pesawat tempur melancarkan serangan udara di Idlib.",
     "Air/drone strike@Idlib#- | Shelling/artillery/missile attack@Aleppo#-"},
    {"id", "Pasukan pemerintah mengebom Aleppo dan menggempur Idlib dengan artileri.",
     "Air/drone strike@Aleppo#- | Shelling/artillery/missile attack@Idlib#-"},
    // A take told with the fighting that won it ("after clashes", "戦闘の末に")
    // is the take; clashes told on their own beside a take stay the event.
    {"en", "M23 fighters seized Goma after heavy clashes with the army on Monday.",
     "Non-state actor overtakes territory@Goma#-"},
    {"en", "The Iraqi army took control of Mosul following fierce clashes with Islamic State.",
     "Government regains territory@Mosul#-"},
    {"en", "Rebels clashed with the army in Aleppo and seized three positions.", "Armed clash@Aleppo#-"},
    {"ja", "M23は政府軍との激しい戦闘の末にゴマを制圧した。", "Non-state actor overtakes territory@Goma#-"},
    // Property destroyed beside a violent event at its place is part of it;
    // at a place apart, or alone, it is a record of its own.
    {"en", "Gunmen killed four villagers near Idlib on Sunday and set fire to their houses.",
     "Attack@Idlib#4"},
    {"en", "The army destroyed two rebel camps near Mosul on Friday, killing nine fighters.",
     "Armed clash@Mosul#9"},
    {"en", "Militants burned houses in Idlib on Sunday.", "Looting/property destruction@Idlib#-"},
    // Weapons seized in an arrest or carried off in an assault are part of it.
    {"en", "Soldiers arrested 11 suspects in Mosul on Monday and seized rifles and grenades.",
     "Arrests@Mosul#-"},
    {"en", "Fighters attacked an army post near Gao on Monday, killing four soldiers, and seized weapons.",
     "Armed clash@Gao#4"},
    {"en", "Gunmen attacked a police post in Gao on Monday and seized weapons.", "Armed clash@Gao#-"},
    {"en", "Troops seized rifles and grenades in Mosul on Monday.", "Disrupted weapons use@Mosul#-"},
    // Beside a take of ground, or an attack that tells no other harm, it is
    // the deed itself.
    {"en", "Hoodlums attacked residents of Idlib on Sunday and looted their shops.",
     "Attack@Idlib#- | Looting/property destruction@Idlib#-"},
    {"en", "Rebels seized Mosul on Monday and tore down a statue of the president.",
     "Looting/property destruction@Mosul#- | Non-state actor overtakes territory@Mosul#-"},
    {"en", "Insurgents overran an army base near Idlib on Sunday and burned two trucks.",
     "Non-state actor overtakes territory@Idlib#-"},
    {"en", "Shops in Mosul were looted and burned after fighting on Sunday.",
     "Armed clash@Mosul#- | Looting/property destruction@Mosul#-"},
    {"ja", "反政府勢力は8日にアレッポを制圧し、大統領の像を破壊した。",
     "Looting/property destruction@Aleppo#- | Non-state actor overtakes territory@Aleppo#-"},
    // A riot told as the scene of a killing ("during a riot") is the
    // killing's setting: one record, the attack. A riot told on its own
    // beside a killing elsewhere stays.
    {"en", "Inmates killed six fellow prisoners during a riot at the jail in Mosul on Monday.",
     "Attack@Mosul#6"},
    {"en", "Gang members shot dead four rivals in Gao in the course of a riot on Sunday.",
     "Attack@Gao#4"},
    {"en", "Rioters torched shops in Aleppo on Monday, and gunmen killed two villagers near Idlib.",
     "Attack@Idlib#2 | Violent demonstration@Aleppo#-"},
    {"ja", "受刑者らは8日、モスルの刑務所で暴動の最中に別の受刑者6人を殺害した。", "Attack@Mosul#6"},
};

class SelectPassTest : public ::testing::TestWithParam<SelectRow> {};

TEST_P(SelectPassTest, OneRecordPerEventOfTheSentence) {
  const SelectRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang);
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  std::vector<std::string> got;
  for (const auto& e : doc.events) {
    got.push_back(e.sub_event_type + "@" + (e.place ? e.place->name : "-") + "#" +
                  (e.fatalities ? std::to_string(*e.fatalities) : "-"));
  }
  std::sort(got.begin(), got.end());
  std::string joined;
  for (const auto& g : got) joined += (joined.empty() ? "" : " | ") + g;
  EXPECT_EQ(joined, r.records);
}

INSTANTIATE_TEST_SUITE_P(Rows, SelectPassTest, ::testing::ValuesIn(kRows));

}  // namespace
}  // namespace sitrep::events

namespace sitrep::events {
namespace {

// Merge: a sentence that announces another event ("In a separate incident,",
// "これとは別に") gives a record of its own, though it tells the same kind of
// event at the same place and day; without the cue it is a restatement.
TEST(MergeTest, AnAnnouncedSeparateEventJoinsNothingBefore) {
  const struct {
    const char* lang;
    const char* text;
    size_t records;
  } kCases[] = {
      {"en", "A roadside bomb killed two soldiers in Gao on Sunday.\n"
             "In a separate incident, a roadside bomb killed three soldiers in Gao on Sunday.", 2},
      {"en", "A roadside bomb killed two soldiers in Gao on Sunday.\n"
             "The roadside bomb killed three soldiers in Gao on Sunday.", 1},
      {"ja", "ゴマで日曜日、武装集団が検問所を襲撃し、兵士2人が死亡した。\n"
             "これとは別に、ゴマで日曜日、武装集団が兵舎を襲撃し、兵士3人が死亡した。", 2},
      {"ja", "ゴマで日曜日、武装集団が検問所を襲撃し、兵士2人が死亡した。\n"
             "ゴマで日曜日、武装集団が兵舎を襲撃し、兵士3人が死亡した。", 1},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_EQ(doc.events.size(), k.records) << k.text;
  }
}

}  // namespace
}  // namespace sitrep::events
