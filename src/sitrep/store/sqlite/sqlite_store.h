// SqliteStore: the embedded default Store, one SQLite file (DESIGN §1).
//
// Connection settings and why:
//  - journal_mode=WAL: readers (`sitrep events`, `serve`) never block the
//    ingest writer and vice versa; a crash leaves committed transactions in
//    the WAL, rolled forward on next open.
//  - synchronous=NORMAL: in WAL mode this fsyncs only at checkpoints, not at
//    every commit. A process crash or kill -9 still loses nothing committed
//    (the WAL is in the OS page cache); a power failure may lose the last few
//    commits but never corrupts the file. Ingest commits once per document, so
//    FULL would cost an fsync per document; a re-run of the idempotent ingest
//    restores whatever a power cut dropped.
//  - foreign_keys=ON: layer rows cascade with their document.
//  - busy_timeout: a second writer waits instead of failing at once.
//  - mmap_size=256 MiB: reads map the file instead of copying each page
//    through read(2) into every connection's own small page cache; `serve`
//    keeps one connection per concurrent request and they share the OS pages
//    (a query page of /api/events costs about half the CPU).
//    Writes still go through the WAL.
// Schema versions and migrations: schema.cc. Not thread-safe: one SqliteStore
// per thread (several processes may share the file).
#ifndef SITREP_STORE_SQLITE_SQLITE_STORE_H_
#define SITREP_STORE_SQLITE_SQLITE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/store/store.h"

struct sqlite3;

namespace sitrep::store {
namespace sqlite {
class Statement;
}

struct SqliteStoreOptions {
  // false: a missing file is kNotFound instead of a new empty database (for
  // the query commands, which must not create files).
  bool create_if_missing = true;
  int busy_timeout_ms = 10000;
};

class SqliteStore : public Store {
 public:
  // Opens (or creates) the database at `path` and migrates it to the current
  // schema. Errors name the path.
  static StatusOr<std::unique_ptr<SqliteStore>> Open(const std::string& path,
                                                     SqliteStoreOptions options = {});
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  StatusOr<PutOutcome> PutDocument(const document::Document& doc) override;
  StatusOr<bool> HasContent(const std::string& id, std::string_view text) override;
  StatusOr<std::vector<DocumentSummary>> ListDocuments() override;
  StatusOr<StoredDocument> GetDocument(const std::string& id) override;
  StatusOr<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<document::BattleRecord>> GetBattles() override;
  StatusOr<std::vector<EventRecord>> QueryEventRecords(const EventQuery& query) override;
  StatusOr<EventCounts> CountEvents(const EventQuery& query) override;

  // The fusion layer (sqlite_fusion.cc).
  StatusOr<std::vector<document::FusedEvent>> QueryFusedEvents(const FusedQuery& query) override;
  StatusOr<std::vector<document::ControlInterval>> QueryControl(const ControlQuery& query) override;
  StatusOr<FusionBacklog> GetFusionBacklog() override;
  Status ApplyFusion(const FusionUpdate& update) override;

  // Returns the schema version this build writes.
  static int SchemaVersion();

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status InsertDocument(const document::Document& doc);
  // Returns the SELECT of `query`'s events: json, stored_at, date, doc_id, ordinal.
  StatusOr<sqlite::Statement> PrepareEventQuery(const EventQuery& query);

  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_SQLITE_STORE_H_
