// The knowledge base: name-key folding, the compiled gazetteer (written from a
// small GeoNames-format file, then mapped), `import-geonames` inputs, and the
// integrity of the curated data files.
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>

#include "sitrep/base/file.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/name_key.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::kb {
namespace {

TEST(NameKeyTest, Folds) {
  const std::pair<const char*, const char*> cases[] = {
      {"Deir ez-Zor", "deirezzor"},  {"DEIR EZZOR", "deirezzor"},  {"Ḩamāh", "hamah"},
      {"Şanlıurfa", "sanliurfa"},    {"Ｈｏｍｓ", "homs"},          {"デイル・アル・ゾル", "デイルアルゾル"},
      {"إدلب", "ادلب"},              {"الحسكة", "الحسكه"},          {"Dar‘ā", "dara"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(NameKey(in), want) << in;
}

TEST(NameKeyTest, OffsetsMapBackToTheInput) {
  const std::string text = "In Ḩamāh.";
  const FoldedText f = FoldWithOffsets(text);
  const size_t at = f.key.find("hamah");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(f.orig[at], f.orig_end[at + 4] - f.orig[at]), "Ḩamāh");
}

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One file per test process: ctest runs these tests as parallel processes,
    // and a shared name let one test's write replace another's open file.
    path_ = ::testing::TempDir() + "/gazetteer_test_" + std::to_string(getpid()) + ".bin";
    GazetteerWriter w;
    size_t skipped = 0;
    ASSERT_TRUE(w.ReadGeoNamesTable(sitrep::testing::TestDataPath("kb/geonames_small.txt"), true, &skipped).ok());
    EXPECT_EQ(skipped, 1u);  // the malformed line
    ASSERT_TRUE(w.ReadAlternateNames(sitrep::testing::TestDataPath("kb/alternate_names_small.txt")).ok());
    auto stats = w.Write(path_);
    ASSERT_TRUE(stats.ok()) << stats.status().ToString();
    auto g = Gazetteer::Open(path_);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    g_ = std::move(g).value();
  }
  std::string path_;
  std::unique_ptr<Gazetteer> g_;
};

TEST_F(GazetteerTest, FindsByAnyIndexedName) {
  for (const char* name : {"Homs", "Hims", "ホムス", "حمص", "homs"}) {
    const auto hits = g_->Find(NameKey(name));
    ASSERT_EQ(hits.size(), 1u) << name;
    EXPECT_EQ(g_->Place(hits[0]).geonames_id, 169577u) << name;
  }
  EXPECT_TRUE(g_->Find(NameKey("QHS")).empty());  // short all-capital codes are not indexed
  EXPECT_TRUE(g_->Find(NameKey("Nowhere")).empty());
}

TEST_F(GazetteerTest, PlacesCarryFacts) {
  const int64_t i = g_->FindById(170654);
  ASSERT_GE(i, 0);
  const PlaceView v = g_->Place(static_cast<uint32_t>(i));
  EXPECT_EQ(v.name, "Damascus");
  EXPECT_EQ(v.country, "SY");
  EXPECT_EQ(v.feature, "PPLC");
  EXPECT_NEAR(v.lat, 33.51, 0.01);
  EXPECT_EQ(v.ja, "ダマスカス");  // from the alternate-names file
  const PlaceView homs = g_->Place(g_->Find("homs")[0]);
  EXPECT_EQ(homs.admin1, "Homs");
  auto [b, e] = g_->CountryRange("SY");
  EXPECT_EQ(e - b, 3u);
  EXPECT_GE(g_->Place(b).population, g_->Place(b + 1).population);  // most populous first
}

TEST_F(GazetteerTest, RejectsTruncatedAndMissingFiles) {
  auto bytes = ReadFile(path_);
  ASSERT_TRUE(bytes.ok());
  const std::string cut = ::testing::TempDir() + "/gazetteer_cut_" + std::to_string(getpid()) + ".bin";
  ASSERT_TRUE(WriteFileAtomically(cut, bytes->substr(0, bytes->size() - 10)).ok());
  EXPECT_EQ(Gazetteer::Open(cut).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Gazetteer::Open("/nonexistent/g.bin").status().code(), StatusCode::kNotFound);
}

TEST(KnowledgeBaseTest, CuratedDataIsConsistent) {
  KbOptions o;
  o.gazetteer_path = "-";
  auto kb = KnowledgeBase::Load(o);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  EXPECT_GE((*kb)->actors().size(), 100u);
  EXPECT_GE((*kb)->places().size(), 250u);
  for (const auto& a : (*kb)->actors()) {
    if (!a.affiliation.empty()) {
      EXPECT_NE((*kb)->LookupActor(a.affiliation), nullptr) << a.id;
    }
    EXPECT_TRUE(a.inter >= 0 && a.inter <= 8) << a.id;
    if (IsSourceKind(a.kind) || a.kind == ActorKind::kPerson) {
      EXPECT_EQ(a.inter, 0) << a.id;
    }
  }
  for (const auto& p : (*kb)->places()) {
    EXPECT_TRUE(p.lat > -90 && p.lat < 90 && p.lon > -180 && p.lon < 180) << p.id;
    if (p.country.empty()) {  // continents, world regions, oceans and seas
      EXPECT_TRUE(IsMultinationalFeature(p.feature)) << p.id;
    } else {
      EXPECT_NE((*kb)->LookupCountry(p.country), nullptr) << p.id;
    }
  }
  const Actor* army = (*kb)->GenericActor("government_forces", "SY");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->name, "Military Forces of Syria");
  EXPECT_EQ((*kb)->ActorRef(*army).inter, 1);
  const Country* sy = (*kb)->LookupCountry("SY");
  ASSERT_NE(sy, nullptr);
  EXPECT_EQ(sy->name, "Syria");
  EXPECT_TRUE(IsSourceKind((*kb)->LookupActor("actor:sohr")->kind));
}

}  // namespace
}  // namespace sitrep::kb
