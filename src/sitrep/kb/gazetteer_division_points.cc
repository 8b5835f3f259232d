// Curated points of first-level divisions (data/kb/admin1_points.tsv): a
// division read by ReadAdmin1Json sits at the centroid of its towns, which for
// a large division whose people live at one edge (Alaska, Ontario, Florida) is
// far from its middle; a row of the table moves it to its geographic centre.
#include <cstdlib>
#include <unordered_map>

#include "sitrep/base/tsv.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::kb {

Status GazetteerWriter::ReadDivisionPoints(const std::string& path, size_t* applied) {
  struct Point {
    double lat, lon;
    std::string name_key;
  };
  std::unordered_map<std::string, Point> points;  // "CC.admin1" -> point
  SITREP_RETURN_IF_ERROR(ForEachTsvRow(path, {.min_fields = 5}, [&](const TsvRow& row) {
    const auto& f = row.fields;
    char* end = nullptr;
    const double lat = std::strtod(f[2].c_str(), &end);
    if (end == f[2].c_str() || *end || lat < -90 || lat > 90) return TsvError(path, row.line, "bad latitude");
    const double lon = std::strtod(f[3].c_str(), &end);
    if (end == f[3].c_str() || *end || lon < -180 || lon > 180) return TsvError(path, row.line, "bad longitude");
    points[f[0] + "." + f[1]] = Point{lat, lon, NameKey(f[4])};
    return OkStatus();
  }));
  size_t n = 0;
  for (auto& p : places_) {
    if (p.feature_code != "ADM1") continue;
    auto it = points.find(p.country + "." + p.admin1_code);
    if (it == points.end()) continue;
    // The row's name must be the division's: a wrong code moves nothing.
    if (NameKey(p.name) != it->second.name_key && NameKey(p.ascii_name) != it->second.name_key) continue;
    p.lat = it->second.lat;
    p.lon = it->second.lon;
    ++n;
  }
  if (applied) *applied = n;
  return OkStatus();
}

}  // namespace sitrep::kb
