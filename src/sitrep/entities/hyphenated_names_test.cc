// Places joined by a hyphen are each a place ("the Mombasa-Nairobi railway");
// a hyphenated name is still one name ("Gilgit-Baltistan"), and a word with a
// lowercase part ("Russian-made", "Saudi-led") or a double surname
// ("Houston-Marwick") names no place in it. All
// sentences are written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;

TEST(HyphenatedNamesTest, EachPartOfAPairOfPlacesIsAPlace) {
  const std::vector<testing::PlaceCase> cases = {
      {"Freight on the Mombasa-Nairobi railway stopped after the floods.", "Mombasa", "KE"},
      {"Freight on the Mombasa-Nairobi railway stopped after the floods.", "Nairobi", "KE"},
      {"The Lahore-Karachi flights were cancelled on Monday.", "Karachi", "PK"},
      {"M23 fighters cut the Goma-Bukavu road again.", "Bukavu", "CD"},
      {"Buses on the Casablanca-Rabat road were searched at a checkpoint.", "Rabat", "MA"},
      {"Fighting closed the Gilgit-Baltistan road for a week.", "Gilgit-Baltistan", "PK"},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
}

TEST(HyphenatedNamesTest, ALowercasePartMakesNoPairOfPlaces) {
  for (const std::string& text : {std::string("Police seized Chinese-made rifles near the border."),
                                  std::string("The Paris-based group said the Smith-Jones report was late."),
                                  std::string("In Texas, Rosa Houston-Marwick said the Austin clinic was full.")}) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) {
      EXPECT_NE(m.text, "Jones") << "in: " << text;
      EXPECT_NE(m.text, "Smith") << "in: " << text;
      EXPECT_NE(m.text, "Houston") << "in: " << text;  // a double surname, not the city
      if (m.text.find("made") != std::string::npos) ADD_FAILURE() << m.text << " in: " << text;
    }
  }
}

}  // namespace
}  // namespace sitrep::entities
