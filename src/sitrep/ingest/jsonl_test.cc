// Tests for JSON Lines: field validation per line, line numbers, blank lines,
// BOM/CRLF, binary sniffing, and a line split across the sniffed head.
#include "sitrep/ingest/jsonl.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "sitrep/base/utf8.h"

namespace sitrep::ingest {
namespace {

TEST(ParseJsonlLineTest, AllFields) {
  auto r = ParseJsonlLine(
      R"({"id":"a1","text":"Line one\r\nLine two","title":"T","url":"https://x.org/a",)"
      R"("published":"2024-12-07T10:00:00+07:00","lang":"JA","extra":[1,2]})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->text, "Line one\nLine two");
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->url, "https://x.org/a");
  EXPECT_EQ(r->published, "2024-12-07");
  EXPECT_EQ(r->lang, "ja");
}

TEST(ParseJsonlLineTest, OptionalFieldsMayBeAbsentOrNull) {
  auto r = ParseJsonlLine(R"({"id":42,"text":"\u30b7\u30ea\u30a2","title":null})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "42");
  EXPECT_EQ(r->text, "シリア");
  EXPECT_EQ(r->title, "");
  EXPECT_EQ(r->published, "");
  EXPECT_EQ(r->lang, "");
  auto no_id = ParseJsonlLine(R"({"text":"x"})");
  ASSERT_TRUE(no_id.ok());
  EXPECT_EQ(no_id->id, "");
}

struct BadLine {
  const char* line;
  const char* reason_prefix;
};

TEST(ParseJsonlLineTest, BadLinesTable) {
  const BadLine cases[] = {
      {R"({"id":"a","text":"trunc)", "truncated JSON: "},
      {R"({"id":"a","text":"x",)", "truncated JSON: "},
      {R"({"id":"a","text":"x")", "truncated JSON: "},
      {R"({"id":"a","text":"x"} trailing)", "invalid JSON at column "},
      {R"(["not","an","object"])", "expected a JSON object"},
      {R"({"id":"a"})", "missing \"text\""},
      {R"({"id":"a","text":null})", "missing \"text\""},
      {R"({"id":"a","text":17})", "\"text\" is not a string"},
      {R"({"id":"a","text":["x"]})", "\"text\" is not a string"},
      {R"({"id":"a","text":"  \n "})", "empty document"},
      {R"({"id":"a","text":"a\u0000b"})", "\"text\" contains a NUL character"},
      {R"({"id":"a","text":"x","published":"2024-02-30"})",
       "invalid \"published\" date '2024-02-30' (expected YYYY-MM-DD)"},
      {R"({"id":"a","text":"x","published":"last week"})", "invalid \"published\" date"},
      {R"({"id":"a","text":"x","published":20241207})", "\"published\" is not a string"},
      {R"({"id":"a","text":"x","lang":"english"})", "\"lang\" is not a language code"},
      {R"({"id":"a","text":"x","title":5})", "\"title\" is not a string"},
      {R"({"id":{"n":1},"text":"x"})", "\"id\" is not a string"},
      {R"({"id":"","text":"x"})", "\"id\" is empty"},
      {"{\"id\":\"a\",\"text\":\"caf\xC3\"}", "invalid UTF-8 at byte 21"},
      // The parser stops inside a multi-byte letter after a number: the reason
      // quotes what it read, escaped ("184\xEF"), never half a letter.
      {"{\"id\":184\xEF\xBB\xBF,\"text\":\"x\"}", "invalid JSON at column "},
  };
  for (const BadLine& c : cases) {
    auto r = ParseJsonlLine(c.line);
    if (!r.ok()) {
      EXPECT_FALSE(utf8::FindInvalid(r.status().message())) << c.line;
    }
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_TRUE(r.status().message().starts_with(c.reason_prefix))
        << c.line << " -> " << r.status().message();
  }
}

TEST(ParseJsonlLineTest, TruncatedLineSaysWhatIsMissing) {
  auto r = ParseJsonlLine(R"({"id":"a","text":"The army)");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("missing closing quote"), std::string::npos)
      << r.status().message();
  r = ParseJsonlLine(R"({"id":"a","text":"The army")");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unexpected end of input"), std::string::npos)
      << r.status().message();
}

struct Collected {
  std::vector<std::pair<size_t, std::string>> ids;     // line, id
  std::vector<std::pair<size_t, std::string>> errors;  // line, reason
  size_t bytes = 0;
};

Status Read(const std::string& head, const std::string& rest, Collected& out) {
  std::istringstream in(rest);
  JsonlSinks sinks;
  sinks.on_record = [&](JsonlRecord&& r, size_t line) { out.ids.emplace_back(line, r.id); };
  sinks.on_error = [&](size_t line, const std::string& why) { out.errors.emplace_back(line, why); };
  sinks.on_bytes = [&](size_t b) { out.bytes = b; };
  return ReadJsonl(head, in, sinks);
}

TEST(ReadJsonlTest, BadLinesDoNotStopGoodOnes) {
  const std::string input =
      "\xEF\xBB\xBF{\"id\":\"1\",\"text\":\"one\"}\r\n"
      "\n"
      "{\"id\":\"2\",\"text\":\"two\"\n"
      "   \r\n"
      "{\"id\":\"3\"}\n"
      "{\"id\":\"4\",\"text\":\"four\"}";  // no final newline
  Collected c;
  ASSERT_TRUE(Read("", input, c).ok());
  const std::vector<std::pair<size_t, std::string>> want_ids = {{1, "1"}, {6, "4"}};
  EXPECT_EQ(c.ids, want_ids);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].first, 3u);
  EXPECT_EQ(c.errors[1], (std::pair<size_t, std::string>{5, "missing \"text\""}));
  EXPECT_GE(c.bytes, input.size());
}

TEST(ReadJsonlTest, InvalidUtf8OffsetIsFileOffset) {
  const std::string line1 = "{\"text\":\"ok\"}\n";
  const std::string input = line1 + "{\"text\":\"b\xFFz\"}\n";
  Collected c;
  ASSERT_TRUE(Read("", input, c).ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].second, "invalid UTF-8 at byte " + std::to_string(line1.size() + 10));
}

