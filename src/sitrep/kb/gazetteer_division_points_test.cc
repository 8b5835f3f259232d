// GazetteerWriter::ReadDivisionPoints: a curated centre replaces a division's
// town-derived point, only when the row's code and name are the division's.
#include <unistd.h>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>

#include "sitrep/base/file.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::kb {
namespace {

class DivisionPointsTest : public ::testing::Test {
 protected:
  std::string Temp(const std::string& name, const std::string& contents) {
    const std::string path = ::testing::TempDir() + "/division_points_" + std::to_string(getpid()) + "_" + name;
    EXPECT_TRUE(WriteFileAtomically(path, contents).ok());
    return path;
  }
  // Compiles the small GeoNames table plus two governorates (Homs 11, Aleppo
  // 09), then `points` if given; returns each ADM1's point by name.
  std::map<std::string, std::pair<double, double>> Compile(const std::string& points, size_t* applied) {
    GazetteerWriter w;
    EXPECT_TRUE(w.ReadGeoNamesTable(sitrep::testing::TestDataPath("kb/geonames_small.txt"), true, nullptr).ok());
    const std::string json = Temp("admin1.json", R"({"SY": {"regions": [
      {"name": "Homs", "admin": "11", "names": {"en": "Homs Governorate"}, "reference": {"geonames": 900011}},
      {"name": "Aleppo", "admin": "09", "names": {"en": "Aleppo Governorate"}, "reference": {"geonames": 900009}}]}})");
    EXPECT_TRUE(w.ReadAdmin1Json(json, "").ok());
    if (!points.empty()) {
      const Status s = w.ReadDivisionPoints(Temp("points.tsv", points), applied);
      EXPECT_TRUE(s.ok()) << s.ToString();
    }
    const std::string out = Temp("g.bin", "");
    EXPECT_TRUE(w.Write(out).ok());
    auto g = Gazetteer::Open(out);
    EXPECT_TRUE(g.ok());
    std::map<std::string, std::pair<double, double>> at;
    if (!g.ok()) return at;
    for (uint32_t i = 0; i < (*g)->size(); ++i) {
      const PlaceView p = (*g)->Place(i);
      if (p.feature == "ADM1") at[std::string(p.name)] = {p.lat, p.lon};
    }
    return at;
  }
};

TEST_F(DivisionPointsTest, ACuratedCentreReplacesTheTownPoint) {
  const auto towns = Compile("", nullptr);
  ASSERT_EQ(towns.size(), 2u);
  size_t applied = 0;
  // Homs's row is its own; the second row names another division for Aleppo's
  // code and moves nothing.
  const auto at = Compile("# country admin1 lat lon name\n"
                          "SY\t11\t34.60\t38.10\tHoms Governorate\n"
                          "SY\t09\t35.90\t38.50\tIdlib Governorate\n",
                          &applied);
  EXPECT_EQ(applied, 1u);
  EXPECT_NEAR(at.at("Homs Governorate").first, 34.60, 1e-3);
  EXPECT_NEAR(at.at("Homs Governorate").second, 38.10, 1e-3);
  EXPECT_NE(towns.at("Homs Governorate").second, at.at("Homs Governorate").second);
  EXPECT_NEAR(at.at("Aleppo Governorate").first, towns.at("Aleppo Governorate").first, 1e-9);
  EXPECT_NEAR(at.at("Aleppo Governorate").second, towns.at("Aleppo Governorate").second, 1e-9);
}

TEST_F(DivisionPointsTest, ABadCoordinateIsAnError) {
  GazetteerWriter w;
  EXPECT_FALSE(w.ReadDivisionPoints(Temp("bad.tsv", "SY\t11\t134.6\t38.1\tHoms Governorate\n")).ok());
}

}  // namespace
}  // namespace sitrep::kb
