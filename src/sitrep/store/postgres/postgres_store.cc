// PostgresStore: connecting (migrations, prepared statements) and the Store
// operations as SQL over libpqxx. PutDocument: one transaction that takes the
// document id's advisory lock, compares the stored hash and text, returns
// early when unchanged, else deletes the old version (layers cascade) and
// inserts the new one with all its layers. A serialization failure or
// deadlock (possible only with other writers' own transactions) is retried.
#include "sitrep/store/postgres/postgres_store.h"

#include <ctime>
#include <regex>

#include "sitrep/document/json.h"
#include "sitrep/store/postgres/pg_internal.h"
#include "sitrep/store/stored_json.h"

namespace sitrep::store {
namespace {

using pg::Str;

constexpr int kPutAttempts = 5;

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

void Prepare(pqxx::connection& c) {
  c.prepare("lookup",
            "SELECT content_hash = $1 AND text = $2 FROM documents WHERE id = $3");
  c.prepare("insert_document", R"sql(
      INSERT INTO documents (id, source, title, url, published, published_source, lang, text,
                             bytes, content_hash, event_count, battle_count, mentions_json,
                             timexes_json, stored_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15))sql");
  c.prepare("insert_event", R"sql(
      INSERT INTO events (doc_id, ordinal, event_id, date, event_type, sub_event_type,
                          actor1, actor2, place, lat, lon, json, country, evidence)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14))sql");
  c.prepare("insert_battle",
            "INSERT INTO battles (doc_id, ordinal, name, json) VALUES ($1, $2, $3, $4)");
}

constexpr const char* kSummaryColumns =
    "id, source, title, url, published, published_source, lang, bytes, content_hash, "
    "event_count, battle_count, stored_at";

DocumentSummary ReadSummary(const pqxx::row& r) {
  DocumentSummary s;
  s.id = Str(r[0]);
  s.source = Str(r[1]);
  s.title = Str(r[2]);
  s.url = Str(r[3]);
  s.published = Str(r[4]);
  s.published_source = Str(r[5]);
  s.lang = Str(r[6]);
  s.bytes = r[7].as<int64_t>();
  s.content_hash = Str(r[8]);
  s.event_count = r[9].as<int>();
  s.battle_count = r[10].as<int>();
  s.stored_at = r[11].as<int64_t>();
  return s;
}

// Returns the rows' JSON column 0 decoded as events (or battles).
template <typename T, typename Decode>
StatusOr<std::vector<T>> ReadRecords(const pqxx::result& rows, Decode decode,
                                     std::string_view what) {
  std::vector<T> out;
  for (const auto& row : rows) {
    SITREP_ASSIGN_OR_RETURN(nlohmann::json j, ParseStoredJson(Str(row[0]), what));
    auto record = decode(j);
    if (!record.ok()) return DataLossError(std::string(what) + ": " + record.status().message());
    out.push_back(std::move(record).value());
  }
  return out;
}

// Returns true when `id` is stored; sets `same` when with exactly `text`.
bool LookUp(pqxx::work& tx, const std::string& id, std::string_view text, bool& same) {
  const pqxx::result r = tx.exec_prepared("lookup", ContentHash(text), std::string(text), id);
  same = !r.empty() && r[0][0].as<bool>();
  return !r.empty();
}

void InsertDocument(pqxx::work& tx, const document::Document& doc) {
  const DocumentSummary s = SummarizeDocument(doc);
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  nlohmann::ordered_json timexes = nlohmann::ordered_json::array();
  for (const auto& m : doc.mentions) mentions.push_back(document::MentionToJson(doc, m));
  for (const auto& t : doc.timexes) timexes.push_back(document::TimexToJson(doc, t));
  tx.exec_prepared("insert_document", s.id, s.source, s.title, s.url, NonEmpty(s.published),
                   s.published_source, s.lang, doc.text(), s.bytes, s.content_hash,
                   s.event_count, s.battle_count, mentions.dump(), timexes.dump(),
                   static_cast<int64_t>(std::time(nullptr)));
  for (size_t i = 0; i < doc.events.size(); ++i) {
    document::Event e = doc.events[i];
    e.doc = doc.id();
    auto name = [](const auto& ref) {
      return ref ? std::optional<std::string>(ref->name) : std::nullopt;
    };
    tx.exec_prepared("insert_event", doc.id(), static_cast<int>(i), e.id, e.date, e.event_type,
                     e.sub_event_type, name(e.actor1), name(e.actor2), name(e.place),
                     e.place ? e.place->lat : std::nullopt, e.place ? e.place->lon : std::nullopt,
                     document::EventToJson(e).dump(),
                     e.place ? NonEmpty(e.place->country) : std::nullopt,
                     NonEmpty(e.evidence.sentence));
  }
  for (size_t i = 0; i < doc.battles.size(); ++i) {
    document::BattleRecord b = doc.battles[i];
    b.doc = doc.id();
    tx.exec_prepared("insert_battle", doc.id(), static_cast<int>(i), b.name,
                     document::BattleToJson(b).dump());
  }
}

}  // namespace

