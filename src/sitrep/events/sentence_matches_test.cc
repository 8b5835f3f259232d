// SentenceMatches gives Lexicon::Find's answers, in spaced and unspaced
// modes, whichever lexicon is asked first, and starts afresh on another text.
#include "sitrep/events/sentence_matches.h"

#include <gtest/gtest.h>

namespace sitrep::events {
namespace {

std::string Show(const std::vector<LexiconMatch>& found) {
  std::string out;
  for (const auto& m : found) out += std::to_string(m.begin) + "-" + std::to_string(m.end) + "#" + std::to_string(m.entry) + " ";
  return out;
}

struct Case {
  bool spaced;
  std::vector<std::string> cues, nouns;  // two tables asked about one sentence
  std::vector<std::string> texts;
};

TEST(SentenceMatchesTest, AnswersAsFindDoesForEveryTableAndText) {
  const Case cases[] = {
      {true, {"would", "may ... attack*", "since"}, {"soldier*", "civilians"},
       {"Rebels may soon attack Goma, and soldiers would follow since May.",
        "Civilians have fled Kharkiv since Monday; no soldiers were seen."}},
      {false, {"可能性", "以来"}, {"兵士", "住民"},
       {"武装勢力がゴマを攻撃する可能性があり、兵士と住民が避難した。", "侵攻以来、兵士が死亡した。"}},
  };
  for (const Case& c : cases) {
    std::vector<LexiconEntry> cue_rows, noun_rows;
    for (const auto& p : c.cues) cue_rows.push_back({p, {}});
    for (const auto& p : c.nouns) noun_rows.push_back({p, {}});
    const Lexicon cues = Lexicon::FromEntries(cue_rows, c.spaced);
    const Lexicon nouns = Lexicon::FromEntries(noun_rows, c.spaced);
    SentenceMatches memo;
    for (const std::string& text : c.texts) {
      for (int round = 0; round < 2; ++round) {  // the second round is answered from memory
        EXPECT_EQ(Show(memo.Of(nouns, text)), Show(nouns.Find(text))) << text;
        EXPECT_EQ(Show(memo.Of(cues, text)), Show(cues.Find(text))) << text;
      }
      EXPECT_FALSE(memo.Of(cues, text).empty()) << text;
      EXPECT_TRUE(memo.Contains(nouns, text)) << text;
      EXPECT_EQ(memo.TemporaryContains(Lexicon::FromEntries({{c.nouns[1], {}}}, c.spaced), text),
                Lexicon::FromEntries({{c.nouns[1], {}}}, c.spaced).Contains(text))
          << text;
      for (const std::string& phrase : c.cues) {
        for (int round = 0; round < 2; ++round) {  // the second answer is remembered
          EXPECT_EQ(memo.ContainsPhrase(phrase, c.spaced, nullptr, text),
                    Lexicon::FromEntries({{phrase, {}}}, c.spaced).Contains(text))
              << phrase << " in " << text;
        }
      }
    }
  }
}

}  // namespace
}  // namespace sitrep::events
