// Japanese event rules, PETRARCH-style: one sentence in, the expected record
// out. Case particles decide the roles (が/は agent, を patient, で place,
// に対する target, によって/の手に passive agent). Names come from the tiny
// test dictionary (sitrep/testing/tiny_kb.h).
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

using testing::CheckRow;
using testing::Extractor;
using testing::Row;

const Row kRows[] = {
    // 出来事を称賛する声明は新しい出来事ではない（言及）。
    {"イスラム国はモスルでの襲撃を称賛した。", ""},
    {"ロシア軍はハルキウの住宅地を砲撃した。", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"ロシア軍がハルキウにミサイル攻撃を行った。", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"イドリブで空爆があり、民間人10人が死亡した。", "Air/drone strike", "", "Idlib"},
    {"ロシア軍はイドリブ近郊の村を空爆した。", "Air/drone strike", "Military Forces of Russia", "Idlib"},
    // A headline's opening name and comma is its subject.
    {"ロシア軍、ハルキウにミサイル攻撃", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    // 「XとYとの戦闘」: 並んだ属格は両当事者で、先に名指しされた方が actor1。
    {"ハルツームでスーダン軍と即応支援部隊（RSF）との戦闘があり、5人が死亡した。", "Armed clash",
     "Military Forces of Sudan", "Khartoum"},
    // 道路脇に仕掛けられた爆弾は IED（「死亡」はその死者）。
    {"モスルで兵士を乗せた車両が道路脇に仕掛けられた爆弾で爆破され、3人が死亡した。", "Remote explosive/landmine/IED", "", "Mosul"},
    {"イラク軍、モスルを奪還", "Government regains territory", "Military Forces of Iraq", "Mosul"},
    // 「Xと呼ばれる…の戦闘員」は X の戦闘員: 並列の先頭（イラク軍）が actor1。
    {"モスル近郊でイラク軍とイスラム国と呼ばれる過激派組織の戦闘員が交戦した。", "Armed clash",
     "Military Forces of Iraq", "Mosul"},
    // 誘導爆弾・滑空爆弾は空から落とされる: Air/drone strike。
    {"ハルキウで6日夜、ロシア軍の誘導爆弾が住宅地に着弾し、3人が死亡した。", "Air/drone strike",
     "Military Forces of Russia", "Kharkiv"},
    // The possessor of a weapon compounded into the trigger is the attacker.
    {"ロシア軍の弾道ミサイルがハルキウに着弾した。", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"イラク軍の無人機攻撃でモスルの住民2人が死亡した。", "Air/drone strike", "Military Forces of Iraq", "Mosul"},
    {"ロシア軍は自爆型ドローンでハルキウを攻撃した。", "Air/drone strike", "", "Kharkiv"},
    {"フーシ派がマーリブに無人機攻撃を仕掛けた。", "Air/drone strike", "Ansar Allah", "Marib"},
    {"モスルで路肩爆弾が爆発し、兵士2人が死亡した。", "Remote explosive/landmine/IED", "", "Mosul"},
    {"マーリブで地雷が爆発し、羊飼いが死亡した。", "Remote explosive/landmine/IED", "", "Marib"},
    {"モスルのモスクで自爆テロがあった。", "Suicide bomb", "", "Mosul"},
    {"ゴマの市場に手榴弾が投げ込まれた。", "Grenade", "", "Goma"},
    {"イドリブで化学兵器が使用されたと活動家は主張した。", "Chemical weapon", "", "Idlib"},
    {"ハルツームで迫撃砲弾が着弾した。", "Shelling/artillery/missile attack", "", "Khartoum"},
    // Who holds the place is not who shelled it.
    {"シリアが実効支配するアレッポで日曜日、砲弾が着弾した。", "Shelling/artillery/missile attack",
     "Unidentified armed group", "Aleppo"},
    {"イラク軍はモスルでイスラム国と交戦した。", "Armed clash", "Military Forces of Iraq", "Mosul"},
    {"スーダン軍と即応支援部隊がハルツームで衝突した。", "Armed clash", "", "Khartoum"},
    {"ハルキウ周辺で激しい戦闘が続いている。", "Armed clash", "", "Kharkiv"},
    {"ウクライナ軍はハルキウでの攻勢を撃退した。", "Armed clash", "Military Forces of Ukraine", "Kharkiv"},
    {"即応支援部隊がハルツームの空港を制圧した。", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    // 国名のない警察は一般の警察（"Police Forces of X" は X が分かるときだけ）。
    {"警察はゴマで記者2人を拘束した。", "Arrests", "Police", "Goma"},
    {"イスラム国はモスルを占領した。", "Non-state actor overtakes territory", "Islamic State", "Mosul"},
    {"ゴマは反政府勢力の手に落ちた。", "Non-state actor overtakes territory", "Rebels", "Goma"},
    {"反政府勢力がアレッポに侵攻した。", "Non-state actor overtakes territory", "Rebels", "Aleppo"},
    {"アレッポはイスラム国によって占拠された。", "Non-state actor overtakes territory", "Islamic State", "Aleppo"},
    {"イラク軍はモスルを奪還した。", "Government regains territory", "Military Forces of Iraq", "Mosul"},
    {"ウクライナ軍がハルキウ近郊の村を奪還した。", "Government regains territory", "Military Forces of Ukraine", "Kharkiv"},
    {"スーダン軍はハルツームを制圧した。", "Government regains territory", "Military Forces of Sudan", "Khartoum"},
    {"政府軍がイドリブを奪回した。", "Government regains territory", "State forces", "Idlib"},
    {"イラク軍はモスルから撤退した。", "Non-violent transfer of territory", "Military Forces of Iraq", "Mosul"},
    {"政府軍はゴマから撤収した。", "Non-violent transfer of territory", "State forces", "Goma"},
    {"ゴマは戦闘なしで反政府勢力に引き渡された。", "Non-violent transfer of territory", "", "Goma"},
    {"武装集団がゴマ近郊で村民5人を殺害した。", "Attack", "Unidentified armed group", "Goma"},
    // A militia named by the side it fights for.
    {"親政府民兵がアレッポ近郊の検問所を襲撃した。", "Armed clash", "Pro-government militia", "Aleppo"},
    // Coordinated subjects: the first named conjunct is actor1.
    {"ウクライナ軍と民兵はハルキウ近郊でロシア軍と交戦した。", "Armed clash", "Military Forces of Ukraine", "Kharkiv"},
    {"フーシ派とその同盟部族が支援する武装勢力は、マーリブの政府軍陣地を攻撃した。", "Armed clash", "Ansar Allah",
     "Marib"},
    {"即応支援部隊と民兵はハルツームで民間人を殺害した。", "Attack", "Rapid Support Forces", "Khartoum"},
    {"即応支援部隊はハルツームで民間人を虐殺した。", "Attack", "Rapid Support Forces", "Khartoum"},
    {"武装集団がゴマで学生20人を拉致した。", "Abduction/forced disappearance", "Unidentified armed group", "Goma"},
    {"ハルツームで援助関係者2人が誘拐された。", "Abduction/forced disappearance", "", "Khartoum"},
    {"ハルツームで女性たちが性的暴行を受けたと目撃者は語った。", "Sexual violence", "", "Khartoum"},
    {"ハルツームで数千人が平和的なデモを行った。", "Peaceful protest", "", "Khartoum"},
    {"ナイロビで学生が抗議集会を開いた。", "Peaceful protest", "", ""},
    {"警察はハルツームでデモ隊に催涙ガスを発射した。", "Protest with intervention", "", "Khartoum"},
    {"治安部隊はハルツームのデモ隊に実弾を発砲した。", "Excessive force against protesters", "", "Khartoum"},
    {"ゴマで抗議者が投石し、車に放火した。", "Violent demonstration", "", "Goma"},
    {"ゴマで暴動が起き、商店が襲われた。", "Violent demonstration", "", "Goma"},
    {"警察はモスルで容疑者3人を逮捕した。", "Arrests", "", "Mosul"},
    // A bomb found did not go off.
    {"ゴマの市場で警察が仕掛け爆弾を発見した。", "Disrupted weapons use", "", "Goma"},
    {"イラク軍はモスルで戦闘員10人を拘束した。", "Arrests", "Military Forces of Iraq", "Mosul"},
    {"フーシ派と政府はマーリブでの停戦に合意した。", "Agreement", "", "Marib"},
    {"両者はハルツームで捕虜交換に合意した。", "Agreement", "", "Khartoum"},
    {"ウクライナ軍はハルキウ上空で無人機を撃墜した。", "Disrupted weapons use", "Military Forces of Ukraine", "Kharkiv"},
    {"即応支援部隊はハルツームに新たな拠点を設置した。", "Headquarters or base established", "Rapid Support Forces", "Khartoum"},
    {"民兵がモスルに検問所を設置した。", "Headquarters or base established", "Militia", "Mosul"},
    {"戦闘員がハルツームの中央市場を略奪した。", "Looting/property destruction", "", "Khartoum"},
    {"アレッポの広場で像が取り壊された。", "Looting/property destruction", "", "Aleppo"},
    {"武装集団がゴマ近郊の家屋に放火した。", "Looting/property destruction", "", "Goma"},
    {"イラク軍はモスルに部隊を再配置した。", "Change to group/activity", "Military Forces of Iraq", ""},
    {"数百人の戦闘員が即応支援部隊から離反した。", "", ""},
    {"政府はハルツームに外出禁止令を出した。", "Other", "", "Khartoum"},
    {"住民はアレッポから逃げた。", "Other", "", "Aleppo"},
    {"数千人がハルツームからエジプトに逃れた。", "Other", "", "Khartoum"},
    // More patterns: passives, relative clauses, nominalised triggers, coordination.
    {"モスルはイスラム国に占領された。", "Non-state actor overtakes territory", "Islamic State", "Mosul"},
    {"ハルツームは即応支援部隊によって制圧された。", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"フーシ派の手に落ちたマーリブでは戦闘が続いている。", "Non-state actor overtakes territory", "Ansar Allah", "Marib"},
    {"イラク軍によるモスル奪還作戦が完了した。", "Government regains territory", "", "Mosul"},
    {"スーダン軍の撤退後、即応支援部隊がハルツームに入城した。", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"ロシア軍の砲撃でハルキウの住民3人が死亡した。", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"モスルの市場で爆発があり、12人が負傷した。", "Remote explosive/landmine/IED", "", "Mosul"},
    {"イドリブ近郊で迫撃砲による攻撃があった。", "Shelling/artillery/missile attack", "", "Idlib"},
    {"イドリブの病院が空爆を受けた。", "Air/drone strike", "", "Idlib"},
    {"ゴマ近郊で反政府勢力と政府軍が交戦した。", "Armed clash", "Rebels", "Goma"},
    {"即応支援部隊はハルツームで民間人に発砲した。", "Attack", "Rapid Support Forces", "Khartoum"},
    {"武装集団がゴマの検問所を襲撃した。", "Armed clash", "Unidentified armed group", "Goma"},
    // A bracketed name heads the noun after it: its fighters are the group.
    {"「イスラム国」の戦闘員がモスルの検問所を襲撃した。", "Armed clash", "Islamic State", "Mosul"},
    {"過激派組織「イスラム国（IS）」の戦闘員がモスルの検問所を襲撃した。", "Armed clash", "Islamic State", "Mosul"},
    {"ハルキウで市民が避難した。", "Other", "", "Kharkiv"},
    {"警察はナイロビのデモで参加者を逮捕した。", "Protest with intervention", "", ""},
    {"ハルツームで暴徒が商店を略奪した。", "Mob violence", "", ""},
    {"モスルで群衆が警察署を襲撃した。", "Mob violence", "Rioters", "Mosul"},
    {"イラク軍はモスルで武器を押収した。", "Disrupted weapons use", "Military Forces of Iraq", "Mosul"},
    {"マーリブで停戦協定が結ばれた。", "Agreement", "", "Marib"},
    {"スーダン軍は、ハルツームから撤退したとの報道を否定した。", "Non-violent transfer of territory", "Military Forces of Sudan", "Khartoum"},
    {"ロシア軍は部隊をハルキウから撤退させた。", "Change to group/activity", "Military Forces of Russia", "Kharkiv"},
    {"ウクライナ軍がハルキウ州の村を解放した。", "Government regains territory", "Military Forces of Ukraine", "Kharkiv"},
    {"イスラム国はモスル近郊の村を攻撃し、村民10人を殺害した。", "Attack", "Islamic State", "Mosul"},
    {"即応支援部隊の戦闘員がハルツームで女性を拉致した。", "Abduction/forced disappearance", "Rapid Support Forces", "Khartoum"},
    {"ゴマでは市場が再開した。", "", ""},
    {"ロシア軍はハルキウへの攻撃を否定していない。", "", ""},
    {"反政府勢力がアレッポを攻撃すれば、政府軍は撤退するかもしれない。", "", ""},
    {"「即応支援部隊」は18日、ハルツームを制圧したと発表した。", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    // Irrealis and negation.
    {"反政府勢力はアレッポを占領するだろう。", ""},
    {"ロシア軍がハルキウを攻撃する可能性がある。", ""},
    {"イスラム国がモスルを占領する計画だ。", ""},
    // 予想・意向・予告はまだ起きていない。
    {"政府軍はゴマを攻撃する構えだ。", ""},
    {"反政府勢力はモスルを制圧する見通しだ。", ""},
    {"武装勢力はマーリブへの攻撃を予告した。", ""},
    {"ロシア軍はハルキウを攻撃する意向を示した。", ""},
    {"イスラム国がモスルを攻撃する恐れがある。", ""},
};

class JapaneseTableTest : public ::testing::TestWithParam<Row> {};

TEST_P(JapaneseTableTest, SentenceGivesExpectedRecord) { CheckRow(GetParam(), "ja"); }

INSTANTIATE_TEST_SUITE_P(Rows, JapaneseTableTest, ::testing::ValuesIn(kRows));

TEST(JapaneseClaimsTest, AttributionDenialAndBackReference) {
  auto doc = sitrep::testing::MakeDocument(
      "ロイターによると、即応支援部隊がハルツームの空港を制圧した。\n"
      "スーダン軍は、ハルツームから撤退したことを否定した。\n"
      "人権監視団は、スーダン軍がハルツームから撤退したと述べた。\n"
      "アレッポで像が倒された。\n"
      "これは、ソーシャルメディア上の動画から知られている。",
      "ja");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 4u);
  EXPECT_EQ(testing::EventFrom(doc, "ロイター").claims.at(0).source.name, "Reuters");
  const auto& denial = testing::EventFrom(doc, "スーダン軍は");
  EXPECT_EQ(denial.claims.at(0).source.name, "Military Forces of Sudan");
  EXPECT_EQ(denial.claims.at(0).stance, document::Stance::kDenies);
  // The monitor's contrary report stays a separate record.
  const auto& report = testing::EventFrom(doc, "人権監視団");
  EXPECT_EQ(report.claims.at(0).source.name, "Syrian Observatory for Human Rights");
  EXPECT_EQ(report.claims.at(0).stance, document::Stance::kAsserts);
  EXPECT_EQ(testing::EventFrom(doc, "アレッポ").claims.at(0).source.name, "social media");
}

TEST(JapaneseCountsTest, ApproximateFigures) {
  auto doc = sitrep::testing::MakeDocument("ハルツームで戦闘があり、約1,500人が死亡、数百人が負傷した。",
                                           "ja");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].fatalities, 1500);
  ASSERT_EQ(doc.events[0].counts.size(), 2u);
  EXPECT_TRUE(doc.events[0].counts[0].approx);
  EXPECT_EQ(doc.events[0].counts[1].what, "injured");
  EXPECT_EQ(doc.events[0].counts[1].value, 100);
}

