// FusedOrganizationPass: a place, a document-local surname or an unknown
// katakana name fused with an organization word is one unlinked actor over the
// whole compound, with no place or person mention inside it; a country with
// its forces stays the state's actor, and a facility is no organization.
// Sentences written for this test, about several wars and places.
#include <gtest/gtest.h>

#include <string>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

struct CompoundCase {
  const char* text;
  const char* organization;  // the compound that must be one actor mention ("" = none)
  const char* place;         // a place that must stay a place mention ("" = none)
};

const CompoundCase kCases[] = {
    // A place and an organization word: the organization, no place inside.
    {"ヘルソン州政府は住民に避難を呼びかけた。", "ヘルソン州政府", ""},
    {"ハルツーム大学の学生が抗議デモを行った。", "ハルツーム大学", ""},
    {"マンダレー交通の運転手が拘束された。", "マンダレー交通", ""},
    // An unknown katakana name before an organization word.
    {"ザルフェニク銀行はダルフールの支店を閉じた。", "ザルフェニク銀行", "ダルフール"},
    // A known katakana word glued before the name opens it (ポリ + サリオ, メガ + サリオ).
    {"ポリサリオ戦線はティファリティ近郊でモロッコ軍と交戦したと主張した。", "ポリサリオ戦線", ""},
    {"メガサリオ協会はラバトで記者会見を開いた。", "メガサリオ協会", "ラバト"},
    // A place right after the organization is a place of its own.
    {"ガザ保健協会によると、ハンユニスで5人が死亡した。", "ガザ保健協会", "ハンユニス"},
    // Another name inside the compound opens the organization; the first says where it is.
    {"ハルキウ州イジュム市議会は住民2人が死亡したと発表した。", "イジュム市議会", "ハルキウ州"},
    // A clan's or a dynasty's house.
    {"ドゥッラーニー家はカブールを拠点に勢力を広げた。", "ドゥッラーニー家", "カブール"},
    // A country's civil bodies: one organization, not the country and a leftover.
    {"スーダン医師組合によると、オムドゥルマンで市民12人が死亡した。", "スーダン医師組合", "オムドゥルマン"},
    {"ウクライナ赤十字社の職員がハルキウで負傷した。", "ウクライナ赤十字社", "ハルキウ"},
    {"韓国労働組合はソウルで集会を開いた。", "韓国労働組合", "ソウル"},
    {"米上院はイスラエルへの追加支援を可決した。", "米上院", ""},
    {"レバノン議会はベイルートで緊急会合を開いた。", "レバノン議会", "ベイルート"},
    // A town's or a prefecture's offices, the dictionary finding the place up to
    // a character of the office word (広島県 in 広島 + 県議会, 大阪府 in 大阪 + 府警).
    {"広島県議会は核兵器の廃絶を求める決議を採択した。", "広島県議会", ""},
    {"大阪府警は男を逮捕した。", "大阪府警", ""},
    {"沖縄県警によると、那覇で米兵が拘束された。", "沖縄県警", "那覇"},
    {"横浜市役所に爆破予告があった。", "横浜市役所", ""},
    // A body named in ordinary nouns before a kind word (names.tsv org_head).
    {"中央選挙管理委員会はバマコでの投票を延期した。", "中央選挙管理委員会", "バマコ"},
    {"難民支援協会の職員がゴマで負傷した。", "難民支援協会", "ゴマ"},
    {"国家安全保障評議会はカブールで緊急会合を開いた。", "国家安全保障評議会", "カブール"},
    // The tokenizer's organization inside such a name gives way to the whole.
    {"国土交通省はハルキウへの調査団の派遣を決めた。", "国土交通省", "ハルキウ"},
    // A military unit by its number; after its state's forces, part of their mention.
    {"第3突撃旅団はバフムトで戦った。", "第3突撃旅団", "バフムト"},
    {"ロシア軍第58軍はヘルソン方面に移動した。", "ロシア軍第58軍", "ヘルソン"},
    // A name joined by middle dots ending in a kind of body, a place inside it.
    {"ハイランド・セキュリティ・グループの警備員がモガディシュで負傷した。", "ハイランド・セキュリティ・グループ", "モガディシュ"},
    {"サヘル・ユナイテッド・リーグの試合がバマコで中止された。", "サヘル・ユナイテッド・リーグ", "バマコ"},
    {"ギャング連合「ビブ・アンサンブル」がポルトープランスの刑務所を襲撃した。", "ビブ・アンサンブル", "ポルトープランス"},
};

class FusedOrganizationTest : public ::testing::TestWithParam<CompoundCase> {};

TEST_P(FusedOrganizationTest, CompoundIsOneOrganization) {
  const CompoundCase& c = GetParam();
  const document::Document doc = Link(c.text, "ja");
  const std::string text = c.text, org = c.organization;
  const size_t at = text.find(org);
  ASSERT_NE(at, std::string::npos);
  const document::Mention* m = MentionOf(doc, org);
  ASSERT_NE(m, nullptr) << org;
  EXPECT_EQ(m->text, org);
  EXPECT_EQ(m->kind, MentionKind::kActor);
  for (const auto& other : doc.mentions) {
    const bool inside = other.span.begin >= at && other.span.end <= at + org.size();
    if (inside) EXPECT_EQ(other.text, org) << other.text << " inside " << org;
  }
  EXPECT_TRUE(doc.nested_mentions.empty());
  if (*c.place) {
    const document::Mention* p = MentionOf(doc, c.place);
    ASSERT_NE(p, nullptr) << c.place;
    EXPECT_EQ(p->text, c.place);
    EXPECT_EQ(p->kind, MentionKind::kPlace);
  }
}

