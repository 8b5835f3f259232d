// SQLite-specific behaviour beyond the shared contract suite: persistence
// across opens, connection pragmas, schema versioning (fresh, current, future,
// foreign databases), and never creating a file on a read-only open.
#include "sitrep/store/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace sitrep::store {
namespace {

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/sqlite_store_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/t.db";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Runs `sql` on a plain connection to path_ (outside the store).
  void RawExec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }
  std::string RawScalar(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  std::string dir_, path_;
};

TEST_F(SqliteStoreTest, PersistsAcrossOpens) {
  {
    auto s = SqliteStore::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE((*s)->PutDocument(document::Document("a", "alpha")).ok());
  }
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok());
  auto got = (*s)->GetDocument("a");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->doc.text(), "alpha");
  auto again = (*s)->PutDocument(document::Document("a", "alpha"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, PutOutcome::kAlreadyPresent);
}

TEST_F(SqliteStoreTest, FreshDatabaseIsWalAtCurrentVersion) {
  ASSERT_TRUE(SqliteStore::Open(path_).ok());
  EXPECT_EQ(RawScalar("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawScalar("PRAGMA user_version"), std::to_string(SqliteStore::SchemaVersion()));
  EXPECT_EQ(RawScalar("PRAGMA application_id"), std::to_string(0x53495452));
}

TEST_F(SqliteStoreTest, ForeignKeysCascadeOnReplace) {
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok());
  document::Document d("a", "v1");
  d.events.resize(3);
  for (auto& e : d.events) e.event_type = "Battles";
  ASSERT_TRUE((*s)->PutDocument(d).ok());
  EXPECT_EQ(RawScalar("SELECT count(*) FROM events"), "3");
  ASSERT_TRUE((*s)->PutDocument(document::Document("a", "v2")).ok());
  EXPECT_EQ(RawScalar("SELECT count(*) FROM events"), "0");
}

// Atomicity without a crash: a trigger makes the third event insert fail
// mid-document; nothing of the new document may remain, and a replaced
// document keeps its previous version whole.
TEST_F(SqliteStoreTest, FailureMidDocumentRollsBackEverything) {
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok());
  document::Document v1("a", "version one");
  v1.events.resize(2);
  for (auto& e : v1.events) e.event_type = "Battles";
  ASSERT_TRUE((*s)->PutDocument(v1).ok());
  RawExec("CREATE TRIGGER inject BEFORE INSERT ON events WHEN NEW.ordinal = 2 "
          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  document::Document fresh("b", "new document");
  fresh.events.resize(4);
  for (auto& e : fresh.events) e.event_type = "Protests";
  auto put = (*s)->PutDocument(fresh);
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("injected failure"), std::string::npos);
  EXPECT_EQ(RawScalar("SELECT count(*) FROM documents WHERE id = 'b'"), "0");
  EXPECT_EQ(RawScalar("SELECT count(*) FROM events WHERE doc_id = 'b'"), "0");
  document::Document v2("a", "version two");
  v2.events = fresh.events;
  ASSERT_FALSE((*s)->PutDocument(v2).ok());
  auto got = (*s)->GetDocument("a");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->doc.text(), "version one");
  EXPECT_EQ(got->doc.events.size(), 2u);
  // The store stays usable after the failed transaction.
  RawExec("DROP TRIGGER inject");
  auto retry = (*s)->PutDocument(v2);
  ASSERT_TRUE(retry.ok()) << retry.status().ToString();
  EXPECT_EQ(*retry, PutOutcome::kUpdated);
}

TEST_F(SqliteStoreTest, MissingFileIsNotCreatedWhenAskedNotTo) {
  SqliteStoreOptions options;
  options.create_if_missing = false;
  auto s = SqliteStore::Open(path_, options);
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_NE(s.status().message().find(path_), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path_));
}

TEST_F(SqliteStoreTest, FutureSchemaVersionIsAClearError) {
  RawExec("CREATE TABLE documents(id TEXT); PRAGMA user_version = 99; "
          "PRAGMA application_id = 1397314642");
  auto s = SqliteStore::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.status().message().find("schema version 99 is newer"), std::string::npos)
      << s.status().message();
}

TEST_F(SqliteStoreTest, VersionZeroWithForeignTablesIsRefused) {
  RawExec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
  auto s = SqliteStore::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a sitrep database"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(RawScalar("SELECT count(*) FROM sqlite_schema"), "1");  // left untouched
}

TEST_F(SqliteStoreTest, OtherApplicationsDatabaseIsRefused) {
  RawExec("CREATE TABLE t(x); PRAGMA user_version = 1; PRAGMA application_id = 42");
  auto s = SqliteStore::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a sitrep database"), std::string::npos);
}

TEST_F(SqliteStoreTest, EmptyVersionZeroFileIsInitialised) {
  RawExec("PRAGMA user_version = 0");  // creates an empty database file
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(RawScalar("PRAGMA user_version"), std::to_string(SqliteStore::SchemaVersion()));
}

TEST_F(SqliteStoreTest, NonDatabaseFileIsAClearError) {
  std::ofstream(path_) << "this is a text file, not a database, long enough to fill a header...."
                          "..............................................................";
  auto s = SqliteStore::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a database"), std::string::npos) << s.status().message();
}

