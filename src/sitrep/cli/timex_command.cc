// `sitrep timex FILE…`: run the pipeline through the time stage and print the
// normalized time expressions, each with the anchor (publication date) used.
#include <iostream>

#include <fmt/format.h>

#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/document/json.h"

namespace sitrep::cli {
namespace {

// Returns `surface` with no-break spaces shown as plain spaces: the printed
// "text" is for reading and matching against hand-written gold; the byte span
// (start, end) still indexes the verbatim document.
std::string DisplayText(std::string surface) {
  static const std::string kNbsp = "\xC2\xA0";
  for (size_t p = surface.find(kNbsp); p != std::string::npos; p = surface.find(kNbsp, p)) {
    surface.replace(p, kNbsp.size(), " ");
  }
  return surface;
}

void PrintTableRow(const document::Document& doc, const document::TimeExpr& t) {
  std::cout << fmt::format("{:<28} {:>6} {:>6}  {:<8} {:<24} {:<10}  {}\n", doc.id(), t.span.begin,
                           t.span.end, document::TimexTypeName(t.type), t.value,
                           t.anchor.empty() ? "-" : t.anchor, DisplayText(t.text));
}

CommandRegistrar registrar(
    "timex", "Print the normalized time expressions found in files",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto format = std::make_shared<std::string>();
      AddInputOptions(sub, *request);
      AddFormatOption(sub, *format, {"jsonl", "table"});
      request->until = pipeline::Until::kTime;
      return [request, format] {
        if (*format == "table") {
          std::cout << fmt::format("{:<28} {:>6} {:>6}  {:<8} {:<24} {:<10}  {}\n", "doc", "start",
                                   "end", "type", "value", "anchor", "text");
        }
        return AnnotateFiles(*request, [&](const document::Document& doc) {
          for (const auto& t : doc.timexes) {
            if (*format == "table") {
              PrintTableRow(doc, t);
              continue;
            }
            auto j = document::TimexToJson(doc, t);
            j["text"] = DisplayText(t.text);
            std::cout << j.dump() << "\n";
          }
        });
      };
    },
    40);

}  // namespace
}  // namespace sitrep::cli
