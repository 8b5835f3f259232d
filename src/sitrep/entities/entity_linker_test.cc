// Behaviour of the entities stage, table-driven across English, Japanese and
// Arabic: exact and alias names, generic references by document context,
// transliteration of garbled names, abbreviations, persons, datelines,
// loanwords that must stay unlinked, and the overlay-only fallback.
#include "sitrep/entities/entity_linker.h"

#include <gtest/gtest.h>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using entities::testing::Link;
using entities::testing::MentionOf;

struct Case {
  const char* lang;
  const char* text;
  const char* surface;
  const char* entity;  // expected entity name; "" = must not be linked
};

class LinkCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(LinkCaseTest, Links) {
  const Case& c = GetParam();
  const document::Document doc = Link(c.text, c.lang);
  const document::Mention* m = MentionOf(doc, c.surface);
  if (*c.entity == '\0') {
    EXPECT_TRUE(m == nullptr || !m->entity) << c.surface << " linked to " << m->entity->name;
    return;
  }
  ASSERT_NE(m, nullptr) << "no mention of " << c.surface;
  ASSERT_TRUE(m->entity.has_value()) << c.surface << " unlinked";
  EXPECT_EQ(m->entity->name, c.entity) << c.surface << " via " << m->method;
  EXPECT_EQ(doc.text().substr(m->span.begin, m->span.size()), m->text);
}

INSTANTIATE_TEST_SUITE_P(
    All, LinkCaseTest,
    ::testing::Values(
        // Exact and alias names in three scripts.
        Case{"en", "Government forces shelled Deir al-Zour on Monday.", "Deir al-Zour", "Deir ez-Zor"},
        Case{"ja", "イラク軍はモスルで掃討作戦を続けた。", "モスル", "Mosul"},
        Case{"ar", "قصفت الطائرات مدينة حمص يوم الاثنين", "حمص", "Homs"},
        Case{"en", "The Syrian Observatory for Human Rights said 12 were killed.",
             "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"},
        Case{"ja", "スーダン国軍と即応支援部隊の戦闘が続く。", "即応支援部隊", "Rapid Support Forces"},
        // Ambiguous names resolve by the document's country.
        Case{"en", "Clashes erupted in Tripoli, Lebanon, near the port.", "Tripoli", "Tripoli"},
        // Generic references by context.
        Case{"ja", "イエメンの反政府勢力がサヌアを掌握した。", "反政府勢力", "Houthis"},
        Case{"en", "In Sudan, the army said it retook Wad Madani.", "the army", "Military Forces of Sudan"},
        // Garbled transliterations.
        Case{"ja", "シリア北部のマンビッジで戦闘があった。", "マンビッジ", "Manbij"},
        Case{"en", "Rebels entered Jisr al-Shugour in Syria.", "Jisr al-Shugour", "Jisr al-Shughur"},
        // Abbreviation with letters out of order where the actor is named.
        Case{"en", "The Syrian Democratic Forces (SDF) hold Raqqa in Syria. The SFD denied it.", "SFD",
             "Syrian Democratic Forces"},
        // Persons by title and kunya.
        Case{"en", "The offensive was led by Brig. Gen. Issam Zahreddine in Syria.", "Issam Zahreddine",
             "Issam Zahreddine"},
        // Loanwords and common words stay unlinked.
        Case{"ja", "イスラエルのテレビによると、ミサイルがテルアビブに着弾した。", "テレビ", ""},
        Case{"ja", "イスラエルのテレビによると、ミサイルがテルアビブに着弾した。", "ミサイル", ""},
        Case{"en", "Police said the Ministry of Defence had no comment.", "Police", ""},
        // Japanese spellings of countries beside the official ones (豪州, ギリシア, ビルマ), also in state forces.
        Case{"ja", "豪州の外相はガザでの停戦を求めた。", "豪州", "Australia"},
        Case{"ja", "ギリシアの沿岸警備隊は難民船を救助した。", "ギリシア", "Greece"},
        Case{"ja", "ビルマ国軍はザガイン地方の村を空爆した。", "ビルマ国軍", "Military Forces of Myanmar"},
        // A loanword MeCab knows as a common noun is no foreign town of the same spelling.
        Case{"ja", "ハルキウ行きのバスが砲撃を受け、乗客が負傷した。", "バス", ""},
        Case{"ja", "シドニーでもガザでの停戦を求める集会が開かれた。", "シドニー", "Sydney"},
        // A common word may open a name ("New" York, not York in England).
        Case{"en", "The company moved its headquarters to New York last year.", "New York", "New York City"},
        // A lone given name is no small town of the document's country (Olivia, Minnesota).
        Case{"en", "Olivia told reporters in Minnesota that the vote was close.", "Olivia", ""}));

