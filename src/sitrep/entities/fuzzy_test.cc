// Phonetic forms, skeletons and similarities used for transliterated names.
#include "sitrep/entities/fuzzy.h"

#include <gtest/gtest.h>

namespace sitrep::entities {
namespace {

TEST(FuzzyTest, PhoneticForm) {
  const std::pair<const char*, const char*> cases[] = {
      {"Khmeimim", "kmeimim"}, {"Deir ez-Zor", "deirezor"}, {"Lattakia", "ratakia"},
      {"Ḩamāh", "hamah"},      {"Qusayr", "kusayr"},         {"Sheikh", "seik"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(PhoneticForm(in), want) << in;
}

TEST(FuzzyTest, SkeletonDropsVowelsAndGlides) {
  EXPECT_EQ(Skeleton("homusu"), "hms");
  EXPECT_EQ(Skeleton("homs"), "hms");
  EXPECT_EQ(Skeleton("darayya"), "dr");
}

TEST(FuzzyTest, Levenshtein) {
  EXPECT_EQ(Levenshtein("kitten", "sitting"), 3);
  EXPECT_EQ(Levenshtein("", "abc"), 3);
  EXPECT_DOUBLE_EQ(LevenshteinSimilarity("abc", "abc"), 1.0);
}

TEST(FuzzyTest, SimilarityPrefersTheRightName) {
  // Japanese vowel epenthesis (homusu) and a vowel change (hamusu) stay close to "homs".
  EXPECT_GE(PhoneticSimilarity("hamusu", PhoneticForm("Homs")), 0.75);
  EXPECT_GT(PhoneticSimilarity("rarutusu", PhoneticForm("Tartus")), PhoneticSimilarity("rarutusu", PhoneticForm("Latakia")));
  // Short skeletons must agree exactly.
  EXPECT_EQ(PhoneticSimilarity("bi", "ka"), 0.0);
}

}  // namespace
}  // namespace sitrep::entities
