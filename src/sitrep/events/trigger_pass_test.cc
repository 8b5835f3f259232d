// Pass "triggers": which trigger rows a sentence yields, in both languages.
#include <gtest/gtest.h>

#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct TriggerRow {
  const char* lang;
  const char* text;
  const char* classes;  // the role classes of the hits, joined by '|'
  bool in_battle = false, in_strike = false, has_take = false;
};

void PrintTo(const TriggerRow& r, std::ostream* os) { *os << r.text; }

const TriggerRow kRows[] = {
    {"en", "Warplanes bombed a village near Idlib.", "Air/drone strike|Air/drone strike", false, true},
    {"en", "Rebels seized Goma after the army withdrew.", "@take|@withdraw", true, false, true},
    {"en", "Riot police stood by in Nairobi.", ""},                       // suppressor row
    {"en", "The Battle of Mosul ended in 2017.", ""},                     // suppressor row
    {"en", "A suicide car bomb killed 8 soldiers in Gao.", "Suicide bomb|@kill", false, true},
    {"en", "Clashes left 12 dead in Khartoum.", "Armed clash", true},
    {"ja", "ロシア軍はハルキウの住宅地を砲撃した。", "Shelling/artillery/missile attack", false, true},
    {"ja", "即応支援部隊がハルツームの空港を制圧した。", "@take", true, false, true},
    {"ja", "ゴマでは市場が再開した。", ""},
    // A word that holds a trigger names a fighter or a group, not an event.
    {"ja", "ゴマで戦闘員らが民間人を殺害した。", "@kill"},
    {"ja", "民族解放軍の幹部がハルツームを訪れた。", ""},
};

class TriggerPassTest : public ::testing::TestWithParam<TriggerRow> {};

TEST_P(TriggerPassTest, FindsTheRows) {
  const TriggerRow& r = GetParam();
  const auto& t = testing::TablesFor(r.lang);
  const SentenceTriggers got = FindTriggers(r.text, t, testing::Tables().ontology);
  std::string classes;
  for (const auto& h : got.hits) classes += (classes.empty() ? "" : "|") + h.role_class;
  EXPECT_EQ(classes, r.classes);
  EXPECT_EQ(got.in_battle, r.in_battle);
  EXPECT_EQ(got.in_strike, r.in_strike);
  EXPECT_EQ(got.has_take, r.has_take);
  for (size_t i = 1; i < got.hits.size(); ++i) EXPECT_LE(got.hits[i - 1].end, got.hits[i].begin);
}

INSTANTIATE_TEST_SUITE_P(Rows, TriggerPassTest, ::testing::ValuesIn(kRows));

}  // namespace
}  // namespace sitrep::events
