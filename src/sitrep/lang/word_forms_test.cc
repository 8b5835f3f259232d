// Word folding and clitic cutting: a toy class table, then the real Arabic
// pack's classes (the only pack that cuts clitics so far), and a pack without
// forms that leaves words alone.
#include "sitrep/lang/word_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "sitrep/base/paths.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::lang {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

WordForms Toy() {
  auto classes = WordClasses::Parse(
      "fold\tÁ\tA\nstrip\t'\nclitic_prefix\tre\nclitic_article\tthe\n", "toy");
  EXPECT_TRUE(classes.ok()) << classes.status().ToString();
  return WordForms(*classes);
}

TEST(WordFormsTest, FoldsAndStripsCharacters) {
  const WordForms f = Toy();
  EXPECT_TRUE(f.active());
  EXPECT_EQ(f.Fold("Ábc'd"), "Abcd");
  EXPECT_EQ(f.Fold("plain"), "plain");
}

TEST(WordFormsTest, CutsPrefixesAndSeparatesDefiniteForms) {
  const WordForms f = Toy();
  EXPECT_TRUE(Has(f.Alternatives("retake", false), "take"));
  EXPECT_FALSE(Has(f.Alternatives("retake", true), "take"));
  EXPECT_TRUE(Has(f.Alternatives("thetown", true), "town"));
  EXPECT_FALSE(Has(f.Alternatives("thetown", false), "town"));
  // A stem is at least two letters; a word is never its own alternative.
  EXPECT_TRUE(f.Alternatives("rex", false).empty());
  EXPECT_FALSE(Has(f.Alternatives("retake"), "retake"));
}

TEST(WordFormsTest, PackWithoutFormsLeavesWordsAlone) {
  auto classes = WordClasses::Parse("near_before\tnear\n", "toy");
  ASSERT_TRUE(classes.ok());
  const WordForms f(*classes);
  EXPECT_FALSE(f.active());
  EXPECT_EQ(f.Fold("Near"), "Near");
  EXPECT_TRUE(f.Alternatives("nearby").empty());
}

struct ArabicCase {
  const char* word;
  const char* form;  // a form the folded word may be matched as
  bool definite;     // the form cut the definite article
};

TEST(WordFormsTest, ArabicPackFoldsAndCutsClitics) {
  auto packs = PackSet::Discover(DataDir());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  const LanguagePack* ar = packs->Find("ar");
  ASSERT_NE(ar, nullptr);
  auto classes = WordClasses::ForPack(*ar);
  ASSERT_TRUE(classes.ok()) << classes.status().ToString();
  const WordForms f(*classes);
  // Hamza forms, alef maqsura, ta marbuta, diacritics and tatweel fold away.
  EXPECT_EQ(f.Fold("إدلب"), "ادلب");
  EXPECT_EQ(f.Fold("مستشفى"), "مستشفي");
  EXPECT_EQ(f.Fold("مدينة"), "مدينه");
  EXPECT_EQ(f.Fold("قَصَفَ"), "قصف");
  EXPECT_EQ(f.Fold("قـصـف"), "قصف");
  const ArabicCase cases[] = {
      {"وقصف", "قصف", false},            // and + verb
      {"والقصف", "القصف", false},        // and + the: the article stays
      {"والقصف", "قصف", true},           // ... or is cut (a definite form)
      {"بالمدينة", "المدينه", false},    // in + the city
      {"للجيش", "الجيش", false},         // to + the (ل + ال = لل)
      {"فبالمدينة", "مدينه", true},
      {"لحلب", "حلب", false},
  };
  for (const auto& c : cases) {
    EXPECT_TRUE(Has(f.Alternatives(f.Fold(c.word), c.definite), c.form)) << c.word << " -> " << c.form;
  }
  // Too short a stem is not cut: "بل" is a word, not ب + ل.
  EXPECT_TRUE(f.Alternatives(f.Fold("بل")).empty());
}

}  // namespace
}  // namespace sitrep::lang
