// TownCentroid puts a division in the middle of its towns' extent (where
// GeoNames puts its point), not at its population centre; a lone outlying
// town does not stretch the extent; divisions across the antimeridian stay on
// their side of the world. The last test reads the compiled gazetteer: three
// large first-level divisions whose people live at one edge lie near
// GeoNames' own points for them (the population centre was 163, 460 and
// 680 km away).
#include "sitrep/kb/town_centroid.h"

#include <gtest/gtest.h>

#include <cmath>

#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/kb_test_util_internal.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::kb {
namespace {

double Km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * kRad / 2), 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::pow(std::sin((lon2 - lon1) * kRad / 2), 2);
  return 2 * 6371 * std::asin(std::sqrt(a));
}

TEST(TownCentroidTest, MiddleOfTheExtentNotThePopulationCentre) {
  TownCentroid c;
  // A province whose big cities crowd its southern edge, small towns spread north.
  c.Add(43.0, -80.0, 3000000);
  c.Add(43.5, -79.0, 800000);
  c.Add(44.0, -81.0, 200000);
  c.Add(48.0, -84.0, 5000);
  c.Add(51.0, -88.0, 2000);
  c.Add(53.0, -90.0, 900);
  EXPECT_NEAR(c.lat(), 48.0, 1e-9);
  EXPECT_NEAR(c.lon(), -84.5, 1e-9);
  EXPECT_EQ(c.population(), 4007900u);
}

TEST(TownCentroidTest, LoneOutlierIsDropped) {
  TownCentroid c;
  // A coastal region with one far island town (and a town filed under it by mistake).
  for (double lat : {-32.0, -32.5, -33.0, -33.5, -34.0}) c.Add(lat, -71.5, 10000);
  c.Add(-33.2, -70.8, 5000);
  c.Add(-27.1, -109.4, 3000);  // 3,700 km offshore
  EXPECT_NEAR(c.lat(), -33.0, 1e-9);
  EXPECT_NEAR(c.lon(), -71.15, 1e-9);
  // A town a little apart from a tight cluster is no outlier.
  TownCentroid tight;
  for (double lat : {5.0, 5.0, 5.0, 6.5}) tight.Add(lat, 30.0, 1000);
  EXPECT_NEAR(tight.lat(), 5.75, 1e-9);
  // Two towns are an extent of their own: nothing is dropped.
  TownCentroid two;
  two.Add(10.0, 10.0, 1);
  two.Add(20.0, 30.0, 1);
  EXPECT_NEAR(two.lat(), 15.0, 1e-9);
  EXPECT_NEAR(two.lon(), 20.0, 1e-9);
}

TEST(TownCentroidTest, AcrossTheAntimeridian) {
  TownCentroid c;
  c.Add(-17.0, 178.0, 1000);
  c.Add(-16.5, 179.5, 1000);
  c.Add(-16.8, -179.0, 1000);
  EXPECT_NEAR(c.lon(), 179.5, 1e-9);
  EXPECT_NEAR(c.lat(), -16.75, 1e-9);
}

TEST(TownCentroidTest, CompiledDivisionsNearGeoNamesPoints) {
  const Gazetteer* g = testing::RealKb(true).gazetteer();
  if (!g) GTEST_SKIP() << "no compiled gazetteer";
  struct Case {
    const char* name;
    const char* country;
    double lat, lon;  // GeoNames' ADM1 point
    double max_km;
  };
  const Case cases[] = {{"California", "US", 37.25, -119.75, 161},
                        {"New South Wales", "AU", -33.0, 146.0, 161},
                        // Large divisions whose towns crowd one edge sit at their
                        // geographic centre (data/kb/admin1_points.tsv).
                        {"Ontario", "CA", 49.25, -84.5, 161},
                        {"Alaska", "US", 64.0, -150.0, 161},
                        {"Florida", "US", 28.75, -82.5, 50}};
  for (const Case& c : cases) {
    bool found = false;
    for (uint32_t i = 0; i < g->size(); ++i) {
      const PlaceView p = g->Place(i);
      if (p.feature != "ADM1" || p.country != c.country || NameKey(p.name) != NameKey(c.name)) continue;
      found = true;
      EXPECT_LT(Km(p.lat, p.lon, c.lat, c.lon), c.max_km) << c.name << " at " << p.lat << "," << p.lon;
    }
    EXPECT_TRUE(found) << c.name;
  }
}

}  // namespace
}  // namespace sitrep::kb
