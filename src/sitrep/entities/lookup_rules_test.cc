// EntityLinker::WordRules (what `sitrep kb lookup` prints as "rule" lines): the
// pack guards, cue and name-table rows that keep a word from being a name are
// named by file and line, in every language that has such tables; a real
// place name has no rule; a pack's guards count only for that pack's language.
#include <gtest/gtest.h>

#include "sitrep/base/paths.h"
#include "sitrep/entities/entity_linker.h"

namespace sitrep::entities {
namespace {

struct RuleCase {
  const char* name;
  const char* lang;
  const char* expect;  // a substring of one rule line; "" = no rule at all
};

const RuleCase kCases[] = {
    {"Senin", "id", "name_guards table of the 'id' language pack"},      // Monday
    {"Kamis", "id", "name_guards table of the 'id' language pack"},      // Thursday
    {"مدينة", "ar", "name_guards table of the 'ar' language pack"},      // "city", not Medina
    {"والمدينة", "ar", "name_guards table of the 'ar' language pack"},   // with its clitics
    {"Which", "en", "data/kb/cues.tsv:"},                                // a common word
    {"Secretary Obeid", "en", "word 'Secretary': "},                     // a title inside the name
    {"Secretary Obeid", "en", "(person_title)"},
    {"Olivia", "en", "given_names.txt (given_name)"},
    {"Victory", "en", "ordinary_words.txt (ordinary_word)"},           // a sentence's first word
    {"議会", "ja", "data/lang/ja/names.tsv:"},                           // a compound's head
    {"議会", "ja", "(compound_head)"},
    {"氏", "ja", "(person_suffix)"},
    {"Khartoum", "en", ""},
    {"Mariupol", "", ""},
    {"Aleppo", "id", ""},
    {"حلب", "ar", ""},
    {"Senin", "ar", ""},  // the Indonesian guard does not speak for Arabic text
};

const EntityLinker& PackLinker() {
  static const EntityLinker* linker = [] {
    auto packs = lang::PackSet::Discover(DataDir());
    EXPECT_TRUE(packs.ok()) << packs.status().ToString();
    auto l = EntityLinker::Create(*packs);
    EXPECT_TRUE(l.ok()) << l.status().ToString();
    return std::move(l).value().release();
  }();
  return *linker;
}

class WordRulesTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(WordRulesTest, NamesTheTableThatApplies) {
  const RuleCase& c = GetParam();
  const std::vector<std::string> rules = PackLinker().WordRules(c.name, c.lang);
  std::string all;
  for (const auto& r : rules) all += r + "\n";
  if (std::string(c.expect).empty()) {
    EXPECT_TRUE(rules.empty()) << c.name << " got:\n" << all;
  } else {
    EXPECT_NE(all.find(c.expect), std::string::npos) << c.name << " got:\n" << all;
  }
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, WordRulesTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
