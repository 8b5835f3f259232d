// A nationality used as its language's name ("speaks Spanish", "the Ukrainian
// version", "Kurdish speakers") is no place mention (language_names.cc); the
// same word as a nationality, and the country itself, still are. All
// sentences are written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;

bool Mentioned(const document::Document& doc, const std::string& text) {
  for (const auto& m : doc.mentions) {
    if (m.text.rfind(text, 0) == 0) return true;  // the word alone or opening an actor ("French troops")
  }
  return false;
}

TEST(LanguageNameTest, ALanguageIsNoCountry) {
  const std::pair<const char*, const char*> cases[] = {
      {"The mayor of Kherson speaks Ukrainian.", "Ukrainian"},
      {"The decree was translated into French, officials in Bamako said.", "French"},
      {"A Russian version of the statement circulated in Donetsk.", "Russian"},
      {"Kurdish speakers in Qamishli protested the ban.", "Kurdish"},
      {"The Turkish-language service of the broadcaster was shut in Erbil.", "Turkish"},
      {"The captured pilot spoke English, Houthi officials in Sanaa said.", "English"},
  };
  for (const auto& [text, word] : cases) {
    EXPECT_FALSE(Mentioned(Link(text, "en"), word)) << word << " read as a place in: " << text;
  }
}

TEST(LanguageNameTest, TheNationalityAndTheCountryStay) {
  // A noun after the word: a nationality, linked to its country as before.
  EXPECT_TRUE(Mentioned(Link("The shells fell into Ukrainian territory near Sumy.", "en"), "Ukrainian"));
  EXPECT_TRUE(Mentioned(Link("French troops left the base near Gao.", "en"), "French"));
  // A continent's word before "languages" is a family of that place's languages.
  EXPECT_TRUE(Mentioned(Link("Most European languages share roots, a linguist in Vienna said.", "en"), "European"));
  // A country's short name after a preposition is the state.
  EXPECT_TRUE(Mentioned(Link("The statue was erected in Vatican, officials said.", "en"), "Vatican"));
}

}  // namespace
}  // namespace sitrep::entities
