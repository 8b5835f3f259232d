// GeoJSON FeatureCollection of located events.
#include "sitrep/export/geojson.h"

#include "sitrep/document/json.h"

namespace sitrep::exporter {

nlohmann::ordered_json EventsToGeoJson(const std::vector<store::StoredEvent>& events,
                                       size_t* skipped) {
  using ojson = nlohmann::ordered_json;
  ojson features = ojson::array();
  size_t left_out = 0;
  for (const auto& stored : events) {
    const document::Event& e = stored.event;
    if (!e.place || !e.place->lat || !e.place->lon) {
      ++left_out;
      continue;
    }
    ojson props = document::EventToJson(e);
    props["location"] = e.place->name;
    props["actor1_name"] = e.actor1 ? ojson(e.actor1->name) : ojson(nullptr);
    props["actor2_name"] = e.actor2 ? ojson(e.actor2->name) : ojson(nullptr);
    props["timestamp"] = stored.stored_at;
    features.push_back({{"type", "Feature"},
                        {"id", e.id},
                        {"geometry", {{"type", "Point"},
                                      {"coordinates", {*e.place->lon, *e.place->lat}}}},
                        {"properties", props}});
  }
  if (skipped) *skipped = left_out;
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace sitrep::exporter
