// UTF-8 validation: the byte offset of the first malformed sequence.
#include "sitrep/base/utf8.h"

#include <gtest/gtest.h>

namespace sitrep::utf8 {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_FALSE(FindInvalid("ホムス Homs حمص").has_value());
  EXPECT_EQ(FindInvalid(std::string("abc\xff") + "def"), 3u);
  EXPECT_EQ(FindInvalid("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(FindInvalid("x\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalid("\xE3\x83"), 0u);          // truncated
}

TEST(Utf8Test, DecodesAndEncodes) {
  std::string s = "aホ𝄞";
  size_t pos = 0;
  std::string out;
  while (pos < s.size()) Append(Next(s, pos), out);
  EXPECT_EQ(out, s);
  EXPECT_EQ(Length(s), 3u);
}

// Next's fast paths (two bytes, three bytes with a free second byte) must agree
// with the RFC 3629 table on every lead byte and every continuation, whole or
// cut short: each decoded code point re-encodes to the bytes it consumed, and
// a malformed or truncated sequence consumes one byte and gives U+FFFD.
TEST(Utf8Test, NextAgreesWithTheTableOnEveryShortSequence) {
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    for (int second = 0; second <= 0xFF; ++second) {
      for (const int third : {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0}) {
        for (size_t len = 1; len <= 3; ++len) {
          const char bytes[3] = {static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)};
          const std::string_view s(bytes, len);
          size_t pos = 0;
          const char32_t cp = Next(s, pos);
          const bool valid = !FindInvalid(s.substr(0, pos)).has_value();
          if (valid) {
            std::string again;
            Append(cp, again);
            ASSERT_EQ(again, s.substr(0, pos)) << lead << " " << second << " " << third << " " << len;
          } else {
            ASSERT_EQ(pos, 1u) << lead << " " << second << " " << third << " " << len;
            ASSERT_EQ(cp, 0xFFFDu);
            ASSERT_TRUE(FindInvalid(s).has_value());
            ASSERT_EQ(*FindInvalid(s), 0u);
          }
        }
      }
    }
  }
}

TEST(Utf8Test, StripsBom) { EXPECT_EQ(StripBom("\xEF\xBB\xBFhi"), "hi"); }

}  // namespace
}  // namespace sitrep::utf8
