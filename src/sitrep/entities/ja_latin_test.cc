// LatinWordsPass: in Japanese text, an unknown Latin word with a lowercase
// letter, glued to a digit or continued by another Latin word is a product, a
// unit or a title, not an organization; an acronym in capitals standing alone
// stays an actor whatever the tokenizer tagged it, unless it is a common word
// (name_guards.tsv: CD, GPS), a single letter, a Roman numeral or glued to a
// sign. Sentences written for this test, about several wars.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "sitrep/entities/ja_test_util.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;

bool ActorAt(const document::Document& doc, const std::string& text, const std::string& word) {
  const size_t at = text.find(word);
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const document::Mention& m) {
    return m.kind == MentionKind::kActor && m.span.begin < at + word.size() && at < m.span.end;
  });
}

TEST(LatinWordsTest, ProductsUnitsAndTitlesAreNoOrganizations) {
  const struct {
    const char* text;
    const char* word;
  } cases[] = {
      {"ハルキウの倉庫でRed Hat製のサーバーが押収された。", "Red"},
      {"ダルフールで身長172cmの少年が保護された。", "cm"},
      {"ガザ北部でP400SV型の車両が破壊された。", "SV"},
      {"ヤンゴンの店でPhoenixという雑誌が売られた。", "Phoenix"},
      // Common abbreviations (name_guards.tsv), a letter, a numeral, a word glued to a sign.
      {"ゴマの市場でCDやDVDが略奪された。", "CD"},
      {"ゴマの市場でCDやDVDが略奪された。", "DVD"},
      {"ガザ北部でGPSの妨害が続いた。", "GPS"},
      {"W杯の中継がハルツームで止まった。", "W"},
      {"作戦IIIはマリ北部で始まった。", "III"},
      {"キーウの研究所でSETI@homeの計算機が壊れた。", "SETI"},
  };
  for (const auto& c : cases) {
    const document::Document doc = Link(c.text, "ja", testing::PackLinker());
    EXPECT_FALSE(ActorAt(doc, c.text, c.word)) << c.text << " " << c.word;
  }
}

// An acronym standing alone stays an actor, whether the tokenizer tagged it a
// common noun (TBS) or an organization (KNDF).
TEST(LatinWordsTest, AcronymsStandingAloneStayActors) {
  for (const char* text : {"NATOはキーウへの防空支援を約束した。", "UWSAはシャン州北部で声明を出した。",
                           "TBSによると、ヘルソンで砲撃があった。", "KNDFはカヤー州で基地を制圧した。"}) {
    const document::Document doc = Link(text, "ja", testing::PackLinker());
    const std::string t = text;
    EXPECT_TRUE(ActorAt(doc, t, t.substr(0, t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))) << text;
  }
}

}  // namespace
}  // namespace sitrep::entities
