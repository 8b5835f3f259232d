// The crash test of DESIGN/issue 2: start a real `sitrep ingest` on a generated
// corpus, kill -9 it mid-run, then prove the database is intact and holds no
// half-written document (integrity_check, every stored text matches its hash
// and the corpus, every document's event and battle rows are all there), and
// that re-running ingest completes the job with every document exactly once.
#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/store/sqlite/process_testutil.h"
#include "sitrep/store/store.h"

namespace sitrep::store {
namespace {

constexpr int kDocuments = 2000;

// Returns a deterministic report-like text of ~0.5-1 KB for document `i`,
// built from templates with places, actors, dates and figures so the events
// stage has something to find (2000 of them keep the writer busy for seconds
// while the re-run after the kill stays short).
std::string MakeText(int i, std::mt19937& rng) {
  static const char* kPlaces[] = {"Hama", "Homs", "Aleppo", "Idlib", "Raqqa", "Daraa", "Latakia",
                                  "Tartus"};
  static const char* kActors[] = {"Rebel fighters", "Government forces", "Hayat Tahrir al-Sham",
                                  "Opposition groups", "Security forces"};
  static const char* kTemplates[] = {
      "{actor} captured the town of {place} on {day} December 2024, residents said.",
      "{actor} shelled villages near {place}, killing {n} civilians, according to monitors.",
      "Airstrikes hit positions outside {place} on {day} December, a spokesman said.",
      "Hundreds of protesters gathered in central {place} on {day} December.",
      "{actor} withdrew from checkpoints around {place} without a fight.",
      "At least {n} people were killed in clashes between {actor} and local militias in {place}.",
      "Officials in {place} said the road to the coast had reopened."};
  auto pick = [&rng](const auto& list) { return std::string(list[rng() % std::size(list)]); };
  std::string text = fmt::format("Report {} from the field.\n\n", i);
  const int sentences = 5 + static_cast<int>(rng() % 6);
  for (int s = 0; s < sentences; ++s) {
    std::string sentence = pick(kTemplates);
    auto fill = [&sentence](const std::string& key, const std::string& value) {
      for (size_t at; (at = sentence.find(key)) != std::string::npos;) sentence.replace(at, key.size(), value);
    };
    fill("{actor}", pick(kActors));
    fill("{place}", pick(kPlaces));
    fill("{day}", std::to_string(1 + rng() % 28));
    fill("{n}", std::to_string(2 + rng() % 40));
    text += sentence + (s % 3 == 2 ? "\n\n" : " ");
  }
  text += "\n";
  return text;
}

class Db {
 public:
  explicit Db(const std::string& path, int flags = SQLITE_OPEN_READONLY) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) Close();
    if (db_) sqlite3_busy_timeout(db_, 5000);
  }
  ~Db() { Close(); }
  bool ok() const { return db_ != nullptr; }
  // Returns the rows of `sql` as strings; nullopt on error.
  std::optional<std::vector<std::vector<std::string>>> Query(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (!db_ || sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      return std::nullopt;
    }
    std::vector<std::vector<std::string>> rows;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
        row.emplace_back(p ? std::string(p, sqlite3_column_bytes(st, c)) : "");
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return std::nullopt;
    return rows;
  }

 private:
  void Close() {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
  }
  sqlite3* db_ = nullptr;
};

class IngestCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/ingest_crash_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    db_path_ = dir_ + "/crash.db";
    corpus_path_ = dir_ + "/corpus.jsonl";
    std::mt19937 rng(20241207);
    std::ofstream out(corpus_path_);
    for (int i = 0; i < kDocuments; ++i) {
      const std::string id = fmt::format("crash-{:04d}", i);
      texts_[id] = MakeText(i, rng);
      out << nlohmann::json{{"id", id}, {"text", texts_[id]}, {"lang", "en"},
                            {"published", "2024-12-07"}}.dump()
          << "\n";
    }
  }
  void TearDown() override {
    if (!HasFailure()) std::filesystem::remove_all(dir_);
  }

  // Checks that every stored document is complete; returns how many there are.
  size_t CheckStoredDocumentsComplete() {
    Db db(db_path_, SQLITE_OPEN_READWRITE);  // read-write: recovers the WAL of a killed writer
    EXPECT_TRUE(db.ok());
    auto integrity = db.Query("PRAGMA integrity_check");
    EXPECT_TRUE(integrity && integrity->size() == 1 && (*integrity)[0][0] == "ok");
    auto fk = db.Query("PRAGMA foreign_key_check");
    EXPECT_TRUE(fk && fk->empty()) << "orphan layer rows";
    auto rows = db.Query(R"sql(
        SELECT id, text, content_hash, bytes, event_count, battle_count,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.id),
               (SELECT count(*) FROM battles b WHERE b.doc_id = d.id),
               mentions_json, timexes_json
        FROM documents d)sql");
    EXPECT_TRUE(rows.has_value());
    if (!rows) return 0;
    for (const auto& r : *rows) {
      SCOPED_TRACE(r[0]);
      auto it = texts_.find(r[0]);
      if (it == texts_.end()) {
        ADD_FAILURE() << "unknown document id";
        continue;
      }
      EXPECT_EQ(r[1], it->second) << "stored text differs from the corpus";
      EXPECT_EQ(r[2], ContentHash(r[1]));
      EXPECT_EQ(r[3], std::to_string(r[1].size()));
      EXPECT_EQ(r[4], r[6]) << "event rows missing";
      EXPECT_EQ(r[5], r[7]) << "battle rows missing";
      EXPECT_TRUE(nlohmann::json::parse(r[8], nullptr, false).is_array());
      EXPECT_TRUE(nlohmann::json::parse(r[9], nullptr, false).is_array());
    }
    auto events = db.Query("SELECT count(*) FROM events");
    if (events && !events->empty()) RecordProperty("event_rows", (*events)[0][0]);
    std::cout << "[ INFO     ] " << rows->size() << " document(s), "
              << (events && !events->empty() ? (*events)[0][0] : "?") << " event row(s) stored\n";
    return rows->size();
  }

  size_t CountDocuments() {
    Db db(db_path_);
    auto rows = db.ok() ? db.Query("SELECT count(*) FROM documents") : std::nullopt;
    return rows && !rows->empty() ? std::stoul((*rows)[0][0]) : 0;
  }

  std::string dir_, db_path_, corpus_path_;
  std::map<std::string, std::string> texts_;
};

TEST_F(IngestCrashTest, KillNineMidIngestLeavesNoHalfWrittenDocument) {
  const std::string out = dir_ + "/out.txt", err = dir_ + "/err.txt";
  const pid_t pid = testing::StartSitrep({"ingest", corpus_path_, "--db", db_path_}, out, err);
  ASSERT_GT(pid, 0);
  // Wait until some documents are in (the first commits prove the writer is
  // mid-corpus), then kill it without warning.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  bool exited = false;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    if (std::filesystem::exists(db_path_) && CountDocuments() >= 20) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_FALSE(exited) << "ingest exited (status " << status
                       << ") before it could be killed; if it succeeded, grow the corpus:\n"
                       << testing::Slurp(err);
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  const testing::ProcessResult killed = testing::Wait(pid, out, err);
  ASSERT_EQ(killed.signal, SIGKILL);

  const size_t stored = CheckStoredDocumentsComplete();
  EXPECT_GE(stored, 20u);
  EXPECT_LT(stored, static_cast<size_t>(kDocuments)) << "the kill came after the last commit";

  // Re-running completes the job; what was stored is recognised, not re-added.
  const testing::ProcessResult rerun =
      testing::RunSitrep({"ingest", corpus_path_, "--db", db_path_}, dir_);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find(fmt::format("added {}, already present {}, updated 0, failed 0",
                                       kDocuments - stored, stored)),
            std::string::npos)
      << rerun.err;
  EXPECT_EQ(CheckStoredDocumentsComplete(), static_cast<size_t>(kDocuments));
  Db db(db_path_);
  auto distinct = db.Query("SELECT count(DISTINCT id), count(*) FROM documents");
  ASSERT_TRUE(distinct);
  EXPECT_EQ((*distinct)[0][0], std::to_string(kDocuments));
  EXPECT_EQ((*distinct)[0][1], std::to_string(kDocuments));
}

}  // namespace
}  // namespace sitrep::store