// A locative topic before the clause ("Xでは5日、…") is where the clause's
// event happened (geo_precision 1); a place the clause does not mark is near.
TEST(JapanesePlaceTest, LocativeTopicIsTheTown) {
  auto doc = sitrep::testing::MakeDocument("ハルツームでは5日、スーダン軍が活動家4人を拘束した。", "ja");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].place.has_value());
  EXPECT_EQ(doc.events[0].place->name, "Khartoum");
  EXPECT_EQ(doc.events[0].place->geo_precision, 1);
  auto near = sitrep::testing::MakeDocument("ハルツーム付近では5日、スーダン軍が活動家4人を拘束した。", "ja");
  ASSERT_TRUE(Extractor().Annotate(near).ok());
  ASSERT_EQ(near.events.size(), 1u);
  ASSERT_TRUE(near.events[0].place.has_value());
  EXPECT_EQ(near.events[0].place->geo_precision, 2);
}

// The sub-event types of a Japanese text's records, in order, joined by " | ".
std::string RecordTypes(const char* text) {
  auto doc = sitrep::testing::MakeDocument(text, "ja");
  EXPECT_TRUE(Extractor().Annotate(doc).ok());
  std::string got;
  for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + e.sub_event_type;
  return got;
}

// 襲撃された検問所・司令部は標的: 拠点設置は「検問所を設置」「司令部を置いた」だけ。
TEST(JapaneseRulesTest, AnAttackedPostIsNoBaseEstablished) {
  const struct {
    const char* text;
    const char* types;  // the records' sub-event types, in order, joined by " | "
  } kCases[] = {
      {"ゴマで日曜日、武装集団が検問所を襲撃した。", "Armed clash"},
      {"ロシア軍がハルキウの司令部を攻撃した。", "Armed clash"},
      {"即応支援部隊はハルツームに新たな司令部を設置した。", "Headquarters or base established"},
  };
  for (const auto& k : kCases) EXPECT_EQ(RecordTypes(k.text), k.types) << k.text;
}

