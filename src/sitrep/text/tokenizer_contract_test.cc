// The tokenizer contract suite (re2's tester.h idea): one typed test suite run
// against every Tokenizer implementation, over both seeds, the text test
// inputs and a few edge cases. The contract is stated in tokenizer.h.
#include <gtest/gtest.h>

#include <memory>

#include "sitrep/base/utf8.h"
#include "sitrep/testing/fixtures.h"
#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/lines_internal.h"
#include "sitrep/text/mecab_tokenizer.h"
#include "sitrep/text/sentence_splitter.h"

namespace sitrep::text {
namespace {

struct IcuFactory {
  static std::unique_ptr<Tokenizer> Make() { return std::make_unique<IcuTokenizer>(); }
};
struct MecabFactory {
  static std::unique_ptr<Tokenizer> Make() {
    auto t = MecabTokenizer::Create();
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::unique_ptr<Tokenizer>(std::move(t).value()) : nullptr;
  }
};

bool OnBoundary(const std::string& s, size_t off) {
  return off == s.size() || (off < s.size() && (static_cast<unsigned char>(s[off]) & 0xC0) != 0x80);
}

bool AllSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  internal::TrimSpaces(s, b, e);
  return b == e;
}

template <typename Factory>
class TokenizerContract : public ::testing::Test {
 protected:
  // Tokenizes `text` sentence by sentence and checks every clause of the contract.
  void Check(const std::string& text, const std::string& lang) {
    auto tokenizer = Factory::Make();
    ASSERT_NE(tokenizer, nullptr);
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok());
    auto sentences = (*splitter)->Split(text, lang);
    ASSERT_TRUE(sentences.ok());
    std::vector<document::Token> tokens;
    ASSERT_TRUE(tokenizer->Tokenize(text, *sentences, lang, tokens).ok());
    size_t t = 0, prev_end = 0;
    for (const document::Sentence& s : *sentences) {
      size_t covered = s.span.begin;  // everything before this is tokenized or space
      for (; t < tokens.size() && tokens[t].span.begin < s.span.end; ++t) {
        const document::Span& span = tokens[t].span;
        SCOPED_TRACE("token " + std::to_string(t) + " '" + text.substr(span.begin, span.size()) +
                     "'");
        ASSERT_TRUE(s.span.Contains(span)) << "token outside its sentence";
        ASSERT_FALSE(span.empty());
        ASSERT_TRUE(OnBoundary(text, span.begin) && OnBoundary(text, span.end));
        ASSERT_GE(span.begin, prev_end) << "tokens overlap or go backwards";
        ASSERT_FALSE(AllSpace(text.substr(span.begin, span.size())));
        ASSERT_TRUE(AllSpace(text.substr(covered, span.begin - covered)))
            << "text skipped between tokens: " << text.substr(covered, span.begin - covered);
        ASSERT_FALSE(tokens[t].pos.empty());
        prev_end = covered = span.end;
      }
      ASSERT_TRUE(AllSpace(text.substr(covered, s.span.end - covered))) << "sentence tail skipped";
    }
    ASSERT_EQ(t, tokens.size()) << "tokens after the last sentence";
  }
};

using Factories = ::testing::Types<IcuFactory, MecabFactory>;
TYPED_TEST_SUITE(TokenizerContract, Factories);

TYPED_TEST(TokenizerContract, JapaneseSeed) {
  this->Check(sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed), "ja");
}
TYPED_TEST(TokenizerContract, EnglishSeed) {
  this->Check(sitrep::testing::ReadTestData(sitrep::testing::kEnglishSeed), "en");
}
TYPED_TEST(TokenizerContract, Arabic) {
  this->Check(sitrep::testing::ReadTestData("text/arabic_sample.txt"), "ar");
}
TYPED_TEST(TokenizerContract, MixedScriptsEmojiCrlf) {
  this->Check(sitrep::testing::ReadTestData("text/mixed_sample.txt"), "ja");
  this->Check(sitrep::testing::ReadTestData("text/mixed_sample.txt"), "en");
}
TYPED_TEST(TokenizerContract, EdgeCases) {
  for (const char* text : {"", " ", "\n\n", "。", "a", "😀", "　全角スペース　の　文。", "x\r\ny",
                           "ﾎﾑｽ ﾊﾑｽ", "tab\there", "e\u0301\u0301"}) {
    SCOPED_TRACE(text);
    this->Check(text, "ja");
    this->Check(text, "en");
  }
}
TYPED_TEST(TokenizerContract, LongLineWithoutPunctuation) {
  std::string text;
  while (text.size() < 100 * 1024) text += "ダマスカスの郊外で戦闘が続き 反政府勢力は前進した、";
  this->Check(text, "ja");
}

}  // namespace
}  // namespace sitrep::text
