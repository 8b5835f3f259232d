// The grammars' first-token check (EnglishCanStart, JapaneseCanStart) is a
// speed change only: at every token it skips, the full rules must find
// nothing, with and without an anchor. Checked on sentences written here and
// on every text under testdata/events/wars/ (English and Japanese reports of
// many wars), so a rule added later that starts on another kind of token
// fails here instead of silently losing its matches.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/base/paths.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {
namespace {

using CanStartFn = bool (*)(const Tok&);

const Lexicon& LexiconOf(const std::string& lang) {
  static const Lexicon en = *Lexicon::Load(DataDir() + "/lang/en/timex.tsv");
  static const Lexicon ja = *Lexicon::Load(DataDir() + "/lang/ja/timex.tsv");
  return lang == "ja" ? ja : en;
}

// Returns how many tokens the check skipped; fails on a skipped token where
// the rules match.
size_t CheckSkipsFindNothing(const std::string& text, const std::string& lang) {
  const Lexicon& lex = LexiconOf(lang);
  const GrammarFn rules = lang == "ja" ? &MatchJapaneseRules : &MatchEnglishRules;
  const CanStartFn can_start = lang == "ja" ? &JapaneseCanStart : &EnglishCanStart;
  const std::vector<Tok> toks = Scan(text, lex);
  const Resolver anchored(Date::Parse("2024-06-15"));
  const Resolver none(std::nullopt);
  size_t skipped = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (can_start(toks[i])) continue;
    ++skipped;
    for (const Resolver* r : {&anchored, &none}) {
      const auto m = rules(toks, i, text, *r, lex);
      EXPECT_FALSE(m.has_value()) << lang << " token '" << toks[i].text << "' at byte "
                                  << toks[i].begin << " starts '" << (m ? m->value : "") << "'";
    }
  }
  return skipped;
}

TEST(GrammarPrefilterTest, EnglishSkippedTokensStartNothing) {
  const char* texts[] = {
      "Shelling hit Kharkiv on Tuesday morning, two days after the ceasefire of 3 March 2022 "
      "collapsed; the mayor said that the previous year had been worse.",
      "In mid-November, fighters of the group seized Menaka for the second time this year, "
      "nearly three weeks after the army left, and held it until the end of the month.",
      "The militia, active since the 1990s and in the '80s, attacked a convoy near Goma at "
      "5 p.m. EST, some 40 years old rifles were found; fiscal 2023 figures came out in Q3.",
      "Airstrikes on Sanaa continued every night for the past six months, the same day as the "
      "talks in Muscat, and again on 12/05/2023 and on the 4th.",
      "Protesters gathered in Dhaka last week and that year; half of them returned next Friday.",
      "s 's The a an of and year quarter earlier end",
      "Officials said the convoy will reach Juba within 48 hours; about 300 people, some "
      "2,000 by other counts, fled before the vote, when a photo credit read 10-year-old, and "
      "the fiscal year ended June 30 after US$ 5 million was paid at 9 a.m. GMT.",
  };
  size_t skipped = 0;
  for (const char* t : texts) skipped += CheckSkipsFindNothing(t, "en");
  EXPECT_GT(skipped, 30u);  // the plain words
}

TEST(GrammarPrefilterTest, JapaneseSkippedTokensStartNothing) {
  const char* texts[] = {
      "ロシア軍は2022年3月3日午前、ハルキウを砲撃した。翌日にはスムイでも戦闘があった。",
      "国軍は先週、ラカイン州の村を空爆し、この3か月で住民約2万人が避難した。",
      "武装勢力は昨年12月、マリ北部のメナカを襲撃した。同じ日、ガオでも爆発があった。",
      "令和5年の第3四半期には、サヌアで毎晩のように空爆が続いた。",
  };
  size_t skipped = 0;
  for (const char* t : texts) skipped += CheckSkipsFindNothing(t, "ja");
  EXPECT_GT(skipped, 50u);
}

TEST(GrammarPrefilterTest, WarCorpusSkippedTokensStartNothing) {
  const std::filesystem::path dir = ProjectRoot() + "/testdata/events/wars";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const bool en = name.ends_with("_en.txt"), ja = name.ends_with("_ja.txt");
    if (!en && !ja) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    SCOPED_TRACE(name);
    CheckSkipsFindNothing(ss.str(), ja ? "ja" : "en");
    ++files;
  }
  EXPECT_GT(files, 10u);
}

}  // namespace
}  // namespace sitrep::time
