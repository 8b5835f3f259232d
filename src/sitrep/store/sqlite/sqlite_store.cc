// SqliteStore: opening (pragmas, migrations) and the Store operations as SQL.
// PutDocument runs in one IMMEDIATE transaction: look up the stored hash,
// return early when the content is unchanged, else delete the old version
// (layers cascade) and insert the new one with all its layers.
#include "sitrep/store/sqlite/sqlite_store.h"

#include <sys/stat.h>

#include <ctime>

#include "sitrep/document/json.h"
#include "sitrep/store/sqlite/event_filter_internal.h"
#include "sitrep/store/sqlite/schema_internal.h"
#include "sitrep/store/sqlite/sqlite_internal.h"
#include "sitrep/store/stored_json.h"

namespace sitrep::store {

using sqlite::Statement;
using sqlite::Transaction;

namespace {

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

Status InsertEvent(sqlite3* db, const std::string& doc_id, int ordinal, document::Event e) {
  e.doc = doc_id;
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, R"sql(
      INSERT INTO events (doc_id, ordinal, event_id, date, event_type, sub_event_type,
                          actor1, actor2, place, lat, lon, json, country, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  st.Bind(1, std::string_view(doc_id)).Bind(2, int64_t{ordinal}).Bind(3, std::string_view(e.id));
  st.Bind(4, e.date).Bind(5, std::string_view(e.event_type));
  st.Bind(6, std::string_view(e.sub_event_type));
  st.Bind(7, e.actor1 ? std::optional<std::string>(e.actor1->name) : std::nullopt);
  st.Bind(8, e.actor2 ? std::optional<std::string>(e.actor2->name) : std::nullopt);
  st.Bind(9, e.place ? std::optional<std::string>(e.place->name) : std::nullopt);
  st.Bind(10, e.place ? e.place->lat : std::nullopt).Bind(11, e.place ? e.place->lon : std::nullopt);
  st.Bind(12, std::string_view(document::EventToJson(e).dump()));
  st.Bind(13, e.place ? std::optional<std::string>(e.place->country) : std::nullopt);
  st.Bind(14, std::string_view(e.evidence.sentence));
  return st.Run();
}

Status InsertBattle(sqlite3* db, const std::string& doc_id, int ordinal, document::BattleRecord b) {
  b.doc = doc_id;
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db,
      "INSERT INTO battles (doc_id, ordinal, name, json) VALUES (?, ?, ?, ?)"));
  st.Bind(1, std::string_view(doc_id)).Bind(2, int64_t{ordinal}).Bind(3, std::string_view(b.name));
  st.Bind(4, std::string_view(document::BattleToJson(b).dump()));
  return st.Run();
}

// Sets `exists` when document `id` is stored and `same` when with this text.
Status LookUp(sqlite3* db, const std::string& id, std::string_view text, bool& exists,
              bool& same) {
  SITREP_ASSIGN_OR_RETURN(Statement find, Statement::Prepare(db,
      "SELECT content_hash = ? AND text = ? FROM documents WHERE id = ?"));
  find.Bind(1, std::string_view(ContentHash(text))).Bind(2, text);
  find.Bind(3, std::string_view(id));
  SITREP_ASSIGN_OR_RETURN(exists, find.Step());
  same = exists && find.Int64(0) == 1;
  return OkStatus();
}

constexpr const char* kSummaryColumns =
    "id, source, title, url, published, published_source, lang, bytes, content_hash, "
    "event_count, battle_count, stored_at";

DocumentSummary ReadSummary(const Statement& st) {
  DocumentSummary s;
  s.id = st.Text(0);
  s.source = st.Text(1);
  s.title = st.Text(2);
  s.url = st.Text(3);
  s.published = st.Text(4);
  s.published_source = st.Text(5);
  s.lang = st.Text(6);
  s.bytes = st.Int64(7);
  s.content_hash = st.Text(8);
  s.event_count = static_cast<int>(st.Int64(9));
  s.battle_count = static_cast<int>(st.Int64(10));
  s.stored_at = st.Int64(11);
  return s;
}

// Returns the rows' JSON column 0 decoded as events (or battles).
template <typename T, typename Decode>
StatusOr<std::vector<T>> ReadRecords(Statement& st, Decode decode, std::string_view what) {
  std::vector<T> out;
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return out;
    SITREP_ASSIGN_OR_RETURN(nlohmann::json j, ParseStoredJson(st.Text(0), what));
    auto record = decode(j);
    if (!record.ok()) return DataLossError(std::string(what) + ": " + record.status().message());
    out.push_back(std::move(record).value());
  }
}

}  // namespace

void SqliteStore::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

int SqliteStore::SchemaVersion() { return sqlite::CurrentSchemaVersion(); }

StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path,
                                                         SqliteStoreOptions options) {
  if (!options.create_if_missing && !FileExists(path)) {
    return NotFoundError(path + ": no such database (run `sitrep ingest` first)");
  }
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<SqliteStore> store(new SqliteStore(raw, path));
  if (rc != SQLITE_OK) return sqlite::SqliteError(raw, rc, path + ": cannot open database");
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  sqlite3_extended_result_codes(raw, 1);
  // journal_mode first: it reads the header, so a non-database fails here, clearly.
  Status s = sqlite::Exec(raw, "PRAGMA journal_mode=WAL");
  if (!s.ok()) return s.WithContext(path);
  SITREP_RETURN_IF_ERROR(sqlite::Exec(
      raw, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456"));
  SITREP_RETURN_IF_ERROR(sqlite::Migrate(raw, path));
  return store;
}

StatusOr<bool> SqliteStore::HasContent(const std::string& id, std::string_view text) {
  bool exists = false, same = false;
  SITREP_RETURN_IF_ERROR(LookUp(db_.get(), id, text, exists, same));
  return same;
}

StatusOr<PutOutcome> SqliteStore::PutDocument(const document::Document& doc) {
  sqlite3* db = db_.get();
  SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::Mode::kImmediate));
  bool exists = false, same = false;
  SITREP_RETURN_IF_ERROR(LookUp(db, doc.id(), doc.text(), exists, same));
  if (same) return PutOutcome::kAlreadyPresent;  // the transaction rolls back: a no-op
  if (exists) {
    SITREP_ASSIGN_OR_RETURN(Statement del, Statement::Prepare(db, "DELETE FROM documents WHERE id = ?"));
    SITREP_RETURN_IF_ERROR(del.Bind(1, std::string_view(doc.id())).Run());
  }
  SITREP_RETURN_IF_ERROR(InsertDocument(doc));
  SITREP_RETURN_IF_ERROR(tx.Commit());
  return exists ? PutOutcome::kUpdated : PutOutcome::kAdded;
}

Status SqliteStore::InsertDocument(const document::Document& doc) {
  sqlite3* db = db_.get();
  const DocumentSummary s = SummarizeDocument(doc);
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  nlohmann::ordered_json timexes = nlohmann::ordered_json::array();
  for (const auto& m : doc.mentions) mentions.push_back(document::MentionToJson(doc, m));
  for (const auto& t : doc.timexes) timexes.push_back(document::TimexToJson(doc, t));
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, R"sql(
      INSERT INTO documents (id, source, title, url, published, published_source, lang, text,
                             bytes, content_hash, event_count, battle_count, mentions_json,
                             timexes_json, stored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  st.Bind(1, std::string_view(s.id)).Bind(2, std::string_view(s.source));
  st.Bind(3, std::string_view(s.title)).Bind(4, std::string_view(s.url));
  st.Bind(5, NonEmpty(s.published)).Bind(6, std::string_view(s.published_source));
  st.Bind(7, std::string_view(s.lang)).Bind(8, std::string_view(doc.text()));
  st.Bind(9, s.bytes).Bind(10, std::string_view(s.content_hash));
  st.Bind(11, int64_t{s.event_count}).Bind(12, int64_t{s.battle_count});
  st.Bind(13, std::string_view(mentions.dump())).Bind(14, std::string_view(timexes.dump()));
  st.Bind(15, static_cast<int64_t>(std::time(nullptr)));
  SITREP_RETURN_IF_ERROR(st.Run());
  for (size_t i = 0; i < doc.events.size(); ++i) {
    SITREP_RETURN_IF_ERROR(InsertEvent(db, doc.id(), static_cast<int>(i), doc.events[i]));
  }
  for (size_t i = 0; i < doc.battles.size(); ++i) {
    SITREP_RETURN_IF_ERROR(InsertBattle(db, doc.id(), static_cast<int>(i), doc.battles[i]));
  }
  return OkStatus();
}

StatusOr<std::vector<DocumentSummary>> SqliteStore::ListDocuments() {
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(),
      std::string("SELECT ") + kSummaryColumns + " FROM documents ORDER BY id"));
  std::vector<DocumentSummary> out;
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return out;
    out.push_back(ReadSummary(st));
  }
}

