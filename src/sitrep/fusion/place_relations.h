// PlaceRelations: whether the places of two reports can be one place, within
// the precision each report gives (ACLED geo_precision: 1 the town, 2 near it /
// its district, 3 the province or a region). The relations, strongest first:
// the same gazetteer id; the same spot (coordinates a town apart at most); one
// inside the other (a town in the province the other names, anything in the
// country the other names); near, within the radius the coarser precision
// allows; apart but close enough that other evidence could still make them one
// event; far (never one event). Distances are great-circle kilometres.
#ifndef SITREP_FUSION_PLACE_RELATIONS_H_
#define SITREP_FUSION_PLACE_RELATIONS_H_

#include <optional>

#include "sitrep/document/event.h"

namespace sitrep::fusion {

enum class PlaceRelation {
  kUnplaced,       // a report without a place
  kSame,           // the same place id
  kSameSpot,       // different ids, practically the same coordinates
  kInside,         // one lies in the province the other names
  kInsideCountry,  // one lies in the country the other names
  kNear,           // within the radius of the coarser precision
  kApart,          // beyond it, but within kApartKm
  kFar,            // beyond kApartKm, or another country
};

struct PlaceComparison {
  PlaceRelation relation = PlaceRelation::kUnplaced;
  std::optional<double> km;  // when both have coordinates
};

// Radius a place of precision `geo_precision` may stand for, in km. Chosen from
// the size of what each level names: a town's built-up area and the spread of
// gazetteer points for one town (5 km), a district or "near X" (25 km), a
// province of the Levant or Iraq (75 km; larger provinces are caught by the
// admin1 test, not by distance).
double PrecisionRadiusKm(int geo_precision);
// Beyond this two places are never one event's: the width of one blocking
// cell, so blocking never misses a pair that could merge.
inline constexpr double kApartKm = 80.0;
// Coordinates this close are one spot whatever their ids (two gazetteer
// entries for one town, or a town and its centre district).
inline constexpr double kSameSpotKm = 2.0;

// Returns great-circle distance in km (haversine, mean Earth radius).
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// Returns how the places `a` and `b` relate.
PlaceComparison ComparePlaces(const std::optional<document::PlaceRef>& a,
                              const std::optional<document::PlaceRef>& b);

// Returns true when `p` names a whole country ("country:SY").
bool IsCountryPlace(const document::PlaceRef& p);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_PLACE_RELATIONS_H_
