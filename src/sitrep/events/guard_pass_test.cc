// Pass "guards": which guard rules a candidate out, in both languages.
#include <gtest/gtest.h>

#include <tuple>

#include "sitrep/events/event_table_testutil.h"
#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct GuardRow {
  const char* lang;
  const char* text;
  const char* guards;  // failed guards of each candidate, candidates joined by '|'
};

void PrintTo(const GuardRow& r, std::ostream* os) { *os << r.text; }

const GuardRow kRows[] = {
    {"en", "The army could capture Mosul within days.", "irrealis"},
    {"en", "The Houthis threatened to attack Marib.", "irrealis"},
    {"en", "An air strike on Idlib killed five people.", "|killing-in-strike"},
    {"en", "Rebels seized Goma after the army withdrew.", "|withdrawal-in-take"},
    {"en", "Rebels seized towns in Syria.", "country-level-take"},
    {"en", "The African Union condemned the attack on Kidal.", "reference"},
    {"en", "Since the war began, 300 civilians have been killed in Mekelle.", "background"},
    {"en", "A gas explosion killed four workers in Lahore.", "accident|accident"},
    {"en", "Protesters marched in Nairobi against the gas explosion.", "||accident"},
    {"en", "Insurgents intended to take control of Pemba.", "irrealis"},
    {"en", "Residents fear the RSF plans a new offensive on Khartoum.", "irrealis"},
    {"en", "The Houthis did not claim any attack on Marib.", "negated"},
    {"en", "Since the war began, 900 people have fled Goma.", "background"},
    {"en", "Gunmen ambushed a police patrol near Gao.", ""},
    {"en", "Fighting broke out overnight.", "no-place"},
    {"ja", "反政府勢力はアレッポを占領するだろう。", "irrealis"},
    {"ja", "イラク軍はモスルを奪還した。", ""},
    {"ja", "国連はハルツームでの攻撃を非難した。", "reference"},
    {"ja", "地震でカトマンズの村人10人が死亡した。", "accident"},
};

class GuardPassTest : public ::testing::TestWithParam<GuardRow> {};

TEST_P(GuardPassTest, NamesTheFailedGuards) {
  const GuardRow& r = GetParam();
  const auto run = testing::RunPasses(r.text, r.lang);
  std::string got;
  for (size_t i = 0; i < run.candidates.size(); ++i)
    got += (i ? "|" : "") + testing::Guards(run.candidates[i]);
  EXPECT_EQ(got, r.guards);
}

INSTANTIATE_TEST_SUITE_P(Rows, GuardPassTest, ::testing::ValuesIn(kRows));

// Runs the early guard on each trigger of `text` whose sentence holds the
// timex `timex` (its value `value`): a cue inside a timex is not read, and
// a background cue is the start of a dated period only on its own side.
std::string EarlyGuards(const std::string& text, const std::string& lang, const std::string& timex,
                       const std::string& value) {
  auto doc = sitrep::testing::MakeDocument(text, lang);
  const size_t at = doc.text().find(timex);
  EXPECT_NE(at, std::string::npos);
  doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, value, "", 0});
  const LanguageTables& t = testing::TablesFor(lang);
  const DocumentContext ctx = ReadDocumentContext(doc, t.captions);
  ReadingState state;
  const SentenceView view = ReadSentence(doc, 0, t, ctx, state);
  const SentenceTriggers triggers = FindTriggers(view.text, t, testing::Tables().ontology);
  std::string out;
  for (const auto& hit : triggers.hits)
    out += (out.empty() ? "" : "|") + EarlyGuard(hit, view, triggers, t);
  return out;
}

TEST(GuardPassTest, CuesInsideATimexAreNotRead) {
  EXPECT_EQ(EarlyGuards("On May 20 rebels shelled Goma.", "en", "May 20", "2024-05-20"), "");
}

TEST(GuardPassTest, StartOfADatedPeriodIsAnEventOnTheCuesSide) {
  // "since" before the trigger: the take starts the period and is dated.
  EXPECT_EQ(EarlyGuards("Rebels have held the city since they killed 40 soldiers in Goma in March.",
                        "en", "March", "2024-03"),
            "");
  // "since" after the trigger frames the toll: background, dated or not.
  EXPECT_EQ(EarlyGuards("More than 900 people have been killed since the war began in March.", "en",
                        "March", "2024-03"),
            "background");
  EXPECT_EQ(EarlyGuards("武装勢力が3月にゴマで兵士40人を殺害して以来、緊張が続いている。", "ja", "3月",
                        "2024-03"),
            "");
}

TEST(GuardPassTest, AStartOfPeriodMonthsBeforeTheReportIsBackground) {
  for (const auto& [lang, text, timex] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"en", "The army has kept fighting rebels near Goma since October 2023.", "October 2023"},
           {"ja", "国軍は2023年10月以降、ゴマ近郊で反政府勢力との戦闘を続けている。", "2023年10月"}}) {
    auto doc = sitrep::testing::MakeDocument(text, lang, "2025-05-20");
    const size_t at = doc.text().find(timex);
    ASSERT_NE(at, std::string::npos);
    doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, "2023-10", "", 0});
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_TRUE(doc.events.empty()) << text;
    bool said = false;
    for (const auto& d : doc.diagnostics) said |= d.message.find("background") != std::string::npos;
    EXPECT_TRUE(said) << text;
  }
}

TEST(GuardPassTest, NoDateWithoutAnyDate) {
  const auto run = testing::RunPasses("Gunmen ambushed a police patrol near Gao.", "en", "");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "no-date");
}

}  // namespace
}  // namespace sitrep::events
