// --db handling shared by the store commands.
#include "sitrep/cli/store_open.h"

#include <iostream>

namespace sitrep::cli {

void AddDbOption(CLI::App& sub, std::string& db) {
  db = exporter::kDefaultDb;
  sub.add_option("--db", db, "Store: a SQLite file, or a postgresql:// URL")
      ->capture_default_str();
}

int ReportOpenError(const std::string& command, const Status& status) {
  std::cerr << "sitrep " << command << ": " << status.message() << "\n";
  const bool usage = status.code() == StatusCode::kUnimplemented ||
                     status.code() == StatusCode::kInvalidArgument;
  return usage ? 2 : 1;
}

}  // namespace sitrep::cli
