// PostgresStore's fusion layer as SQL (schema v3, pg_schema.cc), the twin of
// the SQLite store's sqlite_fusion.cc: the JSON records plus filter columns;
// name filters fold ASCII only (FoldAscii) and use strpos (no wildcards).
// ApplyFusion takes the generation row FOR UPDATE first, so two fusers'
// updates run one after the other and the second, computed on the old
// generation, is refused (kAborted) without changing anything.
#include <set>

#include "sitrep/document/fused_json.h"
#include "sitrep/store/postgres/pg_internal.h"
#include "sitrep/store/stored_json.h"

namespace sitrep::store {
namespace {

using pg::FoldAscii;
using pg::Str;

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

std::optional<std::string> Name(const std::optional<document::ActorRef>& a) {
  return a ? std::optional<std::string>(a->name) : std::nullopt;
}

// Returns "(q1, q2, ...)" of `values` quoted by `tx`. REQUIRES: non-empty.
std::string QuotedList(pqxx::transaction_base& tx, const std::vector<std::string>& values) {
  std::string out = "(";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + tx.quote(values[i]);
  return out + ")";
}

// Returns the keyset bound "after `key` in FusedLess order" (undated last).
std::string AfterClause(pqxx::transaction_base& tx, const FusedKey& key) {
  const std::string id = tx.quote(key.id);
  if (!key.date) return "(date IS NULL AND id > " + id + ")";
  const std::string date = tx.quote(*key.date);
  return "(date IS NULL OR date > " + date + " OR (date = " + date + " AND id > " + id + "))";
}

std::string FusedWhere(pqxx::transaction_base& tx, const FusedQuery& q) {
  std::vector<std::string> clauses;
  auto contains = [&](const char* column, const std::string& v) {
    return "strpos(" + FoldAscii(column) + ", " + FoldAscii(tx.quote(v)) + ") > 0";
  };
  auto equals = [&](const char* column, const std::string& v) {
    return FoldAscii(column) + " = " + FoldAscii(tx.quote(v));
  };
  if (!q.since.empty()) clauses.push_back("date >= " + tx.quote(q.since));
  if (!q.until.empty()) clauses.push_back("date <= " + tx.quote(q.until));
  if (!q.place.empty()) clauses.push_back(contains("place", q.place));
  if (!q.actor.empty()) {
    clauses.push_back("(" + contains("actor1", q.actor) + " OR " + contains("actor2", q.actor) + ")");
  }
  if (!q.type.empty()) {
    clauses.push_back("(" + equals("event_type", q.type) + " OR " + equals("sub_event_type", q.type) +
                      ")");
  }
  if (!q.ids.empty()) clauses.push_back("id IN " + QuotedList(tx, q.ids));
  if (!q.place_ids.empty()) clauses.push_back("place_id IN " + QuotedList(tx, q.place_ids));
  if (!q.docs.empty()) {
    clauses.push_back("id IN (SELECT fused_id FROM fused_members WHERE doc_id IN " +
                      QuotedList(tx, q.docs) + ")");
  }
  if (q.after) clauses.push_back(AfterClause(tx, *q.after));
  std::string where;
  for (size_t i = 0; i < clauses.size(); ++i) where += (i ? " AND " : " WHERE ") + clauses[i];
  return where;
}

void InsertFused(pqxx::work& tx, const document::FusedEvent& f) {
  const document::Event& e = f.event;
  tx.exec_params(R"sql(
      INSERT INTO fused_events (id, date, event_type, sub_event_type, actor1, actor2, place,
                                place_id, json)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9))sql",
                 f.id, e.date, e.event_type, e.sub_event_type, Name(e.actor1), Name(e.actor2),
                 e.place ? std::optional<std::string>(e.place->name) : std::nullopt,
                 e.place ? std::optional<std::string>(e.place->id) : std::nullopt,
                 document::FusedEventToJson(f).dump());
  for (const auto& s : f.sources) {
    tx.exec_params("INSERT INTO fused_members (fused_id, doc_id, event_id) VALUES ($1, $2, $3)",
                   f.id, s.doc, s.event);
  }
}

void InsertInterval(pqxx::work& tx, const document::ControlInterval& c) {
  tx.exec_params(R"sql(
      INSERT INTO control_intervals (place_id, ordinal, place, from_date, until_date, json)
      VALUES ($1, (SELECT coalesce(max(ordinal) + 1, 0) FROM control_intervals
                   WHERE place_id = $1), $2, $3, $4, $5))sql",
                 c.place.id, c.place.name, NonEmpty(c.from), NonEmpty(c.until),
                 document::ControlIntervalToJson(c).dump());
}

