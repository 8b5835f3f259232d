// `sitrep events [--db] [--since D] [--until D] [--place NAME] [--actor NAME]
// [--type T] [--doc ID] [--limit N] [--fused] [--format table|jsonl|acled-csv|geojson]`:
// query the stored events (with --fused, the fused events) and print or export them. Filters as the Store
// contract defines them (store/store.h).
#include <iostream>

#include "sitrep/export/acled_csv.h"
#include "sitrep/cli/command.h"
#include "sitrep/cli/fusion_run.h"
#include "sitrep/export/event_table.h"
#include "sitrep/export/geojson.h"
#include "sitrep/cli/store_open.h"

namespace sitrep::cli {
namespace {

int RunEvents(const std::string& db, const store::EventQuery& query, const std::string& format) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("events", opened.status());
  if (format == "jsonl") {  // the stored records as they are: no decode and re-encode
    auto records = (*opened)->QueryEventRecords(query);
    if (!records.ok()) {
      std::cerr << "sitrep events: " << records.status().message() << "\n";
      return 1;
    }
    for (const auto& r : *records) std::cout << r.json << "\n";
    return 0;
  }
  auto events = (*opened)->QueryEvents(query);
  if (!events.ok()) {
    std::cerr << "sitrep events: " << events.status().message() << "\n";
    return 1;
  }
  if (format == "acled-csv") {
    exporter::WriteAcledCsv(*events, std::cout);
  } else if (format == "geojson") {
    size_t skipped = 0;
    std::cout << exporter::EventsToGeoJson(*events, &skipped).dump() << "\n";
    if (skipped) std::cerr << "sitrep events: " << skipped << " event(s) without coordinates left out\n";
  } else {
    std::vector<document::Event> plain;
    for (const auto& e : *events) plain.push_back(e.event);
    exporter::PrintEventTable(plain, std::cout);
  }
  return 0;
}

CommandRegistrar registrar(
    "events", "Query stored events; print or export them (ACLED CSV, GeoJSON, JSONL)",
    [](CLI::App& sub) -> std::function<int()> {
      auto db = std::make_shared<std::string>();
      auto format = std::make_shared<std::string>();
      auto q = std::make_shared<store::EventQuery>();
      auto fused = std::make_shared<bool>(false);
      AddDbOption(sub, *db);
      sub.add_flag("--fused", *fused,
                   "Fused events: one record per real event across documents and languages");
      sub.add_option("--since", q->since, "Events on or after this date (YYYY-MM-DD)")
          ->check(CheckIsoDate);
      sub.add_option("--until", q->until, "Events on or before this date (YYYY-MM-DD)")
          ->check(CheckIsoDate);
      sub.add_option("--place", q->place, "Place name contains NAME (case-insensitive)");
      sub.add_option("--actor", q->actor, "Actor 1 or 2 name contains NAME (case-insensitive)");
      sub.add_option("--type", q->type, "Event type or sub-event type, e.g. Battles, 'Armed clash'");
      sub.add_option("--doc", q->doc, "Only events of this document id");
      sub.add_option("--limit", q->limit, "At most N events (0 = all)")->check(CLI::NonNegativeNumber);
      AddFormatOption(sub, *format, {"table", "jsonl", "acled-csv", "geojson"});
      return [db, format, q, fused] {
        return *fused ? RunFusedEvents(*db, *q, *format) : RunEvents(*db, *q, *format);
      };
    },
    13);

}  // namespace
}  // namespace sitrep::cli
