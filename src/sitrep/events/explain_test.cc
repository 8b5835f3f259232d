// `extract --explain`: the account of each record names its trigger, its
// sentence and the rules that shaped it, and every dropped candidate names
// the guard that dropped it, in each language with role rules.
#include "sitrep/events/explain.h"

#include <gtest/gtest.h>

#include <sstream>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

struct ExplainRow {
  const char* lang;
  const char* text;
  std::vector<const char*> expected;  // lines (or parts of lines) the account holds
};

void PrintTo(const ExplainRow& r, std::ostream* os) { *os << r.text; }

const ExplainRow kRows[] = {
    {"en",
     "Rebels shelled Goma on Monday, killing 4 civilians.\n"
     "The government condemned the attack on Goma.",
     {"1 record", "Shelling/artillery/missile attack (Explosions/Remote violence)",
      "place Goma (geo_precision 1)", "why: trigger 'shelled'",
      "sentence: Rebels shelled Goma on Monday", "('attack', sentence 2): reference"}},
    {"en",
     "Gunmen attacked a convoy near Gao on Friday.\n"
     "The attack on the convoy near Gao left 3 soldiers dead.",
     {"1 record", "also reported: The attack on the convoy near Gao", "merged with the report in sentence 2"}},
    {"en", "The army could capture Mosul within days.", {"0 records", "irrealis"}},
    {"ja", "ロシア軍はハルキウの住宅地を砲撃した。",
     {"1 record", "Shelling/artillery/missile attack", "place Kharkiv", "why: trigger '砲撃'"}},
    {"ja", "反政府勢力はアレッポを占領するだろう。", {"0 records", "irrealis"}},
};

class ExplainTest : public ::testing::TestWithParam<ExplainRow> {};

TEST_P(ExplainTest, NamesTriggerSentenceRulesAndGuards) {
  const ExplainRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang, "2024-03-15");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  std::ostringstream out;
  WriteExplanation(doc, out);
  for (const char* want : r.expected) EXPECT_NE(out.str().find(want), std::string::npos) << want << "\n" << out.str();
}

INSTANTIATE_TEST_SUITE_P(Rows, ExplainTest, ::testing::ValuesIn(kRows));

TEST(ExplainTest, InputControlsAreEscaped) {
  auto doc = sitrep::testing::MakeDocument("Rebels shelled Goma\x1b[31m on Monday.", "en", "2024-03-15");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  std::ostringstream out;
  WriteExplanation(doc, out);
  EXPECT_EQ(out.str().find('\x1b'), std::string::npos) << out.str();
}

}  // namespace
}  // namespace sitrep::events
