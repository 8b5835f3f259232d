// The per-document work budget: the count of work units on documents built by
// hand (exact), and through the pipeline on documents generated here in
// several languages: over the budget a document keeps its text and entities
// and gets one notice; within it every stage runs as before.
#include "sitrep/pipeline/work_budget.h"

#include <gtest/gtest.h>

#include "sitrep/pipeline/pipeline.h"
#include "sitrep/testing/hostile_shapes.h"

namespace sitrep::pipeline {
namespace {

using document::Document;

document::Token TokenAt(size_t begin, size_t end) {
  document::Token t;
  t.span = {begin, end};
  return t;
}

document::Mention MentionAt(const Document& doc, size_t begin, size_t end) {
  document::Mention m;
  m.span = {begin, end};
  m.text = std::string(doc.Surface(m.span));
  return m;
}

TEST(WorkUnitsTest, EachSentenceCostsItsTokensOncePlusOncePerMention) {
  //                  0         1
  //                  0123456789012345678
  Document doc("d", "Aa bb. Cc dd ee. ff");
  doc.sentences = {{{0, 6}, 0}, {{7, 16}, 0}};
  doc.tokens = {TokenAt(0, 2), TokenAt(3, 5),                   // sentence 0
                TokenAt(7, 9), TokenAt(10, 12), TokenAt(13, 15),  // sentence 1
                TokenAt(17, 19)};                                 // in no sentence
  EXPECT_EQ(WorkUnits(doc), 2u + 3u + 1u);
  doc.mentions = {MentionAt(doc, 0, 2), MentionAt(doc, 7, 9), MentionAt(doc, 13, 15)};
  EXPECT_EQ(WorkUnits(doc), 2u * 2 + 3u * 3 + 1u);
  EXPECT_EQ(WorkUnits(Document("empty", "")), 0u);
}

TEST(WorkUnitsTest, TheBudgetAdmitsUpToItsLimitAndZeroMeansNoLimit) {
  EXPECT_TRUE(WithinBudget({100}, 100));
  EXPECT_FALSE(WithinBudget({100}, 101));
  EXPECT_TRUE(WithinBudget({0}, UINT64_MAX));
  EXPECT_EQ(OverBudgetMessage({100}, 101),
            "101 work units, over the budget of 100; text and entities only");
}

struct Report {
  const char* lang;
  std::string text;  // reporting with places, dates and a strike in each sentence
};

// Three sentences about different wars, in each language the packs read.
const Report kReports[] = {
    {"en", "On 4 March 2023, artillery shelled the outskirts of Bakhmut, killing three "
           "soldiers. Rebels attacked a convoy near Goma on Friday. Police said two "
           "people died in Mosul."},
    {"ja", "2023年3月4日、ハルキウ近郊で砲撃があり、兵士3人が死亡した。武装勢力がゴマ付近で車列を"
           "襲撃した。"},
};

std::unique_ptr<Pipeline> MakePipeline(uint64_t max_units) {
  PipelineOptions options;
  options.budget.max_units = max_units;
  auto pipe = Pipeline::Create(options);
  EXPECT_TRUE(pipe.ok()) << pipe.status().ToString();
  return pipe.ok() ? std::move(pipe).value() : nullptr;
}

TEST(WorkBudgetTest, ADocumentOverTheBudgetGetsTextAndEntitiesOnlyAndANotice) {
  auto tight = MakePipeline(40);
  ASSERT_NE(tight, nullptr);
  for (const Report& r : kReports) {
    Document doc(std::string("over.") + r.lang, r.text);
    doc.lang = r.lang;
    doc.published = "2023-03-06";
    ASSERT_TRUE(tight->Run(doc).ok());
    const std::string notice = FallbackNotice(doc);
    EXPECT_NE(notice.find("over the budget of 40; text and entities only"), std::string::npos)
        << r.lang << ": " << notice;
    EXPECT_EQ(NoPackNotice(doc), "") << r.lang;
    EXPECT_GT(doc.sentences.size(), 1u) << r.lang;
    EXPECT_FALSE(doc.mentions.empty()) << r.lang;
    EXPECT_TRUE(doc.timexes.empty()) << r.lang;
    EXPECT_TRUE(doc.events.empty()) << r.lang;
    EXPECT_EQ(doc.CheckSpans().ToString(), "OK") << r.lang;
  }
}

TEST(WorkBudgetTest, WithinTheBudgetEveryStageRunsAsWithNoLimit) {
  auto unlimited = MakePipeline(0);
  auto standard = MakePipeline(kDefaultMaxWorkUnits);
  ASSERT_NE(unlimited, nullptr);
  ASSERT_NE(standard, nullptr);
  for (const Report& r : kReports) {
    Document a(std::string("within.") + r.lang, r.text), b = a;
    a.lang = b.lang = r.lang;
    a.published = b.published = "2023-03-06";
    ASSERT_TRUE(unlimited->Run(a).ok());
    ASSERT_TRUE(standard->Run(b).ok());
    EXPECT_EQ(FallbackNotice(b), "") << r.lang;
    EXPECT_FALSE(b.timexes.empty()) << r.lang;
    EXPECT_FALSE(b.events.empty()) << r.lang;
    EXPECT_EQ(a.events.size(), b.events.size()) << r.lang;
    EXPECT_EQ(a.timexes.size(), b.timexes.size()) << r.lang;
  }
}

// Returns the work units of `text` in `lang` after text and entities.
uint64_t UnitsOf(const std::string& text, const char* lang) {
  PipelineOptions options;
  options.until = Until::kEntities;
  options.budget.max_units = 0;
  static auto pipe = Pipeline::Create(options);
  EXPECT_TRUE(pipe.ok()) << pipe.status().ToString();
  Document doc("units", text);
  doc.lang = lang;
  EXPECT_TRUE((*pipe)->Run(doc).ok());
  return WorkUnits(doc);
}

// The default lies between the two: the largest document the reader accepts
// (16 MiB) of ordinary prose stays within it, while two megabytes of one place
// name repeated (a mention every word) go over it. Samples of 20 KB stand for
// them, as densities (units per byte): a sentence is at most 2048 bytes, so a
// document of the same density costs in proportion to its size.
TEST(WorkBudgetTest, TheDefaultAdmitsAnyOrdinaryDocumentAndStopsADenseOne) {
  constexpr double kSample = 20'000;
  const auto& prose = sitrep::testing::HostileShapeNamed("jsonl_prose");
  const uint64_t prose_units = UnitsOf(prose.make(kSample), prose.lang);
  EXPECT_LT(prose_units * (16.0 * 1024 * 1024 / kSample), kDefaultMaxWorkUnits) << prose_units;
  const auto& dense = sitrep::testing::HostileShapeNamed("place_repeated");
  const uint64_t dense_units = UnitsOf(dense.make(kSample), dense.lang);
  EXPECT_GT(dense_units * (2e6 / kSample), kDefaultMaxWorkUnits) << dense_units;
}

}  // namespace
}  // namespace sitrep::pipeline
