// EventQuery -> WHERE clause with bound parameters.
//
// Equality filters compare with COLLATE NOCASE against columns indexed with
// the same collation, so SQLite can use those indexes; NOCASE folds ASCII
// only, as the contract says. Substring filters use instr() on lower() of
// both sides: a plain substring test, no LIKE wildcards, and no index could
// serve a substring anyway. The keyset condition for paging is written as a
// sargable date bound plus the exact row-value comparison.
#include "sitrep/store/sqlite/event_filter_internal.h"

namespace sitrep::store::sqlite {

EventFilter BuildEventFilter(const EventQuery& q, bool with_after) {
  EventFilter f;
  std::vector<std::string> clauses;
  auto text = [&](const std::string& value, const char* clause, int uses = 1) {
    if (value.empty()) return;
    clauses.push_back(clause);
    for (int i = 0; i < uses; ++i) f.args.emplace_back(value);
  };
  text(q.doc, "e.doc_id = ?");
  text(q.event_id, "e.event_id = ?");
  text(q.since, "e.date >= ?");
  text(q.until, "e.date <= ?");
  text(q.place, "instr(lower(e.place), lower(?)) > 0");
  text(q.actor, "(instr(lower(e.actor1), lower(?)) > 0 OR instr(lower(e.actor2), lower(?)) > 0)", 2);
  text(q.type, "(e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)", 2);
  text(q.sub_type, "e.sub_event_type = ? COLLATE NOCASE");
  text(q.country, "e.country = ? COLLATE NOCASE");
  text(q.text, "instr(lower(e.evidence), lower(?)) > 0");
  if (q.bbox) {
    const BoundingBox& b = *q.bbox;
    clauses.push_back(b.west <= b.east ? "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
                                       : "e.lat BETWEEN ? AND ? AND (e.lon >= ? OR e.lon <= ?)");
    for (double v : {b.south, b.north, b.west, b.east}) f.args.emplace_back(v);
  }
  if (with_after && q.after) {
    const EventKey& k = *q.after;
    if (k.date) {
      // Dated rows after the key, or any undated row (undated sort last).
      clauses.push_back(
          "(e.date IS NULL OR (e.date >= ? AND (e.date > ? OR e.doc_id > ? OR "
          "(e.doc_id = ? AND e.ordinal > ?))))");
      f.args.insert(f.args.end(), {*k.date, *k.date, k.doc, k.doc, int64_t{k.ordinal}});
    } else {
      clauses.push_back("(e.date IS NULL AND (e.doc_id > ? OR (e.doc_id = ? AND e.ordinal > ?)))");
      f.args.insert(f.args.end(), {k.doc, k.doc, int64_t{k.ordinal}});
    }
  }
  for (size_t i = 0; i < clauses.size(); ++i) f.where += (i ? " AND " : " WHERE ") + clauses[i];
  return f;
}

void BindFilter(Statement& st, const EventFilter& filter) {
  for (size_t i = 0; i < filter.args.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    std::visit([&](const auto& v) {
      if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
        st.Bind(index, std::string_view(v));
      } else {
        st.Bind(index, v);
      }
    }, filter.args[i]);
  }
}

}  // namespace sitrep::store::sqlite
