// A seat of government of some size right after a preposition of place ("a stabbing in
// Dundalk") is a place even in a story that names none of its country's
// places; a capitalised word there that opens another name ("from Wilson's
// Farm") or is a surname before a verb of saying is not. All sentences are
// written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;

TEST(LocativeTownTest, ATownAfterAPrepositionOfPlaceIsAPlace) {
  const testing::PlaceCase cases[] = {
      {"Two men were arrested after a stabbing in Dundalk last night.", "Dundalk", "IE"},
      {"The delegation flew on to Saipan for two days of talks.", "Saipan", "MP"},
      {"Police said the convoy was stopped near Kumasi on Tuesday.", "Kumasi", "GH"},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
}

TEST(LocativeTownTest, APossessiveOpeningAnotherNameIsNoTown) {
  const std::string text = "Volunteers took the horses from Wilson's Farm along the river.";
  const auto doc = Link(text, "en");
  for (const auto& m : doc.mentions) {
    if (m.text == "Wilson") EXPECT_FALSE(m.entity && m.entity->lat) << "Wilson linked to a place in: " << text;
  }
}

}  // namespace
}  // namespace sitrep::entities