PostgresStore::PostgresStore(std::unique_ptr<Connection> conn, std::string url)
    : conn_(std::move(conn)), url_(std::move(url)) {}
PostgresStore::~PostgresStore() = default;

int PostgresStore::SchemaVersion() { return pg::CurrentSchemaVersion(); }

std::string PostgresStore::RedactUrl(const std::string& url) {
  // postgresql://user:secret@host → postgresql://user:***@host; password=… in the query too.
  static const std::regex kUserInfo(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
  static const std::regex kParam(R"(([?&]password=)[^&]*)");
  return std::regex_replace(std::regex_replace(url, kUserInfo, "$1:***@"), kParam, "$1***");
}

StatusOr<std::unique_ptr<PostgresStore>> PostgresStore::Open(const std::string& url) {
  const std::string shown = RedactUrl(url);
  std::unique_ptr<Connection> conn;
  try {
    conn = std::make_unique<Connection>(url);
  } catch (const std::exception& e) {
    return pg::FromException(e, shown, "connecting");
  }
  SITREP_RETURN_IF_ERROR(pg::Migrate(conn->conn, shown));
  SITREP_RETURN_IF_ERROR(pg::Guard(shown, "preparing statements", [&] {
    Prepare(conn->conn);
    return OkStatus();
  }));
  return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(conn), shown));
}

StatusOr<bool> PostgresStore::HasContent(const std::string& id, std::string_view text) {
  bool same = false;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "reading document " + id, [&] {
    pqxx::work tx(conn_->conn);
    LookUp(tx, id, text, same);
    return OkStatus();
  }));
  return same;
}

StatusOr<PutOutcome> PostgresStore::PutDocument(const document::Document& doc) {
  PutOutcome outcome = PutOutcome::kAdded;
  for (int attempt = 1;; ++attempt) {
    try {
      pqxx::work tx(conn_->conn);
      // Writers of the same document take turns; the lookup then sees the
      // other's commit (READ COMMITTED reads what committed before each statement).
      tx.exec_params("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", doc.id());
      bool same = false;
      const bool exists = LookUp(tx, doc.id(), doc.text(), same);
      if (same) return PutOutcome::kAlreadyPresent;  // tx rolls back: a no-op
      if (exists) tx.exec_params("DELETE FROM documents WHERE id = $1", doc.id());
      InsertDocument(tx, doc);
      tx.commit();
      outcome = exists ? PutOutcome::kUpdated : PutOutcome::kAdded;
      return outcome;
    } catch (const pqxx::transaction_rollback& e) {
      if (attempt < kPutAttempts) continue;  // serialization failure or deadlock
      return pg::FromException(e, url_, "storing document " + doc.id());
    } catch (const std::exception& e) {
      return pg::FromException(e, url_, "storing document " + doc.id());
    }
  }
}

