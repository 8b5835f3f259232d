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
// v3: the fusion layer. fused_events (the FusedEventToJson record plus the
// columns the query filters use); fused_members (which stored event belongs to
// which fused event: one fused event per event, and the index incremental
// fusion uses to find what a changed document touched); control_intervals
// (ControlIntervalToJson records, per place in timeline order);
// fusion_documents (the content hash of every document fusion took in: the
// backlog is every document whose hash is not there); fusion_state (the
// update generation, for optimistic concurrency between fusers). No foreign
// keys to documents: fusion results outlive a document's replacement until
// fusion recomputes them.
//
// To change the schema: append a migration to kMigrations; never edit one that
// has shipped.
#include "sitrep/store/sqlite/schema_internal.h"

#include <array>

#include "sitrep/store/sqlite/sqlite_internal.h"

namespace sitrep::store::sqlite {
namespace {

constexpr std::array<const char*, 3> kMigrations = {
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
    // v2 -> v3
    R"sql(
CREATE TABLE fused_events (
  id             TEXT PRIMARY KEY,
  date           TEXT,
  event_type     TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1         TEXT,
  actor2         TEXT,
  place          TEXT,
  place_id       TEXT,
  json           TEXT NOT NULL
);
CREATE INDEX fused_events_by_date ON fused_events(date);
CREATE INDEX fused_events_by_place ON fused_events(place_id);
CREATE TABLE fused_members (
  fused_id TEXT NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
  doc_id   TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX fused_members_by_fused ON fused_members(fused_id);
CREATE TABLE control_intervals (
  place_id   TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  place      TEXT NOT NULL,
  from_date  TEXT,
  until_date TEXT,
  json       TEXT NOT NULL,
  PRIMARY KEY (place_id, ordinal)
);
CREATE TABLE fusion_documents (
  doc_id       TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL
);
CREATE TABLE fusion_state (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO fusion_state (key, value) VALUES ('generation', 0);
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
