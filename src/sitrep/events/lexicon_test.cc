// LastWords reads a text's tail backwards: it must agree with the tail of
// SplitWords on every shape of word boundary (hyphens, apostrophes, UTF-8,
// punctuation runs), in English, French, Indonesian and Arabic-script text.
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

}  // namespace
}  // namespace sitrep::events
