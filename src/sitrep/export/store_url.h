// The store-URL factory: turns a --db value into an open Store. A file path
// opens the embedded SQLite store (the default, sitrep.db); a postgresql://
// URL opens the team's PostgreSQL database (store/postgres/). Shared by every command of
// cli/ and by `sitrep serve` (api/), so all of them accept the same URLs.
#ifndef SITREP_EXPORT_STORE_URL_H_
#define SITREP_EXPORT_STORE_URL_H_

#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/store/store.h"

namespace sitrep::exporter {

inline constexpr const char* kDefaultDb = "sitrep.db";

// Returns true when `url` names a PostgreSQL database (postgresql:// or
// postgres://) rather than a SQLite file.
bool IsPostgresUrl(const std::string& url);

// Opens the store at `url`. With `create` false a missing SQLite file is
// kNotFound (query commands never create an empty database). An empty `url`
// is kInvalidArgument; an unreachable PostgreSQL server is kUnavailable.
StatusOr<std::unique_ptr<store::Store>> OpenStore(const std::string& url, bool create);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_STORE_URL_H_
