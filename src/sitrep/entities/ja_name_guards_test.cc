// The Japanese pack's katakana guards (data/lang/ja/name_guards.tsv): a common
// loanword is never a place, even when a gazetteer town is spelt the same or
// its romanization comes close to one in a story about that town's country,
// while the place names written beside them stay places. Sentences written
// for this test, about several wars.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/base/paths.h"
#include "sitrep/entities/linker_test_util.h"
#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/name_guards.h"

namespace sitrep::entities {
namespace {

using testing::Link;
using testing::MentionOf;
using testing::PackLinker;

TEST(JapaneseGuardTest, LoanwordsAreGuardedPlaceNamesAreNot) {
  auto packs = lang::PackSet::Discover(DataDir());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  auto guards = NameGuards::ForPacks(*packs);
  ASSERT_TRUE(guards.ok()) << guards.status().ToString();
  const GuardSet* ja = guards->ForDocument("ja", "");
  ASSERT_NE(ja, nullptr);
  for (const char* word : {"ドローン", "コーチ", "オレンジ", "アラブ", "マーケット"}) EXPECT_TRUE(ja->Blocks(word)) << word;
  for (const char* name : {"ソウル", "チリ", "ハルキウ", "ダルフール", "アラブ首長国連邦"}) {
    EXPECT_FALSE(ja->Blocks(name)) << name;
  }
}

struct GuardedCase {
  const char* text;
  const char* word;   // a common word: no place or country mention on it
  const char* place;  // a place of the same sentence that stays linked
  const char* country;
};

const GuardedCase kCases[] = {
    {"ウクライナ軍はハルキウ近郊でドローンを撃墜した。", "ドローン", "ハルキウ", "UA"},
    {"インドの代表チームのコーチはムンバイで記者団に語った。", "コーチ", "ムンバイ", "IN"},
    {"ダルフールの避難民キャンプでオレンジの配給が止まった。", "オレンジ", "ダルフール", "SD"},
    {"ラカインのマーケットに空爆があったとミャンマーの住民が語った。", "マーケット", "ミャンマー", "MM"},
    {"アラブ諸国の外相はガザでの停戦を求めた。", "アラブ", "ガザ", "PS"},
    {"パッタニーにはマレー系の住民が多い。", "マレー", "パッタニー", "TH"},
};

class JapaneseGuardedTextTest : public ::testing::TestWithParam<GuardedCase> {};

TEST_P(JapaneseGuardedTextTest, CommonWordIsNoPlace) {
  const GuardedCase& c = GetParam();
  const document::Document doc = Link(c.text, "ja", PackLinker());
  const std::string text = c.text;
  const size_t at = text.find(c.word);
  for (const auto& m : doc.mentions) {
    const bool on_word = m.span.begin == at && m.span.end == at + std::string(c.word).size();
    EXPECT_FALSE(on_word) << c.word << " read as " << (m.entity ? m.entity->name : "(unlinked)");
  }
  const document::Mention* place = MentionOf(doc, c.place);
  ASSERT_NE(place, nullptr) << c.place;
  ASSERT_TRUE(place->entity) << c.place;
  EXPECT_EQ(place->entity->country, c.country) << c.place;
}

INSTANTIATE_TEST_SUITE_P(Wars, JapaneseGuardedTextTest, ::testing::ValuesIn(kCases));

// An actor linked by the sound of a katakana word alone (FuzzyStep) must share
// its onset with a word of the actor's name and have three consonants: a
// garbled Hezbollah (ヒズボッラ) is linked, a given name (リタ) is not Reuters
// and an onomatopoeia (ズシーン) is not Putin.
TEST(JapaneseSoundLikeActorTest, OnsetAndLengthAgree) {
  const struct {
    const char* text;
    const char* word;
    const char* actor;  // the actor's name, or "" for none
  } cases[] = {
      {"ヒズボッラはティールの南で戦闘員2人が死亡したと発表した。", "ヒズボッラ", "Hezbollah"},
      {"ハルキウの病院でリタが手当てを受けた。", "リタ", ""},
      {"ガザの夜にズシーンと爆発音が響いた。", "ズシーン", ""},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja", PackLinker());
    const document::Mention* m = MentionOf(doc, c.word);
    if (*c.actor) {
      ASSERT_NE(m, nullptr) << c.word;
      ASSERT_TRUE(m->entity) << c.word;
      EXPECT_EQ(m->entity->name, c.actor);
    } else if (m && m->entity) {
      EXPECT_NE(m->kind, document::MentionKind::kActor) << c.word << " read as " << m->entity->name;
    }
  }
}

}  // namespace
}  // namespace sitrep::entities
