// The SQLite store's schema and its migrations. The schema version lives in
// `PRAGMA user_version` and sitrep's mark in `PRAGMA application_id`; each
// migration moves the database up one version inside one transaction, so an
// interrupted upgrade leaves the old version intact.
#ifndef SITREP_STORE_SQLITE_SCHEMA_INTERNAL_H_
#define SITREP_STORE_SQLITE_SCHEMA_INTERNAL_H_

#include <sqlite3.h>

#include <string>

#include "sitrep/base/status.h"

namespace sitrep::store::sqlite {

// 'SITR' in ASCII: marks a file as a sitrep database.
inline constexpr int kApplicationId = 0x53495452;

// Returns the schema version this build reads and writes.
int CurrentSchemaVersion();

// Brings the database at `db` (named `path` in messages) to the current
// version. An empty database (version 0, no tables) is initialised. Returns
// kFailedPrecondition for a database from a newer sitrep, for a version-0 file
// that already holds other tables, and for another application's database.
Status Migrate(sqlite3* db, const std::string& path);

}  // namespace sitrep::store::sqlite

#endif  // SITREP_STORE_SQLITE_SCHEMA_INTERNAL_H_
