// Opening the store named by a command's --db option: a SQLite file path (the
// default, sitrep.db) or, once store/postgres/ lands, a postgresql:// URL.
// Shared by ingest, docs, show, events.
#ifndef SITREP_CLI_STORE_OPEN_H_
#define SITREP_CLI_STORE_OPEN_H_

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sitrep/base/status.h"
#include "sitrep/store/store.h"

namespace sitrep::cli {

inline constexpr const char* kDefaultDb = "sitrep.db";

// Adds --db (default sitrep.db) to `sub`.
void AddDbOption(CLI::App& sub, std::string& db);

// Opens the store at `url`. With `create` false a missing SQLite file is
// kNotFound (query commands never create an empty database). A postgresql://
// URL is kUnimplemented for now.
StatusOr<std::unique_ptr<store::Store>> OpenStore(const std::string& url, bool create);

// Prints "sitrep CMD: message" for a failed OpenStore and returns the exit
// code: 2 for an unusable --db value (usage), 1 otherwise.
int ReportOpenError(const std::string& command, const Status& status);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_STORE_OPEN_H_