template <typename T, typename Decode>
StatusOr<std::vector<T>> ReadJsonRows(const pqxx::result& rows, Decode decode, std::string_view what) {
  std::vector<T> out;
  for (const auto& row : rows) {
    SITREP_ASSIGN_OR_RETURN(T record, DecodeStoredRecord<T>(Str(row[0]), decode, what));
    out.push_back(std::move(record));
  }
  return out;
}

}  // namespace

StatusOr<std::vector<document::FusedEvent>> PostgresStore::QueryFusedEvents(const FusedQuery& q) {
  std::vector<document::FusedEvent> out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "querying fused events", [&]() -> Status {
    pqxx::work tx(conn_->conn);
    std::string sql = "SELECT json FROM fused_events" + FusedWhere(tx, q) +
                      " ORDER BY date IS NULL, date, id";
    if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
    SITREP_ASSIGN_OR_RETURN(out, ReadJsonRows<document::FusedEvent>(
                                     tx.exec(sql), document::FusedEventFromJson, "fused event"));
    return OkStatus();
  }));
  return out;
}

StatusOr<std::vector<document::ControlInterval>> PostgresStore::QueryControl(const ControlQuery& q) {
  std::vector<document::ControlInterval> out;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "querying control intervals", [&]() -> Status {
    pqxx::work tx(conn_->conn);
    std::string sql = "SELECT json FROM control_intervals WHERE TRUE";
    if (!q.place_id.empty()) sql += " AND place_id = " + tx.quote(q.place_id);
    if (!q.place.empty()) {
      sql += " AND strpos(" + FoldAscii("place") + ", " + FoldAscii(tx.quote(q.place)) + ") > 0";
    }
    if (!q.at.empty()) {
      const std::string at = tx.quote(q.at);
      sql += " AND (from_date IS NULL OR from_date <= " + at + ") AND (until_date IS NULL OR " +
             at + " < until_date)";
    }
    sql += " ORDER BY place, place_id, ordinal";
    SITREP_ASSIGN_OR_RETURN(out, ReadJsonRows<document::ControlInterval>(
                                     tx.exec(sql), document::ControlIntervalFromJson,
                                     "control interval"));
    return OkStatus();
  }));
  return out;
}

StatusOr<FusionBacklog> PostgresStore::GetFusionBacklog() {
  FusionBacklog backlog;
  SITREP_RETURN_IF_ERROR(pg::Guard(url_, "reading the fusion backlog", [&]() -> Status {
    pqxx::transaction<pqxx::repeatable_read> tx(conn_->conn);
    backlog.generation =
        tx.exec1("SELECT value FROM fusion_state WHERE key = 'generation'")[0].as<int64_t>();
    for (const auto& row : tx.exec(R"sql(
        SELECT d.id, d.content_hash FROM documents d
        LEFT JOIN fusion_documents f ON f.doc_id = d.id
        WHERE f.content_hash IS NULL OR f.content_hash <> d.content_hash
        ORDER BY d.id)sql")) {
      backlog.documents.push_back({Str(row[0]), Str(row[1])});
    }
    tx.commit();
    return OkStatus();
  }));
  return backlog;
}

Status PostgresStore::ApplyFusion(const FusionUpdate& u) {
  return pg::Guard(url_, "applying a fusion update", [&]() -> Status {
    pqxx::work tx(conn_->conn);
    const int64_t generation =
        tx.exec1("SELECT value FROM fusion_state WHERE key = 'generation' FOR UPDATE")[0]
            .as<int64_t>();
    if (generation != u.generation) {
      return AbortedError(url_ + ": fusion update computed on generation " +
                          std::to_string(u.generation) + " but the store is at " +
                          std::to_string(generation));
    }
    if (u.replace_all) {
      tx.exec("DELETE FROM fused_members; DELETE FROM fused_events; DELETE FROM control_intervals; "
              "DELETE FROM fusion_documents");
    }
    std::set<std::string> drop(u.remove.begin(), u.remove.end());
    for (const auto& f : u.put) drop.insert(f.id);
    for (const auto& id : drop) tx.exec_params("DELETE FROM fused_events WHERE id = $1", id);
    for (const auto& f : u.put) InsertFused(tx, f);
    for (const auto& place : u.control_places) {
      tx.exec_params("DELETE FROM control_intervals WHERE place_id = $1", place);
    }
    for (const auto& c : u.control) InsertInterval(tx, c);
    for (const auto& d : u.documents) {
      tx.exec_params(R"sql(
          INSERT INTO fusion_documents (doc_id, content_hash) VALUES ($1, $2)
          ON CONFLICT (doc_id) DO UPDATE SET content_hash = excluded.content_hash)sql",
                     d.id, d.content_hash);
    }
    tx.exec("UPDATE fusion_state SET value = value + 1 WHERE key = 'generation'");
    tx.commit();
    return OkStatus();
  });
}

}  // namespace sitrep::store
