// GeoJSON export (RFC 7946): a FeatureCollection with one Point feature per
// event that has a place with coordinates, [lon, lat] as the RFC orders them;
// the properties are the event's JSON record (DESIGN §3) plus ACLED-style
// flat fields for map tools that cannot read nested objects.
#ifndef SITREP_EXPORT_GEOJSON_H_
#define SITREP_EXPORT_GEOJSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "sitrep/store/store.h"

namespace sitrep::exporter {

// Returns the FeatureCollection; `skipped` (if given) receives the number of
// events left out for want of coordinates.
nlohmann::ordered_json EventsToGeoJson(const std::vector<store::StoredEvent>& events,
                                       size_t* skipped = nullptr);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_GEOJSON_H_
