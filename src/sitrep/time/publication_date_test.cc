// Publication-date inference, table-driven in English and Japanese: leading
// dates, dateline dates, the latest date of a deictic text, captions never,
// and nothing when nothing dates the text. Texts written for these tests.
#include "sitrep/time/publication_date.h"

#include <gtest/gtest.h>

#include "sitrep/time/timex_cases_internal.h"

namespace sitrep::time {
namespace {

struct InferCase {
  const char* lang;
  const char* text;
  const char* published;  // "" = nothing inferred
  const char* anchored;   // a timex surface and the value it must get ("" = not checked)
  const char* value = "";
};

void PrintTo(const InferCase& c, std::ostream* os) { *os << c.text; }

const InferCase kCases[] = {
    // Rule 1: a leading date line.
    {"en", "2025-04-01\n\nGangs raided a town on Monday.", "2025-04-01", "Monday", "2025-03-31"},
    {"en", "14.02.2025\nShelling hit the port on Thursday.", "2025-02-14", "Thursday", "2025-02-13"},
    {"en", "2025.02.14 08:30\nA drone struck a car on Wednesday.", "2025-02-14", "Wednesday", "2025-02-12"},
    {"en", "Border town falls to rebels\n03/09/2025\nRebels took the town on Friday.", "2025-03-09", "", ""},
    {"ja", "2025年1月26日 09:40\n\n病院が25日、攻撃を受けた。", "2025-01-26", "25日", "2025-01-25"},
    {"ja", "【キーウ＝共同】2025年4月15日\n\n14日朝、ミサイルが着弾した。", "2025-04-15", "", ""},
    {"ja", "2025-04-01\n\n3月31日、ギャングが町を制圧した。", "2025-04-01", "3月31日", "2025-03-31"},
    // Rule 2: a dateline with a full date.
    {"en", "Port attacked\n\nSANAA, 14.02.2025 - Missiles were fired on Thursday.", "2025-02-14", "Thursday", "2025-02-13"},
    {"en", "KYIV, April 15, 2025 (Sitrep Wire) - Drones hit the city on Monday.", "2025-04-15", "Monday", "2025-04-14"},
    // A dateline's place in title case, a few words before the comma.
    {"en", "Bombs hit a market\n\nMaiduguri, 14.03.2025 - Two bombs exploded on Thursday.", "2025-03-14", "Thursday", "2025-03-13"},
    {"en", "Port Sudan, 02.05.2025 – Drones struck the port on Sunday.", "2025-05-02", "Sunday", "2025-04-27"},
    // A sentence is not a dateline, whatever its dashes.
    {"en", "Rebels said, on 14.03.2025 - the day the truce ended - that they took a town.", "", "", ""},
    // Rule 3: a deictic text's latest full date; a caption's date never.
    {"en", "Fighting resumed on Monday near the dam, which fell on 3 March 2025.", "2025-03-03", "", ""},
    {"en", "Fighting resumed on Monday near the dam.\nPhoto: Smoke over the dam, 3 February 2025.", "", "", ""},
    {"ja", "北部で戦闘が続いている。\n写真：2025年2月3日、煙が上がる港", "", "", ""},
    // Nothing dates these: relative dates stay unresolved.
    {"en", "Militants attacked a base on Sunday, killing dozens.", "", "Sunday", "XXXX-XX-XX"},
    {"ja", "ジボで1日、基地が襲撃された。", "", "", ""},
    // A date opening a long sentence is not a leading date line.
    {"en", "On 2 May 2025 the court ruled that the ban was lawful and would stay.", "", "", ""},
};

class PublicationDateTest : public ::testing::TestWithParam<InferCase> {};

TEST_P(PublicationDateTest, InfersFromTheText) {
  const InferCase& c = GetParam();
  const document::Document doc = AnnotateText(c.text, c.lang, "");
  EXPECT_EQ(doc.published, c.published);
  if (*c.published) {
    EXPECT_EQ(doc.published_source, document::PublishedSource::kInferred);
  } else {
    bool said = false;
    for (const auto& d : doc.diagnostics) said |= d.message.find("no publication date") != std::string::npos;
    EXPECT_TRUE(said) << "a document nothing dates gets a diagnostic";
  }
  if (*c.anchored) {
    const document::TimeExpr* t = nullptr;
    for (const auto& x : doc.timexes)
      if (x.text == c.anchored) t = &x;
    ASSERT_NE(t, nullptr) << c.anchored;
    EXPECT_EQ(t->value, c.value);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, PublicationDateTest, ::testing::ValuesIn(kCases));

struct NumericCase {
  const char* text;
  const char* order;
  const char* date;  // "" = not a numeric date
};

TEST(NumericDateAtTest, ReadsIsoDottedAndSlashedForms) {
  const NumericCase kNumeric[] = {
      {"2025-04-01", "mdy", "2025-04-01"}, {"2025.02.14", "mdy", "2025-02-14"},
      {"2025/2/14", "mdy", "2025-02-14"},  {"14.02.2025", "mdy", "2025-02-14"},
      {"02/14/2025", "mdy", "2025-02-14"}, {"03/09/2025", "dmy", "2025-09-03"},
      {"14/02/2025", "mdy", "2025-02-14"}, {"31.02.2025", "dmy", ""},
      {"1.5.3", "mdy", ""},                {"12345-01-01", "mdy", ""},
      {"2025-04-011", "mdy", ""},
  };
  for (const auto& c : kNumeric) {
    size_t end = 0;
    const auto d = NumericDateAt(c.text, 0, c.order, end);
    EXPECT_EQ(d ? d->ToString() : "", c.date) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::time