StatusOr<std::vector<DocumentSummary>> PostgresStore::ListDocuments() {
  std::vector<DocumentSummary> out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "listing documents", [&] {
    pqxx::work tx(conn_->conn);
    for (const auto& row :
         tx.exec(std::string("SELECT ") + kSummaryColumns + " FROM documents ORDER BY id")) {
      out.push_back(ReadSummary(row));
    }
    return OkStatus();
  }));
  return out;
}

StatusOr<StoredDocument> PostgresStore::GetDocument(const std::string& id) {
  StoredDocument out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "reading document " + id, [&]() -> Status {
    // REPEATABLE READ: one snapshot, so a concurrent writer cannot mix two versions.
    pqxx::transaction<pqxx::repeatable_read> tx(conn_->conn);
    const pqxx::result r = tx.exec_params(std::string("SELECT ") + kSummaryColumns +
                                              ", text, mentions_json, timexes_json FROM "
                                              "documents WHERE id = $1",
                                          id);
    if (r.empty()) return NotFoundError("no document with id '" + id + "'");
    out.summary = ReadSummary(r[0]);
    const DocumentSummary& s = out.summary;
    out.doc = document::Document(s.id, Str(r[0][12]));
    out.doc.source = s.source;
    out.doc.title = s.title;
    out.doc.url = s.url;
    out.doc.published = s.published;
    out.doc.published_source = PublishedSourceFromName(s.published_source);
    out.doc.lang = s.lang;
    SITREP_ASSIGN_OR_RETURN(out.mentions, ParseStoredJson<nlohmann::ordered_json>(Str(r[0][13]), "mentions"));
    SITREP_ASSIGN_OR_RETURN(out.timexes, ParseStoredJson<nlohmann::ordered_json>(Str(r[0][14]), "timexes"));
    SITREP_ASSIGN_OR_RETURN(
        out.doc.events,
        ReadRecords<document::Event>(
            tx.exec_params("SELECT json FROM events WHERE doc_id = $1 ORDER BY ordinal", id),
            document::EventFromJson, "event"));
    SITREP_ASSIGN_OR_RETURN(
        out.doc.battles,
        ReadRecords<document::BattleRecord>(
            tx.exec_params("SELECT json FROM battles WHERE doc_id = $1 ORDER BY ordinal", id),
            document::BattleFromJson, "battle"));
    tx.commit();
    return OkStatus();
  }));
  return out;
}

StatusOr<std::vector<StoredEvent>> PostgresStore::QueryEvents(const EventQuery& q) {
  std::vector<StoredEvent> out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "querying events", [&]() -> Status {
    pqxx::work tx(conn_->conn);
    std::string sql =
        "SELECT e.json, d.stored_at, e.ordinal FROM events e JOIN documents d ON d.id = e.doc_id" +
        pg::EventWhere(tx, q, /*with_after=*/true) +
        " ORDER BY e.date IS NULL, e.date, e.doc_id, e.ordinal";
    if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
    for (const auto& row : tx.exec(sql)) {
      SITREP_ASSIGN_OR_RETURN(nlohmann::json j, ParseStoredJson(Str(row[0]), "event"));
      auto e = document::EventFromJson(j);
      if (!e.ok()) return DataLossError("event: " + e.status().message());
      out.push_back({std::move(e).value(), row[1].as<int64_t>(), row[2].as<int>()});
    }
    return OkStatus();
  }));
  return out;
}

StatusOr<std::vector<document::BattleRecord>> PostgresStore::GetBattles() {
  std::vector<document::BattleRecord> out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "reading battles", [&]() -> Status {
    pqxx::work tx(conn_->conn);
    SITREP_ASSIGN_OR_RETURN(out, ReadRecords<document::BattleRecord>(
                                     tx.exec("SELECT json FROM battles ORDER BY doc_id, ordinal"),
                                     document::BattleFromJson, "battle"));
    return OkStatus();
  }));
  return out;
}

}  // namespace sitrep::store
