// Phonetic forms, skeletons and similarities used for transliterated names.
#include "sitrep/entities/fuzzy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
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

// The textbook dynamic programme, the reference for the fast distances.
int ReferenceDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

TEST(FuzzyTest, BoundedDistanceIsExactUpToItsLimit) {
  // Names and keys of every length around one machine word (the bit-parallel
  // path takes up to 64 bytes, the table the rest), over a small alphabet so
  // that pairs share much, with high bytes (UTF-8) among the letters.
  const std::string letters = "abrs \xc3\xa9";
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    std::string a, b;
    const size_t na = next() % 80, nb = next() % 80;
    for (size_t i = 0; i < na; ++i) a += letters[next() % letters.size()];
    b = a.substr(0, std::min(a.size(), nb));
    while (b.size() < nb) b += letters[next() % letters.size()];
    for (size_t k = next() % 6; k > 0 && !b.empty(); --k) b[next() % b.size()] = letters[next() % letters.size()];
    const int want = ReferenceDistance(a, b);
    ASSERT_EQ(Levenshtein(a, b), want) << a << " / " << b;
    for (const int limit : {0, 1, 2, 5, 20}) {
      const int got = LevenshteinBounded(a, b, limit);
      if (want <= limit) ASSERT_EQ(got, want) << a << " / " << b << " limit " << limit;
      else ASSERT_GT(got, limit) << a << " / " << b << " limit " << limit;
    }
  }
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
