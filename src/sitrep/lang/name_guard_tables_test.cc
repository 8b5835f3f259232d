// The Arabic and Indonesian packs' name_guards tables (read by
// entities/name_guards.cc) hold the kinds of ordinary words a gazetteer's
// alternate names spell like some far town: verbs of news prose (سار, not
// Sarh), given names and the divine names after عبد (سالم, not Salem; عبد
// القادر, not Elkader), and Indonesia's state bodies (DPR). The Arabic names of
// the region's own towns that are also given names (رشيد: Rosetta, بشار:
// Bechar, جاسم: Jasim) must stay unguarded, or those towns are lost.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "sitrep/base/paths.h"
#include "sitrep/base/tsv.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::lang {
namespace {

std::set<std::string> Guards(const std::string& code) {
  auto packs = PackSet::Discover(DataDir());
  EXPECT_TRUE(packs.ok()) << packs.status().ToString();
  const LanguagePack* pack = packs->ForDocument(code, "");
  EXPECT_NE(pack, nullptr) << code;
  if (!pack) return {};
  const auto table = pack->Table("name_guards");
  EXPECT_TRUE(table.has_value()) << code;
  if (!table) return {};
  auto rows = ReadTsv(*table);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  std::set<std::string> out;
  for (const TsvRow& row : *rows) out.insert(row.fields[0]);
  return out;
}

TEST(NameGuardTablesTest, ArabicGuardsVerbsGivenNamesAndDivineNames) {
  const auto guards = Guards("ar");
  for (const char* word : {"سار", "عمد", "غادر", "سالم", "مروان", "كريم", "بوتو", "القادر", "الناصر"}) {
    EXPECT_TRUE(guards.count(word)) << word;
  }
}

TEST(NameGuardTablesTest, ArabicTownNamesThatAreGivenNamesStayUnguarded) {
  const auto guards = Guards("ar");
  for (const char* town : {"رشيد", "بشار", "جاسم", "التل", "حلب"}) EXPECT_FALSE(guards.count(town)) << town;
}

// "The coast" and "the valley" alone name a region of any country (الساحل
// السوري, قرى الوادي), not the Sahel or El Oued; "the factions" are armed
// groups, not the village of Fasayil. The Sahel's two-word names stay unguarded.
TEST(NameGuardTablesTest, ArabicGuardsTheCoastAndTheValley) {
  const auto guards = Guards("ar");
  for (const char* word : {"الساحل", "الوادي", "الفصائل"}) EXPECT_TRUE(guards.count(word)) << word;
  EXPECT_FALSE(guards.count("الساحل الأفريقي"));
}

TEST(NameGuardTablesTest, IndonesianGuardsItsStateBodies) {
  const auto guards = Guards("id");
  for (const char* word : {"DPR", "DPRD", "MPR"}) EXPECT_TRUE(guards.count(word)) << word;
  EXPECT_FALSE(guards.count("Aceh"));
}

}  // namespace
}  // namespace sitrep::lang
