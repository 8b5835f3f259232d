// Place relations by id, administrative containment and distance.
#include "sitrep/fusion/place_relations.h"

#include <algorithm>
#include <cmath>

namespace sitrep::fusion {
namespace {

// Returns true when `region` is a province-level place that contains `p`: a
// place of precision 3 whose admin1 (or name) is p's admin1, in one country.
bool ProvinceContains(const document::PlaceRef& region, const document::PlaceRef& p) {
  if (region.geo_precision < 3 || IsCountryPlace(region) || p.admin1.empty()) return false;
  if (!region.country.empty() && !p.country.empty() && region.country != p.country) return false;
  return region.admin1 == p.admin1 || region.name == p.admin1;
}

bool CountryContains(const document::PlaceRef& country, const document::PlaceRef& p) {
  return IsCountryPlace(country) && !p.country.empty() && country.country == p.country;
}

}  // namespace

double PrecisionRadiusKm(int geo_precision) {
  if (geo_precision <= 1) return 5.0;
  if (geo_precision == 2) return 25.0;
  return 75.0;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool IsCountryPlace(const document::PlaceRef& p) { return p.id.rfind("country:", 0) == 0; }

PlaceComparison ComparePlaces(const std::optional<document::PlaceRef>& a,
                              const std::optional<document::PlaceRef>& b) {
  PlaceComparison out;
  if (!a || !b) return out;
  if (a->lat && a->lon && b->lat && b->lon) out.km = DistanceKm(*a->lat, *a->lon, *b->lat, *b->lon);
  if (!a->id.empty() && a->id == b->id) {
    out.relation = PlaceRelation::kSame;
    return out;
  }
  if (!a->country.empty() && !b->country.empty() && a->country != b->country) {
    out.relation = PlaceRelation::kFar;
    return out;
  }
  if (out.km && *out.km <= kSameSpotKm) {
    out.relation = PlaceRelation::kSameSpot;
  } else if (ProvinceContains(*a, *b) || ProvinceContains(*b, *a)) {
    out.relation = PlaceRelation::kInside;
  } else if (CountryContains(*a, *b) || CountryContains(*b, *a)) {
    out.relation = PlaceRelation::kInsideCountry;
  } else if (!out.km) {
    out.relation = PlaceRelation::kFar;  // nothing to measure: no evidence they are one place
  } else if (*out.km <= std::max(PrecisionRadiusKm(a->geo_precision),
                                 PrecisionRadiusKm(b->geo_precision))) {
    out.relation = PlaceRelation::kNear;
  } else {
    out.relation = *out.km <= kApartKm ? PlaceRelation::kApart : PlaceRelation::kFar;
  }
  return out;
}

}  // namespace sitrep::fusion
