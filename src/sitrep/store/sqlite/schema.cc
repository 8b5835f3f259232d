// Schema versions and migrations of the SQLite store.
//
// v1: documents (metadata, verbatim text, content hash, per-document event and
// battle counts, mentions and timexes as JSON arrays); events (one row per
// event: the EventToJson record plus indexed columns the query filters use);
// battles (BattleToJson records). Layers reference their document with ON
// DELETE CASCADE, so replacing a document is one DELETE + INSERTs in a single
// transaction. documents.event_count lets a checker prove that no document is
// missing event rows.
//
// v2 (the HTTP API's queries): events gain `country` (the place's ISO code)
// and `evidence` (the evidence sentence) as columns, filled from the JSON of
// existing rows, so filters and counts read columns instead of decoding JSON.
// Indexes serve the query shapes of `sitrep serve`: date order with keyset
// paging (date, doc_id, ordinal); type, sub-type and country each followed by
// date, declared COLLATE NOCASE so the ASCII-case-insensitive filters of the
// Store contract use them (a lower() around the column would not); event_id
// for single-record look-ups.
//
// To change the schema: append a migration to kMigrations; never edit one that
// has shipped.
#include "sitrep/store/sqlite/schema_internal.h"

#include <array>

#include "sitrep/store/sqlite/sqlite_internal.h"

namespace sitrep::store::sqlite {
namespace {

constexpr std::array<const char*, 2> kMigrations = {
    // v0 -> v1
    R"sql(
CREATE TABLE documents (
  id               TEXT PRIMARY KEY,
  source           TEXT NOT NULL,
  title            TEXT NOT NULL,
  url              TEXT NOT NULL,
  published        TEXT,
  published_source TEXT NOT NULL,
  lang             TEXT NOT NULL,
  text             TEXT NOT NULL,
  bytes            INTEGER NOT NULL,
  content_hash     TEXT NOT NULL,
  event_count      INTEGER NOT NULL,
  battle_count     INTEGER NOT NULL,
  mentions_json    TEXT NOT NULL,
  timexes_json     TEXT NOT NULL,
  stored_at        INTEGER NOT NULL
);
CREATE TABLE events (
  doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  event_id       TEXT NOT NULL,
  date           TEXT,
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1         TEXT,
  actor2         TEXT,
  place          TEXT,
  lat            REAL,
  lon            REAL,
  json           TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_type ON events(event_type, sub_event_type);
CREATE TABLE battles (
  doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
UPDATE events SET country = json_extract(json, '$.place.country'),
                  evidence = json_extract(json, '$.evidence.sentence');
DROP INDEX events_by_date;
DROP INDEX events_by_type;
CREATE INDEX events_by_date ON events(date, doc_id, ordinal);
CREATE INDEX events_by_type ON events(event_type COLLATE NOCASE, date);
CREATE INDEX events_by_sub_type ON events(sub_event_type COLLATE NOCASE, date);
CREATE INDEX events_by_country ON events(country COLLATE NOCASE, date);
CREATE INDEX events_by_event_id ON events(event_id);
)sql",
};

StatusOr<int> PragmaInt(sqlite3* db, const char* pragma) {
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, pragma));
  SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<int>(st.Int64(0)) : 0;
}

// Returns OK when the file at `version` with `app_id` is ours to open.
Status CheckIdentity(sqlite3* db, const std::string& path, int version, int app_id) {
  const int current = CurrentSchemaVersion();
  if (version > current) {
    return FailedPreconditionError(
        path + ": database schema version " + std::to_string(version) +
        " is newer than this sitrep supports (" + std::to_string(current) +
        "); use a newer sitrep or another database");
  }
  if (version == 0) {
    SITREP_ASSIGN_OR_RETURN(int tables, PragmaInt(db, "SELECT count(*) FROM sqlite_schema"));
    if (tables > 0) {
      return FailedPreconditionError(
          path + ": not a sitrep database (schema version 0 but it already holds " +
          std::to_string(tables) + " schema objects)");
    }
    return OkStatus();
  }
  if (app_id != kApplicationId) {
    return FailedPreconditionError(path + ": not a sitrep database (application_id " +
                                   std::to_string(app_id) + ")");
  }
  return OkStatus();
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status Migrate(sqlite3* db, const std::string& path) {
  // Fast path, no write lock: already current.
  SITREP_ASSIGN_OR_RETURN(int version, PragmaInt(db, "PRAGMA user_version"));
  SITREP_ASSIGN_OR_RETURN(int app_id, PragmaInt(db, "PRAGMA application_id"));
  SITREP_RETURN_IF_ERROR(CheckIdentity(db, path, version, app_id));
  while (version < CurrentSchemaVersion()) {
    SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::Mode::kImmediate));
    // Re-read under the write lock: another process may have migrated meanwhile.
    SITREP_ASSIGN_OR_RETURN(version, PragmaInt(db, "PRAGMA user_version"));
    SITREP_ASSIGN_OR_RETURN(app_id, PragmaInt(db, "PRAGMA application_id"));
    SITREP_RETURN_IF_ERROR(CheckIdentity(db, path, version, app_id));
    if (version >= CurrentSchemaVersion()) break;
    Status s = Exec(db, kMigrations[version]);
    if (!s.ok()) return s.WithContext(path + ": migration to schema v" + std::to_string(version + 1));
    const std::string bump = "PRAGMA user_version = " + std::to_string(version + 1) +
                             "; PRAGMA application_id = " + std::to_string(kApplicationId);
    SITREP_RETURN_IF_ERROR(Exec(db, bump.c_str()));
    SITREP_RETURN_IF_ERROR(tx.Commit());
    ++version;
  }
  return OkStatus();
}

}  // namespace sitrep::store::sqlite
