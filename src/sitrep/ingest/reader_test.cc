// Tests for ReadPaths/ReadStream: every format through the public API,
// directory walking, stdin sniffing, ids/sources, option precedence, progress.
#include "sitrep/ingest/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <map>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/base/hash.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::ingest {
namespace {

using document::Document;
using document::PublishedSource;
using sitrep::testing::TestDataPath;

struct Result {
  std::vector<Document> docs;
  std::vector<InputError> errors;
  std::vector<size_t> progress;

  const Document* Find(const std::string& id) const {
    for (const Document& d : docs) {
      if (d.id() == id) return &d;
    }
    return nullptr;
  }
};

// The id of an unnamed document read from standard input with this text.
std::string StdinId(const std::string& text) { return "<stdin>:" + Hex64(Fnv1a64(text)); }

Result ReadAll(const std::vector<std::string>& paths, const ReadOptions& options = {}) {
  Result r;
  ReadPaths(
      paths, options, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const InputError& e) { r.errors.push_back(e); },
      [&](size_t bytes) { r.progress.push_back(bytes); });
  return r;
}

Result ReadText(const std::string& input, const ReadOptions& options = {}) {
  std::istringstream in(input);
  Result r;
  ReadStream(
      in, "<stdin>", options, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const InputError& e) { r.errors.push_back(e); });
  return r;
}

TEST(ReadPathsTest, DirectoryInSortedOrderSkippingHiddenAndUnknown) {
  const std::string dir = TestDataPath("ingest/corpus");
  const Result r = ReadAll({dir});
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].source << ": " << r.errors[0].reason;
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id());
  const std::vector<std::string> want = {
      dir + "/a_report.txt",    dir + "/b_notes.md",     dir + "/c_page.html", "rec-1", "rec-2",
      dir + "/d_batch.jsonl:4", dir + "/sub/e_more.txt",
  };
  EXPECT_EQ(ids, want);
  for (const Document& d : r.docs) {
    EXPECT_EQ(d.text().find("skipped"), std::string::npos) << d.id();
    EXPECT_TRUE(d.source.starts_with(dir)) << d.source;
  }
  // Progress is monotonic and ends at the total size.
  ASSERT_FALSE(r.progress.empty());
  EXPECT_TRUE(std::is_sorted(r.progress.begin(), r.progress.end()));
  EXPECT_EQ(r.progress.back(), TotalInputBytes({dir}));
}

TEST(ReadPathsTest, TextAndMarkdownAreVerbatim) {
  const std::string path = TestDataPath("ingest/corpus/b_notes.md");
  const Result r = ReadAll({path});
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.text(), *ReadFile(path));
  EXPECT_EQ(d.id(), path);
  EXPECT_EQ(d.source, path);
  EXPECT_EQ(d.title, "Weekly summary");
  EXPECT_EQ(d.lang, "en");
  EXPECT_FALSE(d.lang_overridden);
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.published_source, PublishedSource::kUnknown);
}

TEST(ReadPathsTest, SeedsKeepTextAndGetTheirLanguage) {
  const Result r = ReadAll(
      {TestDataPath(sitrep::testing::kJapaneseSeed), TestDataPath(sitrep::testing::kEnglishSeed)});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].lang, "ja");
  EXPECT_EQ(r.docs[1].lang, "en");
  EXPECT_EQ(r.docs[0].text(), sitrep::testing::ReadTestData(sitrep::testing::kJapaneseSeed));
}

TEST(ReadPathsTest, HtmlTitleTextAndMetadataDate) {
  const Result r = ReadAll({TestDataPath("ingest/article.html")});
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.title, "Clashes near the river & the old bridge");
  EXPECT_EQ(d.text(), sitrep::testing::ReadTestData("ingest/article.expected.txt"));
  EXPECT_EQ(d.published, "2024-12-06");
  EXPECT_EQ(d.published_source, PublishedSource::kMetadata);
  EXPECT_EQ(d.lang, "en");
}

TEST(ReadPathsTest, JsonlMetadata) {
  const Result r = ReadAll({TestDataPath("ingest/corpus/d_batch.jsonl")});
  ASSERT_EQ(r.docs.size(), 3u);
  const Document* a = r.Find("rec-1");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Villages captured");
  EXPECT_EQ(a->url, "https://example.org/1");
  EXPECT_EQ(a->published, "2024-12-05");
  EXPECT_EQ(a->published_source, PublishedSource::kMetadata);
  EXPECT_EQ(a->lang, "en");
  EXPECT_TRUE(a->lang_overridden);  // declared, not detected
  const Document* b = r.Find("rec-2");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->published, "2024-12-06");
  EXPECT_EQ(b->lang, "ja");
  EXPECT_FALSE(b->lang_overridden);
  EXPECT_EQ(b->source, TestDataPath("ingest/corpus/d_batch.jsonl"));
}

TEST(ReadPathsTest, OptionsWinOverMetadataAndDetection) {
  ReadOptions options;
  options.lang = "AR";
  options.published = "2025-01-02";
  const Result r = ReadAll(
      {TestDataPath("ingest/article.html"), TestDataPath("ingest/corpus/d_batch.jsonl")}, options);
  ASSERT_EQ(r.docs.size(), 4u);
  for (const Document& d : r.docs) {
    EXPECT_EQ(d.lang, "ar") << d.id();
    EXPECT_TRUE(d.lang_overridden);
    EXPECT_EQ(d.published, "2025-01-02");
    EXPECT_EQ(d.published_source, PublishedSource::kCommandLine);
  }
}

