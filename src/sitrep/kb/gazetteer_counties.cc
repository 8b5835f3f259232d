// US counties for the gazetteer compiler: npm us-atlas's counties-10m.json
// (US Census boundaries, public domain) supplies each county's name and FIPS
// code, and its states' names; the cities already read (cities500, whose
// GeoNames admin2 code for the US is the county's FIPS code) supply position
// and size, as for first-level divisions (gazetteer_admin1.cc). Counties are
// where much US reporting places things ("Orange County", "Suffolk County").
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "sitrep/base/file.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/kb/name_key.h"
#include "sitrep/kb/town_centroid.h"

namespace sitrep::kb {
namespace {

constexpr const char* kAlaska = "02";      // boroughs and census areas, no counties
constexpr const char* kLouisiana = "22";   // parishes
constexpr int kFirstIndependentCity = 500;  // county FIPS 5xx: independent cities

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Status GazetteerWriter::ReadUsCountiesJson(const std::string& path, size_t* added) {
  auto contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  const nlohmann::json root = nlohmann::json::parse(*contents, nullptr, /*allow_exceptions=*/false);
  const nlohmann::json* objects = root.is_object() && root.contains("objects") ? &root["objects"] : nullptr;
  if (!objects || !objects->contains("counties") || !objects->contains("states")) {
    return DataLossError(path + ": no counties and states objects");
  }
  // State FIPS -> GeoNames admin1 code, through the state's name.
  std::map<std::string, std::string> admin1_by_name, admin1_by_fips;
  for (const auto& p : places_) {
    if (p.country == "US" && p.feature_code == "ADM1") admin1_by_name[NameKey(p.name)] = p.admin1_code;
  }
  for (const auto& g : (*objects)["states"].value("geometries", nlohmann::json::array())) {
    auto it = admin1_by_name.find(NameKey(Str(g.value("properties", nlohmann::json::object()), "name")));
    if (it != admin1_by_name.end()) admin1_by_fips[Str(g, "id")] = it->second;
  }
  // Position and size of each (admin1, county FIPS) from its cities.
  std::map<std::string, TownCentroid> acc;
  for (const auto& p : places_) {
    if (p.country != "US" || p.feature_class != "P" || p.admin2_code.empty()) continue;
    acc[p.admin1_code + "." + p.admin2_code].Add(p.lat, p.lon, p.population);
  }
  size_t n = 0;
  for (const auto& g : (*objects)["counties"].value("geometries", nlohmann::json::array())) {
    const std::string fips = Str(g, "id");
    const std::string name = Str(g.value("properties", nlohmann::json::object()), "name");
    if (fips.size() != 5 || name.empty()) continue;
    const std::string state = fips.substr(0, 2), county = fips.substr(2);
    if (state == kAlaska || std::atoi(county.c_str()) >= kFirstIndependentCity) continue;
    auto a1 = admin1_by_fips.find(state);
    if (a1 == admin1_by_fips.end()) continue;
    auto it = acc.find(a1->second + "." + county);
    if (it == acc.end() || it->second.empty()) continue;
    PlaceInput p;
    p.geonames_id = kCountyIdBit | static_cast<uint32_t>(std::atoi(fips.c_str()));
    p.name = p.ascii_name = name + (state == kLouisiana ? " Parish" : " County");
    const TownCentroid& a = it->second;
    p.lat = a.lat();
    p.lon = a.lon();
    p.population = a.population();
    p.feature_class = "A";
    p.feature_code = "ADM2";
    p.country = "US";
    p.admin1_code = a1->second;
    p.admin2_code = county;
    Add(std::move(p));
    ++n;
  }
  if (added) *added = n;
  return OkStatus();
}

}  // namespace sitrep::kb
