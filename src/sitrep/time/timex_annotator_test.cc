// Tests of the time stage as a whole: publication-date inference, anchors on
// every record, language choice, sentence assignment, the kanji-number reader,
// and golden output for the bundled seed documents (set SITREP_UPDATE_GOLDEN=1
// to rewrite testdata/time/seeds_timex.golden.jsonl).
#include "sitrep/time/timex_annotator.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <tuple>
#include <vector>

#include "sitrep/base/file.h"
#include "sitrep/document/json.h"
#include "sitrep/testing/fixtures.h"
#include "sitrep/time/timex_cases_internal.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {
namespace {

using document::PublishedSource;

const document::TimeExpr* Find(const document::Document& doc, const std::string& surface) {
  for (const auto& t : doc.timexes) {
    if (t.text == surface) return &t;
  }
  return nullptr;
}

TEST(TimexAnnotatorTest, InfersTheJapaneseSeedsPublicationDate) {
  auto doc = AnnotateText(testing::ReadTestData(testing::kJapaneseSeed), "", "");
  EXPECT_EQ(doc.published, "2024-12-07");
  EXPECT_EQ(doc.published_source, PublishedSource::kInferred);
  ASSERT_FALSE(doc.timexes.empty());
  for (const auto& t : doc.timexes) EXPECT_EQ(t.anchor, "2024-12-07") << t.text;
  ASSERT_NE(Find(doc, "先週"), nullptr);
  EXPECT_EQ(Find(doc, "先週")->value, "2024-W48");
  ASSERT_NE(Find(doc, "金曜日の夜"), nullptr);
  EXPECT_EQ(Find(doc, "金曜日の夜")->value, "2024-12-06TNI");
  EXPECT_TRUE(doc.CheckSpans().ok());
}

TEST(TimexAnnotatorTest, EncyclopediaArticleGetsNoAnchor) {
  auto doc = AnnotateText(testing::ReadTestData(testing::kEnglishSeed), "", "");
  EXPECT_EQ(doc.published, "");
  EXPECT_EQ(doc.published_source, PublishedSource::kUnknown);
  for (const auto& t : doc.timexes) EXPECT_EQ(t.anchor, "") << t.text;
  ASSERT_NE(Find(doc, "15 November – 15 December 2013"), nullptr);
  EXPECT_EQ(Find(doc, "15 November – 15 December 2013")->value, "2013-11-15/2013-12-15");
}

TEST(TimexAnnotatorTest, GivenPublicationDateWins) {
  auto doc = AnnotateText(testing::ReadTestData(testing::kJapaneseSeed), "ja", "2024-12-10");
  EXPECT_EQ(doc.published, "2024-12-10");
  EXPECT_EQ(doc.published_source, PublishedSource::kCommandLine);
  ASSERT_NE(Find(doc, "昨日"), nullptr);
  EXPECT_EQ(Find(doc, "昨日")->value, "2024-12-09");
}

TEST(TimexAnnotatorTest, NoInferenceWithoutDeicticExpressions) {
  auto doc = AnnotateText("戦闘は2013年3月15日に始まり、2014年4月26日に終わった。", "ja", "");
  EXPECT_EQ(doc.published, "");
  ASSERT_EQ(doc.timexes.size(), 2u);
}

TEST(TimexAnnotatorTest, InfersTheLatestExplicitDate) {
  auto doc = AnnotateText(
      "On March 3, 2024, talks failed. On March 5, 2024, the army attacked. Yesterday the town "
      "fell.",
      "en", "");
  EXPECT_EQ(doc.published, "2024-03-05");
  ASSERT_NE(Find(doc, "Yesterday"), nullptr);
  EXPECT_EQ(Find(doc, "Yesterday")->value, "2024-03-04");
}

TEST(TimexAnnotatorTest, DigitRunsLongerThanAnyDateAreNoDates) {
  // A serial number glued to a date, a phone number, 30 digits: never a value
  // (and no integer overflow), while the real date beside them still reads.
  for (const auto& [lang, text, date] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"en", "Ref 123456789012345678901234567890: on March 5, 2024 the convoy was hit.", "March 5, 2024"},
           {"ja", "整理番号９９９９９９９９９９９９９９９９９９９９９９。2024年3月5日に砲撃があった。", "2024年3月5日"},
           {"id", "Nomor 20240305202403052024030520240305 — pada 5 Maret 2024 pasar dibom.", "5 Maret 2024"}}) {
    auto doc = AnnotateText(text, lang, "2024-03-10");
    ASSERT_EQ(doc.timexes.size(), 1u) << text;
    EXPECT_EQ(doc.timexes[0].text, date);
    EXPECT_EQ(doc.timexes[0].value, "2024-03-05");
  }
}

TEST(TimexAnnotatorTest, GuessesTheLanguageFromTheScript) {
  auto doc = AnnotateText("反政府勢力は昨日、町を制圧した。", "", "2024-12-07");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.timexes[0].value, "2024-12-06");
}

TEST(TimexAnnotatorTest, AssignsSentences) {
  document::Document doc("s", "Calm on Monday.\nShelling on Friday.");
  doc.lang = "en";
  doc.published = "2024-12-07";
  doc.sentences = {{{0, 15}, 0}, {{16, 34}, 1}};
  ASSERT_TRUE(SharedAnnotator().Annotate(doc).ok());
  ASSERT_EQ(doc.timexes.size(), 2u);
  EXPECT_EQ(doc.timexes[0].sentence, 0);
  EXPECT_EQ(doc.timexes[1].sentence, 1);
}

TEST(TimexAnnotatorTest, UnknownLanguageIsADiagnosticNotAnError) {
  document::Document doc("x", "text");
  doc.lang = "xx";
  EXPECT_TRUE(SharedAnnotator().Annotate(doc).ok());
  EXPECT_TRUE(doc.timexes.empty());
  EXPECT_FALSE(doc.diagnostics.empty());
}

TEST(TimexAnnotatorTest, MissingDataIsAnError) {
  EXPECT_FALSE(TimexAnnotator::Create({"/nonexistent"}).ok());
}

TEST(KanjiNumberTest, Table) {
  const std::pair<const char*, long> cases[] = {
      {"三", 3},     {"十", 10},        {"十二", 12},   {"二十三", 23}, {"百", 100},
      {"二〇二四", 2024}, {"二千二十四", 2024}, {"三十一", 31}, {"〇", 0},    {"千九百九十", 1990},
  };
  for (const auto& [text, value] : cases) EXPECT_EQ(ParseKanjiNumber(text), value) << text;
}

TEST(SeedGoldenTest, MatchesGoldenOutput) {
  std::string out;
  for (const char* seed : {testing::kJapaneseSeed, testing::kEnglishSeed}) {
    auto doc = AnnotateText(testing::ReadTestData(seed), "", "");
    for (const auto& t : doc.timexes) out += document::TimexToJson(doc, t).dump() + "\n";
  }
  const std::string path = testing::TestDataPath("time/seeds_timex.golden.jsonl");
  const char* update = std::getenv("SITREP_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    ASSERT_TRUE(WriteFileAtomically(path, out).ok());
  }
  EXPECT_EQ(out, testing::ReadTestData("time/seeds_timex.golden.jsonl"));
}

}  // namespace
}  // namespace sitrep::time
