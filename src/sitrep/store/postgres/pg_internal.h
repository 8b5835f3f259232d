// Internals of the PostgreSQL store shared by its .cc files: the connection
// holder, the conversion of libpqxx exceptions into Status at this module's
// edge, and the schema migrations (pg_schema.cc).
#ifndef SITREP_STORE_POSTGRES_PG_INTERNAL_H_
#define SITREP_STORE_POSTGRES_PG_INTERNAL_H_

#include <pqxx/pqxx>

#include <exception>
#include <functional>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/store/postgres/postgres_store.h"

namespace sitrep::store {

struct PostgresStore::Connection {
  explicit Connection(const std::string& url) : conn(url) {}
  pqxx::connection conn;
};

namespace pg {

// 'SITR' in ASCII, as the SQLite store's application_id.
inline constexpr int kApplicationId = 0x53495452;

// Returns the Status for an exception libpqxx threw while doing `what` on
// `url`: kUnavailable for a broken connection, kAborted for a serialization
// failure or deadlock (retryable), kInternal otherwise.
Status FromException(const std::exception& e, const std::string& url, const std::string& what);

// Runs `body` and converts any exception it throws (see FromException).
Status Guard(const std::string& url, const std::string& what, const std::function<Status()>& body);

// Returns `expr` (SQL) with ASCII letters folded to lower case, and nothing
// else: the contract's case-insensitivity, whatever the database's locale.
std::string FoldAscii(const std::string& expr);

// Returns " WHERE …" (or "") for the filters of `q` over events `e`, values
// quoted by `tx`; with `with_after`, also the keyset-paging bound.
std::string EventWhere(pqxx::transaction_base& tx, const EventQuery& q, bool with_after);

// Returns the text of `f`, "" for NULL.
inline std::string Str(const pqxx::field& f) { return f.is_null() ? std::string() : f.as<std::string>(); }

// Returns the schema version this build reads and writes.
int CurrentSchemaVersion();

// Brings the database to the current version (each migration one
// transaction, under an advisory lock, so concurrent openers migrate once).
// kFailedPrecondition for a newer version or another application's tables.
Status Migrate(pqxx::connection& conn, const std::string& url);

}  // namespace pg
}  // namespace sitrep::store

#endif  // SITREP_STORE_POSTGRES_PG_INTERNAL_H_
