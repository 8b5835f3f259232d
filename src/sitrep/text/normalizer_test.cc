// Tests for NFKC with offset maps and for matching keys.
#include "sitrep/text/normalizer.h"

#include <gtest/gtest.h>

#include <random>

#include "sitrep/base/utf8.h"

namespace sitrep::text {
namespace {

struct NfkcCase {
  const char* name;
  const char* input;
  const char* normalized;
};

class NfkcTest : public ::testing::TestWithParam<NfkcCase> {};

TEST_P(NfkcTest, NormalizesAndMapsEveryPieceBack) {
  const NfkcCase& c = GetParam();
  const Normalized n = NormalizeNfkc(c.input);
  EXPECT_EQ(n.text, c.normalized);
  ASSERT_EQ(n.norm_to_orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.norm_to_orig.back(), std::string_view(c.input).size());
  // Walk the normalized text code point by code point: each maps to a
  // verbatim range that is on boundaries and normalizes to a text containing it.
  const std::string_view in(c.input);
  for (size_t pos = 0; pos < n.text.size();) {
    const size_t begin = pos;
    utf8::Next(n.text, pos);
    const document::Span s = n.ToOriginal(begin, pos);
    ASSERT_LT(s.begin, s.end) << c.name << " at " << begin;
    ASSERT_LE(s.end, in.size());
    const std::string piece = NormalizeNfkc(in.substr(s.begin, s.size())).text;
    EXPECT_NE(piece.find(n.text.substr(begin, pos - begin)), std::string::npos)
        << c.name << ": " << piece;
  }
  for (size_t i = 1; i < n.norm_to_orig.size(); ++i) {
    EXPECT_LE(n.norm_to_orig[i - 1], n.norm_to_orig[i]) << c.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, NfkcTest,
    ::testing::Values(NfkcCase{"Ascii", "Homs 2024", "Homs 2024"},
                      NfkcCase{"FullWidthDigits", "２０２４年１２月", "2024年12月"},
                      NfkcCase{"FullWidthLatin", "ＨＴＳ（シャーム解放機構）",
                               "HTS(シャーム解放機構)"},
                      NfkcCase{"HalfWidthKatakana", "ﾎﾑｽ", "ホムス"},
                      NfkcCase{"HalfWidthVoiced", "ﾀﾞﾏｽｶｽ", "ダマスカス"},
                      NfkcCase{"ArabicPresentationForms", "ﻻ ﺣﻤﺺ", "لا حمص"},
                      NfkcCase{"ArabicPlain", "حمص", "حمص"}, NfkcCase{"SquareEra", "㍻", "平成"},
                      NfkcCase{"Ligature", "ﬁeld", "field"},
                      NfkcCase{"CombiningAccent", "Hama\u0301h", "Hamáh"},
                      NfkcCase{"Empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(NfkcOffsets, FullWidthDigitsMapOneToOne) {
  const Normalized n = NormalizeNfkc("約２,０００人");
  EXPECT_EQ(n.text, "約2,000人");
  // "約" is unchanged (3 bytes), then each full-width digit (3 bytes) -> 1 byte.
  const size_t two = n.text.find('2');
  EXPECT_EQ(n.ToOriginal(two, two + 1), (document::Span{3, 6}));
  const size_t zeros = n.text.find("000");
  EXPECT_EQ(n.ToOriginal(zeros, zeros + 3), (document::Span{7, 16}));
}

TEST(NfkcOffsets, PartOfAnExpansionWidensToTheWholePiece) {
  const Normalized n = NormalizeNfkc("x㍻y");
  ASSERT_EQ(n.text, "x平成y");
  EXPECT_EQ(n.ToOriginal(1, 4), (document::Span{1, 4}));  // "平" alone -> all of "㍻"
  EXPECT_EQ(n.ToOriginal(4, 7), (document::Span{1, 4}));  // "成" alone too
  EXPECT_EQ(n.ToOriginal(7, 8), (document::Span{4, 5}));
  EXPECT_EQ(n.ToOriginal(0, 8), (document::Span{0, 5}));
}

TEST(NfkcOffsets, RandomMixesKeepTheMapConsistent) {
  const std::vector<std::string> pieces = {"a", " ",       "１",   "ﾎ", "ﾞ",  "ガ", "ﻻ", "㍻",
                                           "é", "e\u0301", "\r\n", "😀", "。", "Ａ", "ﬁ", "\u3099"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string in;
    const int len = static_cast<int>(rng() % 20);
    for (int i = 0; i < len; ++i) in += pieces[rng() % pieces.size()];
    const Normalized n = NormalizeNfkc(in);
    ASSERT_EQ(n.norm_to_orig.size(), n.text.size() + 1);
    ASSERT_FALSE(utf8::FindInvalid(n.text).has_value());
    for (size_t i = 0; i + 1 < n.norm_to_orig.size(); ++i) {
      ASSERT_LE(n.norm_to_orig[i], n.norm_to_orig[i + 1]) << in;
      ASSERT_LT(n.norm_to_orig[i], in.size()) << in;
      if ((static_cast<unsigned char>(n.text[i]) & 0xC0) == 0x80) continue;
      // A normalized code point starts where a verbatim code point starts.
      const auto b = static_cast<unsigned char>(in[n.norm_to_orig[i]]);
      ASSERT_NE(b & 0xC0, 0x80) << "map points inside a UTF-8 sequence: " << in;
    }
    EXPECT_EQ(n.ToOriginal(0, n.text.size()), (document::Span{0, n.text.empty() ? 0 : in.size()}))
        << in;
  }
}

struct KeyCase {
  const char* input;
  const char* key;
};

class MatchingKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(MatchingKeyTest, Folds) { EXPECT_EQ(MatchingKey(GetParam().input), GetParam().key); }

INSTANTIATE_TEST_SUITE_P(Table, MatchingKeyTest,
                         ::testing::Values(KeyCase{"Ḥamāh", "hamah"}, KeyCase{"HAMAH", "hamah"},
                                           KeyCase{"ｈａｍａｈ", "hamah"},
                                           KeyCase{"  Deir   ez-Zor ", "deir ez-zor"},
                                           KeyCase{"Ḥomṣ", "homs"}, KeyCase{"ﾎﾑｽ", "ホムス"},
                                           KeyCase{"ガザ", "ガザ"},  // voicing marks are kept
                                           KeyCase{"ｶﾞｻﾞ", "ガザ"},
                                           KeyCase{"حِمْص", "حمص"},     // harakat removed
                                           KeyCase{"حمـــص", "حمص"},  // tatweel removed
                                           KeyCase{"ﺣﻤﺺ", "حمص"},     // presentation forms
                                           KeyCase{"Straße", "strasse"}, KeyCase{"", ""}));

}  // namespace
}  // namespace sitrep::text
