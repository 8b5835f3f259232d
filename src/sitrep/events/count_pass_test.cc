// Pass "counts": the daily fatalities and injured of a sentence, figures in
// digits or words, and a toll framed by a period kept as cumulative (never
// the event's fatalities), in both languages.
#include <gtest/gtest.h>

#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct CountRow {
  const char* lang;
  const char* text;
  long fatalities;  // -1: none
  long injured;     // -1: none
  bool cumulative;  // a killed figure is cumulative
  long participants = -1;  // -1: none
};

void PrintTo(const CountRow& r, std::ostream* os) { *os << r.text; }

const CountRow kRows[] = {
    {"en", "Shelling hit Kharkiv, killing four civilians and wounding 11.", 4, 11, false},
    {"en", "Gunmen killed 31 villagers near Gao, including 12 children.", 31, -1, false},
    {"en", "A drone strike on Marib killed two fighters.", 2, -1, false},
    {"en", "Fighting in Khartoum has killed 1,200 people since April.", -1, -1, true},
    // A kind word that starts a clause of its own does not count the number
    // before it: targets struck are no fatalities.
    {"en", "Jets struck more than 100 targets around Rafah and killed three medics.", 3, -1, false},
    {"en", "The air force hit 40 positions near Bakhmut, killing two soldiers.", 2, -1, false},
    {"en", "Drones hit 12 boats off Hodeidah and wounded five crew members.", -1, 5, false},
    // Digits past any count of people (a serial number) are no figure, and
    // never overflow; the real figure beside them still reads.
    {"en", "Case 77777777777777777777: shelling near Kherson killed three people.", 3, -1, false},
    {"en", "A blast in Kabul killed 5 people, ref 4000000000 said.", 5, -1, false},
    {"ja", "整理番号８８８８８８８８８８８８８８８８８８８８　ヘルソンへの砲撃で３人が死亡した。", 3, -1, false},
    // A vague quantity is read whole: "tens of thousands" is 10000, not 1000.
    {"en", "Tens of thousands of protesters marched in Khartoum on Sunday.", -1, -1, false, 10000},
    {"en", "Thousands of demonstrators rallied in Dhaka against the curfew.", -1, -1, false, 1000},
    {"ja", "数万人のデモ参加者がハルツームで行進した。", -1, -1, false, 10000},
    {"ar", "أسفر قصف على مدينة إدلب عن مقتل شخصين وإصابة خمسة.", 2, 5, false},
    {"ar", "سقط قتيلان في اشتباكات بمدينة تعز.", 2, -1, false},
    // A verb-first "was wounded" before its figure, singular as Arabic agrees.
    {"ar", "أصيب 7 أشخاص في انفجار عبوة ناسفة في الموصل.", -1, 7, false},
    {"ar", "قتل ثلاثة جنود وجرح 12 آخرون في هجوم على حاجز قرب مأرب.", 3, 12, false},
    {"ar", "تظاهر عشرات الآلاف من المحتجين في الخرطوم.", -1, -1, false, 10000},
    {"id", "Puluhan ribu demonstran berunjuk rasa di Jakarta menolak undang-undang itu.", -1, -1,
     false, 10000},
    {"ja", "ゴマで砲撃があり、民間人4人が死亡、11人が負傷した。", 4, 11, false},
    // "A few" is ACLED's 3 (vague_numbers.tsv), never the time grammar's -1
    // for an unknown number (no count is ever negative, checked below).
    {"ar", "قتل بضعة مدنيين وأصيب عشرة في قصف على مدينة حماة.", 3, 10, false},
    {"id", "Kelompok bersenjata menyerang pos polisi di Nduga dan melukai 3 polisi; beberapa ribu warga mengungsi.", -1, 3, false},
    {"ja", "ハルツームでの戦闘では、これまでに1200人が死亡した。", -1, -1, true},
    // A noun of people counted, then what befell them: the later word counts
    // ("five soldiers were killed"); a glued or free "and" starts another
    // figure's clause ("وأصيب", "and").
    {"en", "Five soldiers were killed in an ambush near Gao on Monday.", 5, -1, false},
    {"en", "Nine protesters were wounded when police fired on the crowd in Nairobi.", -1, 9, false},
    {"id", "Lima tentara tewas dalam serangan di Intan Jaya pada Senin.", 5, -1, false},
    {"id", "Sedikitnya 20 pengungsi tewas dalam serangan udara di kamp dekat Goma.", 20, -1, false},
    {"id", "Kelompok bersenjata menembak mati dua prajurit di Puncak.", 2, -1, false},
    {"ar", "قال الجيش إن أربعة جنود قتلوا في هجوم قرب مأرب.", 4, -1, false},
    {"ar", "انفجرت عبوة ناسفة قرب دورية تقل ستة جنود عراقيين وقتل 12 مدنيا في الموصل.", 12, -1, false},
    // A figure after "killed and" belongs to the kind after it: the wounded
    // are no fatalities.
    {"en", "Eight villagers were killed and 30 others wounded when gunmen raided Zamfara.", 8, 30, false},
    {"en", "At least 14 people were killed, and 52 injured, in shelling of Kherson.", 14, 52, false},
    {"id", "Tiga warga tewas dan 17 lainnya luka-luka dalam serangan di Intan Jaya.", 3, 17, false},
    {"ar", "سقط 9 قتلى و40 جريحا في قصف على مدينة الفاشر.", 9, 40, false},
};

class CountPassTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(CountPassTest, DailyAndCumulativeFigures) {
  const CountRow& r = GetParam();
  const auto run = testing::RunPasses(r.text, r.lang);
  const Candidate* c = nullptr;
  for (const auto& cand : run.candidates)
    if (cand.failed_guards.empty() || !cand.event.counts.empty()) c = c ? c : &cand;
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->event.fatalities.value_or(-1), r.fatalities);
  long injured = -1;
  bool cumulative = false;
  for (const auto& n : c->event.counts) EXPECT_GE(n.value.value_or(0), 0) << n.what << ": " << n.text;
  for (const auto& n : c->event.counts) {
    if (n.what == "injured" && n.value) injured = *n.value;
    if (n.what == "killed" && n.cumulative) cumulative = true;
  }
  long participants = -1;
  for (const auto& n : c->event.counts)
    if (n.what == "participants" && n.value) participants = *n.value;
  EXPECT_EQ(participants, r.participants);
  EXPECT_EQ(injured, r.injured);
  EXPECT_EQ(cumulative, r.cumulative);
}

INSTANTIATE_TEST_SUITE_P(Rows, CountPassTest, ::testing::ValuesIn(kRows));

}  // namespace
}  // namespace sitrep::events
