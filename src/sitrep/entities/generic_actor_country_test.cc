// Pass "generic actor by sentence": a generic actor takes the country its own
// sentence names when the report covers several countries; without a country
// in its sentence it keeps the document's; a sentence naming two other
// countries leaves it unlinked. en and ja; all sentences written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;

struct GenericCase {
  std::string lang, text, surface;
  std::string country;  // "" = unlinked actor
};

TEST(GenericActorCountryTest, TheSentencesCountryWins) {
  const std::vector<GenericCase> cases = {
      {"en", "Fighting in Sudan continued. Talks in Yemen stalled; government troops advanced on the port.",
       "government troops", "YE"},
      {"en", "Clashes were reported across Sudan and Sudan's east on Monday. In Somalia, the army closed the road.",
       "the army", "SO"},
      {"en", "Government troops shelled villages near Sittwe in Myanmar.", "Government troops", "MM"},
      {"en", "Ukraine reported strikes on Kharkiv. Ukraine asked for air defence. Government troops were "
             "redeployed, officials in Mali and Niger said.",
       "Government troops", ""},
      {"ja", "スーダンで戦闘が続いた。イエメンでは政府軍が港に進撃した。", "政府軍", "YE"},
      {"ja", "ミャンマーで衝突が起きた。政府軍は村を砲撃した。", "政府軍", "MM"},
  };
  for (const auto& c : cases) {
    const auto doc = Link(c.text, c.lang);
    const document::Mention* m = nullptr;
    for (const auto& x : doc.mentions) {
      if (x.text == c.surface) m = &x;
    }
    ASSERT_NE(m, nullptr) << c.lang << ": no mention of " << c.surface << " in: " << c.text;
    EXPECT_EQ(m->kind, MentionKind::kActor) << c.text;
    if (c.country.empty()) {
      EXPECT_FALSE(m->entity) << c.surface << " linked to " << m->entity->name << " in: " << c.text;
    } else {
      ASSERT_TRUE(m->entity) << c.surface << " unlinked in: " << c.text;
      EXPECT_EQ(m->entity->country, c.country) << c.surface << " in: " << c.text;
    }
  }
}

}  // namespace
}  // namespace sitrep::entities