INSTANTIATE_TEST_SUITE_P(Wars, FusedOrganizationTest, ::testing::ValuesIn(kCases));

// What the pass leaves alone: a country and its forces or government, and a
// facility named after its town.
TEST(FusedOrganizationTest, StateActorsAndFacilitiesStay) {
  {
    const document::Document doc = Link("スーダン軍はエルファシャーの北で空爆を行った。", "ja");
    const document::Mention* army = MentionOf(doc, "スーダン軍");
    ASSERT_NE(army, nullptr);
    ASSERT_TRUE(army->entity) << army->text;
    EXPECT_EQ(army->kind, MentionKind::kActor);
  }
  {
    // A station is no organization: a facility linked to its town (ja_facilities_test.cc).
    const document::Document doc = Link("クラマトルスク駅にミサイルが着弾し、多数が死傷した。", "ja");
    const document::Mention* station = MentionOf(doc, "クラマトルスク駅");
    ASSERT_NE(station, nullptr);
    EXPECT_EQ(station->kind, MentionKind::kFacility);
    ASSERT_TRUE(station->entity);
    EXPECT_EQ(station->entity->country, "UA");
  }
  {
    // A country's government and forces named by the dictionary stay its state's actors.
    const document::Document doc = Link("ミャンマー国軍とウクライナ政府はそれぞれ声明を出した。", "ja");
    for (const char* name : {"ミャンマー国軍", "ウクライナ政府"}) {
      const document::Mention* m = MentionOf(doc, name);
      ASSERT_NE(m, nullptr) << name;
      ASSERT_TRUE(m->entity) << name;
      EXPECT_EQ(m->kind, MentionKind::kActor) << name;
    }
  }
  {
    // A unit after its state's forces is part of that actor's mention.
    const document::Document doc = Link("ロシア軍第58軍はヘルソン方面に移動した。", "ja");
    const document::Mention* unit = MentionOf(doc, "ロシア軍第58軍");
    ASSERT_NE(unit, nullptr);
    ASSERT_TRUE(unit->entity);
    EXPECT_EQ(unit->entity->name, "Military Forces of Russia");
  }
  {
    // A front named by its country is no organization (戦線 after a country is the front line).
    const document::Document doc = Link("ロシア軍はウクライナ戦線に兵力を集めた。", "ja");
    for (const auto& m : doc.mentions) EXPECT_NE(m.text, "ウクライナ戦線");
  }
  {
    // A general's title is no organization word (将軍 ends in 軍).
    const document::Document doc = Link("シリアのラタキアでマフルーフ将軍が演説した。", "ja");
    for (const auto& m : doc.mentions) EXPECT_NE(m.text, "マフルーフ将軍");
  }
}

// One ordinary noun before a kind word names a kind of body, not a body; 同
// points back to a body named before; forces named by ordinary nouns are a
// kind of force, a numbered front no unit, and a katakana kind word names a
// body only after a dot-joined name.
TEST(FusedOrganizationTest, KindsOfBodiesAreNoOrganizations) {
  const struct {
    const char* text;
    const char* word;  // in no mention
  } cases[] = {
      {"政府はマリ北部の情勢について対策委員会を設けた。", "委員会"},
      {"同委員会によると、ラファで3人が死亡した。", "委員会"},
      {"ウクライナ軍の機械化旅団がクピャンスクで反撃した。", "旅団"},
      {"ロシア軍は第2戦線を開いた。", "戦線"},
      {"反政府武装グループがゴマを襲撃した。", "グループ"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja");
    for (const auto& m : doc.mentions) EXPECT_EQ(m.text.find(c.word), std::string::npos) << c.text << " " << m.text;
  }
}

// An event named by its place — a championship, games, a disaster, a local
// election — or a style (…風) is no place there (names.tsv compound_head);
// the place named on its own in the same sentence stays.
TEST(CompoundHeadTest, EventsNamedByTheirPlace) {
  const struct {
    const char* text;
    const char* modifier;
    const char* place;
  } cases[] = {
      {"スーダン選手権はハルツームで開かれる予定だったが中止された。", "スーダン", "ハルツーム"},
      {"ヤンゴン市長選の投票所がマンダレーで襲撃された。", "ヤンゴン", "マンダレー"},
      {"ガザ風の料理を出す店がベイルートにある。", "ガザ", "ベイルート"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja");
    const std::string text = c.text;
    const size_t at = text.find(c.modifier);
    for (const auto& m : doc.mentions) {
      const bool on = m.span.begin == at;
      EXPECT_FALSE(on && (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry)) << c.text;
    }
    const document::Mention* p = MentionOf(doc, c.place);
    ASSERT_NE(p, nullptr) << c.place;
    EXPECT_EQ(p->kind, MentionKind::kPlace) << c.place;
  }
}

}  // namespace
}  // namespace sitrep::entities
