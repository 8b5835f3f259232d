// Tests of event dating: TIMEX3 values to ACLED date/precision, the governing
// timex of a sentence, and the publication-date fallbacks.
#include "sitrep/time/event_date.h"

#include <gtest/gtest.h>

#include "sitrep/time/timex_cases_internal.h"

namespace sitrep::time {
namespace {

struct ValueCase {
  const char* value;
  const char* date;      // "" = no date
  const char* date_end;  // "" = none
  int precision;
};

const ValueCase kValues[] = {
    {"2024-12-06", "2024-12-06", "", 1},
    {"2024-12-06TNI", "2024-12-06", "", 1},
    {"2024-12-07T10:30", "2024-12-07", "", 1},
    {"2024-W48", "2024-11-25", "2024-12-01", 2},
    {"2022-W52", "2022-12-26", "2023-01-01", 2},
    {"2020-W53", "2020-12-28", "2021-01-03", 2},
    {"2024-W48-WE", "2024-11-30", "2024-12-01", 2},
    {"2024-11", "2024-11-01", "2024-11-30", 3},
    {"2024-02", "2024-02-01", "2024-02-29", 3},
    {"2013", "2013-01-01", "2013-12-31", 3},
    {"2024-Q3", "2024-07-01", "2024-09-30", 3},
    {"2024-12-05/2024-12-07", "2024-12-05", "2024-12-07", 2},
    {"2024-12-06/2024-12-06", "2024-12-06", "", 1},
    {"2013-11-15/2013-12-15", "2013-11-15", "2013-12-15", 3},
    {"2013/2014", "2013-01-01", "2014-12-31", 3},
    {"P3Y", "", "", 0},
    {"PXD", "", "", 0},
    {"PAST_REF", "", "", 0},
    {"XXXX-XX-XX", "", "", 0},
    {"XXXX-12-05", "", "", 0},
    {"XXXX-WXX", "", "", 0},
    {"199", "", "", 0},
    {"2024-12-07/2024-12-01", "", "", 0},
};

TEST(DateOfValueTest, Table) {
  for (const auto& c : kValues) {
    SCOPED_TRACE(c.value);
    auto d = DateOfValue(c.value);
    if (std::string(c.date).empty()) {
      EXPECT_FALSE(d.has_value());
      continue;
    }
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date.value_or(""), c.date);
    EXPECT_EQ(d->date_end.value_or(""), c.date_end);
    EXPECT_EQ(d->time_precision, c.precision);
  }
}

// Builds a document with one sentence per line.
document::Document WithLineSentences(const std::string& text, const std::string& lang,
                                     const std::string& published) {
  document::Document doc = AnnotateText(text, lang, published);
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    doc.sentences.push_back({{b, e}, 0});
    b = e + 1;
  }
  return doc;
}

TEST(DateForEventTest, UsesTheSentencesTimex) {
  const std::string text =
      "Rebels seized Hama on Thursday.\nThe army withdrew from Homs.\nLast week the offensive began.";
  auto doc = WithLineSentences(text, "en", "2024-12-07");
  const EventDate d0 = DateForEvent(doc, 0);
  EXPECT_EQ(d0.date.value_or(""), "2024-12-05");
  EXPECT_EQ(d0.time_precision, 1);
  ASSERT_NE(d0.timex, nullptr);
  EXPECT_EQ(d0.timex->text, "Thursday");
  const EventDate d1 = DateForEvent(doc, 1);  // no timex: the publication date
  EXPECT_EQ(d1.date.value_or(""), "2024-12-07");
  EXPECT_EQ(d1.time_precision, 2);
  EXPECT_EQ(d1.timex, nullptr);
  const EventDate d2 = DateForEvent(doc, 2);
  EXPECT_EQ(d2.date.value_or(""), "2024-11-25");
  EXPECT_EQ(d2.date_end.value_or(""), "2024-12-01");
  EXPECT_EQ(d2.time_precision, 2);
}

TEST(DateForEventTest, NearestTimexToTheTrigger) {
  const std::string text = "Hama fell on Thursday, and Homs was shelled on Friday night.";
  auto doc = WithLineSentences(text, "en", "2024-12-07");
  const size_t shelled = text.find("shelled");
  const EventDate d = DateForEvent(doc, 0, shelled);
  EXPECT_EQ(d.date.value_or(""), "2024-12-06");
  const EventDate first = DateForEvent(doc, 0, text.find("fell"));
  EXPECT_EQ(first.date.value_or(""), "2024-12-05");
}

TEST(DateForEventTest, VagueTimexOnlyGivesPrecisionThree) {
  auto doc = WithLineSentences("The militia recently withdrew from the town.", "en", "2024-12-07");
  const EventDate d = DateForEvent(doc, 0);
  EXPECT_EQ(d.date.value_or(""), "2024-12-07");
  EXPECT_EQ(d.time_precision, 3);
}

TEST(DateForEventTest, NoPublicationDateNoDate) {
  auto doc = WithLineSentences("The army withdrew from Homs.", "en", "");
  const EventDate d = DateForEvent(doc, 0);
  EXPECT_FALSE(d.date.has_value());
  EXPECT_EQ(d.time_precision, 3);
}

TEST(DateForEventTest, WithoutSentencesUsesTheTextAroundTheTrigger) {
  const std::string text = "反政府勢力は金曜日に町を制圧した。政府軍は撤退した。";
  auto doc = AnnotateText(text, "ja", "2024-12-07");
  ASSERT_TRUE(doc.sentences.empty());
  EXPECT_EQ(DateForEvent(doc, -1, text.find("制圧")).date.value_or(""), "2024-12-06");
  const EventDate other = DateForEvent(doc, -1, text.find("撤退"));
  EXPECT_EQ(other.date.value_or(""), "2024-12-07");
  EXPECT_EQ(other.time_precision, 2);
}

TEST(DateForEventTest, JapaneseDateWithPartOfDay) {
  const std::string text = "HSTの部隊は金曜日の夜に最後の村を占領した。";
  auto doc = WithLineSentences(text, "ja", "2024-12-07");
  const EventDate d = DateForEvent(doc, 0, text.find("占領"));
  EXPECT_EQ(d.date.value_or(""), "2024-12-06");
  EXPECT_EQ(d.time_precision, 1);
}

}  // namespace
}  // namespace sitrep::time
