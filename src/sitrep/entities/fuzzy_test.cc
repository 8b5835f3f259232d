// Phonetic forms, skeletons and similarities used for transliterated names.
#include "sitrep/entities/fuzzy.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

TEST(FuzzyTest, CompiledQueryAgreesWithTheTable) {
  // The bit-parallel distance must give exactly the dynamic programme's similarity,
  // for short, equal, empty-skeleton and longer-than-a-word strings.
  const std::string long_a(70, 'a'), long_b = std::string(66, 'a') + "bbbb";
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"homusu", "homs"},   {"rarutusu", "tartus"}, {"kitten", "sitting"}, {"aleppo", "arepo"},
      {"bi", "ka"},         {"daraya", "daraya"},   {"a", "aaaa"},         {"mariupor", "marioporis"},
      {long_a, long_b},     {"kiyif", "kiev"},      {"zaporizia", "zaporoze"}};
  for (const auto& [a, b] : pairs) {
    const PhoneticQuery q(a);
    for (const double floor : {0.0, 0.5, 0.8}) {
      EXPECT_DOUBLE_EQ(q.Similarity(b, Skeleton(b), floor), PhoneticSimilarity(a, Skeleton(a), b, Skeleton(b), floor))
          << a << " / " << b << " floor " << floor;
      // The letter-set bound never rejects a pair that reaches the floor.
      if (PhoneticSimilarity(a, Skeleton(a), b, Skeleton(b), floor) >= floor && floor > 0) {
        EXPECT_TRUE(q.MayReach(b.size(), LetterMask(b), Skeleton(b).size(), LetterMask(Skeleton(b)), floor)) << a << " / " << b;
      }
    }
  }
  EXPECT_FALSE(PhoneticQuery("homs").MayReach(4, LetterMask("zaky"), 3, LetterMask("zky"), 0.5));
}

}  // namespace
}  // namespace sitrep::entities
