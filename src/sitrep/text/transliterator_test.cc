// ToLatin tests across scripts, and from several threads at once.
#include "sitrep/text/transliterator.h"

#include <gtest/gtest.h>

#include <thread>

namespace sitrep::text {
namespace {

struct LatinCase {
  const char* input;
  const char* latin;
};

class ToLatinTest : public ::testing::TestWithParam<LatinCase> {};

TEST_P(ToLatinTest, Romanizes) { EXPECT_EQ(ToLatin(GetParam().input), GetParam().latin); }

INSTANTIATE_TEST_SUITE_P(
    Table, ToLatinTest,
    ::testing::Values(LatinCase{"ホムス", "homusu"}, LatinCase{"ダマスカス", "damasukasu"},
                      LatinCase{"ハムス", "hamusu"}, LatinCase{"ﾀﾞﾏｽｶｽ", "damasukasu"},
                      LatinCase{"アレッポ", "areppo"},
                      LatinCase{"バッシャール・アル・アサド", "bassharu aru asado"},
                      LatinCase{"حمص", "hms"}, LatinCase{"دمشق", "dmshq"},
                      LatinCase{"Ḥamāh", "hamah"}, LatinCase{"Дамаск", "damask"},
                      LatinCase{"HTS", "hts"},
                      LatinCase{"東京タワー", "東京tawa"},  // Han is left alone
                      LatinCase{"", ""}));

TEST(ToLatin, SameResultsFromManyThreads) {
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&wrong] {
      for (int j = 0; j < 200; ++j) {
        if (ToLatin("ラタキア") != "ratakia" || ToLatin("حمص") != "hms") ++wrong;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace sitrep::text
