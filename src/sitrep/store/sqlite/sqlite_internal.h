// Small RAII wrappers over the sqlite3 C API used by the SQLite store: an
// owning connection handle, a prepared statement that binds by position and
// finalizes itself, and a transaction that rolls back unless committed. Every
// failure becomes a Status carrying SQLite's own message. Only store/sqlite/
// includes <sqlite3.h>.
#ifndef SITREP_STORE_SQLITE_SQLITE_INTERNAL_H_
#define SITREP_STORE_SQLITE_SQLITE_INTERNAL_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"

namespace sitrep::store::sqlite {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

// Returns a non-OK Status for result code `rc`: "what: <sqlite message>".
// kUnavailable for busy/locked, kDataLoss for corruption, kInternal otherwise.
Status SqliteError(sqlite3* db, int rc, std::string_view what);

// Runs one or more statements that return no rows.
Status Exec(sqlite3* db, const char* sql);

// A prepared statement. Bind* use 1-based indexes and remember the first
// failure, which Step() then reports. Not copyable; movable.
class Statement {
 public:
  static StatusOr<Statement> Prepare(sqlite3* db, std::string_view sql);

  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);
  // Binds the value, or NULL when absent.
  Statement& Bind(int index, const std::optional<std::string>& text);
  Statement& Bind(int index, const std::optional<double>& value);

  // Returns true when a row is ready to read, false when the statement is done.
  StatusOr<bool> Step();
  // Steps until done (for statements without results).
  Status Run();
  // Makes the statement ready to bind and run again (bindings cleared).
  void Reset();

  bool IsNull(int column) const;
  std::string Text(int column) const;
  int64_t Int64(int column) const;

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  void Check(int rc, int index);

  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  int bind_rc_ = SQLITE_OK;
  int bind_index_ = 0;
};

// BEGIN ... COMMIT; the destructor rolls back an uncommitted transaction.
class Transaction {
 public:
  enum class Mode { kDeferred, kImmediate };
  static StatusOr<Transaction> Begin(sqlite3* db, Mode mode);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(sqlite3* db) : db_(db) {}
  sqlite3* db_;  // null once committed or rolled back
};

}  // namespace sitrep::store::sqlite

#endif  // SITREP_STORE_SQLITE_SQLITE_INTERNAL_H_