TEST(ReadPathsTest, InvalidPublishedOptionIsReportedOnce) {
  ReadOptions options;
  options.published = "2025-13-01";
  const Result r = ReadAll({TestDataPath("ingest/corpus")}, options);
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, "--published");
}

TEST(ReadPathsTest, ExplicitUnknownExtensionIsText) {
  const Result r = ReadAll({TestDataPath("ingest/explicit.dat")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text(), "Read as text when named explicitly.\n");
}

TEST(ReadPathsTest, MissingPathIsAnError) {
  const std::string path = TestDataPath("ingest/no-such-file.txt");
  const Result r = ReadAll({path, TestDataPath("ingest/explicit.dat")});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, path);
  EXPECT_EQ(r.errors[0].reason, "no such file or directory");
  EXPECT_EQ(r.docs.size(), 1u);
}

struct StreamCase {
  const char* name;
  std::string input;
  std::vector<std::string> ids;
  std::vector<std::string> texts;
};

TEST(ReadStreamTest, SniffsFormatTable) {
  const StreamCase cases[] = {
      {"text",
       "The army entered the town.\r\nResidents fled.\n",
       {"<stdin>"},
       {"The army entered the town.\nResidents fled.\n"}},
      {"text with bom and leading blank line",
       "\xEF\xBB\xBF\nHello there, this is text.",
       {"<stdin>"},
       {"\nHello there, this is text."}},
      {"jsonl",
       "\n{\"id\":\"x\",\"text\":\"first\"}\n{\"text\":\"second\"}\n",
       {"x", "<stdin>:3"},
       {"first", "second"}},
      {"jsonl with bom", "\xEF\xBB\xBF{\"id\":\"y\",\"text\":\"only\"}", {"y"}, {"only"}},
      {"html",
       "  <!DOCTYPE html><title>T</title><p>One.</p><p>Two.</p>",
       {"<stdin>"},
       {"One.\n\nTwo."}},
      {"html tag", "<HTML><body><div>a</div><div>b</div></body></HTML>", {"<stdin>"}, {"a\nb"}},
      {"wiki markup is text",
       "{{Infobox military conflict\n| conflict = Battle\n}}",
       {"<stdin>"},
       {"{{Infobox military conflict\n| conflict = Battle\n}}"}},
      {"jsonl with spaces", "{ \"text\": \"spaced\" }", {"<stdin>:1"}, {"spaced"}},
      {"text that starts with a tag-like word",
       "<b> is bold in HTML.\n",
       {"<stdin>"},
       {"<b> is bold in HTML.\n"}},
  };
  for (const StreamCase& c : cases) {
    const Result r = ReadText(c.input);
    EXPECT_TRUE(r.errors.empty()) << c.name << ": " << r.errors[0].reason;
    std::vector<std::string> ids, texts;
    for (const Document& d : r.docs) {
      ids.push_back(d.id());
      texts.push_back(d.text());
    }
    std::vector<std::string> want_ids;
    for (size_t i = 0; i < c.ids.size(); ++i) {
      // "<stdin>" and "<stdin>:N" stand for the content-hash id of document i.
      const bool unnamed = c.ids[i] == "<stdin>" || c.ids[i].starts_with("<stdin>:");
      want_ids.push_back(unnamed && i < c.texts.size() ? StdinId(c.texts[i]) : c.ids[i]);
    }
    EXPECT_EQ(ids, want_ids) << c.name;
    EXPECT_EQ(texts, c.texts) << c.name;
  }
}

// Returns what ReadPaths({"-"}) makes of `input` arriving on a real pipe as
// file descriptor 0.
Result ReadThroughStdinPipe(const std::string& input) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  EXPECT_LT(input.size(), 16384u);  // fits the pipe buffer: no writer thread needed
  EXPECT_EQ(write(fds[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  close(fds[1]);
  const int saved = dup(STDIN_FILENO);
  dup2(fds[0], STDIN_FILENO);
  close(fds[0]);
  Result r = ReadAll({"-"});
  dup2(saved, STDIN_FILENO);
  close(saved);
  return r;
}

TEST(ReadPathsTest, DashReadsStandardInput) {
  Result r = ReadThroughStdinPipe("{\"id\":\"p1\",\"text\":\"From a pipe.\"}\n{\"text\":5}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id(), "p1");
  EXPECT_EQ(r.docs[0].source, "<stdin>");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, "<stdin>:2");
  r = ReadThroughStdinPipe("Plain text\r\nfrom a pipe.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id(), StdinId("Plain text\nfrom a pipe.\n"));
  EXPECT_EQ(r.docs[0].text(), "Plain text\nfrom a pipe.\n");
}

TEST(ReadStreamTest, ErrorsNameTheStream) {
  Result r = ReadText(" \n\t\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, "<stdin>");
  EXPECT_EQ(r.errors[0].reason, "empty document");
  r = ReadText("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\"\n");
  EXPECT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, "<stdin>:2");
}

TEST(ReadStreamTest, ForcedLanguageAndDate) {
  ReadOptions options;
  options.lang = "ja";
  options.published = "2024-12-07";
  const Result r = ReadText(
      "{\"text\":\"English words here.\",\"lang\":\"en\",\"published\":\"2020-01-01\"}", options);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].lang, "ja");
  EXPECT_EQ(r.docs[0].published, "2024-12-07");
  EXPECT_EQ(r.docs[0].published_source, PublishedSource::kCommandLine);
}

}  // namespace
}  // namespace sitrep::ingest
