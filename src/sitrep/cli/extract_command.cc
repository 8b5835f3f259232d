// `sitrep extract FILE…|-`: run the whole pipeline and print events, no store.
// With --format jsonl each document's events are written and flushed as soon
// as the document is done (in input order), so `sitrep extract - --format
// jsonl` is a streaming filter over JSON Lines on stdin — memory stays
// constant over an unbounded stream, and it runs under Spark's RDD.pipe,
// Hadoop streaming or `parallel --pipe`. When the reading side goes away
// (EPIPE) there is nothing left to do: the process ends at once, quietly,
// with status 0, like `yes | head`. With --explain each document is printed
// as the analyst's account of its records (events/explain.h) instead.
#include <csignal>
#include <cstdio>
#include <iostream>

#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/export/event_table.h"
#include "sitrep/document/json.h"
#include "sitrep/events/explain.h"

namespace sitrep::cli {
namespace {

// Writes `doc`'s events as JSON Lines and flushes. Returns false when stdout
// is gone (broken pipe) or failed.
bool WriteJsonl(const document::Document& doc) {
  for (const auto& e : doc.events) std::cout << document::EventToJson(e).dump() << "\n";
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

int RunExtract(const AnnotateRequest& request, const std::string& format, bool explain) {
  std::vector<document::Event> all;
  if (format == "jsonl") std::signal(SIGPIPE, SIG_IGN);  // a write error instead of a signal
  AnnotateRequest run = request;
  run.prints_at_end = format == "table" && !explain;  // the table comes after the last document
  const int rc = AnnotateFiles(run, [&](const document::Document& doc) {
    if (explain) {
      events::WriteExplanation(doc, std::cout);
    } else if (format == "table") {
      all.insert(all.end(), doc.events.begin(), doc.events.end());
    } else if (!WriteJsonl(doc)) {
      std::fflush(stderr);
      std::_Exit(0);  // no store, nothing half-written: stop reading and end
    }
  });
  if (format == "table" && !explain) exporter::PrintEventTable(all, std::cout);
  return rc;
}

CommandRegistrar registrar(
    "extract", "Run the pipeline on files (or a JSONL stream on -) and print the events found",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto format = std::make_shared<std::string>();
      auto explain = std::make_shared<bool>(false);
      AddInputOptions(sub, *request);
      AddFormatOption(sub, *format, {"jsonl", "table"});
      sub.add_flag("--explain", *explain,
                   "Print, per record, the trigger, rules and sentences that produced it, and why "
                   "other candidates were dropped");
      return [request, format, explain] { return RunExtract(*request, *format, *explain); };
    },
    20);

}  // namespace
}  // namespace sitrep::cli
