// First-level administrative divisions for the gazetteer compiler: npm
// iso3166-2-db's data/iso3166-2.json supplies, per country, each division's
// GeoNames admin1 code and id and its English, GeoNames and Arabic names; the
// cities already read (cities500) supply position and size (ReadDivisionPoints
// may then move a division to its curated centre, data/kb/admin1_points.tsv).
// Generic words ("Governorate", "Oblast") come from data/kb/divisions.tsv.
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/kb/name_key.h"
#include "sitrep/kb/town_centroid.h"

namespace sitrep::kb {
namespace {

struct DivisionWords {
  std::set<std::string> strip, vague;  // NameKey-folded words
};

StatusOr<DivisionWords> ReadDivisionWords(const std::string& path) {
  DivisionWords w;
  if (path.empty()) return w;
  SITREP_RETURN_IF_ERROR(ForEachTsvRow(path, {.min_fields = 2}, [&](const TsvRow& row) {
    const std::string& type = row.fields[0];
    if (type == "strip") w.strip.insert(NameKey(row.fields[1]));
    else if (type == "vague") w.vague.insert(NameKey(row.fields[1]));
    return OkStatus();
  }));
  return w;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string Join(const std::vector<std::string>& words, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) out += (i > b ? " " : "") + words[i];
  return out;
}

// Returns `name` without generic words at either end ("" if nothing is left).
std::string ShortName(const std::string& name, const DivisionWords& dw) {
  const auto words = Words(name);
  size_t b = 0, e = words.size();
  auto generic = [&](size_t i) { return dw.strip.count(NameKey(words[i])) > 0; };
  auto of = [&](size_t i) { return NameKey(words[i]) == "of"; };
  while (b < e && (generic(b) || (b > 0 && of(b) && generic(b - 1)))) ++b;
  while (e > b && (generic(e - 1) || (e < words.size() && of(e - 1) && generic(e)))) --e;
  return Join(words, b, e);
}

bool AllVague(const std::string& name, const DivisionWords& dw) {
  for (const auto& w : Words(name)) {
    if (!dw.vague.count(NameKey(w))) return false;
  }
  return true;
}

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Status GazetteerWriter::ReadAdmin1Json(const std::string& path, const std::string& words_path,
                                       size_t* added) {
  auto contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  auto words = ReadDivisionWords(words_path);
  if (!words.ok()) return words.status();
  const nlohmann::json root = nlohmann::json::parse(*contents, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object()) return DataLossError(path + ": not a JSON object");
  // Position and size of each (country, admin1 code) from its cities.
  std::map<std::string, TownCentroid> acc;
  for (const auto& p : places_) {
    if (p.feature_class != "P" || p.admin1_code.empty()) continue;
    acc[p.country + "." + p.admin1_code].Add(p.lat, p.lon, p.population);
  }
  size_t n = 0;
  for (const auto& [cc, country] : root.items()) {
    if (cc.size() != 2 || !country.is_object() || !country.contains("regions")) continue;
    for (const auto& r : country["regions"]) {
      const std::string admin = Str(r, "admin");
      auto it = acc.find(cc + "." + admin);
      if (admin.empty() || it == acc.end() || it->second.empty()) continue;
      const nlohmann::json names = r.value("names", nlohmann::json::object());
      const nlohmann::json ref = r.value("reference", nlohmann::json::object());
      PlaceInput p;
      const auto gid = ref.find("geonames");
      p.geonames_id = gid != ref.end() && gid->is_number_unsigned() ? gid->get<uint32_t>() : 0;
      if (p.geonames_id == 0) continue;
      const std::string en = Str(names, "en").empty() ? Str(r, "name") : Str(names, "en");
      const std::string geo = Str(names, "geonames");
      if (en.empty() || AllVague(en, *words)) continue;  // "North", "Central": no name to index
      const std::string short_name = ShortName(en, *words);
      // ascii_name is what records show as the division's name: the short English one.
      p.ascii_name = !short_name.empty() && !AllVague(short_name, *words) ? short_name : en;
      p.name = en;
      for (const std::string& alt : {geo, ShortName(geo, *words)}) {
        if (!alt.empty() && !AllVague(alt, *words)) p.alternates.push_back(alt);
      }
      // An Arabic name of a vaguely named division ("الشرقية", the Eastern
      // Province) is an ordinary adjective in Arabic text: not indexed.
      if (short_name.empty() || !AllVague(short_name, *words)) p.ar = Str(names, "ar");
      const TownCentroid& a = it->second;
      p.lat = a.lat();
      p.lon = a.lon();
      p.population = a.population();
      p.feature_class = "A";
      p.feature_code = "ADM1";
      p.country = cc;
      p.admin1_code = admin;
      Add(std::move(p));
      ++n;
    }
  }
  if (added) *added = n;
  return OkStatus();
}

}  // namespace sitrep::kb
