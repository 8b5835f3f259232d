// Name guards: the real Arabic, Indonesian and English packs' ordinary words
// are never names (Arabic ones with or without their clitics); names stay
// names; a language with no pack gets none.
#include "sitrep/entities/name_guards.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ostream>

#include "sitrep/base/paths.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

struct GuardCase {
  const char* lang;
  const char* surface;
  bool blocked;
};

// Names the row in test output ("en Congress"), not its bytes.
void PrintTo(const GuardCase& c, std::ostream* os) { *os << c.lang << " " << c.surface; }

const GuardCase kCases[] = {
    {"ar", "إلى", true},       // "to", not Ely
    {"ar", "الى", true},       // spelt without hamza
    {"ar", "مدينة", true},     // "city", not Medina
    {"ar", "والمدينة", true},  // and + the + city
    {"ar", "بالمدينة", true},  // in + the + city
    {"ar", "حلب", false},      {"ar", "الخرطوم", false}, {"ar", "مأرب", false}, {"ar", "لحلب", false},
    {"id", "Senin", true},     // Monday
    {"id", "Polisi", true},    // "police" opening a sentence
    {"id", "Minggu", true},    // Sunday, or a week
    {"id", "Aleppo", false},   {"id", "Khartoum", false},  {"id", "Suriah", false},
    {"en", "Congress", true},  // the legislature, not Congress, Arizona
    {"en", "Senate", true},    {"en", "Aleppo", false},    {"en", "Khartoum", false},
};

class GuardTest : public ::testing::TestWithParam<GuardCase> {
 protected:
  static const NameGuards& Guards() {
    static const NameGuards guards = [] {
      auto packs = lang::PackSet::Discover(DataDir());
      EXPECT_TRUE(packs.ok()) << packs.status().ToString();
      auto g = NameGuards::ForPacks(*packs);
      EXPECT_TRUE(g.ok()) << g.status().ToString();
      return *std::move(g);
    }();
    return guards;
  }
};

TEST_P(GuardTest, OrdinaryWordsAreNoNames) {
  const GuardSet* set = Guards().ForDocument(GetParam().lang, "");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->Blocks(GetParam().surface), GetParam().blocked) << GetParam().surface;
}

INSTANTIATE_TEST_SUITE_P(Words, GuardTest, ::testing::ValuesIn(kCases));

TEST_F(GuardTest, UndeclaredLanguageByScriptAndUnknownLanguageGetsNone) {
  // An Arabic-script text without a language code is read with the Arabic pack.
  EXPECT_NE(Guards().ForDocument("", "قصف في حلب"), nullptr);
  EXPECT_NE(Guards().ForDocument("en", "Shelling in Aleppo"), nullptr);
  EXPECT_EQ(Guards().ForDocument("xx", "text"), nullptr);
}

// A linker with every language pack's guards, loaded once.
const EntityLinker& PackLinker() {
  static const EntityLinker* linker = [] {
    auto packs = lang::PackSet::Discover(DataDir());
    EXPECT_TRUE(packs.ok()) << packs.status().ToString();
    if (!packs.ok()) std::abort();
    auto l = EntityLinker::Create(*packs);
    EXPECT_TRUE(l.ok()) << l.status().ToString();
    if (!l.ok()) std::abort();
    return std::move(l).value().release();
  }();
  return *linker;
}

// An ordinary word of the document's language opening a capitalised run
// ("Situasi di Jayapura", "Sejumlah warga di ...") leaves the place on its own.
TEST(GuardedLinkTest, AnOrdinaryWordOpeningARunLeavesThePlace) {
  const struct {
    const char* text;
    const char* place;
  } cases[] = {
      {"Saat ini Situasi di Jayapura tenang setelah bentrokan, kata polisi.", "Jayapura"},
      {"Kemudian Sejumlah warga di Makassar berunjuk rasa menolak serangan itu.", "Makassar"},
  };
  for (const auto& c : cases) {
    const document::Document doc = testing::Link(c.text, "id", PackLinker());
    const document::Mention* m = testing::MentionOf(doc, c.place);
    ASSERT_NE(m, nullptr) << c.text;
    ASSERT_TRUE(m->entity) << c.text;
    EXPECT_EQ(m->entity->country, "ID") << c.text;
    for (const auto& other : doc.mentions) EXPECT_TRUE(other.text == c.place) << other.text << " in: " << c.text;
  }
}

// A legislature named alone is the institution, no town of that name; inside
// a longer name the name stands.
TEST(GuardedLinkTest, ALegislatureAloneIsNoPlace) {
  const char* texts[] = {
      "Congress approved new sanctions on Monday, the White House said in Washington.",
      "The Senate voted in Washington to extend the mission in Mali.",
  };
  for (const char* text : texts) {
    const document::Document doc = testing::Link(text, "en", PackLinker());
    for (const auto& m : doc.mentions) {
      EXPECT_TRUE(m.text != "Congress" && m.text != "Senate") << m.text << " in: " << text;
    }
  }
  const document::Document party =
      testing::Link("The Sudanese Congress Party condemned the shelling of Omdurman.", "en", PackLinker());
  EXPECT_NE(testing::MentionOf(party, "Sudanese Congress Party"), nullptr);
  EXPECT_NE(testing::MentionOf(party, "Omdurman"), nullptr);
}

// A word the document's language guards as ordinary is no given name there,
// though people elsewhere bear it ("Di", Indonesian "in"): a sentence opening
// "Di Negara Bagian ..." names no person.
TEST(GuardedLinkTest, AnOrdinaryWordIsNoGivenName) {
  const char* texts[] = {
      "Di Negara Bagian Shan, militer Myanmar menyerang sebuah desa pada Selasa.",
      "Di Kota Kidal, tentara Mali bentrok dengan pemberontak, kata warga.",
      "Di Kabupaten Puncak Jaya, dua guru tewas ditembak, kata polisi.",
  };
  for (const char* text : texts) {
    const document::Document doc = testing::Link(text, "id", PackLinker());
    for (const auto& m : doc.mentions) EXPECT_NE(m.kind, document::MentionKind::kPerson) << m.text << " in: " << text;
  }
  // In English the same word still opens a person's name.
  const document::Document en = testing::Link("Di Spencer, a nurse, was wounded in Kabul.", "en", PackLinker());
  const document::Mention* person = testing::MentionOf(en, "Di Spencer");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, document::MentionKind::kPerson);
}

}  // namespace
}  // namespace sitrep::entities
