// Pass "dates": "Two days earlier" and "a day later" are amounts, and count
// from the event told before — not from the publication date, nor from the
// last date the text named (often the day the report came out: "…said on
// Thursday"). In a document nothing dates, a sentence that names no day goes
// on telling the day of the event before it, undated. Sentences written for
// this test about several wars (the tiny test dictionary's towns).
#include <gtest/gtest.h>

#include <algorithm>

#include "sitrep/events/event_table_testutil.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::events {
namespace {

struct DateRow {
  const char* lang;
  const char* text;       // one sentence a line
  const char* published;  // "" = none
  // The expected records, sorted: "sub-event type@place@date" joined by " | "
  // ("-" for no date).
  const char* records;
};

void PrintTo(const DateRow& r, std::ostream* os) { *os << r.text; }

// 2024-03-15 is a Friday: Monday the 11th, Sunday the 10th.
const DateRow kRows[] = {
    {"en",
     "Gunmen attacked a village near Gao on Monday, killing six people.\n"
     "Two days later, troops clashed with the gunmen near Gao.",
     "2024-03-15", "Armed clash@Gao@2024-03-13 | Attack@Gao@2024-03-11"},
    // The day the report was given ("said on Thursday") is no anchor.
    {"en",
     "A drone struck a market in Idlib on Sunday, the rescue service said on Thursday.\n"
     "A day earlier, artillery shelled Aleppo.",
     "2024-03-15", "Air/drone strike@Idlib@2024-03-10 | Shelling/artillery/missile attack@Aleppo@2024-03-09"},
    {"en",
     "Rebels shelled Goma on Monday.\n"
     "A week earlier, warplanes struck Khartoum.",
     "2024-03-15", "Air/drone strike@Khartoum@2024-03-04 | Shelling/artillery/missile attack@Goma@2024-03-11"},
    // "Hours earlier" opens a report of the same day as the one before.
    {"en",
     "A drone struck a market in Idlib on Sunday, the rescue service said on Thursday.\n"
     "Hours earlier, gunmen attacked a checkpoint in Aleppo.",
     "2024-03-15", "Air/drone strike@Idlib@2024-03-10 | Armed clash@Aleppo@2024-03-10"},
    // "the same night" anywhere: the day of the report before.
    {"en",
     "A drone struck a market in Idlib on Sunday, the rescue service said on Thursday.\n"
     "Gunmen attacked a checkpoint in Aleppo on the same night.",
     "2024-03-15", "Air/drone strike@Idlib@2024-03-10 | Armed clash@Aleppo@2024-03-10"},
    // A sentence that opens on the event told before ("The assault on…")
    // places it: one record, with the lead's day.
    {"en",
     "Gunmen attacked an army post on Wednesday, killing six soldiers.\n"
     "The assault on the post in Gao was claimed by the Islamic State.",
     "2024-03-15", "Armed clash@Gao@2024-03-13"},
    // Nothing told before: the publication date stands in.
    {"en", "Two days later, troops clashed with rebels near Mosul.", "2024-03-15",
     "Armed clash@Mosul@2024-03-15"},
    // An amount with no shift word dates nothing.
    {"en",
     "Gunmen attacked a village near Gao on Monday, killing six people.\n"
     "For two days, troops clashed with rebels near Mosul.",
     "2024-03-15", "Armed clash@Mosul@2024-03-15 | Attack@Gao@2024-03-11"},
    // A document nothing dates: the second report follows the first's day.
    // (A report: a snippet of up to four sentences has a fallback of its own.)
    {"ja",
     "シリアとイラクで武装勢力の活動が続く\n"
     "アレッポで1日、武装勢力が軍の基地を襲撃した。\n"
     "治安筋が明らかにした。\n"
     "モスル近郊の市場では、武装集団が住民7人を射殺した。\n"
     "住民の多くは家を離れている。",
     "", "Armed clash@Aleppo@- | Attack@Mosul@-"},
};

class DatePassTest : public ::testing::TestWithParam<DateRow> {};

const time::TimexAnnotator& Timexes() {
  static const auto* annotator = time::TimexAnnotator::Create()->release();
  return *annotator;
}

TEST_P(DatePassTest, ARelativeDayCountsFromTheEventBefore) {
  const DateRow& r = GetParam();
  auto doc = sitrep::testing::MakeDocument(r.text, r.lang, r.published);
  ASSERT_TRUE(Timexes().Annotate(doc).ok());
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  std::vector<std::string> got;
  for (const auto& e : doc.events)
    got.push_back(e.sub_event_type + "@" + (e.place ? e.place->name : "-") + "@" + e.date.value_or("-"));
  std::sort(got.begin(), got.end());
  std::string joined;
  for (const auto& g : got) joined += (joined.empty() ? "" : " | ") + g;
  EXPECT_EQ(joined, r.records);
}

INSTANTIATE_TEST_SUITE_P(Rows, DatePassTest, ::testing::ValuesIn(kRows));

}  // namespace
}  // namespace sitrep::events
