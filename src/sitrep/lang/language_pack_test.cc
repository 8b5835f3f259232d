// Manifests, pack discovery, the script guess and the plug-in registry, on
// packs written to a temporary folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "sitrep/base/paths.h"
#include "sitrep/lang/language_pack.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/lang/plugin_registry.h"
#include "sitrep/lang/word_classes.h"

namespace sitrep::lang {
namespace {

namespace fs = std::filesystem;

class PackFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("sitrep_lang_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "lang");
  }
  void TearDown() override { fs::remove_all(root_); }
  // Writes data/lang/<code>/<file>.
  void Write(const std::string& code, const std::string& file, const std::string& text) {
    fs::create_directories(root_ / "lang" / code);
    std::ofstream(root_ / "lang" / code / file) << text;
  }
  std::string Dir(const std::string& code) const { return (root_ / "lang" / code).string(); }
  fs::path root_;
};

TEST_F(PackFolder, ReadsEveryKindOfManifestLine) {
  Write("xx", "words.tsv", "a\tb\n");
  Write("xx", "manifest.tsv",
        "# toy\nname\tToy\nscripts\tHiragana Katakana\nprior\t0.25\ntokenizer\ticu\n"
        "role_rules\ttoy\nword_order\tVSO\tSVO\nrole_marking\tpostpositions\npassive\taffix\n"
        "genitive\tbefore\nmodifier\tafter\ngoal_marks_object\tyes\nmatching\tsubstrings\n"
        "table\ttriggers\twords.tsv\n");
  auto pack = LoadLanguagePack(Dir("xx"));
  ASSERT_TRUE(pack.ok()) << pack.status().ToString();
  EXPECT_EQ(pack->code, "xx");
  EXPECT_EQ(pack->name, "Toy");
  EXPECT_EQ(pack->scripts, (std::vector<std::string>{"Hiragana", "Katakana"}));
  EXPECT_DOUBLE_EQ(pack->prior, 0.25);
  EXPECT_EQ(pack->Plugin("tokenizer"), "icu");
  EXPECT_EQ(pack->Plugin("time_grammar"), "");
  EXPECT_EQ(pack->syntax.order(), WordOrder::kVSO);
  EXPECT_TRUE(pack->syntax.Allows(WordOrder::kSVO));
  EXPECT_FALSE(pack->syntax.Allows(WordOrder::kSOV));
  EXPECT_TRUE(pack->syntax.subject_marked());
  EXPECT_TRUE(pack->syntax.marker_follows_noun());
  EXPECT_EQ(pack->syntax.passive, Passive::kAffix);
  EXPECT_EQ(pack->syntax.genitive, Genitive::kBefore);
  EXPECT_EQ(pack->syntax.modifier, Genitive::kAfter);
  EXPECT_TRUE(pack->syntax.goal_marks_object);
  EXPECT_FALSE(pack->syntax.words());
  ASSERT_TRUE(pack->Table("triggers").has_value());
  EXPECT_EQ(fs::path(*pack->Table("triggers")).filename(), "words.tsv");
  EXPECT_FALSE(pack->Table("counts").has_value());
}

TEST_F(PackFolder, BadManifestLinesNameFileAndLine) {
  const struct {
    const char* line;
    const char* says;
  } cases[] = {
      {"word_order\tOVS\n", "unknown value 'OVS'"},
      {"role_marking\tparticles\n", "unknown value 'particles'"},
      {"scripts\tKlingon\n", "unknown script 'Klingon'"},
      {"table\ttriggers\tmissing.tsv\n", "no file"},
      {"table\tescape\t../../etc/passwd\n", "no file"},
      {"colour\tblue\n", "unknown key 'colour'"},
      {"prior\tmany\n", "prior"},
      {"role_rules\ta\nrole_rules\tb\n", "manifest.tsv:4: role_rules: given twice"},
  };
  for (const auto& c : cases) {
    Write("xx", "manifest.tsv", std::string("name\tToy\nscripts\tLatin\n") + c.line);
    auto pack = LoadLanguagePack(Dir("xx"));
    ASSERT_FALSE(pack.ok()) << c.line;
    const bool later = std::string(c.says).find("manifest.tsv:") != std::string::npos;
    EXPECT_TRUE(later || pack.status().message().find("manifest.tsv:3: ") != std::string::npos)
        << pack.status().message();
    EXPECT_NE(pack.status().message().find(c.says), std::string::npos) << pack.status().message();
  }
  Write("xx", "manifest.tsv", "scripts\tLatin\n");
  EXPECT_FALSE(LoadLanguagePack(Dir("xx")).ok());  // no name
  Write("Bad-Name", "manifest.tsv", "name\tX\nscripts\tLatin\n");
  EXPECT_FALSE(LoadLanguagePack(Dir("Bad-Name")).ok());
}

TEST(LanguageCode, AcceptsOnlyTheShapeOfACode) {
  for (const char* ok : {"en", "ja", "ar", "id", "fil"}) EXPECT_TRUE(IsLanguageCode(ok)) << ok;
  for (const char* bad : {"", "e", "EN", "en-US", "engl", "../../etc/passwd", "a/", "x1"})
    EXPECT_FALSE(IsLanguageCode(bad)) << bad;
}

TEST_F(PackFolder, DiscoversPacksAndSkipsFoldersWithoutManifest) {
  Write("lt", "manifest.tsv", "name\tLatin-script toy\nscripts\tLatin\nprior\t1\ndetected_as\tzz yy\n");
  Write("ar", "manifest.tsv", "name\tArabic-script toy\nscripts\tArabic\n");
  Write("kn", "manifest.tsv", "name\tKana toy\nscripts\tHan Hiragana Katakana\n");
  Write("notes", "readme.txt", "not a pack\n");
  auto set = PackSet::Discover(root_.string());
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(set->CodeList(), "ar, kn, lt");
  EXPECT_EQ(set->ReadableCodes(), (std::vector<std::string>{"ar", "kn", "lt", "zz", "yy"}));
  EXPECT_NE(set->Find("kn"), nullptr);
  EXPECT_EQ(set->Find("xx"), nullptr);
  EXPECT_EQ(set->ForDocument("xx", "any text"), nullptr);
  EXPECT_EQ(set->ForDocument("ar", "Latin letters")->code, "ar");  // a stated language wins
  // A detector's code for a close language the pack reads (Malay for Indonesian).
  EXPECT_EQ(set->ForDocument("yy", "any text")->code, "lt");
  EXPECT_EQ(set->Find("yy"), nullptr);  // --lang still names packs exactly
  // The script guess, for documents whose language is unknown.
  const struct {
    const char* text;
    const char* code;
  } guesses[] = {
      {"Rebels entered the city on Sunday.", "lt"},
      {"دخلت القوات المدينة يوم الأحد", "ar"},
      {"反政府勢力が市内に入った", "kn"},
      {"HTSが市内に入った", "kn"},  // kana and kanji outweigh a Latin acronym
      {"2024-12-08", "lt"},         // no letters: the highest prior
  };
  for (const auto& g : guesses) EXPECT_EQ(set->ForDocument("", g.text)->code, g.code) << g.text;
}

TEST_F(PackFolder, ABadPackStopsDiscoveryWithItsFileNamed) {
  Write("lt", "manifest.tsv", "name\tToy\nscripts\tLatin\nword_order\tXYZ\n");
  auto set = PackSet::Discover(root_.string());
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("lt/manifest.tsv:3"), std::string::npos);
}

