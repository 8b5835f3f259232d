// Compiler side of the gazetteer: collects places (from GeoNames tables,
// alternate-name files and gettext catalogues) and writes the compact binary
// that Gazetteer maps. Used by kb/build (sitrep_kb_build, at build time) and by
// `sitrep kb import-geonames`. Not thread-safe; one writer per output file.
#ifndef SITREP_KB_GAZETTEER_WRITER_H_
#define SITREP_KB_GAZETTEER_WRITER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::kb {

struct PlaceInput {
  uint32_t geonames_id = 0;
  std::string name, ascii_name;
  std::vector<std::string> alternates;  // untagged alternate names
  std::string ja, ar;                   // language-tagged names when known
  double lat = 0, lon = 0;
  std::string feature_class, feature_code, country, admin1_code, admin2_code;
  uint32_t population = 0;
};

struct WriterStats {
  size_t places = 0, names = 0, bytes = 0;
};

class GazetteerWriter {
 public:
  // Reads a GeoNames table (allCountries / cities500 / cities15000 format, 19
  // tab-separated columns). Keeps populated places (class P) and, when
  // `all_features`, also A (admin), T (mountains) and S (spots: bases, crossings).
  // Lines that do not parse are counted in `skipped`, not fatal.
  Status ReadGeoNamesTable(const std::string& path, bool all_features, size_t* skipped = nullptr);
  // Reads alternateNamesV2 (or alternateNames): ja/ar-tagged names become the
  // Japanese/Arabic names, other tags and untagged rows become alternates.
  Status ReadAlternateNames(const std::string& path);
  // Reads a gettext .po file whose msgid is a GeoNames id and msgstr a name in
  // `lang`, the shape of Debian's libgeonames catalogues after msgunfmt: "ja"
  // and "ar" names become the Japanese/Arabic names, others ("id") alternates.
  Status ReadGettextNames(const std::string& path, const std::string& lang);
  // Reads first-level divisions from npm iso3166-2-db's data/iso3166-2.json
  // (GeoNames admin1 codes and ids, English/GeoNames/Arabic names) and adds
  // each as an ADM1 place. Call after ReadGeoNamesTable: a division's position
  // is the centroid of its cities weighted by sqrt(population), and its
  // population their sum; divisions with no city are skipped. `words_path`
  // (data/kb/divisions.tsv) lists the generic words stripped from names
  // ("Homs Governorate" -> "Homs") and the vague ones never indexed alone.
  // Returns how many divisions were added in `added`.
  Status ReadAdmin1Json(const std::string& path, const std::string& words_path, size_t* added = nullptr);
  // Reads data/kb/admin1_points.tsv (country, admin1 code, lat, lon, English
  // name) and moves each first-level division already read whose code and
  // name match a row to that row's point, its geographic centre. Call after
  // ReadAdmin1Json. Returns how many divisions moved in `applied`.
  Status ReadDivisionPoints(const std::string& path, size_t* applied = nullptr);
  // Reads US counties from npm us-atlas's counties-10m.json (Census names and
  // FIPS codes) and adds each as an ADM2 place "<Name> County" ("<Name> Parish"
  // in Louisiana), its id kCountyIdBit | FIPS. Call after ReadAdmin1Json (a
  // state's FIPS code is matched to its division by name): a county's position
  // is the centroid of its cities (GeoNames admin2 = county FIPS) weighted by
  // sqrt(population), its population their sum; counties with no city,
  // Alaska's boroughs and independent cities (FIPS 5xx) are skipped.
  Status ReadUsCountiesJson(const std::string& path, size_t* added = nullptr);
  // Adds a place (replacing one with the same id).
  void Add(PlaceInput place);

  size_t size() const { return places_.size(); }
  // Writes the binary (atomically). Returns what was written.
  StatusOr<WriterStats> Write(const std::string& path) const;

 private:
  std::vector<PlaceInput> places_;
  std::unordered_map<uint32_t, size_t> by_id_;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_GAZETTEER_WRITER_H_
