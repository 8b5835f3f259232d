// EventQuery as SQL: the WHERE clause and its bound arguments, shared by the
// SQLite store's event queries (records, objects, counts). Every value is a
// bound parameter; the SQL text holds only fixed fragments. Matches the
// reference semantics of store::EventMatches (the contract suite checks it).
#ifndef SITREP_STORE_SQLITE_EVENT_FILTER_INTERNAL_H_
#define SITREP_STORE_SQLITE_EVENT_FILTER_INTERNAL_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "sitrep/store/sqlite/sqlite_internal.h"
#include "sitrep/store/store.h"

namespace sitrep::store::sqlite {

struct EventFilter {
  std::string where;  // " WHERE …" over table alias `e`, or ""
  std::vector<std::variant<std::string, double, int64_t>> args;
};

// Returns the filter of `query`; `with_after` adds its keyset condition.
EventFilter BuildEventFilter(const EventQuery& query, bool with_after);

// The contract order as an ORDER BY clause over alias `e`.
inline constexpr const char* kEventOrder = " ORDER BY e.date IS NULL, e.date, e.doc_id, e.ordinal";

// Binds `filter`'s arguments to `st` from index 1.
void BindFilter(Statement& st, const EventFilter& filter);

}  // namespace sitrep::store::sqlite

#endif  // SITREP_STORE_SQLITE_EVENT_FILTER_INTERNAL_H_
