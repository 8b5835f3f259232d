// MeCab-specific tests: IPAdic features on katakana place names (known and
// unknown to the dictionary), lemmas, readings, and offsets across the white
// space MeCab skips.
#include "sitrep/text/mecab_tokenizer.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

std::vector<document::Token> Tokens(const std::string& text) {
  static const auto* mecab = [] {
    auto t = MecabTokenizer::Create();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.value().release();
  }();
  std::vector<document::Token> out;
  EXPECT_TRUE(mecab->Tokenize(text, {{{0, text.size()}, 0}}, "ja", out).ok());
  return out;
}

const document::Token* Find(const std::string& text, const std::vector<document::Token>& tokens,
                            std::string_view surface) {
  for (const auto& t : tokens) {
    if (std::string_view(text).substr(t.span.begin, t.span.size()) == surface) return &t;
  }
  return nullptr;
}

struct NameCase {
  const char* surface;
  const char* pos_detail;  // IPAdic's subclasses
};

class KatakanaNames : public ::testing::TestWithParam<NameCase> {};

TEST_P(KatakanaNames, AreNounTokens) {
  const std::string text = std::string("反政府勢力は") + GetParam().surface + "を占領した。";
  const auto tokens = Tokens(text);
  const document::Token* t = Find(text, tokens, GetParam().surface);
  ASSERT_NE(t, nullptr) << GetParam().surface << " is not one token";
  EXPECT_EQ(t->pos, "名詞");
  EXPECT_EQ(t->pos_detail, GetParam().pos_detail);
}

// ダマスカス is in IPAdic as a place; ホムス and ハムス are not, and MeCab's
// unknown-word model makes katakana runs plain nouns (名詞,一般) with no
// lemma or reading.
INSTANTIATE_TEST_SUITE_P(Table, KatakanaNames,
                         ::testing::Values(NameCase{"ダマスカス", "固有名詞,地域,一般"},
                                           NameCase{"ホムス", "一般"}, NameCase{"ハムス", "一般"},
                                           NameCase{"アレッポ", "一般"}));

TEST(Mecab, UnknownKatakanaHasNoLemmaOrReading) {
  const std::string text = "ホムスに向かった。";
  const auto tokens = Tokens(text);
  const document::Token* homs = Find(text, tokens, "ホムス");
  ASSERT_NE(homs, nullptr);
  EXPECT_EQ(homs->lemma, "");
  EXPECT_EQ(homs->reading, "");
  const document::Token* went = Find(text, tokens, "向かっ");
  ASSERT_NE(went, nullptr);
  EXPECT_EQ(went->pos, "動詞");
  EXPECT_EQ(went->lemma, "向かう");
  EXPECT_EQ(went->reading, "ムカッ");
}

TEST(Mecab, OffsetsSurviveSkippedSpaces) {
  const std::string text = "HST は  Hayat\tTahrir　al-Sham です。";
  const auto tokens = Tokens(text);
  std::vector<std::string> surfaces;
  for (const auto& t : tokens) surfaces.push_back(text.substr(t.span.begin, t.span.size()));
  const std::vector<std::string> want = {"HST", "は",   "Hayat", "Tahrir", "al",
                                         "-",   "Sham", "です",  "。"};
  EXPECT_EQ(surfaces, want);
}

TEST(Mecab, GraphemeClustersAreNotSplit) {
  const std::string text = "Hama\u0301h で👨\u200d👩\u200d👧と👍🏽。";
  const auto tokens = Tokens(text);
  for (const auto& t : tokens) {  // MeCab itself puts U+0301 in a token of its own
    EXPECT_NE(text.substr(t.span.begin, 2), "\u0301") << "token starts with a combining mark";
  }
  EXPECT_NE(Find(text, tokens, "👨\u200d👩\u200d👧"), nullptr);
  EXPECT_NE(Find(text, tokens, "👍🏽"), nullptr);
}

TEST(Mecab, MissingDictionaryIsUnavailable) {
  auto t = MecabTokenizer::Create("/nonexistent/dic");
  EXPECT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace sitrep::text
