// Tests for byte decoding: BOM, CRLF/CR normalization, NUL, invalid UTF-8
// offsets, UTF-16, blank input; and metadata date parsing.
#include "sitrep/ingest/decode.h"

#include <gtest/gtest.h>

#include "sitrep/ingest/published_date.h"

namespace sitrep::ingest {
namespace {

struct DecodeCase {
  const char* name;
  std::string input;
  size_t base;
  std::string want_text;   // when ok
  std::string want_error;  // when not ok
};

TEST(DecodeTextTest, Table) {
  using namespace std::string_literals;
  const DecodeCase cases[] = {
      {"plain", "Hello\nworld", 0, "Hello\nworld", ""},
      {"bom dropped", "\xEF\xBB\xBFHello", 0, "Hello", ""},
      {"crlf", "a\r\nb\r\n", 0, "a\nb\n", ""},
      {"lone cr", "a\rb\r\rc", 0, "a\nb\n\nc", ""},
      {"mixed",
       "\xEF\xBB\xBF"
       "a\r\n\rb\n",
       0, "a\n\nb\n", ""},
      {"japanese crlf", "東京\r\n大阪", 0, "東京\n大阪", ""},
      {"empty", "", 0, "", "empty document"},
      {"bom only", "\xEF\xBB\xBF", 0, "", "empty document"},
      {"whitespace", " \r\n\t\n", 0, "", "empty document"},
      {"ideographic space", "\xE3\x80\x80\n", 0, "", "empty document"},
      {"nul", "abc\0def"s, 0, "", "binary file (NUL byte at 3)"},
      {"nul with base", "ab\0"s, 100, "", "binary file (NUL byte at 102)"},
      {"invalid utf8", "hello \xC3\x28 world", 0, "", "invalid UTF-8 at byte 6"},
      {"invalid after bom",
       "\xEF\xBB\xBF"
       "ab\xFF",
       0, "", "invalid UTF-8 at byte 5"},
      {"truncated sequence at end", "ab\xE6\x97", 0, "", "invalid UTF-8 at byte 2"},
      {"overlong", "\xC0\xAF", 0, "", "invalid UTF-8 at byte 0"},
      {"surrogate", "x\xED\xA0\x80", 0, "", "invalid UTF-8 at byte 1"},
      {"utf16le", "\xFF\xFEh\0i\0"s, 0, "", "UTF-16 text is not supported (convert to UTF-8)"},
  };
  for (const DecodeCase& c : cases) {
    auto got = DecodeText(c.input, c.base);
    if (c.want_error.empty()) {
      ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().ToString();
      EXPECT_EQ(*got, c.want_text) << c.name;
    } else {
      ASSERT_FALSE(got.ok()) << c.name;
      EXPECT_EQ(got.status().message(), c.want_error) << c.name;
    }
  }
}

TEST(DecodeTextTest, NormalizesLargeInputInOnePass) {
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "line\r\n";
  auto got = DecodeText(std::move(big));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->size(), 200000u * 5);
  EXPECT_EQ(got->find('\r'), std::string::npos);
}

TEST(PublishedDateTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"2024-12-06", "2024-12-06"},
      {" 2024-12-06 ", "2024-12-06"},
      {"2024-12-06T18:30:00+03:00", "2024-12-06"},
      {"2024-12-06T18:30:00Z", "2024-12-06"},
      {"2024-12-06 09:00", "2024-12-06"},
      {"2024/12/06", "2024-12-06"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", ""},
      {"2024-13-01", ""},
      {"2024-12-6", ""},
      {"06/12/2024", ""},
      {"yesterday", ""},
      {"2024-12-06junk", ""},
      {"", ""},
  };
  for (const auto& [in, want] : cases) {
    EXPECT_EQ(ParsePublishedDate(in).value_or(""), want) << in;
  }
}

}  // namespace
}  // namespace sitrep::ingest
