// Hostile and unlucky inputs through the real `sitrep ingest` and the store
// commands (issue 15): identity (a file typed three ways, stdin documents,
// a JSONL id used twice), file names that are not UTF-8, terminal escapes in
// texts, ids and names, and the store failing under the run (a full disk on a
// small tmpfs, a database locked by another writer), and a document over the
// work budget among good ones. Every input is generated
// here; the store is checked with PRAGMA integrity_check after each failure.
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "sitrep/store/sqlite/process_testutil.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::store {
namespace {

namespace fs = std::filesystem;
using testing::ProcessResult;
using testing::RunSitrep;

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

class IngestHostileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/ingest_hostile_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = fs::canonical(tmpl).string();
    db_ = dir_ + "/t.db";
    old_cwd_ = fs::current_path();
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    if (mounted_) umount2(mount_.c_str(), MNT_DETACH);
    fs::remove_all(dir_);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::path(dir_) / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  // Writes a corpus of `n` documents of ~`bytes` each in `dir_`/name; returns its path.
  std::string WriteCorpus(const std::string& name, int n, size_t bytes) {
    for (int i = 0; i < n; ++i) {
      std::string text = fmt::format("Report {}.\n", i);
      while (text.size() < bytes) {
        text += fmt::format("Rebels attacked a checkpoint near Homs on {} March 2024, killing {} "
                            "soldiers, a monitor said. ",
                            1 + i % 28, 2 + text.size() % 40);
      }
      Write(fmt::format("{}/{:04d}.txt", name, i), text + "\n");
    }
    return dir_ + "/" + name;
  }
  ProcessResult Run(std::vector<std::string> args, const std::string& stdin_text = "") {
    if (stdin_text.empty()) return RunSitrep(args, dir_);
    const std::string in = Write("stdin.txt", stdin_text);
    return RunSitrep(args, dir_, in);
  }
  std::vector<DocumentSummary> Documents(const std::string& db) {
    auto store = SqliteStore::Open(db);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    if (!store.ok()) return {};
    auto docs = (*store)->ListDocuments();
    EXPECT_TRUE(docs.ok());
    return docs.ok() ? *docs : std::vector<DocumentSummary>{};
  }
  // Returns "ok" when SQLite's integrity check passes on `db`.
  std::string IntegrityCheck(const std::string& db) {
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(h);
      return "cannot open";
    }
    std::string result;
    sqlite3_exec(
        h, "PRAGMA integrity_check",
        [](void* out, int, char** values, char**) {
          *static_cast<std::string*>(out) += values[0] ? values[0] : "";
          return 0;
        },
        &result, nullptr);
    sqlite3_close(h);
    return result;
  }

  std::string dir_, db_, mount_;
  fs::path old_cwd_;
  bool mounted_ = false;
};

TEST_F(IngestHostileTest, AFileTypedThreeWaysIsStoredOnce) {
  Write("corpus/a.txt", "Rebels shelled the airport of Kherson on 3 March 2024.\n");
  Write("corpus/b.txt", "Protesters gathered in central Dakar on 4 March 2024.\n");
  ASSERT_EQ(Run({"ingest", dir_ + "/corpus", "--db", db_}).exit_code, 0);
  // The same files, typed differently, from another working directory.
  fs::current_path(dir_);
  ProcessResult again = Run({"ingest", "./corpus/", "corpus/a.txt", dir_ + "/corpus/b.txt",
                             "--db", db_});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("added 0, already present 4, updated 0, failed 0"), std::string::npos)
      << again.err;
  EXPECT_NE(again.err.find("corpus/a.txt: same document as ./corpus/a.txt; read once"),
            std::string::npos)
      << again.err;
  const auto docs = Documents(db_);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, dir_ + "/corpus/a.txt");
  ProcessResult show = Run({"show", "corpus/a.txt", "--db", db_});  // a path finds its document
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("Kherson"), std::string::npos);
}

