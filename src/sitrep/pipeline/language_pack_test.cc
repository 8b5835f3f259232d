// A language is a folder plus plug-ins: a toy pack written to a temporary data
// folder (its own trigger, time and abbreviation words, registered plug-ins) is
// found by the pipeline and read end to end, while a language without a pack
// gets text and entities only and a notice.
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "sitrep/base/paths.h"
#include "sitrep/pipeline/pipeline.h"

namespace sitrep::pipeline {
namespace {

namespace fs = std::filesystem;

class ToyPack : public ::testing::Test {
 protected:
  // Each test process has its own folder: ctest runs the tests as parallel
  // processes, and other checkouts on the machine run the same tests.
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("sitrep_toy_pack_" +
             std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
             std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "lang" / "tq");
    fs::copy(fs::path(DataDir()) / "events", root_ / "events", fs::copy_options::recursive);
    Write("manifest.tsv",
          "name\tToy\nscripts\tLatin\ntokenizer\ticu\ntime_grammar\ten\nrole_rules\ten\n"
          "word_order\tSVO\nrole_marking\tprepositions\nmatching\twords\n"
          "table\ttimex\ttimex.tsv\ntable\tevent_triggers\ttriggers.tsv\n"
          "table\tabbreviations\tabbrev.txt\n");
    // Toy words: "blorked" is an attack, "zorday" a Tuesday, "Kpt." a title.
    Write("triggers.tsv", "blorked\tAttack\t0.9\n");
    Write("timex.tsv", "weekday\tzorday\t2\n");
    Write("abbrev.txt", "Kpt.\n");
  }
  void TearDown() override { fs::remove_all(root_); }
  void Write(const std::string& file, const std::string& text) {
    std::ofstream(root_ / "lang" / "tq" / file) << text;
  }
  std::unique_ptr<Pipeline> Make() {
    PipelineOptions options;
    options.data_dir = root_.string();
    auto pipe = Pipeline::Create(options);
    EXPECT_TRUE(pipe.ok()) << pipe.status().ToString();
    if (!pipe.ok()) return nullptr;
    return std::move(pipe).value();
  }
  fs::path root_;
};

TEST_F(ToyPack, ThePipelineReadsALanguageFromItsFolder) {
  auto pipe = Make();
  ASSERT_NE(pipe, nullptr);
  EXPECT_EQ(pipe->packs().CodeList(), "tq");
  document::Document doc("toy.txt", "Kpt. Ali spoke. Gunmen blorked Homs on zorday.");
  doc.lang = "tq";
  doc.published = "2024-12-06";  // a Friday
  ASSERT_TRUE(pipe->Run(doc).ok());
  EXPECT_EQ(NoPackNotice(doc), "");
  ASSERT_EQ(doc.sentences.size(), 2u);  // "Kpt." is the pack's abbreviation
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.timexes[0].text, "zorday");
  EXPECT_EQ(doc.timexes[0].value, "2024-12-03");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Attack");
  EXPECT_EQ(doc.events[0].lang, "tq");
  EXPECT_EQ(doc.events[0].evidence.trigger, "blorked");
  EXPECT_EQ(doc.events[0].date.value_or(""), "2024-12-03");
}

TEST_F(ToyPack, ALanguageWithoutAPackGetsTextAndEntitiesAndANotice) {
  auto pipe = Make();
  ASSERT_NE(pipe, nullptr);
  document::Document doc("other.txt", "Gunmen blorked Homs on zorday.");
  doc.lang = "qq";
  doc.published = "2024-12-06";
  ASSERT_TRUE(pipe->Run(doc).ok());
  EXPECT_EQ(NoPackNotice(doc), "no language pack for 'qq'; text and entities only");
  EXPECT_FALSE(doc.sentences.empty());
  EXPECT_FALSE(doc.tokens.empty());
  EXPECT_FALSE(doc.mentions.empty());  // Homs
  EXPECT_TRUE(doc.timexes.empty());
  EXPECT_TRUE(doc.events.empty());
}

TEST_F(ToyPack, AnUnknownDocumentLanguageIsReadWithThePackOfItsScript) {
  auto pipe = Make();
  ASSERT_NE(pipe, nullptr);
  document::Document doc("unknown.txt", "Gunmen blorked Homs on zorday.");
  doc.published = "2024-12-06";
  ASSERT_TRUE(pipe->Run(doc).ok());
  EXPECT_EQ(NoPackNotice(doc), "");
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(ToyPack, APackNamingAnUnregisteredPluginIsAnErrorNamingItsManifest) {
  Write("manifest.tsv", "name\tToy\nscripts\tLatin\ntokenizer\ticu\nrole_rules\tnope\n"
                        "table\tevent_triggers\ttriggers.tsv\n");
  PipelineOptions options;
  options.data_dir = root_.string();
  auto pipe = Pipeline::Create(options);
  ASSERT_FALSE(pipe.ok());
  EXPECT_NE(pipe.status().message().find("tq/manifest.tsv: role_rules 'nope'"), std::string::npos)
      << pipe.status().message();
}

}  // namespace
}  // namespace sitrep::pipeline
