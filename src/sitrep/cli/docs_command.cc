// `sitrep docs [--db] [--format table|jsonl]`: list the stored documents
// (id, language, publication date, size, event count, title).
#include <fmt/format.h>

#include <iostream>

#include "sitrep/base/display.h"
#include "sitrep/base/utf8.h"
#include "sitrep/cli/command.h"
#include "sitrep/export/event_table.h"
#include "sitrep/cli/store_open.h"

namespace sitrep::cli {
using exporter::Cell;
namespace {

using ojson = nlohmann::ordered_json;

// Returns `s` padded to `width` code points, or "~" and its last width-1 code
// points when longer: for ids, which are often paths whose ends differ.
std::string TailCell(const std::string& raw, size_t width) {
  const std::string s = ForDisplay(raw);
  const size_t n = utf8::Length(s);
  if (n <= width) return Cell(s, width);
  size_t pos = 0;
  for (size_t skip = n - (width - 1); skip > 0; --skip) utf8::Next(s, pos);
  return "~" + s.substr(pos);
}

ojson SummaryJson(const store::DocumentSummary& s) {
  return {{"id", s.id}, {"source", s.source}, {"title", s.title}, {"url", s.url},
          {"published", s.published.empty() ? ojson(nullptr) : ojson(s.published)},
          {"published_source", s.published_source}, {"lang", s.lang}, {"bytes", s.bytes},
          {"content_hash", s.content_hash}, {"events", s.event_count},
          {"battles", s.battle_count}, {"stored_at", s.stored_at}};
}

int RunDocs(const std::string& db, const std::string& format) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("docs", opened.status());
  auto docs = (*opened)->ListDocuments();
  if (!docs.ok()) {
    std::cerr << "sitrep docs: " << docs.status().message() << "\n";
    return 1;
  }
  if (format == "jsonl") {
    for (const auto& d : *docs) std::cout << SummaryJson(d).dump() << "\n";
    return 0;
  }
  std::cout << Cell("id", 41) << Cell("lang", 5) << Cell("published", 11) << Cell("bytes", 10)
            << Cell("events", 7) << "title\n";
  for (const auto& d : *docs) {
    std::cout << TailCell(d.id, 40) << " " << Cell(d.lang.empty() ? "-" : d.lang, 5)
              << Cell(d.published.empty() ? "-" : d.published, 11)
              << Cell(std::to_string(d.bytes), 10) << Cell(std::to_string(d.event_count), 7)
              << (d.title.empty() ? "-" : ForDisplay(d.title)) << "\n";
  }
  std::cout << fmt::format("{} document(s)\n", docs->size());
  return 0;
}

CommandRegistrar docs_registrar(
    "docs", "List the documents in the store",
    [](CLI::App& sub) -> std::function<int()> {
      auto db = std::make_shared<std::string>();
      auto format = std::make_shared<std::string>();
      AddDbOption(sub, *db);
      AddFormatOption(sub, *format, {"table", "jsonl"});
      return [db, format] { return RunDocs(*db, *format); };
    },
    11);

}  // namespace
}  // namespace sitrep::cli
