// `sitrep show DOC [--db] [--format table|jsonl]`: one stored document. table:
// metadata, the verbatim text, then its events as the event table; jsonl: one
// object with the metadata, text and every stored layer (events, battles,
// mentions, timexes).
#include <fmt/format.h>

#include <ctime>
#include <iostream>

#include "sitrep/base/display.h"
#include "sitrep/cli/command.h"
#include "sitrep/export/event_table.h"
#include "sitrep/cli/store_open.h"
#include "sitrep/document/json.h"
#include "sitrep/ingest/reader.h"

namespace sitrep::cli {
namespace {

using ojson = nlohmann::ordered_json;

std::string UtcTime(int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void PrintShowTable(const store::StoredDocument& d) {
  const auto& s = d.summary;
  auto line = [](const char* key, const std::string& value) {
    std::cout << fmt::format("{:<11}{}\n", key, value.empty() ? "-" : ForDisplay(value));
  };
  line("id:", s.id);
  line("source:", s.source);
  line("title:", s.title);
  line("url:", s.url);
  line("published:", s.published.empty() ? "" : s.published + " (" + s.published_source + ")");
  line("lang:", s.lang);
  line("bytes:", std::to_string(s.bytes));
  line("hash:", s.content_hash);
  line("stored:", UtcTime(s.stored_at));
  line("layers:", fmt::format("{} event(s), {} battle record(s), {} mention(s), {} timex(es)",
                              s.event_count, s.battle_count, d.mentions.size(), d.timexes.size()));
  // The text as stored, but inert: an escape sequence in it is shown, not obeyed.
  const std::string text = ForDisplay(d.doc.text(), DisplayLines::kKeep);
  std::cout << "\n" << text;
  if (!text.empty() && text.back() != '\n') std::cout << "\n";
  std::cout << "\n";
}


ojson ShowJson(const store::StoredDocument& d) {
  ojson j = document::DocumentMetaToJson(d.doc, /*with_text=*/true);
  j["content_hash"] = d.summary.content_hash;
  j["stored_at"] = d.summary.stored_at;
  ojson events = ojson::array(), battles = ojson::array();
  for (const auto& e : d.doc.events) events.push_back(document::EventToJson(e));
  for (const auto& b : d.doc.battles) battles.push_back(document::BattleToJson(b));
  j["events"] = events;
  j["battles"] = battles;
  j["mentions"] = d.mentions;
  j["timexes"] = d.timexes;
  return j;
}

int RunShow(const std::string& db, const std::string& id, const std::string& format) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("show", opened.status());
  auto doc = (*opened)->GetDocument(id);
  if (!doc.ok() && doc.status().code() == StatusCode::kNotFound && id != "-") {
    // A file's id is its canonical path: `show dir/a.txt` finds it however typed.
    const std::string file_id = ingest::DocumentIdForPath(id);
    if (file_id != id) {
      auto by_path = (*opened)->GetDocument(file_id);
      if (by_path.ok()) doc = std::move(by_path);
    }
  }
  if (!doc.ok()) {
    std::cerr << "sitrep show: " << ForDisplay(doc.status().message()) << "\n";
    return 1;
  }
  if (format == "jsonl") {
    std::cout << ShowJson(*doc).dump() << "\n";
    return 0;
  }
  PrintShowTable(*doc);
  exporter::PrintEventTable(doc->doc.events, std::cout);
  return 0;
}

CommandRegistrar show_registrar(
    "show", "Print one stored document: metadata, text and events",
    [](CLI::App& sub) -> std::function<int()> {
      auto db = std::make_shared<std::string>();
      auto format = std::make_shared<std::string>();
      auto id = std::make_shared<std::string>();
      sub.add_option("doc", *id, "Document id (as `sitrep docs` lists it), or a file's path")
          ->required();
      AddDbOption(sub, *db);
      AddFormatOption(sub, *format, {"table", "jsonl"});
      return [db, format, id] { return RunShow(*db, *id, *format); };
    },
    12);

}  // namespace
}  // namespace sitrep::cli
