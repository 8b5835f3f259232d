// TextAnnotator tests: both seeds end to end, tokenizer choice by language,
// the MeCab fallback, thread safety, and the offset invariant property-tested
// over random mixes of the seeds' characters with CRLF, emoji and odd spaces.
#include "sitrep/text/text_annotator.h"

#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "sitrep/base/utf8.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::text {
namespace {

using document::Document;

const TextAnnotator& Annotator() {
  static const auto* a = [] {
    auto t = TextAnnotator::Create();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.value().release();
  }();
  return *a;
}

Document Annotated(std::string text, std::string lang) {
  Document doc("test", std::move(text));
  doc.lang = std::move(lang);
  EXPECT_TRUE(Annotator().Annotate(doc).ok());
  return doc;
}

// Checks the layer invariants the later stages rely on.
void ExpectWellFormed(const Document& doc) {
  ASSERT_TRUE(doc.CheckSpans().ok()) << doc.CheckSpans().ToString();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto& s = doc.sentences[i].span;
    ASSERT_FALSE(s.empty());
    const std::string_view surface = doc.Surface(s);
    ASSERT_EQ(surface.find('\n'), std::string_view::npos);
    ASSERT_NE(surface.front(), ' ');
    ASSERT_NE(surface.back(), ' ');
    if (i > 0) {
      ASSERT_LE(doc.sentences[i - 1].span.end, s.begin);
      ASSERT_LE(doc.sentences[i - 1].paragraph, doc.sentences[i].paragraph);
    }
  }
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const int s = doc.SentenceAt(doc.tokens[i].span.begin);
    ASSERT_GE(s, 0) << "token " << i << " outside every sentence";
    ASSERT_TRUE(doc.sentences[s].span.Contains(doc.tokens[i].span));
    if (i > 0) {
      ASSERT_LE(doc.tokens[i - 1].span.end, doc.tokens[i].span.begin);
    }
  }
}

TEST(TextAnnotator, JapaneseSeedUsesMecab) {
  const Document doc =
      Annotated(sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed), "ja");
  ExpectWellFormed(doc);
  EXPECT_GT(doc.sentences.size(), 40u);
  int places = 0;
  for (const auto& t : doc.tokens) {
    if (doc.Surface(t.span) == "ダマスカス") {
      EXPECT_EQ(t.pos, "名詞");
      EXPECT_EQ(t.pos_detail, "固有名詞,地域,一般");
      ++places;
    }
  }
  EXPECT_GT(places, 5);
  // The quoted statement and its reporting verb are one sentence.
  bool quote = false;
  for (const auto& s : doc.sentences) {
    const std::string_view v = doc.Surface(s.span);
    if (v.rfind("「ダランとスワイダ", 0) == 0) {
      quote = true;
      EXPECT_TRUE(v.ends_with("書かれている。")) << v;
    }
  }
  EXPECT_TRUE(quote);
}

TEST(TextAnnotator, EnglishSeedUsesIcu) {
  const Document doc =
      Annotated(sitrep::testing::ReadTestData(sitrep::testing::kEnglishSeed), "en");
  ExpectWellFormed(doc);
  bool general = false;
  for (const auto& s : doc.sentences) general |= doc.Surface(s.span) == "Gen. Badi Ali";
  EXPECT_TRUE(general);
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_EQ(doc.Surface(doc.tokens[0].span), "Battle");
  EXPECT_EQ(doc.tokens[0].pos, "WORD");
}

TEST(TextAnnotator, ReplacesEarlierLayers) {
  Document doc("d", "One. Two.");
  doc.lang = "en";
  ASSERT_TRUE(Annotator().Annotate(doc).ok());
  ASSERT_TRUE(Annotator().Annotate(doc).ok());
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
}

TEST(TextAnnotator, FallsBackToIcuWithoutMecab) {
  TextOptions options;
  options.mecab_dicdir = "/nonexistent/dic";
  auto a = TextAnnotator::Create(options);
  ASSERT_TRUE(a.ok());
  Document doc("d", "ホムスに向かった。");
  doc.lang = "ja";
  ASSERT_TRUE((*a)->Annotate(doc).ok());
  EXPECT_FALSE(doc.tokens.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].stage, "text");
}

TEST(TextAnnotator, SameResultFromManyThreads) {
  const std::string ja = sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed);
  const std::string en = sitrep::testing::ReadTestData(sitrep::testing::kEnglishSeed);
  const Document want_ja = Annotated(ja, "ja"), want_en = Annotated(en, "en");
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      for (int j = 0; j < 5; ++j) {
        const Document a = Annotated(ja, "ja"), b = Annotated(en, "en");
        if (a.tokens.size() != want_ja.tokens.size() || b.tokens.size() != want_en.tokens.size() ||
            a.sentences.size() != want_ja.sentences.size()) {
          ++wrong;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

// Returns the code points of `s` as separate strings.
std::vector<std::string> CodePoints(const std::string& s) {
  std::vector<std::string> out;
  for (size_t pos = 0; pos < s.size();) {
    const size_t begin = pos;
    utf8::Next(s, pos);
    out.push_back(s.substr(begin, pos - begin));
  }
  return out;
}

TEST(TextAnnotator, SpanInvariantHoldsOnRandomText) {
  std::vector<std::string> alphabet =
      CodePoints(sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed) +
                 sitrep::testing::ReadTestData(sitrep::testing::kEnglishSeed));
  for (const char* extra : {"\r\n",    "\r",  "\n\n",   "😀",      "👨‍👩‍👧",
                            "🇸🇾",      "\t",  "\u00a0", "\u3000", "「",
                            "」",      "。",  ". ",     "Gen. ",  "No. 3",
                            "e\u0301", "ﾎﾑｽ", "\u2028", "حمص",    "\u200b",
                            "\ufeff"}) {
    for (int i = 0; i < 20; ++i) alphabet.push_back(extra);
  }
  std::mt19937 rng(20241207);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const size_t len = rng() % 200;
    for (size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    for (const char* lang : {"ja", "en", "ar", ""}) {
      SCOPED_TRACE(std::string(lang) + " round " + std::to_string(round) + ": " + text);
      ExpectWellFormed(Annotated(text, lang));
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

}  // namespace
}  // namespace sitrep::text
