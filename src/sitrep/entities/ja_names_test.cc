// TokenizedPersonPass: a name before a person suffix and a dot-joined katakana
// full name are document-local persons; a place or an organization before a
// title, an opening of place names and a common word keep a dot-joined name
// from being a person. Sentences written for this test, about several wars.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::PackLinker;

struct PersonCase {
  const char* text;
  const char* name;  // a person mention must cover it ("" = none expected)
  const char* not_person;  // no person mention may touch it ("" = none)
};

const PersonCase kCases[] = {
    {"ガザ市でナセル・ハリディ医師が負傷者を治療した。", "ナセル・ハリディ", ""},
    {"キーウ近郊でオレクサンドル・ボンダレンコ少佐が戦死した。", "オレクサンドル・ボンダレンコ", ""},
    {"マンダレーの法廷はチョーゾー被告に禁錮刑を言い渡した。", "チョーゾー", ""},
    {"ダルフールの避難民キャンプでアワドゥ氏が証言した。", "アワドゥ", ""},
    {"ヨルダンの国王アブドゥラッザークはアンマンで演説した。", "アブドゥラッザーク", ""},
    {"兄ミルザーエフはドネツクの前線で負傷した。", "ミルザーエフ", ""},
    {"ベイト・ラヒアで空爆があり、住民が避難した。", "", "ベイト・ラヒア"},
    {"ロシア大統領は国境の町への攻撃を非難した。", "", "ロシア"},
    {"参議院議員はシリア難民の受け入れを求めた。", "", "参議院"},
    {"新しいリミテッド・シリーズがハルツームで売られた。", "", "リミテッド・シリーズ"},
    // Offices spelt by two tokens (国防 + 大臣) are read before their last word.
    {"ロシアのショイグ国防大臣はマリウポリを訪問した。", "ショイグ", ""},
    {"国際原子力機関のグロッシ事務局長はザポリージャ原発を訪れた。", "グロッシ", ""},
    // A ruler's number stands between the name and 世; a generation (日系2世) is no name.
    {"ザクセン公ハインツベルト2世はドレスデンを包囲した。", "ハインツベルト", ""},
    {"日系2世の住民がサンパウロで抗議した。", "", "日系"},
    // A dot-joined name before a division word is that division; one quoted
    // after an organization word is that organization (ja_compounds_test.cc).
    {"ハイバル・パフトゥンフワ州で警察の車列が襲撃された。", "", "ハイバル・パフトゥンフワ"},
    {"ギャング連合「ビブ・アンサンブル」がポルトープランスの刑務所を襲撃した。", "", "ビブ・アンサンブル"},
};

class TokenizedPersonTest : public ::testing::TestWithParam<PersonCase> {};

TEST_P(TokenizedPersonTest, PersonsByTheWordsAroundThem) {
  const PersonCase& c = GetParam();
  const document::Document doc = Link(c.text, "ja", PackLinker());
  const std::string text = c.text;
  auto person_over = [&](const std::string& part) {
    const size_t at = text.find(part);
    for (const auto& m : doc.mentions) {
      if (m.kind == MentionKind::kPerson && m.span.begin < at + part.size() && at < m.span.end) return &m;
    }
    return static_cast<const document::Mention*>(nullptr);
  };
  if (*c.name) {
    const document::Mention* m = person_over(c.name);
    ASSERT_NE(m, nullptr) << c.name;
    EXPECT_EQ(m->text, c.name);
    ASSERT_TRUE(m->entity);
    EXPECT_EQ(m->entity->id.rfind("person:", 0), 0u);
  }
  if (*c.not_person) {
    const document::Mention* m = person_over(c.not_person);
    EXPECT_EQ(m, nullptr) << m->text;
  }
}

INSTANTIATE_TEST_SUITE_P(Wars, TokenizedPersonTest, ::testing::ValuesIn(kCases));

// A one-character name from a part-of-speech tag, with no suffix after it, is
// dropped (港 of 港市, 清 of 清代, 忍 of 忍法): such a tag is far more often a
// misreading than a name; the places beside them stay.
TEST(TokenizedPersonTest, LoneCharactersAreNoNames) {
  const struct {
    const char* text;
    const char* lone;
    const char* place;
  } cases[] = {
      {"イエメンでは港市の支配者が交代し、アデンの住民が避難した。", "港", "アデン"},
      {"ミャンマーの清代の記録と、忍法の本がヤンゴンで見つかった。", "清", "ヤンゴン"},
      {"ミャンマーの清代の記録と、忍法の本がヤンゴンで見つかった。", "忍", "ヤンゴン"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja", PackLinker());
    for (const auto& m : doc.mentions) EXPECT_NE(m.text, c.lone) << c.text;
    bool place = false;
    for (const auto& m : doc.mentions) place = place || (m.text == c.place && m.kind == MentionKind::kPlace);
    EXPECT_TRUE(place) << c.place;
  }
}

// A place the tokenizer split into a name and another katakana word (ハル +
// キウ, アル + ビル, ヴァイ + マル) is the place, not a person named by its
// first part; a name the title before it makes a person is no town it only
// sounds like (イサベル is no Sabero).
TEST(TokenizedPersonTest, PlacesSplitAsNamesArePlaces) {
  const struct {
    const char* text;
    const char* place;  // a place mention with exactly this text
    const char* country;
  } cases[] = {
      {"一方、ハルキウでは停電が続いた。", "ハルキウ", "UA"},
      {"一方、アルビルでは無人機による攻撃があった。", "アルビル", "IQ"},
      {"ヴァイマルの劇場で公演が中止された。", "ヴァイマル", "DE"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja", PackLinker());
    const document::Mention* place = nullptr;
    for (const auto& m : doc.mentions) {
      EXPECT_NE(m.kind, MentionKind::kPerson) << c.text << ": " << m.text;
      if (m.text == c.place && m.kind == MentionKind::kPlace) place = &m;
    }
    ASSERT_NE(place, nullptr) << c.text;
    ASSERT_TRUE(place->entity);
    EXPECT_EQ(place->entity->country, c.country) << c.text;
  }
}

TEST(TokenizedPersonTest, ATitledNameIsNoTownItSoundsLike) {
  const document::Document doc = Link("スペインのセビリアで、女王イサベルの肖像が公開された。", "ja", PackLinker());
  bool person = false, city = false;
  for (const auto& m : doc.mentions) {
    person = person || (m.text == "イサベル" && m.kind == MentionKind::kPerson);
    city = city || (m.text == "セビリア" && m.kind == MentionKind::kPlace);
  }
  EXPECT_TRUE(person);
  EXPECT_TRUE(city);
}

}  // namespace
}  // namespace sitrep::entities
