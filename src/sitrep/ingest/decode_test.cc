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
      {"utf16le", "\xFF\xFEh\0i\0\r\0\n\0"s, 0, "hi\n", ""},
      {"utf16be", "\xFE\xFF\0h\0i"s, 0, "hi", ""},
      {"utf32le, not utf16", "\xFF\xFE\0\0h\0\0\0i\0\0\0"s, 0, "hi", ""},
      {"utf32be", "\0\0\xFE\xFF\0\0\0h\0\0\0i"s, 0, "hi", ""},
      {"utf16le japanese", "\xFF\xFE\x71\x67\xAC\x4E"s, 0, "東京", ""},
      {"utf16le odd length", "\xFF\xFEh\0i"s, 0, "", "invalid UTF-16LE at byte 4"},
      {"utf16le lone surrogate", "\xFF\xFEh\0\x00\xD8i\0"s, 0, "", "invalid UTF-16LE at byte 4"},
      {"utf16 nul", "\xFF\xFEh\0\0\0"s, 0, "", "binary file (NUL byte at 1)"},
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

// HTML that declares its charset (meta, http-equiv, XML declaration) or has a
// BOM is decoded with it; a BOM wins; undeclared bytes must be UTF-8.
TEST(DecodeHtmlTest, DeclaredCharsets) {
  using namespace std::string_literals;
  const DecodeCase cases[] = {
      {"shift_jis meta", "<meta charset=\"Shift_JIS\"><p>\x93\x8C\x8B\x9E\x82\xC5\x90\xED\x93\xAC", 0,
       "<meta charset=\"Shift_JIS\"><p>東京で戦闘", ""},
      {"shift_jis http-equiv",
       "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=shift_jis\">\x93\x8C\x8B\x9E", 0,
       "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=shift_jis\">東京", ""},
      {"euc-jp", "<meta charset=euc-jp>\xC5\xEC\xB5\xFE", 0, "<meta charset=euc-jp>東京", ""},
      {"windows-1252", "<meta charset='windows-1252'>caf\xE9 \x96 \x93q\x94", 0,
       "<meta charset='windows-1252'>café – “q”", ""},
      {"latin1 label means windows-1252", "<meta charset=iso-8859-1>\x80 5", 0,
       "<meta charset=iso-8859-1>€ 5", ""},
      {"xml declaration", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html>\x93\x8C", 0,
       "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html>東", ""},
      {"bom wins", "\xEF\xBB\xBF<meta charset=shift_jis>東京", 0, "<meta charset=shift_jis>東京", ""},
      {"utf-16 label on ascii bytes", "<meta charset=utf-16><p>ok", 0, "<meta charset=utf-16><p>ok", ""},
      {"utf-8 declared", "<meta charset=utf-8><p>\xE6\x9D\xB1", 0, "<meta charset=utf-8><p>東", ""},
      {"unknown label, utf-8 bytes", "<meta charset=klingon><p>ok", 0, "<meta charset=klingon><p>ok",
       ""},
      {"label with a path", "<meta charset=../../etc/passwd><p>ok", 0,
       "<meta charset=../../etc/passwd><p>ok", ""},
      {"undeclared latin1", "<p>caf\xE9", 0, "", "invalid UTF-8 at byte 6"},
      {"bad shift_jis", "<meta charset=shift_jis>\x93\x8C\x82", 0, "",
       "invalid shift_jis at byte 26"},
      {"utf-32 html", "\xFF\xFE\0\0<\0\0\0p\0\0\0>\0\0\0"s, 0, "<p>", ""},
  };
  for (const DecodeCase& c : cases) {
    auto got = DecodeHtml(c.input);
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
