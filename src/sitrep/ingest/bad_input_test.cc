// The bad-input corpus, generated in a temporary directory: each broken file
// gets its own clear error and the good files beside it still come through.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "sitrep/ingest/reader.h"

namespace sitrep::ingest {
namespace {

using document::Document;
namespace fs = std::filesystem;

constexpr size_t k50MB = 50u << 20;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "sitrep_ingest_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    for (const auto& e : fs::recursive_directory_iterator(dir_, ec)) {
      fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::remove_all(dir_, ec);
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // Reads `paths` (default: the whole temp dir); returns reason by source.
  std::map<std::string, std::string> Read(std::vector<std::string> paths = {},
                                          const ReadOptions& options = {}) {
    if (paths.empty()) paths.push_back(dir_);
    std::map<std::string, std::string> errors;
    ReadPaths(
        paths, options, [&](Document&& d) { docs_[d.id()] = std::move(d); },
        [&](const InputError& e) { errors[e.source] = e.reason; });
    return errors;
  }

  std::string dir_;
  std::map<std::string, Document> docs_;
};

TEST_F(BadInputTest, EachBadFileGetsItsErrorAndGoodFilesLand) {
  using namespace std::string_literals;
  const std::string good_txt = Write("good.txt", "The army entered the town on Friday.\n");
  const std::string good_html =
      Write("good.html", "<title>T</title><p>Rebels shelled the airport.</p><script>x</script>");
  const std::string bom_crlf =
      Write("bom_crlf.md", "\xEF\xBB\xBF# Title\r\nLine two.\rLine three.\r\n");
  const std::string empty = Write("empty.txt", "");
  const std::string blank = Write("blank.md", " \r\n\t\n");
  const std::string binary = Write("binary.txt", "GIF89a\x01\x02\0\0garbage"s);
  const std::string valid_prefix = "Caf\xC3\xA9 ok, then ";
  const std::string bad_utf8 = Write("bad_utf8.txt", valid_prefix + "\xE9t\xE9 in Latin-1.\n");
  const std::string jsonl =
      Write("mixed.jsonl",
            "{\"id\":\"ok-1\",\"text\":\"Clashes were reported near the border.\"}\n"
            "{\"id\":\"trunc\",\"text\":\"The convoy was attacked on the ro\n"
            "{\"id\":\"notext\",\"title\":\"no text\"}\n"
            "{\"id\":\"numtext\",\"text\":12}\n"
            "{\"id\":\"baddate\",\"text\":\"x\",\"published\":\"2024-02-30\"}\n"
            "\n"
            "{\"id\":\"ok-2\",\"text\":\"Protesters gathered in the square.\"}\n");
  const auto errors = Read();

  const std::map<std::string, std::string> want = {
      {empty, "empty document"},
      {blank, "empty document"},
      {binary, "binary file (NUL byte at 8)"},
      {bad_utf8, "invalid UTF-8 at byte " + std::to_string(valid_prefix.size())},
      {jsonl + ":2", errors.count(jsonl + ":2") ? errors.at(jsonl + ":2") : "<missing>"},
      {jsonl + ":3", "missing \"text\""},
      {jsonl + ":4", "\"text\" is not a string"},
      {jsonl + ":5", "invalid \"published\" date '2024-02-30' (expected YYYY-MM-DD)"},
  };
  EXPECT_EQ(errors, want);
  ASSERT_TRUE(errors.count(jsonl + ":2"));
  EXPECT_TRUE(errors.at(jsonl + ":2").starts_with("truncated JSON")) << errors.at(jsonl + ":2");

  EXPECT_EQ(docs_.size(), 5u);
  ASSERT_TRUE(docs_.count(bom_crlf));
  EXPECT_EQ(docs_[bom_crlf].text(), "# Title\nLine two.\nLine three.\n");
  EXPECT_EQ(docs_[bom_crlf].title, "Title");
  EXPECT_TRUE(docs_.count(good_txt));
  ASSERT_TRUE(docs_.count(good_html));
  EXPECT_EQ(docs_[good_html].text(), "Rebels shelled the airport.");
  EXPECT_TRUE(docs_.count("ok-1"));
  EXPECT_TRUE(docs_.count("ok-2"));
}

TEST_F(BadInputTest, FiftyMegabyteSingleLine) {
  std::string line;
  line.reserve(k50MB + 1);
  const std::string sentence = "Shelling continued overnight across the eastern districts. ";
  while (line.size() + sentence.size() < k50MB) line += sentence;
  const size_t n = line.size();
  const std::string txt = Write("huge.txt", line + "\r\n");
  const std::string jsonl = Write("huge.jsonl", "{\"id\":\"big\",\"text\":\"" + line + "\"}\n");
  line.clear();
  line.shrink_to_fit();

  const auto start = std::chrono::steady_clock::now();
  ReadOptions options;
  options.max_document_bytes = size_t{64} << 20;  // above the default bound
  const auto errors = Read({txt, jsonl}, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[txt].text().size(), n + 1);  // CRLF became LF
  EXPECT_EQ(docs_[txt].lang, "en");
  EXPECT_EQ(docs_["big"].text().size(), n);
  RecordProperty("seconds_for_2x50MB", std::to_string(seconds));
  std::printf("read 2 x 50 MB single-line documents in %.2f s (%.0f MB/s)\n", seconds,
              2 * n / 1e6 / seconds);
}

// Returns 0 when reading `dir` reports exactly `locked` as "permission denied"
// and still reads `good`.
int CheckUnreadable(const std::string& dir, const std::string& locked, const std::string& good) {
  std::map<std::string, std::string> errors;
  bool good_read = false;
  ReadPaths(
      {dir}, {}, [&](Document&& d) { good_read |= d.id() == good; },
      [&](const InputError& e) { errors[e.source] = e.reason; });
  const bool ok = good_read && errors.size() == 1 && errors[locked] == "permission denied";
  if (!ok) {
    for (const auto& [source, reason] : errors)
      std::fprintf(stderr, "%s: %s\n", source.c_str(), reason.c_str());
  }
  return ok ? 0 : 1;
}

TEST_F(BadInputTest, UnreadableFile) {
  const std::string locked = Write("locked.txt", "You cannot read me.");
  const std::string good = Write("good.txt", "But you can read me.");
  ASSERT_EQ(chmod(locked.c_str(), 0), 0);
  if (geteuid() != 0) {
    EXPECT_EQ(CheckUnreadable(dir_, locked, good), 0);
    return;
  }
  // Root reads a chmod 000 file anyway: check from a child process that has
  // dropped to an unprivileged user ("nobody", uid 65534).
  ASSERT_EQ(chmod(dir_.c_str(), 0755), 0);
  ASSERT_EQ(chmod(good.c_str(), 0644), 0);
  EXPECT_EXIT(
      {
        if (setgid(65534) != 0 || setuid(65534) != 0) std::_Exit(77);
        std::_Exit(access(locked.c_str(), R_OK) == 0 ? 78 : CheckUnreadable(dir_, locked, good));
      },
      ::testing::ExitedWithCode(0), "");
}

TEST_F(BadInputTest, UnopenablePaths) {
  const std::string good = Write("good.txt", "Troops withdrew from the hill.");
  const std::string missing = dir_ + "/missing.txt";
  const std::string not_dir = good + "/inside.txt";
  const auto errors = Read({missing, good, not_dir});
  const std::map<std::string, std::string> want = {
      {missing, "no such file or directory"},
      {not_dir, "not a directory"},
  };
  EXPECT_EQ(errors, want);
  EXPECT_TRUE(docs_.count(good));
}

TEST_F(BadInputTest, BinaryJsonlAndHtmlWithoutText) {
  using namespace std::string_literals;
  const std::string bin = Write("data.jsonl", "\x1f\x8b\x08\0\0\0\0\0"s);  // gzip header
  const std::string chrome =
      Write("chrome.html", "<nav>Home | World</nav><script>x()</script><footer>(c)</footer>");
  const auto errors = Read();
  const std::map<std::string, std::string> want = {
      {bin, "binary file (NUL byte at 3)"},
      {chrome, "empty document (no text in the HTML body)"},
  };
  EXPECT_EQ(errors, want);
  EXPECT_TRUE(docs_.empty());
}

}  // namespace
}  // namespace sitrep::ingest
