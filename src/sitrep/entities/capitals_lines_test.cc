// A headline written in capitals: every word is capitalised, so the case does
// not delimit names and a place word is read alone (GazetteerPass), but only a
// curated place or a prominent place whose own name it is — surnames and
// ordinary words in capitals ("WOODS", "GOLD", "SPRING") are no places. So is
// a word in capitals opening a line of ordinary text: a dateline.
// All headlines are written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

TEST(CapitalsLineTest, PlacesInHeadlinesAreReadAlone) {
  const std::vector<testing::PlaceCase> cases = {
      {"FLOODS CUT ROADS BETWEEN ENGLAND AND WALES .\n", "ENGLAND", "GB"},
      {"FLOODS CUT ROADS BETWEEN ENGLAND AND WALES .\n", "WALES", "GB"},
      {"PROTESTS GROW IN CHITTAGONG AFTER PORT STRIKE\n", "CHITTAGONG", "BD"},
      {"CEASEFIRE TALKS OPEN IN MARSEILLE AS SHELLING GOES ON\n", "MARSEILLE", "FR"},
      {"REFUGEES REACH SALTA AFTER LONG WALK\n", "SALTA", "AR"},
      // Surnames and ordinary words in capitals stay unlinked.
      {"WOODS AND GOLD SHINE IN SPRING RACE .\n", "WOODS", ""},
      {"WOODS AND GOLD SHINE IN SPRING RACE .\n", "GOLD", ""},
      {"WOODS AND GOLD SHINE IN SPRING RACE .\n", "SPRING", ""},
  };
  for (const auto& c : cases) {
    if (const auto m = testing::ExpectPlace(c)) EXPECT_EQ(m->kind, MentionKind::kPlace) << c.surface;
  }
}

// The same words in an ordinary sentence keep the usual rule: a capitalised
// word inside a longer name is not read alone ("Salta Martinez" is a person).
TEST(CapitalsLineTest, MixedCaseLinesKeepTheUsualRule) {
  const auto doc = Link("The coach, Salta Martinez, praised the players.\n", "en");
  const auto* m = MentionOf(doc, "Salta");
  EXPECT_TRUE(m == nullptr || m->kind != MentionKind::kPlace) << "Salta read alone in a name";
}

// A dateline in capitals whose "(AP) —" was lost opens a line before ordinary
// text: the place is read alone; an ordinary word in capitals there is not.
TEST(CapitalsLineTest, DatelineWithoutItsDash) {
  const std::vector<testing::PlaceCase> cases = {
      {"CHITTAGONG The Latest on the port strike and the protests.\n", "CHITTAGONG", "BD"},
      {"Updated at noon.\nMARSEILLE Officers arrested two men after the shooting.\n", "MARSEILLE", "FR"},
      {"SPRING Brings Floods To The Valley Again\n", "SPRING", ""},
  };
  for (const auto& c : cases) testing::ExpectPlace(c);
}

}  // namespace
}  // namespace sitrep::entities
