// A dateline in capitals qualified by its division or country names the town
// of that name inside the qualifier, however small, and even when the word is
// a given name, an acronym-like word in capitals or a country's name; an
// abbreviated division qualifies a name anywhere in the text. All sentences
// are written for this test.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;

struct DatelineCase {
  std::string text, surface, country, admin1;
};

TEST(QualifiedDatelineTest, TheQualifierChoosesTheTown) {
  const DatelineCase cases[] = {
      // A given name and a small town: the lone-word rule alone reads neither.
      {"MARION, Ohio (AP) — A fire destroyed a grain warehouse overnight, officials said.", "MARION", "US", "Ohio"},
      {"SHELBY, Mont. (AP) — Inmates ended a standoff at the prison on Sunday.", "SHELBY", "US", "Montana"},
      {"BETHANY, Okla. (AP) — A tornado tore roofs off homes late Tuesday.", "BETHANY", "US", "Oklahoma"},
      // A country's name qualified by another country's division is a town there.
      {"LEBANON, Pa. (AP) — Firefighters battled a blaze at a warehouse.", "LEBANON", "US", "Pennsylvania"},
      // A world city's namesake, qualified by an abbreviation the linker knows.
      {"FLORENCE, Ala. (AP) — A storm knocked out power to thousands.", "FLORENCE", "US", "Alabama"},
      {"MONCTON, N.B. — A barn fire killed dozens of cattle, police said.", "MONCTON", "CA", "New Brunswick"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.text;
    ASSERT_TRUE(m->entity.has_value()) << c.text;
    EXPECT_EQ(m->kind, document::MentionKind::kPlace) << c.text;
    EXPECT_EQ(m->entity->country, c.country) << c.text;
    EXPECT_EQ(m->entity->admin1, c.admin1) << c.text;
  }
}

TEST(QualifiedDatelineTest, ACountryQualifierKeepsItsTowns) {
  const DatelineCase cases[] = {
      {"DJIBO, Burkina Faso (AP) — Gunmen attacked an army post near the town.", "DJIBO", "BF", ""},
      {"VICTORIA, Seychelles (AFP) — Police arrested two men at the port.", "VICTORIA", "SC", ""},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, "en");
    const auto* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.text;
    ASSERT_TRUE(m->entity.has_value()) << c.text;
    EXPECT_EQ(m->entity->country, c.country) << c.text;
  }
}

TEST(QualifiedDatelineTest, AnAbbreviatedDivisionQualifiesANameInTheText) {
  const auto doc = Link("Heavy rain flooded streets in Florence, Ala., on Monday.", "en");
  const auto* m = MentionOf(doc, "Florence");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->entity.has_value());
  EXPECT_EQ(m->entity->country, "US");
}

TEST(QualifiedDatelineTest, ATownTheDictionaryReadStaysItsTown) {
  // The dictionary's reading already lies in the qualifier: it stays, and the qualifier stays a country.
  const auto doc = Link("KRAMATORSK, Ukraine — Shelling damaged a school, the mayor said.", "en");
  const auto* m = MentionOf(doc, "KRAMATORSK");
  ASSERT_NE(m, nullptr);
  ASSERT_TRUE(m->entity.has_value());
  EXPECT_EQ(m->entity->country, "UA");
  const auto* q = MentionOf(doc, "Ukraine");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, document::MentionKind::kCountry);
}

}  // namespace
}  // namespace sitrep::entities
