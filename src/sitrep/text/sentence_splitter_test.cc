// Tests for sentence segmentation: ICU plus the quote, abbreviation and line
// rules, in English and Japanese, and paragraph numbering.
#include "sitrep/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include "sitrep/testing/fixtures.h"

namespace sitrep::text {
namespace {

using Pieces = std::vector<std::pair<std::string, int>>;  // surface, paragraph

Pieces SplitText(const std::string& text, const std::string& lang) {
  static const auto* splitter = [] {
    auto s = SentenceSplitter::Create();
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.value().release();
  }();
  auto sentences = splitter->Split(text, lang);
  EXPECT_TRUE(sentences.ok()) << sentences.status().ToString();
  Pieces out;
  for (const auto& s : *sentences) {
    out.emplace_back(text.substr(s.span.begin, s.span.size()), s.paragraph);
  }
  return out;
}

std::vector<std::string> Surfaces(const Pieces& p) {
  std::vector<std::string> out;
  for (const auto& [s, para] : p) out.push_back(s);
  return out;
}

struct SplitCase {
  const char* name;
  const char* lang;
  const char* text;
  std::vector<std::string> sentences;
};

class SplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitTest, Splits) {
  const SplitCase& c = GetParam();
  EXPECT_EQ(Surfaces(SplitText(c.text, c.lang)), c.sentences);
}

INSTANTIATE_TEST_SUITE_P(
    English, SplitTest,
    ::testing::Values(
        SplitCase{"Plain",
                  "en",
                  "Rebels took Qara. The army withdrew!  Why?",
                  {"Rebels took Qara.", "The army withdrew!", "Why?"}},
        SplitCase{"Rank",
                  "en",
                  "Gen. Badi Ali led the assault. Rebels fled.",
                  {"Gen. Badi Ali led the assault.", "Rebels fled."}},
        SplitCase{"NumberAbbreviation",
                  "en",
                  "Brigade No. 3 held the town. It fell.",
                  {"Brigade No. 3 held the town.", "It fell."}},
        SplitCase{"NoIsAWord", "en", "He said No. Then he left.", {"He said No.", "Then he left."}},
        SplitCase{"DottedAcronym",
                  "en",
                  "The U.S. Army arrived. Fighting began.",
                  {"The U.S. Army arrived.", "Fighting began."}},
        SplitCase{"Initial",
                  "en",
                  "John F. Kennedy spoke. Others listened.",
                  {"John F. Kennedy spoke.", "Others listened."}},
        SplitCase{"TitlesAndMonths",
                  "en",
                  "Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.",
                  {"Mr. Smith met Dr. Jones on Jan. 5 in St. Louis."}},
        SplitCase{"InsideParentheses",
                  "en",
                  "Rebels (about 2,000 fighters. Some say more) left.",
                  {"Rebels (about 2,000 fighters. Some say more) left."}},
        SplitCase{"EveryLineIsASentence",
                  "en",
                  "Belligerents\nSyrian Arab Republic\n\nHezbollah",
                  {"Belligerents", "Syrian Arab Republic", "Hezbollah"}},
        SplitCase{"TrimsAndCrlf",
                  "en",
                  "  Hello world.  \r\n\t Next line.  \r\n",
                  {"Hello world.", "Next line."}},
        SplitCase{"UrlInsideSentence",
                  "en",
                  "See https://example.org/a?b=c.d for more. Next.",
                  {"See https://example.org/a?b=c.d for more.", "Next."}},
        SplitCase{"EmptyAndBlank", "en", " \n\r\n ", {}},
        SplitCase{"UnknownLanguageUsesEnglishList",
                  "",
                  "Gen. Ali left. Done.",
                  {"Gen. Ali left.", "Done."}}),
    [](const auto& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Japanese, SplitTest,
    ::testing::Values(SplitCase{"Plain",
                                "ja",
                                "反政府勢力が前進した。政府軍は撤退した。",
                                {"反政府勢力が前進した。", "政府軍は撤退した。"}},
                      SplitCase{"ExclamationQuestion",
                                "ja",
                                "本当か？そうだ！終わり。",
                                {"本当か？", "そうだ！", "終わり。"}},
                      SplitCase{"PeriodInsideQuote",
                                "ja",
                                "「我々は勝った。町を守る」と司令官は述べた。次の文。",
                                {"「我々は勝った。町を守る」と司令官は述べた。", "次の文。"}},
                      SplitCase{"QuoteEndsWithPeriodThenParticle",
                                "ja",
                                "「撤退した。」と述べた。次。",
                                {"「撤退した。」と述べた。", "次。"}},
                      SplitCase{"ClosingQuoteStaysWithSentence",
                                "ja",
                                "彼は言った。「撤退した。」次の文。",
                                {"彼は言った。", "「撤退した。」", "次の文。"}},
                      SplitCase{"NestedQuotes",
                                "ja",
                                "「『止まれ。』と叫んだ。」と語った。",
                                {"「『止まれ。』と叫んだ。」と語った。"}},
                      SplitCase{"UnmatchedOpenerIgnored",
                                "ja",
                                "「開始した。次へ進む。",
                                {"「開始した。", "次へ進む。"}},
                      SplitCase{"HeadlineWithoutPeriod",
                                "ja",
                                "見出しの行\n本文です。続き。",
                                {"見出しの行", "本文です。", "続き。"}},
                      SplitCase{
                          "FullWidthSpaceTrimmed", "ja", "　字下げの段落。\n", {"字下げの段落。"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Paragraphs, LinesStartParagraphsUnlessSoftWrapped) {
  const Pieces p = SplitText(
      "Title line\n"
      "Rebels advanced toward the\n"
      "city and took it. They held it.\n"
      "\n"
      "Another paragraph.\n"
      "Next line, Capitalized.\n",
      "en");
  const Pieces want = {{"Title line", 0},         {"Rebels advanced toward the", 1},
                       {"city and took it.", 1},  {"They held it.", 1},
                       {"Another paragraph.", 2}, {"Next line, Capitalized.", 3}};
  EXPECT_EQ(p, want);
}

TEST(Seeds, EnglishInfoboxLinesAndAbbreviations) {
  const std::string text = sitrep::testing::ReadTestData(sitrep::testing::kEnglishSeed);
  const Pieces p = SplitText(text, "en");
  const std::vector<std::string> s = Surfaces(p);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front(), "Battle of Qalamoun (2013–2014)");
  EXPECT_NE(std::find(s.begin(), s.end(), "Gen. Badi Ali"), s.end());
  EXPECT_NE(std::find(s.begin(), s.end(), "Belligerents"), s.end());
  for (const std::string& one : s) {
    EXPECT_EQ(one.find('\n'), std::string::npos) << one;
    EXPECT_NE(one, "Gen.");
  }
  // The lead paragraph: four sentences, one paragraph.
  int lead = -1, in_lead = 0;
  for (const auto& [surface, para] : p) {
    if (surface.rfind("The Battle of Qalamoun started", 0) == 0) lead = para;
    if (para == lead) ++in_lead;
  }
  EXPECT_EQ(in_lead, 4);
}

TEST(Seeds, JapaneseSentencesStayInsideLines) {
  const std::string text = sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed);
  const Pieces p = SplitText(text, "ja");
  size_t lines = 0, periods = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t nl = std::min(text.find('\n', pos), text.size());
    if (nl > pos) ++lines;
    pos = nl + 1;
  }
  for (size_t pos = 0; (pos = text.find("。", pos)) != std::string::npos; pos += 3) ++periods;
  EXPECT_GE(p.size(), lines);            // every line is at least one sentence
  EXPECT_LE(p.size(), lines + periods);  // and only 。 (or ！？) splits a line
  EXPECT_GT(p.size(), lines);            // some lines hold two sentences
  for (const auto& [surface, para] : p) {
    EXPECT_EQ(surface.find('\n'), std::string::npos);
    const size_t period = surface.find("。");
    EXPECT_TRUE(period == std::string::npos || period + 3 == surface.size() ||
                surface.find("「") != std::string::npos)
        << "a 。 inside a sentence outside quotes: " << surface;
  }
  EXPECT_EQ(p.front().first,
            "シリアの反政府勢力がダマスカスに入り、バッシャール・アル・アサドの像を破壊する");
}

}  // namespace
}  // namespace sitrep::text

