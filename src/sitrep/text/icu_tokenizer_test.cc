// ICU tokenizer tests: token classes and surfaces in English, Arabic and mixed text.
#include "sitrep/text/icu_tokenizer.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;  // surface, pos

Pairs Tokens(const std::string& text, const std::string& lang) {
  IcuTokenizer tokenizer;
  std::vector<document::Token> out;
  EXPECT_TRUE(tokenizer.Tokenize(text, {{{0, text.size()}, 0}}, lang, out).ok());
  Pairs p;
  for (const auto& t : out) p.emplace_back(text.substr(t.span.begin, t.span.size()), t.pos);
  return p;
}

struct IcuCase {
  const char* name;
  const char* lang;
  const char* text;
  Pairs tokens;
};

class IcuTokenizerTest : public ::testing::TestWithParam<IcuCase> {};

TEST_P(IcuTokenizerTest, Tokenizes) {
  EXPECT_EQ(Tokens(GetParam().text, GetParam().lang), GetParam().tokens);
}

INSTANTIATE_TEST_SUITE_P(
    Table, IcuTokenizerTest,
    ::testing::Values(IcuCase{"English",
                              "en",
                              "About 2,000 troops fled to Iraq.",
                              {{"About", "WORD"},
                               {"2,000", "NUM"},
                               {"troops", "WORD"},
                               {"fled", "WORD"},
                               {"to", "WORD"},
                               {"Iraq", "WORD"},
                               {".", "PUNCT"}}},
                      IcuCase{"HyphenAndApostrophe",
                              "en",
                              "Al-Nusra's (WIA)",
                              {{"Al", "WORD"},
                               {"-", "PUNCT"},
                               {"Nusra's", "WORD"},
                               {"(", "PUNCT"},
                               {"WIA", "WORD"},
                               {")", "PUNCT"}}},
                      IcuCase{"Arabic",
                              "ar",
                              "دخلت المعارضة حمص، ٢٠٠٠ جندي.",
                              {{"دخلت", "WORD"},
                               {"المعارضة", "WORD"},
                               {"حمص", "WORD"},
                               {"،", "PUNCT"},
                               {"٢٠٠٠", "NUM"},
                               {"جندي", "WORD"},
                               {".", "PUNCT"}}},
                      IcuCase{"Emoji",
                              "en",
                              "win 👍🏽 now",
                              {{"win", "WORD"}, {"👍🏽", "SYM"}, {"now", "WORD"}}},
                      IcuCase{"Decimal", "en", "3.5 km", {{"3.5", "NUM"}, {"km", "WORD"}}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace sitrep::text
