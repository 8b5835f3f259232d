// Output of the fusion records (`events --fused`, `control`): tables, the ACLED
// CSV of fused events (ACLED's columns; `source` lists the outlets that
// reported the event, `notes` summarises its claims, contradictions and
// fatality range, `fatalities` is the low figure, ACLED's rule) and GeoJSON
// (one Point per located record, properties = the JSON record plus flat
// fields for map tools).
#ifndef SITREP_EXPORT_FUSED_EXPORT_H_
#define SITREP_EXPORT_FUSED_EXPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "sitrep/document/fused.h"

namespace sitrep::exporter {

// Returns the ACLED `notes` text of `f`: reports, claims, contradictions, range.
std::string FusedNotes(const document::FusedEvent& f);

void PrintFusedTable(const std::vector<document::FusedEvent>& fused, std::ostream& out);
void WriteFusedAcledCsv(const std::vector<document::FusedEvent>& fused, std::ostream& out);
nlohmann::ordered_json FusedToGeoJson(const std::vector<document::FusedEvent>& fused,
                                      size_t* skipped = nullptr);

void PrintControlTable(const std::vector<document::ControlInterval>& intervals, std::ostream& out);
nlohmann::ordered_json ControlToGeoJson(const std::vector<document::ControlInterval>& intervals,
                                        size_t* skipped = nullptr);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_FUSED_EXPORT_H_
