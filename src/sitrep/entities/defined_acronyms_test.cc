// Pass "defined acronym": an acronym in parentheses after a name whose
// capitalised words it abbreviates reads as that name wherever the document
// uses it; an agency after a dateline or an acronym of other words defines
// nothing. Sentences written for this test (en and id, Latin-script acronyms).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;

struct AcronymCase {
  std::string lang, text, acronym;
  MentionKind kind;
  std::string country;  // of the entity; "" = unlinked
  int count;            // mentions of the acronym expected
};

TEST(DefinedAcronymTest, LaterUsesReadAsTheName) {
  const std::vector<AcronymCase> cases = {
      {"en", "The Sudanese Congress Party (SCoP) called for talks. Later SCoP leaders met in Kampala.", "SCoP",
       MentionKind::kActor, "", 2},
      {"en", "The Arakan Liberation Party (ALP) said ALP fighters held the town.", "ALP", MentionKind::kActor, "", 2},
      {"en", "Aid reached the Central African Republic (CAR) on Monday; CAR officials welcomed it.", "CAR",
       MentionKind::kCountry, "CF", 2},
      {"id", "Front Pembebasan Nasional Moro (FPNM) menyerang pos polisi. Juru bicara FPNM membantahnya.", "FPNM",
       MentionKind::kActor, "", 2},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, c.lang);
    int n = 0;
    for (const auto& m : doc.mentions) {
      if (m.text != c.acronym) continue;
      ++n;
      EXPECT_EQ(m.kind, c.kind) << c.acronym << " in: " << c.text;
      if (c.country.empty()) {
        EXPECT_FALSE(m.entity) << c.acronym << " in: " << c.text;
      } else {
        ASSERT_TRUE(m.entity) << c.acronym << " in: " << c.text;
        EXPECT_EQ(m.entity->country, c.country) << c.acronym << " in: " << c.text;
      }
    }
    EXPECT_EQ(n, c.count) << c.acronym << " in: " << c.text;
  }
}

TEST(DefinedAcronymTest, OtherParenthesesDefineNothing) {
  // A dateline's agency and an acronym of other words do not take the place's reading.
  for (const auto& [text, acronym] : std::vector<std::pair<std::string, std::string>>{
           {"GOMA (XNA) - XNA reporters saw smoke over the hills.", "XNA"},
           {"Shelling hit Mariupol (QRT) overnight; QRT crews filmed it.", "QRT"}}) {
    const auto doc = Link(text, "en");
    for (const auto& m : doc.mentions) {
      if (m.text == acronym) EXPECT_NE(m.kind, MentionKind::kPlace) << acronym << " in: " << text;
    }
  }
}

}  // namespace
}  // namespace sitrep::entities
