// SqliteStore's fusion layer as SQL (schema v2, schema.cc). Fused events and
// control intervals are kept as their JSON records plus the columns the
// filters use; list filters (documents, ids) bind one JSON array and read it
// with json_each, so any number of values takes one parameter. ApplyFusion is
// one IMMEDIATE transaction that first checks the generation.
#include <nlohmann/json.hpp>

#include "sitrep/document/fused_json.h"
#include "sitrep/store/sqlite/sqlite_internal.h"
#include "sitrep/store/stored_json.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::store {

using sqlite::Statement;
using sqlite::Transaction;

namespace {

std::optional<std::string> Name(const std::optional<document::ActorRef>& a) {
  return a ? std::optional<std::string>(a->name) : std::nullopt;
}

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

Status InsertFused(Statement& row, Statement& member, const document::FusedEvent& f) {
  const document::Event& e = f.event;
  row.Reset();
  row.Bind(1, std::string_view(f.id)).Bind(2, e.date).Bind(3, std::string_view(e.event_type));
  row.Bind(4, std::string_view(e.sub_event_type)).Bind(5, Name(e.actor1)).Bind(6, Name(e.actor2));
  row.Bind(7, e.place ? std::optional<std::string>(e.place->name) : std::nullopt);
  row.Bind(8, e.place ? std::optional<std::string>(e.place->id) : std::nullopt);
  row.Bind(9, std::string_view(document::FusedEventToJson(f).dump()));
  SITREP_RETURN_IF_ERROR(row.Run());
  for (const auto& s : f.sources) {
    member.Reset();
    member.Bind(1, std::string_view(f.id)).Bind(2, std::string_view(s.doc));
    member.Bind(3, std::string_view(s.event));
    Status st = member.Run();
    if (!st.ok()) return st.WithContext("fused event " + f.id + " member " + s.doc + " " + s.event);
  }
  return OkStatus();
}

Status InsertIntervals(sqlite3* db, const std::vector<document::ControlInterval>& intervals) {
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, R"sql(
      INSERT INTO control_intervals (place_id, ordinal, place, from_date, until_date, json)
      VALUES (?1, (SELECT coalesce(max(ordinal) + 1, 0) FROM control_intervals
                   WHERE place_id = ?1), ?2, ?3, ?4, ?5))sql"));
  for (const auto& c : intervals) {
    st.Reset();
    st.Bind(1, std::string_view(c.place.id)).Bind(2, std::string_view(c.place.name));
    st.Bind(3, NonEmpty(c.from)).Bind(4, NonEmpty(c.until));
    st.Bind(5, std::string_view(document::ControlIntervalToJson(c).dump()));
    SITREP_RETURN_IF_ERROR(st.Run());
  }
  return OkStatus();
}

// Runs `sql` once per value (bound as ?1).
Status ForEach(sqlite3* db, const char* sql, const std::vector<std::string>& values) {
  if (values.empty()) return OkStatus();
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, sql));
  for (const auto& v : values) {
    st.Reset();
    SITREP_RETURN_IF_ERROR(st.Bind(1, std::string_view(v)).Run());
  }
  return OkStatus();
}

StatusOr<int64_t> Generation(sqlite3* db) {
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db,
      "SELECT value FROM fusion_state WHERE key = 'generation'"));
  SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int64(0) : 0;
}

template <typename T, typename Decode>
StatusOr<std::vector<T>> ReadJsonRows(Statement& st, Decode decode, std::string_view what) {
  std::vector<T> out;
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return out;
    SITREP_ASSIGN_OR_RETURN(T record, DecodeStoredRecord<T>(st.Text(0), decode, what));
    out.push_back(std::move(record));
  }
}

}  // namespace

StatusOr<std::vector<document::FusedEvent>> SqliteStore::QueryFusedEvents(const FusedQuery& q) {
  // Filters mirror FusedMatches() as QueryEvents mirrors EventMatches().
  std::string sql = "SELECT json FROM fused_events WHERE 1";
  std::vector<std::string> args;
  auto add = [&](const std::string& value, const char* clause, int uses) {
    if (value.empty()) return;
    sql += clause;
    for (int i = 0; i < uses; ++i) args.push_back(value);
  };
  auto list = [](const std::vector<std::string>& v) {
    return v.empty() ? std::string() : nlohmann::json(v).dump();
  };
  add(q.since, " AND date >= ?", 1);
  add(q.until, " AND date <= ?", 1);
  add(q.place, " AND instr(lower(place), lower(?)) > 0", 1);
  add(q.actor, " AND (instr(lower(actor1), lower(?)) > 0 OR instr(lower(actor2), lower(?)) > 0)", 2);
  add(q.type, " AND (lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))", 2);
  add(list(q.ids), " AND id IN (SELECT value FROM json_each(?))", 1);
  add(list(q.place_ids), " AND place_id IN (SELECT value FROM json_each(?))", 1);
  add(list(q.docs),
      " AND id IN (SELECT fused_id FROM fused_members WHERE doc_id IN "
      "(SELECT value FROM json_each(?)))",
      1);
  if (q.after && q.after->date) {
    sql += " AND (date IS NULL OR date > ? OR (date = ? AND id > ?))";
    args.insert(args.end(), {*q.after->date, *q.after->date, q.after->id});
  } else if (q.after) {
    sql += " AND date IS NULL AND id > ?";
    args.push_back(q.after->id);
  }
  sql += " ORDER BY date IS NULL, date, id";
  if (q.limit > 0) sql += " LIMIT " + std::to_string(q.limit);
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(), sql));
  for (size_t i = 0; i < args.size(); ++i) st.Bind(static_cast<int>(i + 1), std::string_view(args[i]));
  return ReadJsonRows<document::FusedEvent>(st, document::FusedEventFromJson, "fused event");
}