TEST_F(SqliteStoreTest, ReaderSeesCommittedDocumentsWhileWriterIsOpen) {
  auto writer = SqliteStore::Open(path_);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->PutDocument(document::Document("a", "alpha")).ok());
  SqliteStoreOptions ro;
  ro.create_if_missing = false;
  auto reader = SqliteStore::Open(path_, ro);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE((*writer)->PutDocument(document::Document("b", "beta")).ok());
  auto list = (*reader)->ListDocuments();
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 2u);
}

}  // namespace
}  // namespace sitrep::store

namespace sitrep::store {
namespace {

// A v1 database (before the API's columns and indexes) with events in it
// gains the columns, filled from the stored JSON, when a v2 sitrep opens it.
TEST_F(SqliteStoreTest, MigrationToV2FillsColumnsFromStoredJson) {
  {
    auto s = SqliteStore::Open(path_);
    ASSERT_TRUE(s.ok());
    document::Document d("doc", "Shelling hit Kherson.");
    document::Event e;
    e.id = "ev";
    e.event_type = "Explosions/Remote violence";
    e.date = "2022-11-20";
    e.place = document::PlaceRef{"geonames:706448", "Kherson", 46.64, 32.61, "UA", "Kherson", 1};
    e.evidence.sentence = "Shelling hit Kherson.";
    d.events.push_back(e);
    ASSERT_TRUE((*s)->PutDocument(d).ok());
  }
  // Take the file back to v1's shape (without v3's fusion tables too).
  RawExec(
      "DROP TABLE fused_members; DROP TABLE fused_events; DROP TABLE control_intervals;"
      "DROP TABLE fusion_documents; DROP TABLE fusion_state;"
      "DROP INDEX events_by_country; DROP INDEX events_by_sub_type; DROP INDEX events_by_event_id;"
      "DROP INDEX events_by_type; DROP INDEX events_by_date;"
      "ALTER TABLE events DROP COLUMN country; ALTER TABLE events DROP COLUMN evidence;"
      "CREATE INDEX events_by_date ON events(date);"
      "CREATE INDEX events_by_type ON events(event_type, sub_event_type);"
      "PRAGMA user_version = 1");
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(RawScalar("PRAGMA user_version"), std::to_string(SqliteStore::SchemaVersion()));
  EXPECT_EQ(RawScalar("SELECT country || '|' || evidence FROM events"), "UA|Shelling hit Kherson.");
  auto hits = (*s)->QueryEvents({.country = "ua", .text = "kherson"});
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 1u);
  auto backlog = (*s)->GetFusionBacklog();  // v3's tables came with the upgrade
  ASSERT_TRUE(backlog.ok()) << backlog.status().ToString();
  EXPECT_EQ(backlog->documents.size(), 1u);
}

// A v2 store (serve's schema, before fusion) upgrades in place: its documents
// stay and wait for fusion, nothing is fused yet.
TEST_F(SqliteStoreTest, MigrationToV3AddsTheFusionTables) {
  {
    auto s = SqliteStore::Open(path_);
    ASSERT_TRUE(s.ok());
    document::Document d("doc", "Drones struck Omdurman.");
    document::Event e;
    e.id = "ev";
    e.event_type = "Explosions/Remote violence";
    e.date = "2024-02-02";
    d.events.push_back(e);
    ASSERT_TRUE((*s)->PutDocument(d).ok());
  }
  RawExec(
      "DROP TABLE fused_members; DROP TABLE fused_events; DROP TABLE control_intervals;"
      "DROP TABLE fusion_documents; DROP TABLE fusion_state; PRAGMA user_version = 2");
  auto s = SqliteStore::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(RawScalar("PRAGMA user_version"), "3");
  EXPECT_EQ(RawScalar("SELECT count(*) FROM events"), "1");
  auto backlog = (*s)->GetFusionBacklog();
  ASSERT_TRUE(backlog.ok()) << backlog.status().ToString();
  EXPECT_EQ(backlog->generation, 0);
  ASSERT_EQ(backlog->documents.size(), 1u);
  EXPECT_EQ(backlog->documents[0].id, "doc");
  auto fused = (*s)->QueryFusedEvents({});
  ASSERT_TRUE(fused.ok());
  EXPECT_TRUE(fused->empty());
}

// The type and date filters of the API read an index, not every row.
TEST_F(SqliteStoreTest, TypeAndDateFiltersUseAnIndex) {
  ASSERT_TRUE(SqliteStore::Open(path_).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  auto plan = [db](const std::string& where) {
    const std::string sql = "EXPLAIN QUERY PLAN SELECT e.json FROM events e WHERE " + where;
    sqlite3_stmt* st = nullptr;
    std::string out;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(st) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    sqlite3_finalize(st);
    return out;
  };
  EXPECT_NE(plan("e.sub_event_type = 'x' COLLATE NOCASE AND e.date >= '2024-01-01'")
                .find("USING INDEX events_by_sub_type"),
            std::string::npos);
  EXPECT_EQ(plan("(e.event_type = 'battles' COLLATE NOCASE OR e.sub_event_type = 'battles' COLLATE "
                 "NOCASE) AND e.date >= '2024-01-01'")
                .find("SCAN e"),
            std::string::npos);
  sqlite3_close(db);
}

}  // namespace
}  // namespace sitrep::store