// First-level divisions, continents and seas, and which sense an ambiguous
// name takes: the expected country and feature of the linked entity.
TEST(EntityLinkerTest, DivisionsRegionsAndProminentSenses) {
  const struct {
    const char* text;
    const char* surface;
    const char* country;  // "" for continents and seas
    const char* feature;
  } cases[] = {
      {"Flooding closed roads across New Jersey on Monday.", "New Jersey", "US", "ADM1"},
      {"Storms hit Alabama and Georgia overnight, officials in Atlanta said.", "Georgia", "US", "ADM1"},
      {"Russian troops moved toward Georgia, officials in Tbilisi said.", "Georgia", "GE", ""},
      {"Gunmen attacked a village in Kaduna State, Nigeria, on Sunday.", "Kaduna State", "NG", "ADM1"},
      {"The governor of Texas visited Houston and Dallas.", "Texas", "US", "ADM1"},
      {"Police in Aleppo said a car bomb exploded near the citadel.", "Aleppo", "SY", "PPLA"},
      {"The mayor of Chicago flew from Texas to London on Monday.", "London", "GB", "PPLC"},
      {"The storm formed over the Atlantic on Monday.", "Atlantic", "", "OCN"},
      {"Tensions rose across the Middle East after the strike.", "Middle East", "", "RGN"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "en");
    const document::Mention* m = MentionOf(doc, c.surface);
    ASSERT_NE(m, nullptr) << c.text;
    ASSERT_TRUE(m->entity.has_value()) << c.text;
    EXPECT_EQ(m->entity->country, c.country) << c.text << " -> " << m->entity->name;
    if (*c.feature) EXPECT_EQ(m->entity->feature, c.feature) << c.text << " -> " << m->entity->name;
  }
}

TEST(EntityLinkerTest, DatelineIsLinkedAndMarked) {
  for (const auto& [lang, text, surface] :
       std::vector<std::tuple<const char*, const char*, const char*>>{
           {"en", "BEIRUT (Reuters) - Israeli strikes hit southern Lebanon.", "BEIRUT"},
           {"ja", "カイロ - スーダンの首都ハルツームで戦闘。", "カイロ"}}) {
    const document::Document doc = Link(text, lang);
    const document::Mention* m = MentionOf(doc, surface);
    ASSERT_NE(m, nullptr) << surface;
    ASSERT_TRUE(m->entity.has_value()) << surface;
    EXPECT_TRUE(m->dateline) << surface;
  }
  const document::Document doc = Link("Fighters left Beirut - and Damascus - on Monday.", "en");
  const document::Mention* m = MentionOf(doc, "Beirut");
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(m->dateline);
}

TEST(EntityLinkerTest, EntityRefCarriesActorFields) {
  const document::Document doc = Link("Hayat Tahrir al-Sham fighters entered Hama in Syria.", "en");
  const document::Mention* m = MentionOf(doc, "Hayat Tahrir al-Sham");
  ASSERT_TRUE(m && m->entity);
  EXPECT_EQ(m->entity->id, "actor:hts");
  EXPECT_EQ(m->entity->inter, 2);
  EXPECT_EQ(m->entity->country, "SY");
  EXPECT_EQ(m->entity->feature, "rebel_group");
  const document::Mention* hama = MentionOf(doc, "Hama");
  ASSERT_TRUE(hama && hama->entity && hama->entity->lat);
  EXPECT_NEAR(*hama->entity->lat, 35.13, 0.1);
  EXPECT_EQ(hama->entity->country, "SY");
}

TEST(EntityLinkerTest, WorksFromTheOverlayWithoutAGazetteer) {
  LinkerOptions options;
  options.gazetteer_path = "/nonexistent/gazetteer.bin";
  auto linker = EntityLinker::Create(options);
  ASSERT_TRUE(linker.ok()) << linker.status().ToString();
  const document::Document doc = Link("シリアのダマスカスとホムスで戦闘。", "ja", **linker);
  const document::Mention* m = MentionOf(doc, "ダマスカス");
  ASSERT_TRUE(m && m->entity);
  EXPECT_EQ(m->entity->name, "Damascus");
  bool warned = false;
  for (const auto& d : doc.diagnostics) warned |= d.stage == "entities" && d.severity == document::Severity::kWarning;
  EXPECT_TRUE(warned);
}

TEST(EntityLinkerTest, LookupExplainsCandidates) {
  const auto cands = entities::testing::SharedLinker().Lookup("ホムス", "SY");
  ASSERT_FALSE(cands.empty());
  EXPECT_EQ(cands[0].entity.name, "Homs");
  EXPECT_FALSE(cands[0].reason.empty());
}

}  // namespace
}  // namespace sitrep::entities
