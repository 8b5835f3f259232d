// LastWords reads a text's tail backwards: it must agree with the tail of
// SplitWords on every shape of word boundary (hyphens, apostrophes, UTF-8,
// punctuation runs), in English, French, Indonesian and Arabic-script text.
// Find remembers the words of the last texts it split: it must answer from the
// text's bytes, never from where they lie.
#include "sitrep/events/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::events {
namespace {

std::vector<std::string> Lowers(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& w : words) out.push_back(w.lower + "@" + std::to_string(w.begin));
  return out;
}

TEST(LastWordsTest, IsTheReversedTailOfSplitWords) {
  const std::vector<std::string> texts = {
      "",
      "   ",
      "Rebels shelled the town of Kherson",
      "forces entered the northern city of Mosul's outskirts -- ",
      "an ex-soldier's   well-known 'claim' --- ",
      "l'armée a bombardé la ville de Gao,",
      "pasukan menyerang desa di Papua; ",
      "قصفت القوات مدينة حلب",
      "--- '' - ",
      "trailing-",
  };
  for (const std::string& t : texts) {
    std::vector<Word> all = SplitWords(t);
    for (size_t n = 0; n <= all.size() + 2; ++n) {
      std::vector<Word> want(all.rbegin(), all.rbegin() + std::min(n, all.size()));
      EXPECT_EQ(Lowers(LastWords(t, n)), Lowers(want)) << "'" << t << "' n=" << n;
    }
  }
}

// A mention at the end of a very long sentence: only the words asked for are
// returned, however long the text before them.
TEST(LastWordsTest, ReadsOnlyTheWordsAskedFor) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "militias clashed near Beni and ";
  text += "the town of";
  const std::vector<Word> words = LastWords(text, 3);
  EXPECT_EQ(Lowers(words), (std::vector<std::string>{
                               "of@" + std::to_string(text.size() - 2),
                               "town@" + std::to_string(text.size() - 7),
                               "the@" + std::to_string(text.size() - 11)}));
}

std::vector<std::string> Matched(const Lexicon& lex, std::string_view text) {
  std::vector<std::string> out;
  for (const LexiconMatch& m : lex.Find(text)) out.emplace_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

TEST(LexiconFindTest, AnswersFromTheTextNotFromWhereItLies) {
  const Lexicon shelling = Lexicon::FromEntries({{"shelled", {"x"}}, {"shelled the town", {"y"}}}, true);
  const Lexicon clashes = Lexicon::FromEntries({{"clashed", {"x"}}}, true);
  // One buffer, rewritten in place with texts of the same length.
  std::string buffer = "rebels shelled the town of Kherson";
  EXPECT_EQ(Matched(shelling, buffer), (std::vector<std::string>{"shelled the town", "shelled"}));
  EXPECT_TRUE(Matched(clashes, buffer).empty());  // the same text in another table
  buffer.replace(0, buffer.size(), "troops clashed near the town Bunia");
  ASSERT_EQ(buffer.size(), std::string("rebels shelled the town of Kherson").size());
  EXPECT_TRUE(Matched(shelling, buffer).empty());
  EXPECT_EQ(Matched(clashes, buffer), (std::vector<std::string>{"clashed"}));
  // More texts than are remembered, then the first again.
  for (const char* t : {"a clash", "another clash", "shelling", "more shelling", "a fifth text"}) {
    EXPECT_TRUE(Matched(clashes, t).empty()) << t;
  }
  buffer = "rebels shelled the town of Kherson";
  EXPECT_EQ(Matched(shelling, buffer), (std::vector<std::string>{"shelled the town", "shelled"}));
  // A text longer than any sentence is split each time and answers the same.
  std::string long_text;
  while (long_text.size() < 20000) long_text += "militias clashed near Beni and ";
  EXPECT_EQ(Matched(clashes, long_text).size(), Matched(clashes, long_text).size());
  EXPECT_EQ(Matched(clashes, long_text).front(), "clashed");
}

}  // namespace
}  // namespace sitrep::events
