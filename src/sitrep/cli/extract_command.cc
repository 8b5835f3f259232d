// `sitrep extract FILE…`: run the whole pipeline and print events, no store.
#include <iostream>

#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/export/event_table.h"
#include "sitrep/document/json.h"

namespace sitrep::cli {
namespace {

CommandRegistrar registrar(
    "extract", "Run the pipeline on files and print the events found (no store)",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto format = std::make_shared<std::string>();
      AddInputOptions(sub, *request);
      AddFormatOption(sub, *format, {"jsonl", "table"});
      return [request, format] {
        std::vector<document::Event> all;
        const int rc = AnnotateFiles(*request, [&](const document::Document& doc) {
          for (const auto& e : doc.events) {
            if (*format == "jsonl") std::cout << document::EventToJson(e).dump() << "\n";
            else all.push_back(e);
          }
        });
        if (*format == "table") exporter::PrintEventTable(all, std::cout);
        return rc;
      };
    },
    20);

}  // namespace
}  // namespace sitrep::cli
