// Pass "places": the event's place from the trigger's arguments, with ACLED's
// geo_precision (1 the town, 2 near it or its district, 3 a province or
// region).
#include <algorithm>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void AssignPlace(Candidate& c) {
  if (!c.args.place) return;
  const auto& p = c.args.place->entity;
  c.event.place = document::PlaceRef{p.id,      p.name,     p.lat, p.lon, p.country,
                                     p.admin1, std::max(GeoPrecisionOf(p), c.args.place_near ? 2 : 1)};
  c.subnational_place = IsSubNational(p);
  c.trace.push_back("place " + p.name + (c.args.place_near ? " (near)" : ""));
}

}  // namespace sitrep::events
