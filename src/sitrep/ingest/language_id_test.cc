// Tests for CLD2-based language identification: both seeds, short Arabic and
// Indonesian samples, unreliable input, a readable runner-up preferred to an
// unreadable first answer, and code normalization.
#include "sitrep/ingest/language_id.h"

#include <gtest/gtest.h>

#include "sitrep/testing/fixtures.h"

namespace sitrep::ingest {
namespace {

struct LangCase {
  const char* file;  // under testdata/
  const char* lang;
};

void PrintTo(const LangCase& c, std::ostream* os) { *os << c.file; }

class LanguageIdFileTest : public ::testing::TestWithParam<LangCase> {};

TEST_P(LanguageIdFileTest, DetectsLanguage) {
  const std::string text = sitrep::testing::ReadTestData(GetParam().file);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(DetectLanguage(text), GetParam().lang) << GetParam().file;
}

INSTANTIATE_TEST_SUITE_P(
    Samples, LanguageIdFileTest,
    ::testing::Values(LangCase{sitrep::testing::kJapaneseSeed, "ja"},  // has Latin words too
                      LangCase{sitrep::testing::kEnglishSeed, "en"},
                      LangCase{"ingest/lang/ar.txt", "ar"}, LangCase{"ingest/lang/id.txt", "id"}),
    [](const ::testing::TestParamInfo<LangCase>& info) { return std::string(info.param.lang); });

TEST(LanguageIdTest, JapaneseWithManyLatinWordsIsStillJapanese) {
  const std::string text =
      "ジャカルタ - CNN Indonesia によると、HTS の部隊は Hama に入った。"
      "反政府勢力は土曜日に首都ダマスカスへ向けて前進を続けている。";
  EXPECT_EQ(DetectLanguage(text), "ja");
}

TEST(LanguageIdTest, UnreliableOrEmptyGivesEmptyCode) {
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("12345 67 89"), "");
  EXPECT_EQ(DetectLanguage("ok"), "");
}

TEST(LanguageIdTest, LongTextIsSampled) {
  std::string text;
  while (text.size() < 3 * kLanguageSampleBytes) {
    text += "The army said it had regained control of the town after three days of fighting. ";
  }
  EXPECT_EQ(DetectLanguage(text), "en");
  // A sample cut inside a multi-byte character must still be valid UTF-8.
  std::string ja;
  while (ja.size() < 2 * kLanguageSampleBytes) ja += "政府軍は北部の町を奪還したと発表した。";
  EXPECT_EQ(DetectLanguage(ja), "ja");
}

// CLD2 names Tagalog first for an English report that opens with a Tagalog
// quote, though it finds two thirds of the text English; Javanese first for an
// Indonesian report quoting villagers. With packs for English and Indonesian
// only, the readable language both fit is the document's; a text nearly all
// in the unreadable language keeps its answer, and without the list of
// readable codes nothing changes.
TEST(LanguageIdTest, AReadableLanguageTheTextAlsoFitsBeatsAnUnreadableOne) {
  const std::vector<std::string> readable = {"en", "id", "ms", "ja", "ar"};
  const std::string taglish =
      "Ayon sa pulisya, patay ang dalawang sundalo matapos ang pananambang sa bayan noong Lunes ng "
      "gabi. The army said two soldiers were killed in the ambush on Monday night and that troops "
      "were still pursuing the gunmen into the hills. Residents fled to the town hall.";
  EXPECT_EQ(DetectLanguage(taglish), "tl");
  EXPECT_EQ(DetectLanguage(taglish, {}, readable), "en");
  const std::string javanese_quote =
      "Menurut polisi, dua tentara tewas dalam penyergapan di desa itu pada Senin malam. "
      "Wong-wong padha mlayu saka desa amarga wedi karo tentara lan polisi sing teka ing wayah "
      "bengi.";
  EXPECT_EQ(DetectLanguage(javanese_quote), "jv");
  EXPECT_EQ(DetectLanguage(javanese_quote, {}, readable), "id");
  const std::string tagalog =
      "Ayon sa pulisya, patay ang dalawang sundalo matapos ang pananambang sa bayan noong Lunes ng "
      "gabi. Sinabi ng militar na hinahabol pa nila ang mga rebelde sa kabundukan. Lumikas ang mga "
      "residente sa munisipyo. Hindi pa alam kung ilan ang sugatan.";
  EXPECT_EQ(DetectLanguage(tagalog, {}, readable), "tl");
  const std::string english = "Troops retook the bridge on Tuesday after two days of fighting, officials said.";
  EXPECT_EQ(DetectLanguage(english, {}, {"id"}), "en");  // a readable share is needed, not any
}

TEST(LanguageIdTest, NormalizesCodes) {
  const std::pair<const char*, const char*> cases[] = {
      {"en", "en"}, {"EN-us", "en"}, {"ja_JP", "ja"}, {"zh-Hant", "zh"},
      {"iw", "he"}, {"in", "id"},    {"fil", "fil"},  {"", ""},
      {"e", ""},    {"english", ""}, {"e1", ""},      {"日本", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormalizeLanguageCode(in), want) << in;
}

}  // namespace
}  // namespace sitrep::ingest
