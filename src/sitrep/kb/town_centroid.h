// Where a division lies and how many live there, from the towns inside it:
// the gazetteer compiler places first-level divisions (gazetteer_admin1.cc)
// and US counties (gazetteer_counties.cc) at the sqrt(population)-weighted
// centre of their cities500 towns, longitudes averaged on the circle so a
// division across the antimeridian is not put on the far side of the world,
// and gives them the towns' summed population. A plain accumulator.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace sitrep::kb {

class TownCentroid {
 public:
  void Add(double lat, double lon, uint64_t population) {
    const double w = std::sqrt(population + 1.0);
    w_ += w;
    lat_ += w * lat;
    x_ += w * std::cos(lon * kRad);
    y_ += w * std::sin(lon * kRad);
    population_ += population;
  }
  bool empty() const { return w_ <= 0; }
  double lat() const { return lat_ / w_; }
  double lon() const { return std::atan2(y_, x_) / kRad; }
  // The summed population, capped to the gazetteer's 32-bit field.
  uint32_t population() const { return static_cast<uint32_t>(std::min<uint64_t>(population_, 0xFFFFFFFFu)); }

 private:
  static constexpr double kRad = M_PI / 180.0;
  double w_ = 0, lat_ = 0, x_ = 0, y_ = 0;
  uint64_t population_ = 0;
};

}  // namespace sitrep::kb
