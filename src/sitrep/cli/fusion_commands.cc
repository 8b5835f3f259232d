// `sitrep fuse [--db] [--rebuild]`: bring fusion up to date (ingest does it
// after every run; --rebuild recomputes from scratch, to the same result).
// `sitrep control [--db] [--place NAME] [--at YYYY-MM-DD] [--format
// table|jsonl|geojson]`: who held which place, as intervals with their basis;
// --at keeps the intervals that hold on that day.
#include <iostream>

#include "sitrep/cli/command.h"
#include "sitrep/export/fused_export.h"
#include "sitrep/cli/fusion_run.h"
#include "sitrep/cli/store_open.h"
#include "sitrep/document/fused_json.h"

namespace sitrep::cli {
namespace {

int RunFuse(const std::string& db, bool rebuild) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("fuse", opened.status());
  if (Status s = RunFusion(**opened, rebuild, "fuse"); !s.ok()) {
    std::cerr << "sitrep fuse: " << s.message() << "\n";
    return 1;
  }
  return 0;
}

int RunControl(const std::string& db, const store::ControlQuery& query, const std::string& format) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("control", opened.status());
  auto intervals = (*opened)->QueryControl(query);
  if (!intervals.ok()) {
    std::cerr << "sitrep control: " << intervals.status().message() << "\n";
    return 1;
  }
  if (format == "jsonl") {
    for (const auto& c : *intervals) std::cout << document::ControlIntervalToJson(c).dump() << "\n";
  } else if (format == "geojson") {
    size_t skipped = 0;
    std::cout << exporter::ControlToGeoJson(*intervals, &skipped).dump() << "\n";
    if (skipped) std::cerr << "sitrep control: " << skipped << " interval(s) without coordinates left out\n";
  } else {
    exporter::PrintControlTable(*intervals, std::cout);
  }
  return 0;
}

CommandRegistrar fuse_registrar(
    "fuse", "Bring fusion up to date: fused events across documents, and the control timeline",
    [](CLI::App& sub) -> std::function<int()> {
      auto db = std::make_shared<std::string>();
      auto rebuild = std::make_shared<bool>(false);
      AddDbOption(sub, *db);
      sub.add_flag("--rebuild", *rebuild, "Recompute every fused event and interval from scratch");
      return [db, rebuild] { return RunFuse(*db, *rebuild); };
    },
    14);

CommandRegistrar control_registrar(
    "control", "Who held which place: control intervals with their basis and claims",
    [](CLI::App& sub) -> std::function<int()> {
      auto db = std::make_shared<std::string>();
      auto format = std::make_shared<std::string>();
      auto q = std::make_shared<store::ControlQuery>();
      AddDbOption(sub, *db);
      sub.add_option("--place", q->place, "Place name contains NAME (case-insensitive)");
      sub.add_option("--at", q->at, "Only the intervals that hold on this day (YYYY-MM-DD)")
          ->check(CheckIsoDate);
      AddFormatOption(sub, *format, {"table", "jsonl", "geojson"});
      return [db, format, q] { return RunControl(*db, *q, *format); };
    },
    15);

}  // namespace
}  // namespace sitrep::cli
