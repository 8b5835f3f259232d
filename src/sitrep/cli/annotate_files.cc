// Read -> pipeline -> print, for the store-less commands.
#include "sitrep/cli/annotate_files.h"

#include <iostream>

#include "sitrep/base/date.h"

namespace sitrep::cli {

int AnnotateFiles(const AnnotateRequest& request,
                  const std::function<void(const document::Document&)>& on_document) {
  auto pipe = pipeline::Pipeline::Create({request.until});
  if (!pipe.ok()) {
    std::cerr << "sitrep: cannot load the pipeline: " << pipe.status().ToString() << "\n";
    return 2;
  }
  int failures = 0;
  ingest::ReadPaths(
      request.paths, request.read,
      [&](document::Document&& doc) {
        Status s = (*pipe)->Run(doc);
        if (!s.ok()) {
          std::cerr << doc.source << ": " << s.message() << "\n";
          ++failures;
          return;
        }
        on_document(doc);
      },
      [&](const ingest::InputError& e) {
        std::cerr << e.source << ": " << e.reason << "\n";
        ++failures;
      });
  return failures ? 1 : 0;
}

void AddInputOptions(CLI::App& sub, AnnotateRequest& request) {
  sub.add_option("files", request.paths, "Input files (.txt .md .html .jsonl), directories, or -")
      ->required();
  sub.add_option("--published", request.read.published,
                 "Publication date YYYY-MM-DD (overrides metadata and inference)")
      ->check([](const std::string& v) {
        return Date::Parse(v) ? std::string() : "expected YYYY-MM-DD, got '" + v + "'";
      });
  sub.add_option("--lang", request.read.lang, "Language code (en, ja, ar); default: detect");
}

}  // namespace sitrep::cli