// One document far over the work budget (a list of towns, a mention every
// word) keeps its text and entities and says so; the documents around it are
// read whole, and the run succeeds.
TEST_F(IngestHostileTest, ADocumentOverTheWorkBudgetGetsTextAndEntitiesOnly) {
  Write("corpus/a.txt", "Militants attacked a convoy near Goma on 3 March 2024, killing four.\n");
  std::string towns;
  while (towns.size() < 20'000) towns += "Kherson, Odesa, Mariupol, Donetsk, Luhansk, Kharkiv, ";
  Write("corpus/b.txt", "Russian artillery shelled Kherson on 4 March 2024, killing three civilians. "
                        "The strikes hit " + towns + "and Zaporizhzhia.\n");
  Write("corpus/c.txt", "Troops shelled the outskirts of Mosul on 5 March 2024, killing two.\n");
  ProcessResult r = Run({"ingest", dir_ + "/corpus", "--db", db_, "--work-budget", "20000",
                           "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.err, "over the budget of 20000; text and entities only"), 1u) << r.err;
  EXPECT_NE(r.err.find("corpus/b.txt: "), std::string::npos) << r.err;
  const auto docs = Documents(db_);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_GT(docs[0].event_count, 0) << docs[0].id;
  EXPECT_EQ(docs[1].event_count, 0) << docs[1].id;
  EXPECT_GT(docs[2].event_count, 0) << docs[2].id;
  // With no limit the same document is read whole.
  ProcessResult whole = Run({"extract", dir_ + "/corpus/b.txt", "--format", "jsonl",
                           "--work-budget", "0", "--lang", "en"});
  EXPECT_EQ(whole.exit_code, 0) << whole.err;
  EXPECT_EQ(whole.err.find("work units"), std::string::npos) << whole.err;
  EXPECT_NE(whole.out.find("\"event_type\""), std::string::npos) << whole.out.substr(0, 300);
}

TEST_F(IngestHostileTest, EachStdinDocumentIsItsOwn) {
  ASSERT_EQ(Run({"ingest", "-", "--db", db_}, "Troops entered Bakhmut on 1 May 2023.\n").exit_code,
            0);
  ASSERT_EQ(Run({"ingest", "-", "--db", db_}, "Drones struck Odesa on 2 May 2023.\n").exit_code, 0);
  ProcessResult same = Run({"ingest", "-", "--db", db_}, "Drones struck Odesa on 2 May 2023.\n");
  EXPECT_NE(same.err.find("added 0, already present 1"), std::string::npos) << same.err;
  const auto docs = Documents(db_);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_NE(docs[0].id, docs[1].id);
  EXPECT_TRUE(docs[0].id.starts_with("<stdin>:")) << docs[0].id;
}

TEST_F(IngestHostileTest, AJsonlIdUsedTwiceIsReported) {
  const std::string feed =
      Write("feed.jsonl",
            "{\"id\":\"w-1\",\"text\":\"Gunmen attacked a convoy near Mopti on 2 June 2022.\"}\n"
            "{\"id\":\"w-1\",\"text\":\"Police dispersed a rally in Lahore on 3 June 2022.\"}\n");
  ProcessResult r = Run({"ingest", feed, "--db", db_});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(feed + ":2: id 'w-1' is already used by " + feed +
                       ":1; this record was not read"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("added 1, already present 0, updated 0, failed 1"), std::string::npos);
}

TEST_F(IngestHostileTest, NamesAndTextsNeverReachTheTerminalRaw) {
  Write("in/good.txt", "Fighting was reported in Goma on 5 May 2024.\n");
  Write("in/bad\xFF\xFE.txt", "Fighting was reported in Bunia on 5 May 2024.\n");
  Write("in/esc\x1b[31mred.txt", "Shelling in \x1b]0;owned\x07Kharkiv \x1b[2J on 6 May 2024.\n");
  Write("in/later.txt", "Clashes in Beni on 7 May 2024.\n");
  ProcessResult r = Run({"ingest", dir_ + "/in", "--db", db_});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("in/bad\\xFF\\xFE.txt: file name is not valid UTF-8; skipped"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("added 3, already present 0, updated 0, failed 1"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"docs", "--db", db_},
           {"show", dir_ + "/in/esc\x1b[31mred.txt", "--db", db_},
           {"events", "--db", db_}}) {
    ProcessResult shown = Run(args);
    EXPECT_EQ(shown.exit_code, 0) << args[0] << ": " << shown.err;
    EXPECT_EQ(shown.out.find('\x1b'), std::string::npos) << args[0] << ": " << shown.out;
    EXPECT_EQ(shown.out.find('\x07'), std::string::npos) << args[0];
    if (args[0] == "show") {
      EXPECT_NE(shown.out.find("Shelling in \\x1B]0;owned\\x07Kharkiv"), std::string::npos)
          << shown.out;
    }
  }
}

TEST_F(IngestHostileTest, AFullDiskStopsOnceAndAReRunCompletes) {
  if (geteuid() != 0) GTEST_SKIP() << "mounting a small tmpfs needs root";
  mount_ = dir_ + "/small";
  fs::create_directories(mount_);
  if (mount("tmpfs", mount_.c_str(), "tmpfs", 0, "size=1m") != 0) {
    GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  }
  mounted_ = true;
  const std::string corpus = WriteCorpus("corpus", 120, 20000);
  const std::string db = mount_ + "/t.db";
  ProcessResult full = Run({"ingest", corpus, "--db", db, "--jobs", "2"});
  EXPECT_EQ(full.exit_code, 1) << full.err;
  EXPECT_EQ(Count(full.err, "database or disk is full"), 1u) << full.err;
  EXPECT_EQ(Count(full.err, "database or disk is full: database or disk is full"), 0u);
  EXPECT_NE(full.err.find("stopped;"), std::string::npos) << full.err;
  EXPECT_LT(Count(full.err, "\n"), 5u) << "one report, not one per remaining document:\n"
                                       << full.err;
  EXPECT_EQ(IntegrityCheck(db), "ok");
  const size_t stored = Documents(db).size();
  EXPECT_LT(stored, 120u);
  // Room again: the same command completes the job, every document once.
  ASSERT_EQ(mount("tmpfs", mount_.c_str(), "tmpfs", MS_REMOUNT, "size=64m"), 0);
  ProcessResult rerun = Run({"ingest", corpus, "--db", db, "--jobs", "2"});
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find(fmt::format("added {}, already present {}", 120 - stored, stored)),
            std::string::npos)
      << rerun.err;
  EXPECT_EQ(Documents(db).size(), 120u);
  EXPECT_EQ(IntegrityCheck(db), "ok");
}

TEST_F(IngestHostileTest, ALockedDatabaseIsWaitedFor) {
  const std::string corpus = WriteCorpus("corpus", 3, 500);
  ASSERT_EQ(Run({"ingest", dir_ + "/corpus/0000.txt", "--db", db_}).exit_code, 0);
  // Another writer holds the database for 2 s; ingest waits (busy timeout) and goes on.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  std::thread release([other] {
    std::this_thread::sleep_for(std::chrono::seconds(2));
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  });
  ProcessResult r = Run({"ingest", corpus, "--db", db_});
  release.join();
  sqlite3_close(other);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("added 2, already present 1"), std::string::npos) << r.err;
  EXPECT_EQ(IntegrityCheck(db_), "ok");
}

}  // namespace
}  // namespace sitrep::store
