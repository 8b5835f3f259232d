// --db handling shared by the store commands.
#include "sitrep/cli/store_open.h"

#include <iostream>

#include "sitrep/store/sqlite/sqlite_store.h"

namespace sitrep::cli {

void AddDbOption(CLI::App& sub, std::string& db) {
  db = kDefaultDb;
  sub.add_option("--db", db, "Store: a SQLite file, or a postgresql:// URL")
      ->capture_default_str();
}

StatusOr<std::unique_ptr<store::Store>> OpenStore(const std::string& url, bool create) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return UnimplementedError("PostgreSQL support is not built yet (--db " + url +
                              "); use a SQLite file path");
  }
  if (url.empty()) return InvalidArgumentError("--db must not be empty");
  store::SqliteStoreOptions options;
  options.create_if_missing = create;
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<store::SqliteStore> s,
                          store::SqliteStore::Open(url, options));
  return std::unique_ptr<store::Store>(std::move(s));
}

int ReportOpenError(const std::string& command, const Status& status) {
  std::cerr << "sitrep " << command << ": " << status.message() << "\n";
  const bool usage = status.code() == StatusCode::kUnimplemented ||
                     status.code() == StatusCode::kInvalidArgument;
  return usage ? 2 : 1;
}

}  // namespace sitrep::cli
