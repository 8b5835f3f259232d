// End-to-end pipeline checks on the bundled seed documents: every stage runs,
// every span the stages add obeys the document invariant, the Japanese seed's
// publication date is inferred, and events come out dated, placed and sourced.
#include "sitrep/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include "sitrep/ingest/reader.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::pipeline {
namespace {

document::Document RunSeed(const char* seed) {
  static auto pipe = Pipeline::Create();
  EXPECT_TRUE(pipe.ok()) << pipe.status().ToString();
  std::vector<document::Document> docs;
  ingest::ReadPaths({sitrep::testing::TestDataPath(seed)}, {},
                    [&](document::Document&& d) { docs.push_back(std::move(d)); },
                    [](const ingest::InputError& e) { ADD_FAILURE() << e.source << ": " << e.reason; });
  EXPECT_EQ(docs.size(), 1u);
  if (docs.empty()) return {};
  EXPECT_TRUE((*pipe)->Run(docs[0]).ok());
  return std::move(docs[0]);
}

TEST(PipelineTest, JapaneseReportEndToEnd) {
  const auto doc = RunSeed(sitrep::testing::kJapaneseSeed);
  EXPECT_EQ(doc.lang, "ja");
  EXPECT_EQ(doc.published, "2024-12-07");
  EXPECT_EQ(doc.published_source, document::PublishedSource::kInferred);
  EXPECT_EQ(doc.CheckSpans().ToString(), "OK");
  EXPECT_GT(doc.sentences.size(), 30u);
  EXPECT_GT(doc.mentions.size(), 20u);
  EXPECT_GT(doc.timexes.size(), 10u);
  ASSERT_GT(doc.events.size(), 5u);
  int placed = 0, claimed = 0;
  for (const auto& e : doc.events) {
    EXPECT_TRUE(e.date.has_value()) << e.evidence.sentence;
    placed += e.place.has_value();
    claimed += !e.claims.empty();
    if (e.place) {
      EXPECT_TRUE(e.place->lat.has_value()) << e.place->name;
    }
  }
  EXPECT_GT(placed, static_cast<int>(doc.events.size()) / 2);
  EXPECT_GT(claimed, 2);
}

TEST(PipelineTest, EnglishArticleEndToEnd) {
  const auto doc = RunSeed(sitrep::testing::kEnglishSeed);
  EXPECT_EQ(doc.lang, "en");
  EXPECT_EQ(doc.CheckSpans().ToString(), "OK");
  ASSERT_EQ(doc.battles.size(), 1u);
  EXPECT_EQ(doc.battles[0].sides.size(), 2u);
  ASSERT_FALSE(doc.events.empty());
  for (const auto& e : doc.events) EXPECT_TRUE(e.date.has_value()) << e.evidence.sentence;
}

}  // namespace
}  // namespace sitrep::pipeline
