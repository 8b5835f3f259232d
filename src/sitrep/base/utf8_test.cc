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

TEST(Utf8Test, StripsBom) { EXPECT_EQ(StripBom("\xEF\xBB\xBFhi"), "hi"); }

}  // namespace
}  // namespace sitrep::utf8