// 警護・護衛していた作業（撤去作業、破壊作業）は背景: 記録はその人々への攻撃だけ。
TEST(JapaneseRulesTest, AGuardedWorkIsNoEventOfItsOwn) {
  const struct {
    const char* text;
    const char* types;  // the records' sub-event types, in order, joined by " | "
  } kCases[] = {
      {"ハルキウで7日、がれきの撤去作業を警護していた兵士が銃撃を受けた。", "Armed clash"},
      {"モスル近郊で建物の破壊作業の護衛にあたっていた部隊が銃撃された。", "Armed clash"},
      {"ゴマで武装集団が倉庫を破壊した。", "Looting/property destruction"},
  };
  for (const auto& k : kCases) EXPECT_EQ(RecordTypes(k.text), k.types) << k.text;
}

// 受身の動作主（によって）の国はその国の軍（"Syria shelled" と同じく）。
TEST(JapaneseRulesTest, ACountryAsPassiveAgentIsItsMilitary) {
  for (const char* text : {"イドリブ近郊の村がシリアによって空爆された。", "アレッポの市場がシリアにより砲撃された。"}) {
    auto doc = sitrep::testing::MakeDocument(text, "ja");
    for (auto& m : doc.mentions)
      if (m.entity && m.entity->name == "Syria") m.entity->country = "SY";
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].actor1) << text;
    EXPECT_EQ(doc.events[0].actor1->name, "Military Forces of Syria") << text;
  }
}

}  // namespace
}  // namespace sitrep::events
