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

// Runs the whole stage on `text` published on 2024-03-15; returns the number
// of records and whether a diagnostic names `guard`.
std::pair<size_t, bool> Extract(const std::string& text, const std::string& lang,
                                const std::string& guard) {
  auto doc = sitrep::testing::MakeDocument(text, lang, "2024-03-15");
  EXPECT_TRUE(testing::Extractor().Annotate(doc).ok());
  bool said = false;
  for (const auto& d : doc.diagnostics) said |= d.message.find(guard) != std::string::npos;
  return {doc.events.size(), said};
}

struct ToldRow {
  const char* lang;
  const char* text;
  size_t records;  // 0: told elsewhere
};

void PrintTo(const ToldRow& r, std::ostream* os) { *os << r.text; }

// A definite event noun ("this attack", "التفجير", "serangan itu",
// "この攻撃") names an event the reader knows: alone, with no count or date,
// it tells none. A count or a date, or an earlier report of the document,
// makes it an event.
const ToldRow kToldRows[] = {
    {"en", "This attack shocked residents of Goma.", 0},
    {"en", "This attack killed four people in Goma.", 1},
    {"en", "Rebels shelled Goma on Monday. This attack shocked residents.", 1},
    {"ja", "この攻撃はゴマの住民に衝撃を与えた。", 0},
    {"ja", "この攻撃でゴマの住民3人が死亡した。", 1},
    {"ar", "أثار التفجير الانتحاري الذعر بين سكان الموصل.", 0},
    {"ar", "أسفر التفجير الانتحاري عن مقتل ثلاثة أشخاص في الموصل.", 1},
    {"ar", "فجر انتحاري نفسه داخل مسجد في الموصل. وأثار التفجير الانتحاري الذعر بين السكان.", 1},
    {"id", "Serangan itu mengejutkan warga Goma.", 0},
    {"id", "Serangan itu menewaskan tiga orang di Goma.", 1},
};

class ToldElsewhereTest : public ::testing::TestWithParam<ToldRow> {};

TEST_P(ToldElsewhereTest, ADefiniteEventNounAloneTellsNoEvent) {
  const ToldRow& r = GetParam();
  const auto [records, said] = Extract(r.text, r.lang, "told-elsewhere");
  EXPECT_EQ(records, r.records);
  EXPECT_EQ(said, r.records == 0);
}

INSTANTIATE_TEST_SUITE_P(Rows, ToldElsewhereTest, ::testing::ValuesIn(kToldRows));

TEST(GuardPassTest, ASnippetYieldsNoNegatedRecord) {
  // A snippet whose candidates all fail still yields its best one when what
  // it lacks is a place or a date, never when the report says it did not
  // happen.
  for (const auto& [lang, text] : std::vector<std::pair<std::string, std::string>>{
           {"en", "The Houthis did not claim any attack on Marib."},
           {"en", "The militia did not attack villages near Goma."},
           {"ja", "武装勢力はゴマ近郊の村を攻撃しなかった。"},
           {"ar", "لم تقصف القوات الروسية أحياء في خاركيف."},
           {"id", "Milisi tidak menyerang desa di dekat Goma."},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, lang, "2024-03-15");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_TRUE(doc.events.empty()) << text;
  }
  // The English candidate reaches the record guards (Arabic negation rules
  // it out before): the fallback is what must refuse it.
  const auto run = testing::RunPasses("The militia did not attack villages near Goma.", "en");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "negated");
  auto doc = sitrep::testing::MakeDocument("Fighting broke out overnight.", "en", "2024-03-15");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  EXPECT_EQ(doc.events.size(), 1u) << "an unplaced snippet still yields its event";
}

TEST(GuardPassTest, NoDateWithoutAnyDate) {
  const auto run = testing::RunPasses("Gunmen ambushed a police patrol near Gao.", "en", "");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "no-date");
}

}  // namespace
}  // namespace sitrep::events