struct Greeter {
  virtual ~Greeter() = default;
  virtual std::string Greet() const = 0;
};
struct PackGreeter : Greeter {
  explicit PackGreeter(std::string n) : name(std::move(n)) {}
  std::string Greet() const override { return "hello from " + name; }
  std::string name;
};

TEST_F(PackFolder, RegistryBuildsThePluginAPackNames) {
  const PluginRegistry<std::unique_ptr<Greeter>> registry(
      "role_rules",
      {{"toy", [](const LanguagePack& p) -> StatusOr<std::unique_ptr<Greeter>> {
          return std::unique_ptr<Greeter>(std::make_unique<PackGreeter>(p.name));
        }},
       {"broken", [](const LanguagePack&) -> StatusOr<std::unique_ptr<Greeter>> {
          return DataLossError("table unreadable");
        }}});
  Write("lt", "manifest.tsv", "name\tToy\nscripts\tLatin\nrole_rules\ttoy\n");
  auto pack = LoadLanguagePack(Dir("lt"));
  ASSERT_TRUE(pack.ok());
  ASSERT_TRUE(registry.Wanted(*pack));
  auto g = registry.Create(*pack);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ((*g)->Greet(), "hello from Toy");

  pack->plugins["role_rules"] = "missing";
  auto unknown = registry.Create(*pack);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("registered: toy, broken"), std::string::npos);
  pack->plugins["role_rules"] = "broken";
  EXPECT_NE(registry.Create(*pack).status().message().find("table unreadable"), std::string::npos);
  pack->plugins.clear();
  EXPECT_FALSE(registry.Wanted(*pack));
}

TEST(ShippedPacks, EveryPackUnderDataLoads) {
  auto set = PackSet::Discover(DataDir());
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_FALSE(set->packs().empty());
  for (const auto& p : set->packs()) {
    EXPECT_FALSE(p.Plugin("tokenizer").empty()) << p.code << ": every pack names a tokenizer";
  }
}

}  // namespace
}  // namespace sitrep::lang

namespace sitrep::lang {
namespace {

TEST(WordClassesTest, ReadsClassesWordsAndValues) {
  auto w = WordClasses::Parse(
      "# c\nnear_before\tnear\nconjunction\tand\nconjunction\t,\nmultiplier\tألف\t1000\n", "w.tsv");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  ASSERT_EQ(w->Of("multiplier").size(), 1u);
  EXPECT_EQ(w->Of("multiplier")[0].value, "1000");
  EXPECT_TRUE(w->Has("near_before", "near"));
  EXPECT_FALSE(w->Has("near_before", "far"));
  EXPECT_TRUE(w->Of("unknown").empty());
  const struct {
    const char* gap;
    bool joins;
  } gaps[] = {{" and ", true}, {", ", true}, {"and", true}, {" ", false}, {"", false},
              {" or ", false}};
  for (const auto& g : gaps) EXPECT_EQ(w->JoinsWith("conjunction", g.gap), g.joins) << g.gap;
  EXPECT_FALSE(WordClasses::Parse("near_before\n", "w.tsv").ok());  // a class without a word
}

}  // namespace
}  // namespace sitrep::lang
