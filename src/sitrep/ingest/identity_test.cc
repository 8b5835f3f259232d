// Identity and bounds of the readers (issue 15): a document's id does not
// depend on how its path was typed; unnamed stream documents are named by
// their text; a repeated document is read once and says so; a JSONL id used
// twice is reported; names that are not UTF-8 are skipped with an escaped
// message; every read is bounded; declared charsets are decoded. Every input
// is generated here, in a temporary directory.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sitrep/base/hash.h"
#include "sitrep/ingest/reader.h"

namespace sitrep::ingest {
namespace {

using document::Document;
namespace fs = std::filesystem;

struct Result {
  std::vector<Document> docs;
  std::vector<InputError> errors, notices;
};

Result Read(const std::vector<std::string>& paths, const ReadOptions& options = {}) {
  Result r;
  ReadPaths(
      paths, options, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const InputError& e) { (e.notice ? r.notices : r.errors).push_back(e); });
  return r;
}

Result ReadStreamText(const std::string& input, const ReadOptions& options = {}) {
  std::istringstream in(input);
  Result r;
  ReadStream(
      in, "<stdin>", options, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const InputError& e) { (e.notice ? r.notices : r.errors).push_back(e); });
  return r;
}

class IdentityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "sitrep_identity_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = fs::canonical(tmpl).string();
    old_cwd_ = fs::current_path();
    fs::current_path(dir_);
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::path(dir_) / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::string dir_;
  fs::path old_cwd_;
};

TEST_F(IdentityTest, OneFileTypedThreeWaysIsOneDocument) {
  const std::string a = Write("corpus/a.txt", "Rebels shelled the airport of Kherson on Monday.\n");
  Write("corpus/b.md", "# Note\nProtesters gathered in Dakar.\n");
  fs::create_symlink(dir_ + "/corpus", dir_ + "/link");
  const Result r = Read({"corpus", "./corpus/", dir_ + "/corpus/a.txt", "link/b.md"});
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].source << ": " << r.errors[0].reason;
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id(), a);  // the canonical path, whatever was typed
  EXPECT_EQ(r.docs[0].source, "corpus/a.txt");  // the source stays as given
  EXPECT_EQ(r.docs[1].id(), dir_ + "/corpus/b.md");
  ASSERT_EQ(r.notices.size(), 4u);
  EXPECT_EQ(r.notices[0].source, "./corpus/a.txt");
  EXPECT_EQ(r.notices[0].reason, "same document as corpus/a.txt; read once");
  EXPECT_EQ(r.notices[1].source, "./corpus/b.md");
  EXPECT_EQ(r.notices[2].source, dir_ + "/corpus/a.txt");
  EXPECT_EQ(r.notices[3].source, "link/b.md");
  EXPECT_EQ(r.notices[3].reason, "same document as corpus/b.md; read once");
}

TEST_F(IdentityTest, JsonlLinesWithoutIdsAreNamedByCanonicalPathAndLine) {
  Write("feed.jsonl", "{\"text\":\"Clashes near Goma.\"}\n{\"text\":\"Strikes on Sumy.\"}\n");
  const Result r = Read({"./feed.jsonl"});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id(), dir_ + "/feed.jsonl:1");
  EXPECT_EQ(r.docs[1].id(), dir_ + "/feed.jsonl:2");
}

TEST_F(IdentityTest, AJsonlIdUsedTwiceIsReportedNotLost) {
  const std::string feed = Write(
      "feed.jsonl",
      "{\"id\":\"w-1\",\"text\":\"Gunmen attacked a convoy near Mopti.\"}\n"
      "{\"id\":\"w-2\",\"text\":\"Police dispersed a rally in Lahore.\"}\n"
      "{\"id\":\"w-1\",\"text\":\"A later, different story under the same id.\"}\n");
  const std::string other = Write("other.jsonl", "{\"id\":\"w-2\",\"text\":\"Another w-2.\"}\n");
  const Result r = Read({feed, other});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text(), "Gunmen attacked a convoy near Mopti.");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].source, feed + ":3");
  EXPECT_EQ(r.errors[0].reason,
            "id 'w-1' is already used by " + feed + ":1; this record was not read");
  EXPECT_EQ(r.errors[1].source, other + ":1");
  EXPECT_TRUE(r.notices.empty());
}

