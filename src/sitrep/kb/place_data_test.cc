// The place data: GeoNames' own point for each country, country names in four
// languages, the curated overlay of the conflict regions (towns, camps and
// second-level divisions, which events place with geo_precision 2) and Japan
// under its kanji names.
#include <gtest/gtest.h>

#include <cmath>

#include "sitrep/kb/kb_test_util_internal.h"

namespace sitrep::kb {
namespace {

using testing::RealKb;

double Km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * kRad / 2), 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::pow(std::sin((lon2 - lon1) * kRad / 2), 2);
  return 2 * 6371 * std::asin(std::sqrt(a));
}

// Returns the curated places having `phrase` as name or alias.
std::vector<const Place*> PlacesNamed(std::string_view phrase) {
  const std::string key = NameKey(phrase);
  std::vector<const Place*> out;
  for (const Place& p : RealKb().places()) {
    bool hit = NameKey(p.name) == key;
    for (const auto& a : p.aliases) hit = hit || NameKey(a) == key;
    if (hit) out.push_back(&p);
  }
  return out;
}

TEST(CountryDataTest, CountriesSitAtGeoNamesPoints) {
  // GeoNames' PCLI coordinates, not centroids: Canada's and Japan's are far from their middles.
  const struct { const char* code; double lat, lon; } cases[] = {
      {"US", 39.76, -98.5}, {"CA", 60.10867, -113.64258}, {"GB", 54.75844, -2.69531},
      {"JP", 35.68536, 139.75309}, {"RU", 60, 100}, {"SY", 35, 38}, {"FR", 46, 2}, {"VN", 16.16667, 107.83333}};
  for (const auto& c : cases) {
    const Country* country = RealKb().LookupCountry(c.code);
    ASSERT_NE(country, nullptr) << c.code;
    ASSERT_TRUE(country->lat.has_value()) << c.code;
    EXPECT_LT(Km(*country->lat, *country->lon, c.lat, c.lon), 1.0) << c.code;
  }
  for (const Country& c : RealKb().countries()) EXPECT_TRUE(c.lat.has_value()) << c.code;
  EXPECT_GE(RealKb().countries().size(), 249u);
}

TEST(PlaceDataTest, WorldRegionsSitAtGeoNamesPoints) {
  // Where GeoNames has the region or ocean, its point, as for countries: an
  // approximate centre of our own was 700 km from the Middle East's.
  const struct { const char* name; double lat, lon; } cases[] = {
      {"Middle East", 33.13906, 35.85869}, {"North Africa", 32.95337, 9.97559},
      {"Pacific Ocean", 3.51342, -132.1875}, {"Korean Peninsula", 38.62545, 127.55127},
      {"Niger Delta", 4.83333, 6.0}, {"Africa", 7.1881, 21.0938}};
  for (const auto& c : cases) {
    const auto places = PlacesNamed(c.name);
    ASSERT_EQ(places.size(), 1u) << c.name;
    EXPECT_LT(Km(places[0]->lat, places[0]->lon, c.lat, c.lon), 1.0) << c.name;
  }
}

TEST(CountryDataTest, NamesInFourLanguages) {
  const std::pair<const char*, const char*> cases[] = {
      {"Sudan", "SD"},   {"スーダン", "SD"},    {"السودان", "SD"},      {"Sudan Selatan", "SS"},
      {"Myanmar", "MM"}, {"ミャンマー", "MM"},  {"ميانمار", "MM"},      {"Burma", "MM"},
      {"韓国", "KR"},    {"北朝鮮", "KP"},     {"كوريا الجنوبية", "KR"}, {"Korea Selatan", "KR"},
      {"日本", "JP"},    {"Jepang", "JP"},     {"اليابان", "JP"},       {"Suriah", "SY"},
      {"DRC", "CD"},     {"コンゴ民主共和国", "CD"}, {"Republik Demokratik Kongo", "CD"}, {"Ukraina", "UA"}};
  for (const auto& [name, code] : cases) {
    std::vector<std::string> codes;
    for (const Country& c : RealKb().countries()) {
      for (const auto& n : c.names) {
        if (NameKey(n) == NameKey(name)) {
          codes.push_back(c.code);
          break;
        }
      }
    }
    EXPECT_EQ(codes, std::vector<std::string>{code}) << name;
  }
  const Country* sd = RealKb().LookupCountry("SD");
  EXPECT_EQ(sd->demonyms, std::vector<std::string>{"Sudanese"});
}

TEST(PlaceOverlayTest, RegionsInFourScripts) {
  const struct { const char* phrase; const char* country; const char* feature; } cases[] = {
      // Second-level divisions: localities, townships, raions, territories, LGAs
      {"Omdurman Locality", "SD", "ADM2"},    {"محلية أم درمان", "SD", "ADM2"},
      {"Lashio Township", "MM", "ADM2"},      {"ラーショー郡区", "MM", "ADM2"},
      {"Pokrovsk raion", "UA", "ADM2"},       {"Pokrovsk district", "UA", "ADM2"},
      {"Melitopol raion", "UA", "ADM2"},      {"Kryvyi Rih district", "UA", "ADM2"},
      {"محلية كتم", "SD", "ADM2"},            {"قضاء صور", "LB", "ADM2"},
      {"Beni territory", "CD", "ADM2"},       {"ルチュル地域", "CD", "ADM2"},
      {"Bama Local Government Area", "NG", "ADM2"}, {"Djibo Province", "BF", "ADM2"},
      // Towns and camps that GeoNames' cities500 lacks or names only in English
      {"Tawila", "SD", "PPL"},                {"طويلة", "SD", "PPL"},
      {"Adre", "TD", "PPL"},                  {"Jabalia refugee camp", "PS", "PPL"},
      {"ジャバリア難民キャンプ", "PS", "PPL"},    {"キワンジャ", "CD", "PPL"},
      {"Laukkaing", "MM", "PPL"},             {"Khiam", "LB", "PPL"},
      // Japan under its kanji names
      {"東京都", "JP", "PPLC"},               {"大阪市", "JP", "PPLA"},
      {"沖縄県", "JP", "ADM1"},               {"福島県", "JP", "ADM1"},
  };
  for (const auto& c : cases) {
    const auto places = PlacesNamed(c.phrase);
    ASSERT_EQ(places.size(), 1u) << c.phrase;
    EXPECT_EQ(places[0]->country, c.country) << c.phrase;
    EXPECT_EQ(places[0]->feature, c.feature) << c.phrase;
  }
}

TEST(PlaceOverlayTest, DivisionsLieNearTheirSeat) {
  // An ADM2 named after its seat is placed at the centroid of the seat's admin2 towns: never far from the town.
  const std::pair<const char*, const char*> cases[] = {
      {"Pokrovsk Raion", "Pokrovsk"}, {"Lashio Township", "Lashio"}, {"Gwoza Local Government Area", "Gwoza"},
      {"Omdurman Locality", "Omdurman"}};
  for (const auto& [division, town] : cases) {
    const auto d = PlacesNamed(division), t = PlacesNamed(town);
    ASSERT_EQ(d.size(), 1u) << division;
    ASSERT_FALSE(t.empty()) << town;
    EXPECT_LT(Km(d[0]->lat, d[0]->lon, t[0]->lat, t[0]->lon), 60) << division;
  }
  // Surnames are not prefecture names: 山口 and 千葉 stay people unless written with 県.
  EXPECT_TRUE(PlacesNamed("山口").empty());
  EXPECT_TRUE(PlacesNamed("千葉").empty());
  EXPECT_EQ(PlacesNamed("山口県").size(), 1u);
}

}  // namespace
}  // namespace sitrep::kb
