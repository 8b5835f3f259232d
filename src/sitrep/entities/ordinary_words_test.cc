// A capitalised word alone at the start of a sentence is the ordinary word it
// spells (data/kb/ordinary_words.txt), not the small town of that name —
// unless it is a prominent place, a given name, an acronym, an organization
// word, or a word the same text capitalises inside a sentence. Sentences
// written for this test; needs the compiled world gazetteer (skipped without it).
#include <gtest/gtest.h>

#include <ostream>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

struct OrdinaryWordCase {
  const char* text;
  const char* word;  // the sentence's first word, as far as needed to find that sentence
  bool mention;      // whether it is a mention
};

const OrdinaryWordCase kCases[] = {
    // The word: Strong, Maine; Victory, New York; Gold and Summer, towns elsewhere.
    {"Strong winds tore roofs off houses across Sindh.", "Strong", false},
    {"Victory was declared by the rebels in Kidal on Sunday.", "Victory", false},
    {"Gold prices rose in Lagos after the strike.", "Gold", false},
    {"The market closed early. Summer heat killed dozens in Multan.", "Summer", false},
    // A name after all: a city of 100k, a person named earlier, an acronym, a text that capitalises it
    // inside a sentence too.
    {"Reading was flooded on Monday after the Thames rose.", "Reading", true},
    {"Solo was hit by floods on Monday, officials in Central Java said.", "Solo", true},  // a curated name
    {"Gordon Brown spoke in Leeds. Brown said the plan would work.", "Brown said", true},
    {"ICON said its prices would rise next year.", "ICON", true},
    {"Strong lies in Maine. Officials from Strong, Maine, met the governor.", "Strong", true},
};

void PrintTo(const OrdinaryWordCase& c, std::ostream* os) { *os << c.word << (c.mention ? " (name)" : " (word)"); }

class OrdinaryWordTest : public ::testing::TestWithParam<OrdinaryWordCase> {};

TEST_P(OrdinaryWordTest, ASentencesFirstWordIsTheWordItSpells) {
  const OrdinaryWordCase& c = GetParam();
  if (testing::SharedLinker().Lookup("Hamilton", "").size() < 3) GTEST_SKIP() << "no world gazetteer";
  const document::Document doc = testing::Link(c.text, "en");
  const std::string text = c.text;
  const size_t at = text.find(c.word);
  bool found = false;
  for (const auto& m : doc.mentions) found |= m.span.begin == at;
  EXPECT_EQ(found, c.mention) << c.word << " in: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, OrdinaryWordTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep::entities
