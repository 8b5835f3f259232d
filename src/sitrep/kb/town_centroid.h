// Where a division lies and how many live there, from the towns inside it:
// the gazetteer compiler places first-level divisions (gazetteer_admin1.cc)
// and US counties (gazetteer_counties.cc) at the middle of the extent of their
// cities500 towns and gives them the towns' summed population. GeoNames (whose
// points geoparsing gold uses) puts a division near the middle of its
// territory, not where its people live: a population-weighted centre pulls
// California to Los Angeles (163 km off), Ontario to Toronto (680 km), New
// South Wales to Sydney (460 km), while the middle of the towns' extent is
// within 40-200 km of all three. The extent is taken on each axis after
// dropping a lone outlying town separated from the rest by more than
// kOutlierGap of the extent and 2 degrees (Easter Island in Valparaíso, a town filed under
// the wrong division), and longitudes are unwrapped around the towns' mean
// direction so a division across the antimeridian is not put on the far side
// of the world. Measured on GeoWebNews' first-level gold points: 199 -> 245
// of 255 within 161 km.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sitrep::kb {

class TownCentroid {
 public:
  // A town at the end of an axis further than this share of the extent, and
  // than kOutlierDegrees, from the next one is an outlier (repeatedly, while
  // at least 3 towns remain). The absolute bound keeps the last towns of a
  // small or tightly clustered division: dropping a town less than 2 degrees
  // out moves the middle by under a degree anyway.
  static constexpr double kOutlierGap = 0.4;
  static constexpr double kOutlierDegrees = 2.0;

  void Add(double lat, double lon, uint64_t population) {
    lats_.push_back(lat);
    lons_.push_back(lon);
    x_ += std::cos(lon * kRad);
    y_ += std::sin(lon * kRad);
    population_ += population;
  }
  bool empty() const { return lats_.empty(); }
  double lat() const { return Middle(lats_); }
  double lon() const {
    const double mean = std::atan2(y_, x_) / kRad;
    std::vector<double> unwrapped;
    unwrapped.reserve(lons_.size());
    for (double l : lons_) unwrapped.push_back(Wrap(l - mean) + mean);
    return Wrap(Middle(unwrapped));
  }
  // The summed population, capped to the gazetteer's 32-bit field.
  uint32_t population() const { return static_cast<uint32_t>(std::min<uint64_t>(population_, 0xFFFFFFFFu)); }

 private:
  static constexpr double kRad = M_PI / 180.0;

  // Into [-180, 180).
  static double Wrap(double deg) { return deg - 360.0 * std::floor((deg + 180.0) / 360.0); }

  // The middle of the values' extent once lone outliers at either end are dropped.
  static double Middle(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t lo = 0, hi = v.size() - 1;
    while (hi - lo >= 2) {
      const double extent = v[hi] - v[lo];
      if (extent <= 0) break;
      const double gap = std::max(kOutlierGap * extent, kOutlierDegrees);
      if (v[lo + 1] - v[lo] > gap) {
        ++lo;
      } else if (v[hi] - v[hi - 1] > gap) {
        --hi;
      } else {
        break;
      }
    }
    return (v[lo] + v[hi]) / 2.0;
  }

  std::vector<double> lats_, lons_;
  double x_ = 0, y_ = 0;
  uint64_t population_ = 0;
};

}  // namespace sitrep::kb
