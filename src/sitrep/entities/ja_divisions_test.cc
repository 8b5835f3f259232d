// DivisionSuffixPass: a town followed by a division word whose first-level
// division bears its name is that division (ドネツク州 is Donetsk Oblast, not the
// city); a town in a division of another name, and a town alone, stay the
// town; the Japanese names of the wars' divisions and towns (world_ja.tsv) link.
// Sentences written for this test, about several wars and places.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::MentionOf;

struct DivisionCase {
  const char* text;
  const char* surface;  // the mention
  const char* feature;  // its entity's feature code, or a prefix of it
  const char* country;
};

const DivisionCase kCases[] = {
    // A division named after its capital: the division, with its division word.
    {"ロシア軍はドネツク州の前線で攻勢を強めた。", "ドネツク州", "ADM1", "UA"},
    {"ハルキウ州で停電が続いている。", "ハルキウ州", "ADM1", "UA"},
    // The capital alone stays the town.
    {"ドネツク市内で砲撃があった。", "ドネツク", "PPL", "UA"},
    // The Japanese names of the wars' divisions and towns.
    {"ミャンマー北部シャン州で国軍と抵抗勢力が衝突した。", "シャン州", "ADM1", "MM"},
    {"コンゴ民主共和国東部のブニアで避難民が襲われた。", "ブニア", "PPL", "CD"},
    {"北キブ州ではM23が攻勢を続けている。", "北キブ州", "ADM1", "CD"},
    {"マリ東部のメナカで武装勢力が村を襲撃した。", "メナカ", "PPL", "ML"},
    {"アフガニスタン南部カンダハルで爆発があった。", "カンダハル", "PPL", "AF"},
    // Katakana names the sound match cannot reach (a town before a division word, a tie
    // between sound-alikes, a name with no gazetteer row): world_ja.tsv rows.
    {"タイ深南部ナラティワート県で仕掛け爆弾が爆発した。", "ナラティワート県", "ADM1", "TH"},
    {"フィリピン南部マラウィの再建が遅れている。", "マラウィ", "PPLA2", "PH"},
    {"ナゴルノカラバフの住民の多くがアルメニアへ逃れた。", "ナゴルノカラバフ", "RGN", "AZ"},
    {"コロンビア南西部カウカ県で先住民の指導者が殺害された。", "カウカ県", "ADM1", "CO"},
    {"パキスタン北西部カイバル・パクトゥンクワ州で警察署が襲撃された。", "カイバル・パクトゥンクワ州", "ADM1", "PK"},
    {"マギンダナオ州の湿地帯で政府軍が掃討作戦を行った。", "マギンダナオ州", "ADM1", "PH"},
    {"タイ南部のタークバイ郡で検問所が銃撃された。", "タークバイ郡", "PPLA2", "TH"},
    // With no country named, a sound-alike across the border (Putatan, Malaysia) must not win.
    {"パッタニーの市場で爆弾が見つかった。", "パッタニー", "PPLA", "TH"},
    // A Spanish J written フ (フニン, Junín); a town the tokenizer splits as a name (マサ + マリ).
    {"ペルー中部フニン州で麻薬組織の拠点が摘発された。", "フニン州", "ADM1", "PE"},
    {"アマゾン地域のマサマリに軍の基地がある。", "マサマリ", "PPLA3", "PE"},
    // Spain's historical kingdoms are its divisions; a feudal domain (…藩) keeps its town a place.
    {"スペイン北東部アラゴンで山火事が広がった。", "アラゴン", "ADM1", "ES"},
    {"ナバラの州都パンプローナで祭りが開かれた。", "ナバラ", "ADM1", "ES"},
    {"旧仙台藩の城下町で古文書が見つかった。", "仙台", "PPL", "JP"},
    {"蝦夷地への移住が進んだ。", "蝦夷地", "ADM1", "JP"},
};

class DivisionSuffixTest : public ::testing::TestWithParam<DivisionCase> {};

TEST_P(DivisionSuffixTest, LinksTheDivisionOrTheTown) {
  const DivisionCase& c = GetParam();
  const document::Document doc = testing::Link(c.text, "ja", testing::PackLinker());
  const document::Mention* m = MentionOf(doc, c.surface);
  ASSERT_NE(m, nullptr) << c.text;
  EXPECT_EQ(m->text, c.surface);
  EXPECT_EQ(m->kind, MentionKind::kPlace);
  ASSERT_TRUE(m->entity) << c.text;
  EXPECT_EQ(m->entity->feature.rfind(c.feature, 0), 0u) << c.text << ": " << m->entity->feature;
  EXPECT_EQ(m->entity->country, c.country) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Wars, DivisionSuffixTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
