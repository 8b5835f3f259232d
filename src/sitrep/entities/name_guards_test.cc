// Name guards: the real Arabic pack's ordinary words are never names, with or
// without their clitics; names stay names; a pack naming no guards gets none.
#include "sitrep/entities/name_guards.h"

#include <gtest/gtest.h>

#include "sitrep/base/paths.h"

namespace sitrep::entities {
namespace {

struct GuardCase {
  const char* surface;
  bool blocked;
};

const GuardCase kArabic[] = {
    {"إلى", true},       // "to", not Ely
    {"الى", true},       // spelt without hamza
    {"مدينة", true},     // "city", not Medina
    {"والمدينة", true},  // and + the + city
    {"بالمدينة", true},  // in + the + city
    {"حلب", false},      {"الخرطوم", false}, {"مأرب", false}, {"لحلب", false},
};

class ArabicGuardTest : public ::testing::TestWithParam<GuardCase> {
 protected:
  static const NameGuards& Guards() {
    static const NameGuards guards = [] {
      auto packs = lang::PackSet::Discover(DataDir());
      EXPECT_TRUE(packs.ok()) << packs.status().ToString();
      auto g = NameGuards::ForPacks(*packs);
      EXPECT_TRUE(g.ok()) << g.status().ToString();
      return *std::move(g);
    }();
    return guards;
  }
};

TEST_P(ArabicGuardTest, OrdinaryWordsAreNoNames) {
  const GuardSet* set = Guards().ForDocument("ar", "");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->Blocks(GetParam().surface), GetParam().blocked) << GetParam().surface;
}

INSTANTIATE_TEST_SUITE_P(Words, ArabicGuardTest, ::testing::ValuesIn(kArabic));

TEST_F(ArabicGuardTest, UndeclaredLanguageAndPackWithoutGuardsGetNone) {
  // An Arabic-script text without a language code is read with the Arabic pack.
  EXPECT_NE(Guards().ForDocument("", "قصف في حلب"), nullptr);
  EXPECT_EQ(Guards().ForDocument("en", "Shelling in Aleppo"), nullptr);
  EXPECT_EQ(Guards().ForDocument("xx", "text"), nullptr);
}

}  // namespace
}  // namespace sitrep::entities