namespace sitrep::text {
namespace {

// Rule 6: a run-on text with no sentence punctuation is cut into pieces of at
// most kMaxSentenceBytes, at a space or comma when there is one, never inside
// a UTF-8 sequence; the pieces cover the text; a normal sentence is not cut.
TEST(LongSentences, AreCutIntoBoundedPieces) {
  struct Case {
    const char* lang;
    std::string unit;   // repeated past several bounds
    bool has_breaks;    // spaces or commas to cut at
  };
  const Case cases[] = {
      {"en", "militias clashed with the army near Beni and ", true},
      {"fr", "les rebelles ont attaqué Gao, ", true},
      {"ja", "アレッポ近郊で政府軍と反政府勢力が衝突し", false},
      {"ja", "ハリコフで砲撃があり、", true},
      {"ar", "وهاجم المسلحون بلدة حمص و", true},
  };
  auto splitter = SentenceSplitter::Create();
  ASSERT_TRUE(splitter.ok());
  const size_t max = SentenceSplitter::kMaxSentenceBytes;
  for (const Case& c : cases) {
    std::string text;
    while (text.size() < 5 * max) text += c.unit;
    size_t cut = 0;
    auto sentences = (*splitter)->Split(text, c.lang, &cut);
    ASSERT_TRUE(sentences.ok());
    EXPECT_EQ(cut, 1u) << c.lang;
    ASSERT_GE(sentences->size(), 5u) << c.lang;
    size_t covered = 0;
    for (const auto& s : *sentences) {
      EXPECT_LE(s.span.size(), max) << c.lang;
      if (&s != &sentences->back()) {  // cut in the piece's second half
        EXPECT_GE(s.span.size(), c.has_breaks ? max / 2 - c.unit.size() : max - 3) << c.lang;
      }
      EXPECT_NE(static_cast<unsigned char>(text[s.span.begin]) & 0xC0, 0x80) << c.lang;
      if (s.span.end < text.size()) {
        EXPECT_NE(static_cast<unsigned char>(text[s.span.end]) & 0xC0, 0x80) << c.lang;
      }
      covered += s.span.size();
    }
    EXPECT_GE(covered + 2 * sentences->size(), text.size() - 1) << c.lang;  // only spaces lost
  }
  size_t cut = 7;
  auto normal = (*splitter)->Split("Rebels shelled Kherson. Protesters met in Dakar.", "en", &cut);
  ASSERT_TRUE(normal.ok());
  EXPECT_EQ(normal->size(), 2u);
  EXPECT_EQ(cut, 0u);
}

}  // namespace
}  // namespace sitrep::text
