// Shared harness of the per-language event tables (PETRARCH-style: one
// sentence in, the expected record out), used by event_extractor_*_test.cc.
// Names come from the tiny test dictionary (sitrep/testing/tiny_kb.h).
#ifndef SITREP_EVENTS_EVENT_TABLE_TESTUTIL_H_
#define SITREP_EVENTS_EVENT_TABLE_TESTUTIL_H_

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "sitrep/events/event_extractor.h"
#include "sitrep/testing/tiny_kb.h"

namespace sitrep::events::testing {

struct Row {
  const char* text;
  const char* sub_event_type;  // "" = no confident event expected
  const char* actor1 = "";     // "" = not checked
  const char* place = "";      // "" = not checked, "-" = no place
};

inline void PrintTo(const Row& row, std::ostream* os) { *os << row.text; }

inline const EventExtractor& Extractor() {
  static auto e = EventExtractor::Create();
  EXPECT_TRUE(e.ok()) << e.status().ToString();
  return **e;
}

// Returns the event whose evidence sentence starts with `prefix`; fails the
// test when there is none (events come out as a timeline, not in text order).
inline const document::Event& EventFrom(const document::Document& doc, const std::string& prefix) {
  for (const auto& e : doc.events)
    if (e.evidence.sentence.rfind(prefix, 0) == 0) return e;
  ADD_FAILURE() << "no event from a sentence starting '" << prefix << "'";
  static const document::Event kNone;
  return kNone;
}

// Runs the extractor on `row.text` in `lang` and checks the expected record.
// A row without a sub-event type allows only the low-confidence guess a
// document falls back to (confidence < 0.5).
inline void CheckRow(const Row& row, const std::string& lang) {
  auto doc = sitrep::testing::MakeDocument(row.text, lang);
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  EXPECT_EQ(doc.CheckSpans().ToString(), "OK");
  if (std::string(row.sub_event_type).empty()) {
    for (const auto& e : doc.events) EXPECT_LT(e.confidence, 0.5) << e.sub_event_type;
    return;
  }
  const document::Event* hit = nullptr;
  for (const auto& e : doc.events)
    if (e.sub_event_type == row.sub_event_type) hit = &e;
  ASSERT_NE(hit, nullptr) << "got " << (doc.events.empty() ? "nothing" : doc.events[0].sub_event_type);
  if (*row.actor1) {
    ASSERT_TRUE(hit->actor1.has_value());
    EXPECT_EQ(hit->actor1->name, row.actor1);
  }
  if (std::string(row.place) == "-") {
    EXPECT_FALSE(hit->place.has_value());
  } else if (*row.place) {
    ASSERT_TRUE(hit->place.has_value());
    EXPECT_EQ(hit->place->name, row.place);
  }
}

}  // namespace sitrep::events::testing

#endif  // SITREP_EVENTS_EVENT_TABLE_TESTUTIL_H_
