// The --db option of the store commands (ingest, docs, show, events, battles,
// serve) and how they report a store that cannot be opened. Opening itself is
// the store-URL factory of export/store_url.h, shared with api/.
#ifndef SITREP_CLI_STORE_OPEN_H_
#define SITREP_CLI_STORE_OPEN_H_

#include <string>

#include <CLI/CLI.hpp>

#include "sitrep/base/status.h"
#include "sitrep/export/store_url.h"

namespace sitrep::cli {

using exporter::OpenStore;

// Adds --db (default sitrep.db) to `sub`.
void AddDbOption(CLI::App& sub, std::string& db);

// Prints "sitrep CMD: message" for a failed OpenStore and returns the exit
// code: 2 for an unusable --db value (usage), 1 otherwise.
int ReportOpenError(const std::string& command, const Status& status);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_STORE_OPEN_H_