TEST(ReadJsonlTest, HeadMayEndInsideALine) {
  Collected c;
  ASSERT_TRUE(Read("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",", "\"text\":\"y\"}\n", c).ok());
  ASSERT_EQ(c.ids.size(), 2u);
  EXPECT_EQ(c.ids[1].second, "b");
  EXPECT_TRUE(c.errors.empty());
}

TEST(ReadJsonlTest, BinaryInputIsRejectedWhole) {
  using namespace std::string_literals;
  Collected c;
  Status s = Read("",
                  "{\"text\":\"x\"}\n\x7F"
                  "ELF\0\0\0"s,
                  c);
  EXPECT_EQ(s.message(), "binary file (NUL byte at 17)");
  EXPECT_TRUE(c.ids.empty());
  EXPECT_TRUE(c.errors.empty());
}

TEST(ReadJsonlTest, LateNulFailsOnlyItsLine) {
  using namespace std::string_literals;
  std::string input;
  for (int i = 0; i < 400; ++i)
    input += "{\"text\":\"padding line number " + std::to_string(i) + "\"}\n";
  input += "{\"text\":\"bad\0\"}\n"s;
  input += "{\"id\":\"last\",\"text\":\"fine\"}\n";
  Collected c;
  ASSERT_TRUE(Read("", input, c).ok());
  EXPECT_EQ(c.ids.size(), 401u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].first, 401u);
  EXPECT_TRUE(c.errors[0].second.starts_with("binary file (NUL byte at ")) << c.errors[0].second;
}

}  // namespace
}  // namespace sitrep::ingest
