// ToLatin tests across scripts, and from several threads at once.
#include "sitrep/text/transliterator.h"

#include "sitrep/text/transliterator_internal.h"

#include "sitrep/base/file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

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

// ASCII skips ICU (transliterator.cc): the fast path must give ICU's answer
// for every ASCII byte alone and inside names, numbers and punctuation.
TEST(ToLatin, AsciiFastPathIsIcusAnswer) {
  for (int c = 1; c < 128; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(ToLatin(one), internal::ToLatinByIcu(one)) << "byte " << c;
    const std::string inside = "Ab" + one + "Cd~E " + one + "9";
    EXPECT_EQ(ToLatin(inside), internal::ToLatinByIcu(inside)) << "byte " << c;
  }
  for (const char* s : {"Mocimboa da Praia", "AL-QAIM", "Kyiv's", "Rafah~Gate", "ISIS (Daesh)",
                        "Tigray, 12 Nov. 2020", "  N'Djamena\t"}) {
    EXPECT_EQ(ToLatin(s), internal::ToLatinByIcu(s)) << s;
  }
}

TEST(ToLatin, RememberedAnswersAreIcusAnswers) {
  // Asked again, before and after the thread's memory fills and is emptied.
  const std::vector<std::string> names = {"ハルキウ", "ﾀﾞﾏｽｶｽ", "حلب", "Ḥamāh", "Киев", "バッシャール・アル・アサド"};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& n : names) {
      EXPECT_EQ(ToLatin(n), internal::ToLatinByIcu(n)) << n;
      EXPECT_EQ(ToLatin(n), internal::ToLatinByIcu(n)) << n;
    }
    const std::string kana[] = {"ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ラ"};
    for (int i = 0; i < (1 << 14) + 10; ++i) {  // distinct strings, past the memory's size
      std::string s;
      for (int v = i, k = 0; k < 5; ++k, v /= 8) s += kana[v % 8];
      if (i % 1000 == 0) EXPECT_EQ(ToLatin(s), internal::ToLatinByIcu(s)) << s;
      else ToLatin(s);
    }
  }
}

// A latin forms file holds ICU's answers, is used whole when its stamp is this
// build's, and refused otherwise. (Strings of these tests are used nowhere
// else in this binary: ToLatin remembers what it has answered.)
std::string FormsPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("sitrep-latin-forms-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

TEST(LatinForms, WrittenAnswersAreIcusAnswers) {
  const std::string path = FormsPath("written");
  const std::vector<std::string> inputs{"Жмеринка", "ミコライウ", "خاركيف", "Gaza", "Жмеринка"};
  ASSERT_TRUE(WriteLatinForms(inputs, path));
  const auto text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  // ASCII and repeated strings are left out: a stamp line and three answers.
  EXPECT_EQ(std::count(text->begin(), text->end(), '\n'), 4);
  EXPECT_NE(text->find("Жмеринка\t" + internal::ToLatinByIcu("Жмеринка") + "\n"), std::string::npos);
  ASSERT_TRUE(UseLatinForms(path));
  for (const auto& s : inputs) EXPECT_EQ(ToLatin(s), internal::ToLatinByIcu(s)) << s;
  std::remove(path.c_str());
}

TEST(LatinForms, AnswersComeFromTheFile) {
  const std::string written = FormsPath("stamp");
  ASSERT_TRUE(WriteLatinForms({"Мелітополь"}, written));
  const auto text = ReadFile(written);
  ASSERT_TRUE(text.ok());
  const std::string stamp = text->substr(0, text->find('\n') + 1);
  // Made-up answers under the right stamp are taken (so the file is read)...
  const std::string ours = FormsPath("ours");
  ASSERT_TRUE(WriteFileAtomically(ours, stamp + "Бахмут\tfrom-the-file\n").ok());
  ASSERT_TRUE(UseLatinForms(ours));
  EXPECT_EQ(ToLatin("Бахмут"), "from-the-file");
  // ...and under another stamp (another ICU, other rules) refused.
  const std::string other = FormsPath("other");
  ASSERT_TRUE(WriteFileAtomically(other, "sitrep latin forms 1 icu 0.0 rules 1\nКупянск\tnot-icu\n").ok());
  EXPECT_FALSE(UseLatinForms(other));
  EXPECT_EQ(ToLatin("Купянск"), internal::ToLatinByIcu("Купянск"));
  // A cut last line is refused too; a missing file is no error.
  const std::string cut = FormsPath("cut");
  ASSERT_TRUE(WriteFileAtomically(cut, stamp + "Ізюм\tcut").ok());
  EXPECT_FALSE(UseLatinForms(cut));
  EXPECT_EQ(ToLatin("Ізюм"), internal::ToLatinByIcu("Ізюм"));
  EXPECT_FALSE(UseLatinForms(FormsPath("missing")));
  for (const auto& p : {written, ours, other, cut}) std::remove(p.c_str());
}

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
