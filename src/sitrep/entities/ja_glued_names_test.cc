// GluedNamePass: a place glued to Latin letters is part of a company's or a
// club's name (one unlinked actor), glued to a katakana word that is no place
// it is part of a building's or a work's name (no place), and a place inside a
// longer katakana word or a verb is none; places listed with a middle dot, a
// country before a news outlet's name and place words (…シティ, …キャンプ) stay.
// Sentences written for this test, about several wars and places.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::MentionOf;

document::Document LinkJa(const std::string& text) { return testing::Link(text, "ja", testing::PackLinker()); }

bool IsPlace(const document::Mention& m) { return m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry; }

// Returns true when a place or country mention, nested or not, lies in [at, at + size).
bool PlaceInside(const document::Document& doc, size_t at, size_t size) {
  auto inside = [&](const document::Mention& m) {
    return IsPlace(m) && m.span.begin >= at && m.span.end <= at + size;
  };
  for (const auto& m : doc.mentions) {
    if (inside(m)) return true;
  }
  for (const auto& m : doc.nested_mentions) {
    if (inside(m)) return true;
  }
  return false;
}

struct GluedCase {
  const char* text;
  const char* name;          // a longer name the place is glued into
  bool organization;         // the name is one actor mention (else: no mention over it)
  const char* place;         // a place elsewhere in the sentence that stays ("" = none)
};

const GluedCase kGlued[] = {
    {"FCドネツクの選手たちはキーウに避難した。", "FCドネツク", true, "キーウ"},
    {"ハルキウFCの練習場が砲撃を受け、オデーサでも爆発があった。", "ハルキウFC", true, "オデーサ"},
    {"ベイルートスカイタワーの近くで爆発があり、シドンでも被害が出た。", "ベイルートスカイタワー", false, "シドン"},
    {"アメリカンスクールの生徒がナイロビで保護された。", "アメリカンスクール", false, "ナイロビ"},
};

class GluedNameTest : public ::testing::TestWithParam<GluedCase> {};

TEST_P(GluedNameTest, PlaceIsPartOfTheLongerName) {
  const GluedCase& c = GetParam();
  const document::Document doc = LinkJa(c.text);
  const std::string text = c.text, name = c.name;
  const size_t at = text.find(name);
  ASSERT_NE(at, std::string::npos);
  EXPECT_FALSE(PlaceInside(doc, at, name.size())) << c.text;
  if (c.organization) {
    const document::Mention* m = MentionOf(doc, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_EQ(m->text, name);
    EXPECT_EQ(m->kind, MentionKind::kActor);
  }
  if (*c.place) {
    const document::Mention* p = MentionOf(doc, c.place);
    ASSERT_NE(p, nullptr) << c.place;
    EXPECT_TRUE(IsPlace(*p)) << c.place;
  }
}

INSTANTIATE_TEST_SUITE_P(Wars, GluedNameTest, ::testing::ValuesIn(kGlued));

// What stays a place: a verb is no name, but place words, dot-joined lists and
// a country before an outlet's Latin name keep their places.
TEST(GluedNameTest, PlacesThatStay) {
  const struct {
    const char* text;
    const char* place;
  } stays[] = {
      {"ガザシティで空爆があり、住民が避難した。", "ガザ"},
      {"ガザ地区北部のジャバリアキャンプで住民3人が死亡した。", "ジャバリアキャンプ"},
      {"ドネツク・ルハンスク両州で戦闘が続いた。", "ドネツク"},
      {"ドネツク・ルハンスク両州で戦闘が続いた。", "ルハンスク"},
      {"米CNNによると、ハンユニスで5人が死亡した。", "米"},
  };
  for (const auto& c : stays) {
    const document::Document doc = LinkJa(c.text);
    const document::Mention* p = MentionOf(doc, c.place);
    ASSERT_NE(p, nullptr) << c.text << ": " << c.place;
    EXPECT_TRUE(IsPlace(*p)) << c.text << ": " << c.place;
    for (const auto& m : doc.mentions) EXPECT_NE(m.kind, MentionKind::kPerson) << c.text << ": " << m.text;
  }
}

TEST(GluedNameTest, NoPlaceInsideAVerb) {
  const document::Document doc = LinkJa("兵士たちはその遊びにハマっていたという。");
  for (const auto& m : doc.mentions) EXPECT_FALSE(IsPlace(m)) << m.text;
}

}  // namespace
}  // namespace sitrep::entities
