// The clause around a position, as the role plug-ins find it (ClauseBreaks):
// for Arabic and Indonesian from the pack's clause_break punctuation, the
// Arabic semicolon and question mark (two bytes each) included; for Japanese
// from its commas, full stop and quotation brackets. The clause runs from the
// end of the last break before the position to the first break after it. The
// breaks are indexed once per sentence and per thread; the alternating cases
// pin that a question about another sentence, another set of breaks, or the
// first sentence again never gets a stale answer.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/events/clause_breaks.h"
#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct ClauseCase {
  const char* lang;
  const char* sentence;
  const char* inside;        // a word of the sentence; its clause is asked for
  const char* clause_begins;  // the clause's text starts with this (after the break)
  const char* clause_ends;    // the clause's text ends with this (before the break)
};

std::string ClauseAround(const LanguageRules& rules, const std::string& s, const std::string& word) {
  const size_t at = s.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  const size_t begin = rules.ClauseStart(s, at);
  const size_t end = rules.ClauseEnd(s, at + word.size());
  EXPECT_LE(begin, end);
  return s.substr(begin, end - begin);
}

TEST(ClauseBreaksTest, TheClauseRunsFromTheLastBreakToTheNextOne) {
  const ClauseCase kCases[] = {
      {"ar", "قصفت الطائرات مدينة إدلب؛ وقال المرصد إن خمسة قتلوا.", "المرصد", " وقال", "قتلوا"},
      {"ar", "هل هاجم المسلحون قرية في دارفور؟ نفى الجيش ذلك.", "الجيش", " نفى", "ذلك"},
      {"ar", "هاجم مسلحون سوقا في مأرب: قتل ثلاثة", "مسلحون", "هاجم", "مأرب"},
      {"ar", "اندلعت اشتباكات عنيفة قرب الخرطوم مساء أمس", "الخرطوم", "اندلعت", "أمس"},
      {"id", "Tentara menyerang desa di Papua; tiga warga tewas.", "warga", " tiga", "tewas"},
      {"id", "Polisi menembak pengunjuk rasa di Dhaka. Dua orang luka.", "Polisi", "Polisi", "Dhaka"},
      {"id", "Pemberontak merebut kota itu tanpa perlawanan", "kota", "Pemberontak", "perlawanan"},
      {"ja", "政府軍は北部の町を砲撃し、住民三人が死亡した。", "住民", "住民", "した"},
      {"ja", "当局は「武装勢力が基地を襲った」と発表した", "基地", "武装勢力", "襲った"},
      {"ja", "反政府勢力が空港を制圧したと監視団体が明らかにした", "空港", "反政府勢力", "明らかにした"},
  };
  for (const auto& k : kCases) {
    const auto& rules = *testing::TablesFor(k.lang).rules;
    const std::string clause = ClauseAround(rules, k.sentence, k.inside);
    EXPECT_EQ(clause.rfind(k.clause_begins, 0), 0u) << k.sentence << " -> [" << clause << "]";
    const std::string ends = k.clause_ends;
    EXPECT_TRUE(clause.size() >= ends.size() && clause.compare(clause.size() - ends.size(), ends.size(), ends) == 0)
        << k.sentence << " -> [" << clause << "]";
  }
}

TEST(ClauseBreaksTest, AnotherSentenceNeverGetsTheLastOnesBreaks) {
  const auto& rules = *testing::TablesFor("ar").rules;
  const std::string with_break = "قصف الجيش حي الشعار؛ فر السكان";
  // The Arabic comma (as many bytes as the semicolon) is no clause break.
  const std::string without = "قصف الجيش حي الشعار، فر السكان";
  const std::string other_length = "فر السكان";
  ASSERT_EQ(with_break.size(), without.size());
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(rules.ClauseStart(with_break, with_break.find("السكان")), with_break.find("؛") + 2);
    EXPECT_EQ(rules.ClauseEnd(with_break, 0), with_break.find("؛"));
    // The same length in bytes is not the same sentence.
    EXPECT_EQ(rules.ClauseStart(without, without.find("السكان")), 0u);
    EXPECT_EQ(rules.ClauseEnd(without, 0), without.size());
    EXPECT_EQ(rules.ClauseStart(other_length, other_length.size()), 0u);
  }
}

TEST(ClauseBreaksTest, EdgesOfTheSentence) {
  const auto& rules = *testing::TablesFor("id").rules;
  const std::string s = "Serangan itu terjadi. Lalu sepi.";
  EXPECT_EQ(rules.ClauseStart(s, 0), 0u);
  EXPECT_EQ(rules.ClauseEnd(s, s.size()), s.size());
  // A break right at the position ends the clause there; one just before it starts it.
  const size_t dot = s.find('.');
  EXPECT_EQ(rules.ClauseEnd(s, dot), dot);
  EXPECT_EQ(rules.ClauseStart(s, dot + 1), dot + 1);
  EXPECT_EQ(rules.ClauseStart(s, dot), 0u);
  EXPECT_EQ(rules.ClauseStart(s, s.size() + 10), s.size());
  EXPECT_EQ(rules.ClauseStart("", 0), 0u);
  EXPECT_EQ(rules.ClauseEnd("", 0), 0u);
}

TEST(ClauseBreaksTest, EachSetOfBreaksHasItsOwnAnswer) {
  // Three sets asked in turn about one sentence: more sets than the cache keeps.
  const std::string s = "a; b, c: d";
  const std::vector<std::string_view> semicolon = {";"}, comma = {","}, colon = {":"}, two = {";", ":"};
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(ClauseBreakEndBefore(s, s.size(), semicolon), 2u);
    EXPECT_EQ(ClauseBreakEndBefore(s, s.size(), comma), 5u);
    EXPECT_EQ(ClauseBreakEndBefore(s, s.size(), colon), 8u);
    EXPECT_EQ(ClauseBreakEndBefore(s, 7, two), 2u);
    EXPECT_EQ(ClauseBreakAtOrAfter(s, 0, comma), 4u);
    EXPECT_EQ(ClauseBreakAtOrAfter(s, 0, two), 1u);
    EXPECT_EQ(ClauseBreakAtOrAfter(s, 2, two), 7u);
  }
  // Overlapping break words: the latest end wins, as a search per word gave.
  const std::vector<std::string_view> overlapping = {"--", "-"};
  EXPECT_EQ(ClauseBreakEndBefore("x--y", 3, overlapping), 3u);
  // A break that starts before the position counts in full, as it did.
  EXPECT_EQ(ClauseBreakEndBefore("x--y", 2, overlapping), 3u);
  EXPECT_EQ(ClauseBreakEndBefore("x--y", 1, overlapping), 0u);
  EXPECT_EQ(ClauseBreakAtOrAfter("x--y", 2, overlapping), 2u);
}

}  // namespace
}  // namespace sitrep::events
