// EventQuery -> WHERE clause for the PostgreSQL store, the twin of the SQLite
// store's event_filter.cc. Values are quoted by the connection. Equality
// filters compare FoldAscii() of both sides — the expression the v2 indexes
// are built on, so the planner can use them; FoldAscii folds ASCII only, as
// the contract says, whatever the database's locale. Substring filters use
// strpos(): a plain substring test, no LIKE wildcards. Paging continues after
// EventQuery::after in the contract order (undated last).
#include "sitrep/store/postgres/pg_internal.h"

namespace sitrep::store::pg {

std::string FoldAscii(const std::string& expr) {
  return "translate(" + expr + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
}

std::string EventWhere(pqxx::transaction_base& tx, const EventQuery& q, bool with_after) {
  std::vector<std::string> clauses;
  auto quoted = [&](const std::string& v) { return tx.quote(v); };
  auto contains = [&](const char* column, const std::string& v) {
    return "strpos(" + FoldAscii(column) + ", " + FoldAscii(quoted(v)) + ") > 0";
  };
  auto equals = [&](const char* column, const std::string& v) {
    return FoldAscii(column) + " = " + FoldAscii(quoted(v));
  };
  if (!q.doc.empty()) clauses.push_back("e.doc_id = " + quoted(q.doc));
  if (!q.event_id.empty()) clauses.push_back("e.event_id = " + quoted(q.event_id));
  if (!q.since.empty()) clauses.push_back("e.date >= " + quoted(q.since));
  if (!q.until.empty()) clauses.push_back("e.date <= " + quoted(q.until));
  if (!q.place.empty()) clauses.push_back(contains("e.place", q.place));
  if (!q.actor.empty()) {
    clauses.push_back("(" + contains("e.actor1", q.actor) + " OR " + contains("e.actor2", q.actor) +
                      ")");
  }
  if (!q.type.empty()) {
    clauses.push_back("(" + equals("e.event_type", q.type) + " OR " +
                      equals("e.sub_event_type", q.type) + ")");
  }
  if (!q.sub_type.empty()) clauses.push_back(equals("e.sub_event_type", q.sub_type));
  if (!q.country.empty()) clauses.push_back(equals("e.country", q.country));
  if (!q.text.empty()) clauses.push_back(contains("e.evidence", q.text));
  if (q.bbox) {
    const BoundingBox& b = *q.bbox;
    auto num = [](double v) { return pqxx::to_string(v); };
    std::string lat = "e.lat BETWEEN " + num(b.south) + " AND " + num(b.north);
    clauses.push_back(b.west <= b.east
                          ? lat + " AND e.lon BETWEEN " + num(b.west) + " AND " + num(b.east)
                          : lat + " AND (e.lon >= " + num(b.west) + " OR e.lon <= " +
                                num(b.east) + ")");
  }
  if (with_after && q.after) {
    const EventKey& k = *q.after;
    const std::string doc = quoted(k.doc), ord = std::to_string(k.ordinal);
    const std::string same_date_later =
        "(e.doc_id > " + doc + " OR (e.doc_id = " + doc + " AND e.ordinal > " + ord + "))";
    if (k.date) {
      const std::string d = quoted(*k.date);
      clauses.push_back("(e.date IS NULL OR e.date > " + d + " OR (e.date = " + d + " AND " +
                        same_date_later + "))");
    } else {
      clauses.push_back("(e.date IS NULL AND " + same_date_later + ")");
    }
  }
  std::string where;
  for (size_t i = 0; i < clauses.size(); ++i) where += (i ? " AND " : " WHERE ") + clauses[i];
  return where;
}

}  // namespace sitrep::store::pg
