// `sitrep entities FILE…`: run the pipeline up to the entities stage and print
// the linked mentions (DESIGN §3 records as JSON Lines, or a table), then the
// places nested inside them (marked "nested").
#include <cstdio>
#include <iostream>

#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/document/json.h"

namespace sitrep::cli {
namespace {

void PrintRow(const document::Document& doc, const document::Mention& m) {
  const auto& e = m.entity;
  std::string where = "-";
  if (e && e->lat) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f,%.3f", *e->lat, *e->lon);
    where = buf;
  }
  std::cout << doc.id() << "\t" << m.text << "\t" << document::MentionKindName(m.kind) << "\t"
            << (e ? e->name : "(unlinked)") << "\t" << (e ? e->id : "-") << "\t" << where << "\t"
            << (e ? e->country : "") << "\t" << m.method << "\t" << m.score
            << (m.dateline ? "\tdateline" : "") << (m.nested ? "\tnested" : "") << "\n";
}

CommandRegistrar registrar(
    "entities", "Print the place, country, actor and person mentions found and what they link to",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto format = std::make_shared<std::string>();
      AddInputOptions(sub, *request);
      AddFormatOption(sub, *format, {"jsonl", "table"});
      return [request, format] {
        request->until = pipeline::Until::kEntities;
        if (*format == "table") {
          std::cout << "doc\ttext\tkind\tentity\tid\tlat,lon\tcountry\tmethod\tscore\n";
        }
        return AnnotateFiles(*request, [&](const document::Document& doc) {
          for (const auto& d : doc.diagnostics) {
            if (d.stage == "entities") std::cerr << "warning: " << doc.id() << ": " << d.message << "\n";
          }
          for (const auto* list : {&doc.mentions, &doc.nested_mentions}) {
            for (const auto& m : *list) {
              if (*format == "jsonl") std::cout << document::MentionToJson(doc, m).dump() << "\n";
              else PrintRow(doc, m);
            }
          }
        });
      };
    },
    25);

}  // namespace
}  // namespace sitrep::cli
