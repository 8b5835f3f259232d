// Lexicon::LongestMatch keeps its surfaces by their first bytes (a whole
// character, or two ASCII letters) for speed; these tests check it against a
// plain longest-first search over every length, at every position of texts
// in several scripts, with surfaces one byte, one character and several
// characters long that share their first byte or first character.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/base/file.h"
#include "sitrep/base/paths.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {
namespace {

// The surfaces of `tsv`, lowered as Lexicon lowers them.
std::vector<std::string> Surfaces(const std::string& tsv) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p < tsv.size()) {
    size_t e = tsv.find('\n', p);
    if (e == std::string::npos) e = tsv.size();
    const std::string line = tsv.substr(p, e - p);
    p = e + 1;
    const size_t t1 = line.find('\t');
    if (line.empty() || line[0] == '#' || t1 == std::string::npos) continue;
    const size_t t2 = line.find('\t', t1 + 1);
    std::string s = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (!s.empty()) out.push_back(s);
  }
  return out;
}

bool LatinOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Longest surface at `pos` by trying every surface: the reference. Only the
// Latin word-boundary rules are applied (the texts below have no Arabic).
size_t ReferenceLength(const std::vector<std::string>& surfaces, std::string_view lower,
                       size_t pos) {
  size_t best = 0;
  for (const std::string& s : surfaces) {
    if (s.size() <= best || lower.substr(pos, s.size()) != s) continue;
    const size_t end = pos + s.size();
    if (LatinOrDigit(s.back()) && end < lower.size() && LatinOrDigit(lower[end])) continue;
    const bool alpha = (lower[pos] >= 'a' && lower[pos] <= 'z');
    if (alpha && pos > 0 && lower[pos - 1] >= 'a' && lower[pos - 1] <= 'z') continue;
    best = s.size();
  }
  return best;
}

void ExpectSameAsReference(const Lexicon& lex, const std::vector<std::string>& surfaces,
                           const std::string& text) {
  std::string lower = text;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (size_t pos = 0; pos < lower.size(); ++pos) {
    size_t len = 0;
    const auto* found = lex.LongestMatch(lower, pos, len);
    const size_t want = ReferenceLength(surfaces, lower, pos);
    EXPECT_EQ(found ? len : 0, want) << "at byte " << pos << " of '" << text << "'";
  }
}

TEST(LexiconLongestMatchTest, SameAsTryingEverySurface) {
  const std::string tsv =
      "unit\tday\tD\n"
      "unit\tdays\tD\n"
      "relday\tyesterday\t-1\n"
      "month\tmay\t5\n"
      "month\tmarch\t3\n"
      "misc\tm\tx\n"
      "misc\ta\tx\n"
      "misc\tab\tx\n"
      "misc\tday before\tx\n"
      "sym\t-\tx\n"
      "sym\t--\tx\n"
      "unit\t日\tD\n"
      "unit\t日間\tPD\n"
      "relday\t昨日\t-1\n"
      "relday\t一昨日\t-2\n"
      "misc\t日本\tx\n"
      "misc\t昨\tx\n"
      "datepart\t年\tY\n"
      "datepart\t年度\tFY\n"
      "misc\té\tx\n"
      "misc\tété\tx\n";
  const Lexicon lex = Lexicon::FromString(tsv);
  const std::vector<std::string> surfaces = Surfaces(tsv);
  for (const std::string text :
       {"The day before yesterday, two days of shelling in May and March -- a lull.",
        "Maybe ab abc aday MAY-day m a 5 days",
        "昨日、一昨日、日本の3日間、2024年度と昨年",
        "L'été à Gao: é, été, étés",
        "mixed 日間 day 昨日x"}) {
    ExpectSameAsReference(lex, surfaces, text);
  }
}

TEST(LexiconLongestMatchTest, RealLexiconsSameAsTryingEverySurface) {
  for (const std::string lang : {"en", "ja"}) {
    const auto read = ReadFile(DataDir() + "/lang/" + lang + "/timex.tsv");
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    const std::string& text = *read;
    const Lexicon lex = Lexicon::FromString(text);
    const std::vector<std::string> surfaces = Surfaces(text);
    ASSERT_GT(surfaces.size(), 50u) << lang;
    ExpectSameAsReference(lex, surfaces,
                          lang == "en"
                              ? "Since last Tuesday, three weeks after the 2014 truce, fighting "
                                "near Aleppo went on every night until mid-October."
                              : "先月下旬から3週間、毎晩のようにハルツームで戦闘が続き、今年"
                                "10月には停戦が発効した。");
  }
}

// Settings are read from a short list, not the surface table: the first
// "setting" row of a name wins, a word of another category with the same
// surface is no setting, and Setting lowers the name it is asked for.
TEST(LexiconSettingTest, FirstSettingRowOfTheName) {
  const Lexicon lex = Lexicon::FromString(
      "unit\tnumeric_order\tX\n"
      "setting\tNumeric_Order\tdmy\n"
      "setting\tnumeric_order\tmdy\n"
      "setting\tweek_start\tmonday\n");
  ASSERT_NE(lex.FindSetting("numeric_order"), nullptr);
  EXPECT_EQ(*lex.FindSetting("numeric_order"), "dmy");
  EXPECT_EQ(lex.Setting("NUMERIC_ORDER", "ymd"), "dmy");
  EXPECT_EQ(lex.Setting("week_start", ""), "monday");
  EXPECT_EQ(lex.FindSetting("unit"), nullptr);
  EXPECT_EQ(lex.Setting("calendar", "gregorian"), "gregorian");
}

}  // namespace
}  // namespace sitrep::time
