// Tables, ACLED CSV and GeoJSON of fused events and control intervals. The
// ACLED CSV reuses the event exporter on a representative event whose claims
// are the outlets and whose evidence is the notes.
#include "sitrep/export/fused_export.h"

#include <fmt/format.h>

#include <set>

#include "sitrep/export/acled_csv.h"
#include "sitrep/export/event_table.h"
#include "sitrep/document/fused_json.h"

namespace sitrep::exporter {
namespace {

using ojson = nlohmann::ordered_json;

std::vector<std::string> Outlets(const document::FusedEvent& f) {
  std::vector<std::string> out;
  for (const auto& s : f.sources) {
    const std::string name = s.outlet.empty() ? s.doc : s.outlet;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string Range(const document::FusedEvent& f) {
  if (!f.fatalities) return "-";
  const auto& r = *f.fatalities;
  return fmt::format("{}/{}/{}{}", r.low, r.best, r.high, r.partisan ? " (partisan)" : "");
}

ojson Point(const document::PlaceRef& p) {
  return {{"type", "Point"}, {"coordinates", {*p.lon, *p.lat}}};
}

}  // namespace

std::string FusedNotes(const document::FusedEvent& f) {
  std::vector<std::string> parts;
  parts.push_back(fmt::format("{} report(s) from {}", f.sources.size(), Join(Outlets(f), ", ")));
  std::vector<std::string> claims;
  for (const auto& c : f.claims) {
    const std::string s = c.source.name + (c.stance == document::Stance::kDenies ? " denies" : " asserts");
    if (std::find(claims.begin(), claims.end(), s) == claims.end()) claims.push_back(s);
  }
  if (!claims.empty()) parts.push_back("claims: " + Join(claims, ", "));
  for (const auto& c : f.contradictions) {
    std::vector<std::string> values;
    for (const auto& v : c.values) values.push_back(fmt::format("{} ({})", v.value, v.sources.size()));
    parts.push_back("contradiction on " + c.field + ": " + Join(values, " vs "));
  }
  if (f.fatalities) parts.push_back("fatalities low/best/high " + Range(f));
  for (const auto& fig : f.fatality_figures) {
    if (fig.partisan) parts.push_back(fmt::format("partisan claim {} by {}", fig.value, fig.source));
    if (fig.cumulative) parts.push_back(fmt::format("cumulative toll {} by {}", fig.value, fig.source));
  }
  return Join(parts, "; ");
}

void PrintFusedTable(const std::vector<document::FusedEvent>& fused, std::ostream& out) {
  out << Cell("date", 11) << Cell("type", 34) << Cell("actor1", 26) << Cell("actor2", 24)
      << Cell("place", 16) << Cell("killed l/b/h", 14) << Cell("reports", 8) << "contradictions\n";
  for (const auto& f : fused) {
    const auto& e = f.event;
    std::vector<std::string> fields;
    for (const auto& c : f.contradictions) fields.push_back(c.field);
    out << Cell(e.date.value_or("?"), 11) << Cell(e.sub_event_type, 34)
        << Cell(e.actor1 ? e.actor1->name : "-", 26) << Cell(e.actor2 ? e.actor2->name : "-", 24)
        << Cell(e.place ? e.place->name : "-", 16) << Cell(Range(f), 14)
        << Cell(std::to_string(f.sources.size()), 8) << (fields.empty() ? "-" : Join(fields, ", "))
        << (e.negated ? " [denied]" : "") << "\n";
  }
  out << fmt::format("{} fused event(s)\n", fused.size());
}

void WriteFusedAcledCsv(const std::vector<document::FusedEvent>& fused, std::ostream& out) {
  std::vector<store::StoredEvent> rows;
  for (const auto& f : fused) {
    store::StoredEvent row;
    row.event = f.event;
    row.event.id = f.id;
    row.event.claims.clear();
    for (const auto& outlet : Outlets(f)) row.event.claims.push_back({{"", outlet, 0}});
    row.event.evidence.sentence = FusedNotes(f);
    row.event.fatalities = f.fatalities ? std::optional<long>(f.fatalities->low) : std::nullopt;
    rows.push_back(std::move(row));
  }
  WriteAcledCsv(rows, out);
}

ojson FusedToGeoJson(const std::vector<document::FusedEvent>& fused, size_t* skipped) {
  ojson features = ojson::array();
  size_t left_out = 0;
  for (const auto& f : fused) {
    const auto& p = f.event.place;
    if (!p || !p->lat || !p->lon) {
      ++left_out;
      continue;
    }
    ojson props = document::FusedEventToJson(f);
    props["location"] = p->name;
    props["actor1_name"] = f.event.actor1 ? ojson(f.event.actor1->name) : ojson(nullptr);
    props["actor2_name"] = f.event.actor2 ? ojson(f.event.actor2->name) : ojson(nullptr);
    props["fatalities_low"] = f.fatalities ? ojson(f.fatalities->low) : ojson(nullptr);
    props["fatalities_best"] = f.fatalities ? ojson(f.fatalities->best) : ojson(nullptr);
    props["fatalities_high"] = f.fatalities ? ojson(f.fatalities->high) : ojson(nullptr);
    props["reports"] = f.sources.size();
    features.push_back({{"type", "Feature"}, {"id", f.id}, {"geometry", Point(*p)}, {"properties", props}});
  }
  if (skipped) *skipped = left_out;
  return {{"type", "FeatureCollection"}, {"features", features}};
}

void PrintControlTable(const std::vector<document::ControlInterval>& intervals, std::ostream& out) {
  out << Cell("place", 20) << Cell("controller", 34) << Cell("from", 11) << Cell("until", 11)
      << Cell("contested", 10) << "basis\n";
  for (const auto& c : intervals) {
    out << Cell(c.place.name, 20) << Cell(c.controller ? c.controller->name : "(nobody known)", 34)
        << Cell(c.from.empty() ? "..." : c.from, 11) << Cell(c.until.empty() ? "..." : c.until, 11)
        << Cell(c.contested ? "yes" : "-", 10) << c.basis.size() << " fused event(s)\n";
  }
  out << fmt::format("{} interval(s)\n", intervals.size());
}

ojson ControlToGeoJson(const std::vector<document::ControlInterval>& intervals, size_t* skipped) {
  ojson features = ojson::array();
  size_t left_out = 0;
  for (const auto& c : intervals) {
    if (!c.place.lat || !c.place.lon) {
      ++left_out;
      continue;
    }
    ojson props = document::ControlIntervalToJson(c);
    props["location"] = c.place.name;
    props["controller_name"] = c.controller ? ojson(c.controller->name) : ojson(nullptr);
    features.push_back({{"type", "Feature"}, {"geometry", Point(c.place)}, {"properties", props}});
  }
  if (skipped) *skipped = left_out;
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace sitrep::exporter
