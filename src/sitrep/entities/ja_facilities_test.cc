// FacilityPass: a town fused with a facility word (…駅, …国際空港, …製鉄所) is
// one facility mention linked to the town, with no place mention inside it; a
// sign ends the compound (駅-駅 is two stations), a word that merely ends in a
// facility word's characters is none (戦線 is no 線), and a place beside a
// facility stays a place. Sentences written for this test, about several wars.
// (An airport the gazetteer lists by its own name, カブール空港, is its place.)
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;
using testing::PackLinker;

struct FacilityCase {
  const char* text;
  const char* facility;  // the compound that must be one facility mention
  const char* country;   // the country of the town it is linked to
  const char* place;     // a place that must stay a place mention ("" = none)
};

const FacilityCase kCases[] = {
    {"ミサイルがクラマトルスク駅に着弾し、多数が死傷した。", "クラマトルスク駅", "UA", ""},
    {"無人機がアルビル国際空港の近くに墜落した。", "アルビル国際空港", "IQ", ""},
    {"ニャラ空港に無人機攻撃があり、貨物機が炎上した。", "ニャラ空港", "SD", ""},
    {"マリウポリ製鉄所に兵士が立てこもった。", "マリウポリ製鉄所", "UA", ""},
    {"東京駅で記者会見が開かれ、ハルキウの状況が報告された。", "東京駅", "JP", "ハルキウ"},
    // A sign between two stations ends the first.
    {"ヤンゴン駅-マンダレー駅の間で列車が止まった。", "ヤンゴン駅", "MM", ""},
    {"ヤンゴン駅-マンダレー駅の間で列車が止まった。", "マンダレー駅", "MM", ""},
};

class FacilityTest : public ::testing::TestWithParam<FacilityCase> {};

TEST_P(FacilityTest, TownAndFacilityWordAreOneFacility) {
  const FacilityCase& c = GetParam();
  const document::Document doc = Link(c.text, "ja", PackLinker());
  const std::string text = c.text, facility = c.facility;
  const size_t at = text.find(facility);
  ASSERT_NE(at, std::string::npos);
  const document::Mention* m = MentionOf(doc, facility);
  ASSERT_NE(m, nullptr) << facility;
  EXPECT_EQ(m->text, facility);
  EXPECT_EQ(m->kind, MentionKind::kFacility);
  ASSERT_TRUE(m->entity) << facility;
  EXPECT_EQ(m->entity->country, c.country);
  for (const auto& other : doc.mentions) {
    const bool inside = other.span.begin >= at && other.span.end <= at + facility.size();
    if (inside) EXPECT_EQ(other.text, facility) << other.text << " inside " << facility;
  }
  if (*c.place) {
    const document::Mention* p = MentionOf(doc, c.place);
    ASSERT_NE(p, nullptr) << c.place;
    EXPECT_EQ(p->kind, MentionKind::kPlace);
  }
}

INSTANTIATE_TEST_SUITE_P(Wars, FacilityTest, ::testing::ValuesIn(kCases));

// What the pass leaves alone: a front (戦線 is one word, not …線), a town
// with no facility word after it, and a country.
TEST(FacilityTest, NoFacilityWithoutAFacilityWord) {
  const char* texts[] = {
      "ドネツク戦線では激しい戦闘が続いている。",
      "ハルツームの空港が即応支援部隊に制圧された。",
      "スーダン空軍がニャラを空爆した。",
  };
  for (const char* text : texts) {
    const document::Document doc = Link(text, "ja", PackLinker());
    for (const auto& m : doc.mentions) EXPECT_NE(m.kind, MentionKind::kFacility) << m.text << " in " << text;
  }
  const document::Document doc = Link("ハルツームの空港が即応支援部隊に制圧された。", "ja", PackLinker());
  const document::Mention* town = MentionOf(doc, "ハルツーム");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->kind, MentionKind::kPlace);
}

}  // namespace
}  // namespace sitrep::entities