StatusOr<std::vector<document::ControlInterval>> SqliteStore::QueryControl(const ControlQuery& q) {
  std::string sql = "SELECT json FROM control_intervals WHERE 1";
  std::vector<std::string> args;
  if (!q.place_id.empty()) {
    sql += " AND place_id = ?";
    args.push_back(q.place_id);
  }
  if (!q.place.empty()) {
    sql += " AND instr(lower(place), lower(?)) > 0";
    args.push_back(q.place);
  }
  if (!q.at.empty()) {
    sql += " AND (from_date IS NULL OR from_date <= ?) AND (until_date IS NULL OR ? < until_date)";
    args.push_back(q.at);
    args.push_back(q.at);
  }
  sql += " ORDER BY place, place_id, ordinal";
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(), sql));
  for (size_t i = 0; i < args.size(); ++i) st.Bind(static_cast<int>(i + 1), std::string_view(args[i]));
  return ReadJsonRows<document::ControlInterval>(st, document::ControlIntervalFromJson,
                                                 "control interval");
}

StatusOr<FusionBacklog> SqliteStore::GetFusionBacklog() {
  sqlite3* db = db_.get();
  SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::Mode::kDeferred));
  FusionBacklog backlog;
  SITREP_ASSIGN_OR_RETURN(backlog.generation, Generation(db));
  SITREP_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, R"sql(
      SELECT d.id, d.content_hash FROM documents d
      LEFT JOIN fusion_documents f ON f.doc_id = d.id
      WHERE f.content_hash IS NULL OR f.content_hash != d.content_hash
      ORDER BY d.id)sql"));
  while (true) {
    SITREP_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    backlog.documents.push_back({st.Text(0), st.Text(1)});
  }
  SITREP_RETURN_IF_ERROR(tx.Commit());
  return backlog;
}

Status SqliteStore::ApplyFusion(const FusionUpdate& u) {
  sqlite3* db = db_.get();
  SITREP_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::Mode::kImmediate));
  SITREP_ASSIGN_OR_RETURN(int64_t generation, Generation(db));
  if (generation != u.generation) {
    return AbortedError(path_ + ": fusion update computed on generation " +
                        std::to_string(u.generation) + " but the store is at " +
                        std::to_string(generation));
  }
  if (u.replace_all) {
    SITREP_RETURN_IF_ERROR(sqlite::Exec(db,
        "DELETE FROM fused_members; DELETE FROM fused_events; DELETE FROM control_intervals; "
        "DELETE FROM fusion_documents"));
  }
  SITREP_RETURN_IF_ERROR(ForEach(db, "DELETE FROM fused_events WHERE id = ?1", u.remove));
  std::vector<std::string> put_ids;
  for (const auto& f : u.put) put_ids.push_back(f.id);
  SITREP_RETURN_IF_ERROR(ForEach(db, "DELETE FROM fused_events WHERE id = ?1", put_ids));
  SITREP_ASSIGN_OR_RETURN(Statement row, Statement::Prepare(db, R"sql(
      INSERT INTO fused_events (id, date, event_type, sub_event_type, actor1, actor2, place,
                                place_id, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql"));
  SITREP_ASSIGN_OR_RETURN(Statement member, Statement::Prepare(db,
      "INSERT INTO fused_members (fused_id, doc_id, event_id) VALUES (?, ?, ?)"));
  for (const auto& f : u.put) SITREP_RETURN_IF_ERROR(InsertFused(row, member, f));
  SITREP_RETURN_IF_ERROR(ForEach(db, "DELETE FROM control_intervals WHERE place_id = ?1",
                                 u.control_places));
  SITREP_RETURN_IF_ERROR(InsertIntervals(db, u.control));
  SITREP_ASSIGN_OR_RETURN(Statement mark, Statement::Prepare(db,
      "INSERT OR REPLACE INTO fusion_documents (doc_id, content_hash) VALUES (?, ?)"));
  for (const auto& d : u.documents) {
    mark.Reset();
    SITREP_RETURN_IF_ERROR(
        mark.Bind(1, std::string_view(d.id)).Bind(2, std::string_view(d.content_hash)).Run());
  }
  SITREP_RETURN_IF_ERROR(sqlite::Exec(db,
      "UPDATE fusion_state SET value = value + 1 WHERE key = 'generation'"));
  return tx.Commit();
}

}  // namespace sitrep::store
