// Shared driver for the store-less commands (extract, entities, timex,
// battles): read the inputs, run the pipeline up to a stage, hand each
// annotated document to a printer. Bad inputs are reported on stderr (file and
// reason) and the rest goes on.
#ifndef SITREP_CLI_ANNOTATE_FILES_H_
#define SITREP_CLI_ANNOTATE_FILES_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sitrep/document/document.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/pipeline/pipeline.h"

namespace sitrep::cli {

struct AnnotateRequest {
  std::vector<std::string> paths;
  ingest::ReadOptions read;
  pipeline::Until until = pipeline::Until::kAll;
  int jobs = 1;  // worker threads (--jobs); documents still come out in input order
  // Work units a document may cost past entities (--work-budget; 0 = no limit).
  uint64_t work_budget = pipeline::kDefaultMaxWorkUnits;
  // The printer prints after the last document (a table), so a progress bar
  // may share the terminal with it; otherwise the bar shows only when stdout
  // is not a terminal.
  bool prints_at_end = false;
};

// Returns the exit code: 0 when every input went through, 1 when some failed,
// 2 when the pipeline could not be built. `on_document` is called in input
// order, one call at a time (from a worker thread when jobs > 1).
int AnnotateFiles(const AnnotateRequest& request,
                  const std::function<void(const document::Document&)>& on_document);

// Adds the FILE... positional and --published/--lang/--jobs/--work-budget
// options to `sub`.
void AddInputOptions(CLI::App& sub, AnnotateRequest& request);

// Returns true when `request` names no language or one `packs` has; else
// prints why on stderr (not a language code, or no pack, with the packs
// there are) and returns false: the command then exits 2.
bool CheckLanguageOption(const AnnotateRequest& request, const lang::PackSet& packs);

// Returns how messages name `doc`: its source as given, with a JSONL record's
// id in brackets ("feed.jsonl [w-17]").
std::string DocumentName(const document::Document& doc);

// Prints "<source>: no language pack for 'xx'; text and entities only" (or the
// work-budget notice) on `err` when the pipeline said so for `doc`.
void ReportFallback(const document::Document& doc, std::ostream& err);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_ANNOTATE_FILES_H_