TEST_F(IdentityTest, StreamDocumentsAreNamedByTheirText) {
  const Result first = ReadStreamText("Troops entered Bakhmut.\n");
  const Result second = ReadStreamText("Troops left Bakhmut.\n");
  const Result again = ReadStreamText("Troops entered Bakhmut.\n");
  ASSERT_EQ(first.docs.size(), 1u);
  ASSERT_EQ(second.docs.size(), 1u);
  ASSERT_EQ(again.docs.size(), 1u);
  EXPECT_NE(first.docs[0].id(), second.docs[0].id());
  EXPECT_EQ(first.docs[0].id(), again.docs[0].id());
  EXPECT_EQ(first.docs[0].id(), "<stdin>:" + Hex64(Fnv1a64("Troops entered Bakhmut.\n")));
  EXPECT_EQ(first.docs[0].source, "<stdin>");
  // A JSONL stream: unnamed lines by their text, the same text twice once.
  const Result lines = ReadStreamText(
      "{\"text\":\"Shelling in Kharkiv.\"}\n{\"text\":\"Shelling in Kharkiv.\"}\n"
      "{\"text\":\"Shelling in Odesa.\"}\n");
  ASSERT_EQ(lines.docs.size(), 2u);
  EXPECT_EQ(lines.docs[0].id(), "<stdin>:" + Hex64(Fnv1a64("Shelling in Kharkiv.")));
  ASSERT_EQ(lines.notices.size(), 1u);
  EXPECT_EQ(lines.notices[0].source, "<stdin>:2");
  EXPECT_EQ(lines.notices[0].reason, "same document as <stdin>:1; read once");
}

TEST_F(IdentityTest, NamesThatAreNotUtf8AreReportedEscapedAndSkipped) {
  Write("in/a.txt", "Clashes in Juba.\n");
  Write("in/b\xFF\xFE.txt", "Clashes in Wau.\n");
  Write("in/sub\xE9/c.txt", "Clashes in Malakal.\n");
  Write("in/d.txt", "Clashes in Bor.\n");
  const Result r = Read({"in", "loose\xC3.txt"});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].source, "in/a.txt");
  EXPECT_EQ(r.docs[1].source, "in/d.txt");
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].source, "in/b\\xFF\\xFE.txt");
  EXPECT_EQ(r.errors[0].reason, "file name is not valid UTF-8; skipped");
  EXPECT_EQ(r.errors[1].source, "in/sub\\xE9");
  EXPECT_EQ(r.errors[2].source, "loose\\xC3.txt");
}

// Returns the peak resident memory of this process in MB.
double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

TEST_F(IdentityTest, EveryReadIsBounded) {
  ReadOptions small;
  small.max_document_bytes = 1 << 20;
  const std::string big = Write("big.txt", std::string(3 << 20, 'x'));
  const std::string lines =
      Write("lines.jsonl", "{\"id\":\"long\",\"text\":\"" + std::string(2 << 20, 'y') +
                               "\"}\n{\"id\":\"short\",\"text\":\"Fighting in Sennar.\"}\n");
  const double before = PeakRssMb();
  const Result r = Read({big, lines, "/dev/zero"}, small);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].reason, "document too large (over 1 MiB)");
  EXPECT_EQ(r.errors[1].source, lines + ":1");
  EXPECT_EQ(r.errors[1].reason, "line too long (over 1 MiB); skipped");
  EXPECT_EQ(r.errors[2].source, "/dev/zero");
  EXPECT_EQ(r.errors[2].reason, "binary file (NUL byte at 0)");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id(), "short");
  // A stream that never ends a line, or never ends: refused at the bound.
  const Result endless = ReadStreamText(std::string(3 << 20, 'z'), small);
  ASSERT_EQ(endless.errors.size(), 1u);
  EXPECT_EQ(endless.errors[0].reason, "document too large (over 1 MiB)");
  const Result blank_lines = ReadStreamText(std::string(3 << 20, '\n'), small);
  ASSERT_EQ(blank_lines.errors.size(), 1u);
  EXPECT_EQ(blank_lines.errors[0].reason, "document too large (over 1 MiB)");
  EXPECT_LT(PeakRssMb() - before, 64.0);
}

TEST_F(IdentityTest, DeclaredCharsetsAreDecoded) {
  const std::string sjis = Write(
      "sjis.html",
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
      "<title>\x90\xED\x8B\xB5</title></head><body><p>\x93\x8C\x8B\x9E\x82\xC5\x90\xED\x93\xAC"
      "\x81\x42</p></body></html>");
  const std::string cp1252 = Write(
      "cp1252.htm",
      "<meta charset=\"windows-1252\"><title>Caf\xE9</title><p>\x93Quoted\x94 \x96 dash</p>");
  const std::string utf32 = Write("utf32.txt", std::string("\xFF\xFE\0\0O\0\0\0k\0\0\0", 12));
  const Result r = Read({sjis, cp1252, utf32});
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].source << ": " << r.errors[0].reason;
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].title, "戦況");
  EXPECT_EQ(r.docs[0].text(), "東京で戦闘。");
  EXPECT_EQ(r.docs[1].title, "Café");
  EXPECT_EQ(r.docs[1].text(), "“Quoted” – dash");
  EXPECT_EQ(r.docs[2].text(), "Ok");
}

}  // namespace
}  // namespace sitrep::ingest
