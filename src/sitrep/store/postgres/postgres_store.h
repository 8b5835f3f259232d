// PostgresStore: the Store for a team — one PostgreSQL database that several
// `sitrep ingest` processes (and Dask workers, examples/dask/) write at once
// while others query it (DESIGN §1, issue 14). Opened from a
// postgresql://user@host/db URL by the store-URL factory (export/store_url.h).
// This folder is the only place in sitrep that includes libpqxx.
//
// The contract is store.h's, checked by the same typed contract suite as
// SQLite, against a real server the tests start. How it is kept:
//  - Per-document atomicity: PutDocument is one transaction; a killed writer
//    leaves the previous version or nothing.
//  - Idempotence under concurrency: PutDocument first takes a transaction-level
//    advisory lock on the document id, so two writers of one document run one
//    after the other and the second sees the first's commit (kAlreadyPresent
//    or kUpdated); writers of different documents do not wait on each other.
//  - Same schema as SQLite: the same tables, columns and version number, in
//    PostgreSQL's types; ordering columns use COLLATE "C" (byte order, as
//    SQLite's), and name filters fold ASCII only, whatever the database's
//    locale. Migrations run under an advisory lock, one transaction each.
// Not thread-safe: one PostgresStore (one connection) per thread.
#ifndef SITREP_STORE_POSTGRES_POSTGRES_STORE_H_
#define SITREP_STORE_POSTGRES_POSTGRES_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/store/store.h"

namespace sitrep::store {

class PostgresStore : public Store {
 public:
  // Connects to `url` (postgresql://… or postgres://…, any libpq connection
  // URI) and migrates the database to the current schema. Errors carry the URL
  // without its password: kUnavailable when the server cannot be reached,
  // kFailedPrecondition for a database of a newer sitrep or of another
  // application.
  static StatusOr<std::unique_ptr<PostgresStore>> Open(const std::string& url);
  ~PostgresStore() override;
  PostgresStore(const PostgresStore&) = delete;
  PostgresStore& operator=(const PostgresStore&) = delete;

  StatusOr<PutOutcome> PutDocument(const document::Document& doc) override;
  StatusOr<bool> HasContent(const std::string& id, std::string_view text) override;
  StatusOr<std::vector<DocumentSummary>> ListDocuments() override;
  StatusOr<StoredDocument> GetDocument(const std::string& id) override;
  StatusOr<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<document::BattleRecord>> GetBattles() override;

  // The fusion layer (pg_fusion.cc). ApplyFusion locks the generation row, so
  // concurrent fusers take turns and the later one's stale update is kAborted.
  StatusOr<std::vector<document::FusedEvent>> QueryFusedEvents(const FusedQuery& query) override;
  StatusOr<std::vector<document::ControlInterval>> QueryControl(const ControlQuery& query) override;
  StatusOr<FusionBacklog> GetFusionBacklog() override;
  Status ApplyFusion(const FusionUpdate& update) override;

  // Returns the schema version this build writes (the SQLite store's too).
  static int SchemaVersion();

  // Returns `url` with any password replaced by "***", for messages.
  static std::string RedactUrl(const std::string& url);

 private:
  struct Connection;  // pqxx::connection, kept out of this header
  PostgresStore(std::unique_ptr<Connection> conn, std::string url);

  std::unique_ptr<Connection> conn_;
  std::string url_;  // redacted
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_POSTGRES_POSTGRES_STORE_H_
