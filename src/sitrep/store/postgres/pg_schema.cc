// Schema versions and migrations of the PostgreSQL store: the SQLite store's
// schema (store/sqlite/schema.cc) migration for migration, in PostgreSQL's
// types. The version and sitrep's mark live in a one-row table sitrep_schema
// (SQLite keeps them in PRAGMA user_version / application_id).
//
// v1: documents, events, battles — see the SQLite schema's comment. Text
// columns that are sorted or compared use COLLATE "C", so the order is the
// byte order SQLite gives whatever locale the database was created with.
//
// v2 (the HTTP API's queries): events gain `country` and `evidence` columns,
// filled from the JSON of existing rows; indexes for date order with keyset
// paging and for the ASCII-folded equality filters (type, sub-type, country:
// expression indexes on the same FoldAscii() expression the queries use) and
// event_id look-ups.
//
// v3: the fusion layer — fused_events, fused_members, control_intervals,
// fusion_documents, fusion_state; see the SQLite schema's comment.
//
// To change the schema: append a migration here and to the SQLite store in the
// same commit (the tests check the versions agree); never edit a shipped one.
#include <array>

#include "sitrep/store/postgres/pg_internal.h"

namespace sitrep::store::pg {
namespace {

constexpr std::array<const char*, 3> kMigrations = {
    // v0 -> v1
    R"sql(
CREATE TABLE documents (
  id               TEXT COLLATE "C" PRIMARY KEY,
  source           TEXT NOT NULL,
  title            TEXT NOT NULL,
  url              TEXT NOT NULL,
  published        TEXT COLLATE "C",
  published_source TEXT NOT NULL,
  lang             TEXT NOT NULL,
  text             TEXT NOT NULL,
  bytes            BIGINT NOT NULL,
  content_hash     TEXT NOT NULL,
  event_count      INTEGER NOT NULL,
  battle_count     INTEGER NOT NULL,
  mentions_json    TEXT NOT NULL,
  timexes_json     TEXT NOT NULL,
  stored_at        BIGINT NOT NULL
);
CREATE TABLE events (
  doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  event_id       TEXT NOT NULL,
  date           TEXT COLLATE "C",
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1         TEXT,
  actor2         TEXT,
  place          TEXT,
  lat            DOUBLE PRECISION,
  lon            DOUBLE PRECISION,
  json           TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_type ON events(event_type, sub_event_type);
CREATE TABLE battles (
  doc_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name    TEXT NOT NULL,
  json    TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);
)sql",
    // v1 -> v2
    R"sql(
ALTER TABLE events ADD COLUMN country TEXT;
ALTER TABLE events ADD COLUMN evidence TEXT;
UPDATE events SET country = json::jsonb -> 'place' ->> 'country',
                  evidence = json::jsonb -> 'evidence' ->> 'sentence';
DROP INDEX events_by_date;
DROP INDEX events_by_type;
CREATE INDEX events_by_date ON events(date, doc_id, ordinal);
CREATE INDEX events_by_type ON events(
  translate(event_type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), date);
CREATE INDEX events_by_sub_type ON events(
  translate(sub_event_type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), date);
CREATE INDEX events_by_country ON events(
  translate(country, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), date);
CREATE INDEX events_by_event_id ON events(event_id);
)sql",
    // v2 -> v3
    R"sql(
CREATE TABLE fused_events (
  id             TEXT COLLATE "C" PRIMARY KEY,
  date           TEXT COLLATE "C",
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1         TEXT,
  actor2         TEXT,
  place          TEXT,
  place_id       TEXT COLLATE "C",
  json           TEXT NOT NULL
);
CREATE INDEX fused_events_by_date ON fused_events(date);
CREATE INDEX fused_events_by_place ON fused_events(place_id);
CREATE TABLE fused_members (
  fused_id TEXT COLLATE "C" NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
  doc_id   TEXT COLLATE "C" NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX fused_members_by_fused ON fused_members(fused_id);
CREATE TABLE control_intervals (
  place_id   TEXT COLLATE "C" NOT NULL,
  ordinal    INTEGER NOT NULL,
  place      TEXT COLLATE "C" NOT NULL,
  from_date  TEXT COLLATE "C",
  until_date TEXT COLLATE "C",
  json       TEXT NOT NULL,
  PRIMARY KEY (place_id, ordinal)
);
CREATE TABLE fusion_documents (
  doc_id       TEXT COLLATE "C" PRIMARY KEY,
  content_hash TEXT NOT NULL
);
CREATE TABLE fusion_state (
  key   TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO fusion_state (key, value) VALUES ('generation', 0);
)sql",
};

// Returns the stored version (0 for a database without sitrep's table), or
// kFailedPrecondition when the database is not sitrep's.
StatusOr<int> StoredVersion(pqxx::work& tx, const std::string& url) {
  const bool marked = tx.exec1("SELECT to_regclass('sitrep_schema') IS NOT NULL")[0].as<bool>();
  if (!marked) {
    const int ours = tx.exec1(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name IN ('documents', 'events', 'battles')")[0].as<int>();
    if (ours > 0) {
      return FailedPreconditionError(url + ": not a sitrep database (it already has tables "
                                     "named documents/events/battles but no sitrep_schema)");
    }
    return 0;
  }
  const pqxx::row row = tx.exec1("SELECT application_id, version FROM sitrep_schema");
  if (row[0].as<int>() != kApplicationId) {
    return FailedPreconditionError(url + ": not a sitrep database (application_id " +
                                   row[0].as<std::string>() + ")");
  }
  return row[1].as<int>();
}

Status CheckNotNewer(int version, const std::string& url) {
  if (version <= CurrentSchemaVersion()) return OkStatus();
  return FailedPreconditionError(url + ": database schema version " + std::to_string(version) +
                                 " is newer than this sitrep supports (" +
                                 std::to_string(CurrentSchemaVersion()) +
                                 "); use a newer sitrep or another database");
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status Migrate(pqxx::connection& conn, const std::string& url) {
  return Guard(url, "migrating the schema", [&]() -> Status {
    while (true) {
      pqxx::work tx(conn);
      // One migrator at a time across processes; re-read under the lock.
      tx.exec_params("SELECT pg_advisory_xact_lock($1)", int64_t{kApplicationId});
      SITREP_ASSIGN_OR_RETURN(int version, StoredVersion(tx, url));
      SITREP_RETURN_IF_ERROR(CheckNotNewer(version, url));
      if (version == CurrentSchemaVersion()) return OkStatus();  // read-only: rolls back
      tx.exec(kMigrations[version]);
      if (version == 0) {
        tx.exec("CREATE TABLE sitrep_schema (application_id INTEGER NOT NULL, "
                "version INTEGER NOT NULL)");
        tx.exec_params("INSERT INTO sitrep_schema VALUES ($1, $2)", kApplicationId, 1);
      } else {
        tx.exec_params("UPDATE sitrep_schema SET version = $1", version + 1);
      }
      tx.commit();
    }
  });
}

}  // namespace sitrep::store::pg
