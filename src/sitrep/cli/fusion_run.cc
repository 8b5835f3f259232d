// Fusion for the store commands (see the header).
#include "sitrep/cli/fusion_run.h"

#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "sitrep/export/fused_export.h"
#include "sitrep/cli/store_open.h"
#include "sitrep/document/fused_json.h"
#include "sitrep/fusion/store_fusion.h"
#include "sitrep/kb/knowledge_base.h"

namespace sitrep::cli {

StatusOr<std::unique_ptr<fusion::Fuser>> LoadFuser() {
  kb::KbOptions options;
  options.gazetteer_path = "-";  // affiliations only: the actor dictionary suffices
  SITREP_ASSIGN_OR_RETURN(auto kb, kb::KnowledgeBase::Load(options));
  fusion::FusionOptions fusion_options;
  for (const auto& a : kb->actors()) {
    if (!a.affiliation.empty()) {
      fusion_options.affiliation[a.id] = a.affiliation;
    } else if (a.inter == 1 && !a.country.empty()) {
      // A state's top actor (its government) belongs to the country itself, so
      // that a claim made in the country's name ("the Russian defence ministry
      // said", claimant country:RU) is on the side of its forces.
      fusion_options.affiliation[a.id] = "country:" + a.country;
    }
  }
  return std::make_unique<fusion::Fuser>(std::move(fusion_options));
}

Status RunFusion(store::Store& store, bool rebuild, const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  SITREP_ASSIGN_OR_RETURN(auto fuser, LoadFuser());
  SITREP_ASSIGN_OR_RETURN(fusion::FusionRun run, fusion::UpdateFusion(store, *fuser, rebuild));
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!run.rebuilt && run.documents == 0) {
    std::cerr << "sitrep " << command << ": fusion up to date\n";
    return OkStatus();
  }
  std::cerr << fmt::format(
      "sitrep {}: fusion {} {} document(s): {} event(s) clustered, {} fused event(s) written, {} "
      "replaced or dropped, control of {} place(s) — {:.2f} s\n",
      command, run.rebuilt ? "rebuilt from" : "took in", run.documents, run.events,
      run.fused_written, run.fused_removed, run.places, secs);
  return OkStatus();
}

int RunFusedEvents(const std::string& db, const store::EventQuery& q, const std::string& format) {
  auto opened = OpenStore(db, /*create=*/false);
  if (!opened.ok()) return ReportOpenError("events", opened.status());
  store::FusedQuery fq{q.since, q.until, q.place, q.actor, q.type};
  if (!q.doc.empty()) fq.docs = {q.doc};
  fq.limit = q.limit;
  auto fused = (*opened)->QueryFusedEvents(fq);
  if (!fused.ok()) {
    std::cerr << "sitrep events: " << fused.status().message() << "\n";
    return 1;
  }
  if (format == "jsonl") {
    for (const auto& f : *fused) std::cout << document::FusedEventToJson(f).dump() << "\n";
  } else if (format == "acled-csv") {
    exporter::WriteFusedAcledCsv(*fused, std::cout);
  } else if (format == "geojson") {
    size_t skipped = 0;
    std::cout << exporter::FusedToGeoJson(*fused, &skipped).dump() << "\n";
    if (skipped) std::cerr << "sitrep events: " << skipped << " fused event(s) without coordinates left out\n";
  } else {
    exporter::PrintFusedTable(*fused, std::cout);
  }
  return 0;
}

}  // namespace sitrep::cli