StatusOr<StoredDocument> SqliteStore::GetDocument(const std::string& id) {
  sqlite3* db = db_.get();
  // One read transaction: a concurrent writer cannot mix two versions.
  SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::Mode::kDeferred));
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, std::string("SELECT ") +
      kSummaryColumns + ", text, mentions_json, timexes_json FROM documents WHERE id = ?"));
  SITREP_ASSIGN_OR_RETURN(bool row, st.Bind(1, std::string_view(id)).Step());
  if (!row) return NotFoundError("no document with id '" + id + "'");
  StoredDocument out;
  out.summary = ReadSummary(st);
  const DocumentSummary& s = out.summary;
  out.doc = document::Document(s.id, st.Text(12));
  out.doc.source = s.source;
  out.doc.title = s.title;
  out.doc.url = s.url;
  out.doc.published = s.published;
  out.doc.published_source = PublishedSourceFromName(s.published_source);
  out.doc.lang = s.lang;
  SITREP_ASSIGN_OR_RETURN(out.mentions, ParseStoredJson<nlohmann::ordered_json>(st.Text(13), "mentions"));
  SITREP_ASSIGN_OR_RETURN(out.timexes, ParseStoredJson<nlohmann::ordered_json>(st.Text(14), "timexes"));
  SITREP_ASSIGN_OR_RETURN(Statement ev, Statement::Prepare(db,
      "SELECT json FROM events WHERE doc_id = ? ORDER BY ordinal"));
  ev.Bind(1, std::string_view(id));
  SITREP_ASSIGN_OR_RETURN(out.doc.events,
                          ReadRecords<document::Event>(ev, document::EventFromJson, "event"));
  SITREP_ASSIGN_OR_RETURN(Statement bt, Statement::Prepare(db,
      "SELECT json FROM battles WHERE doc_id = ? ORDER BY ordinal"));
  bt.Bind(1, std::string_view(id));
  SITREP_ASSIGN_OR_RETURN(out.doc.battles, ReadRecords<document::BattleRecord>(
                                               bt, document::BattleFromJson, "battle"));
  SITREP_RETURN_IF_ERROR(tx.Commit());
  return out;
}

// The event queries read e.json only where the caller wants the record; keys,
// counts and stored_at come from columns.
StatusOr<Statement> SqliteStore::PrepareEventQuery(const EventQuery& q) {
  const sqlite::EventFilter filter = sqlite::BuildEventFilter(q, /*with_after=*/true);
  std::string sql =
      "SELECT e.json, d.stored_at, e.date, e.doc_id, e.ordinal FROM events e "
      "JOIN documents d ON d.id = e.doc_id";
  if (q.limit > 0) {
    // Pick the page's rows by their keys first, then read the JSON of those
    // rows only: sorting every match with its JSON costs several times more.
    sql += " WHERE e.rowid IN (SELECT e.rowid FROM events e" + filter.where + sqlite::kEventOrder +
           " LIMIT " + std::to_string(q.limit) + ")";
  } else {
    sql += filter.where;
  }
  sql += sqlite::kEventOrder;
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(), sql));
  sqlite::BindFilter(st, filter);
  return st;
}

StatusOr<std::vector<StoredEvent>> SqliteStore::QueryEvents(const EventQuery& q) {
  SITREP_ASSIGN_OR_RETURN(Statement st, PrepareEventQuery(q));
  std::vector<StoredEvent> out;
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return out;
    SITREP_ASSIGN_OR_RETURN(nlohmann::json j, ParseStoredJson(st.Text(0), "event"));
    auto e = document::EventFromJson(j);
    if (!e.ok()) return DataLossError("event: " + e.status().message());
    out.push_back({std::move(e).value(), st.Int64(1), static_cast<int>(st.Int64(4))});
  }
}

StatusOr<std::vector<EventRecord>> SqliteStore::QueryEventRecords(const EventQuery& q) {
  SITREP_ASSIGN_OR_RETURN(Statement st, PrepareEventQuery(q));
  std::vector<EventRecord> out;
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return out;
    EventKey key{st.IsNull(2) ? std::nullopt : std::optional<std::string>(st.Text(2)),
                 st.Text(3), static_cast<int>(st.Int64(4))};
    out.push_back({st.Text(0), std::move(key), st.Int64(1)});
  }
}

StatusOr<EventCounts> SqliteStore::CountEvents(const EventQuery& q) {
  const sqlite::EventFilter filter = sqlite::BuildEventFilter(q, /*with_after=*/false);
  auto group = [&](const char* column, const char* extra,
                   std::vector<std::pair<std::string, int64_t>>& out) -> Status {
    const std::string sql = std::string("SELECT coalesce(") + column + ", ''), count(*) FROM events e" +
                            filter.where + extra + " GROUP BY 1 ORDER BY 1";
    SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(), sql));
    sqlite::BindFilter(st, filter);
    while (true) {
      SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) return OkStatus();
      out.emplace_back(st.Text(0), st.Int64(1));
    }
  };
  EventCounts counts;
  // One read transaction: the three groupings see the same data.
  SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_.get(), Transaction::Mode::kDeferred));
  SITREP_RETURN_IF_ERROR(group("e.date", filter.where.empty() ? " WHERE e.date IS NOT NULL"
                                                                : " AND e.date IS NOT NULL",
                               counts.by_day));
  SITREP_RETURN_IF_ERROR(group("e.event_type", "", counts.by_type));
  SITREP_RETURN_IF_ERROR(group("e.country", "", counts.by_country));
  SITREP_RETURN_IF_ERROR(tx.Commit());
  for (const auto& [type, n] : counts.by_type) counts.total += n;
  return counts;
}

StatusOr<std::vector<document::BattleRecord>> SqliteStore::GetBattles() {
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(),
      "SELECT json FROM battles ORDER BY doc_id, ordinal"));
  return ReadRecords<document::BattleRecord>(st, document::BattleFromJson, "battle");
}

}  // namespace sitrep::store
