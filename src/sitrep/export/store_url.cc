// The store-URL factory: a SQLite file path or a postgresql:// URL.
#include "sitrep/export/store_url.h"

#include "sitrep/store/postgres/postgres_store.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::exporter {

bool IsPostgresUrl(const std::string& url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

StatusOr<std::unique_ptr<store::Store>> OpenStore(const std::string& url, bool create) {
  if (IsPostgresUrl(url)) {
    SITREP_ASSIGN_OR_RETURN(std::unique_ptr<store::PostgresStore> s, store::PostgresStore::Open(url));
    return std::unique_ptr<store::Store>(std::move(s));
  }
  if (url.empty()) return InvalidArgumentError("--db must not be empty");
  store::SqliteStoreOptions options;
  options.create_if_missing = create;
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<store::SqliteStore> s,
                          store::SqliteStore::Open(url, options));
  return std::unique_ptr<store::Store>(std::move(s));
}

}  // namespace sitrep::exporter
