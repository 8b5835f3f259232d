// Gazetteer compiler: GeoNames text formats in, the binary of
// gazetteer_format_internal.h out. Alternate names are filtered before
// indexing: all-lowercase ASCII forms (machine romanizations such as "hms"),
// short all-capital codes ("ALP"), names with digits, and scripts the engine
// does not read (Cyrillic, Greek, Hangul, untagged Han...) are dropped, since
// they only add false matches.
#include "sitrep/kb/gazetteer_writer.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/base/utf8.h"
#include "sitrep/kb/gazetteer_format_internal.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::kb {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

// Returns true when an untagged alternate name is worth indexing.
bool KeepAlternate(std::string_view name) {
  bool has_lower = false, has_upper = false, all_ascii = true;
  size_t pos = 0, letters = 0;
  while (pos < name.size()) {
    const char32_t cp = utf8::Next(name, pos);
    if (cp >= '0' && cp <= '9') return false;
    if (cp >= 0x80) all_ascii = false;
    if (cp >= 'a' && cp <= 'z') has_lower = true;
    if (cp >= 'A' && cp <= 'Z') has_upper = true;
    const bool latin = cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2B0 && cp <= 0x2FF);
    const bool ok = latin || utf8::IsArabic(cp) || utf8::IsKatakana(cp) || IsFoldSeparator(cp);
    if (!ok) return false;
    ++letters;
  }
  if (all_ascii && !has_upper) return false;       // "hms", "huo mu si"
  if (all_ascii && !has_lower && letters <= 5) return false;  // "ALP", "QHS"
  return NameKey(name).size() >= 3;
}

uint32_t ParseUint(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v > 0xFFFFFFFFu ? 0xFFFFFFFFu : static_cast<uint32_t>(v);
}

class StringBlob {
 public:
  StringBlob() { blob_.push_back('\0'); }
  uint32_t Add(std::string_view s) {
    if (s.empty()) return 0;
    auto it = seen_.find(std::string(s));
    if (it != seen_.end()) return it->second;
    const uint32_t off = static_cast<uint32_t>(blob_.size());
    blob_.append(s);
    blob_.push_back('\0');
    seen_.emplace(std::string(s), off);
    return off;
  }
  const std::string& data() const { return blob_; }

 private:
  std::string blob_;
  std::unordered_map<std::string, uint32_t> seen_;
};

}  // namespace

void GazetteerWriter::Add(PlaceInput place) {
  auto it = by_id_.find(place.geonames_id);
  if (it != by_id_.end()) {
    places_[it->second] = std::move(place);
    return;
  }
  by_id_[place.geonames_id] = places_.size();
  places_.push_back(std::move(place));
}

Status GazetteerWriter::ReadGeoNamesTable(const std::string& path, bool all_features,
                                          size_t* skipped) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  std::string line;
  size_t bad = 0;
  while (std::getline(in, line)) {
    const auto f = SplitTabs(line);
    if (f.size() < 15) {
      ++bad;
      continue;
    }
    const std::string_view cls = f[6];
    if (cls != "P" && !(all_features && (cls == "A" || cls == "T" || cls == "S"))) continue;
    PlaceInput p;
    p.geonames_id = ParseUint(f[0]);
    p.name = f[1];
    p.ascii_name = f[2];
    for (size_t s = 0; s < f[3].size();) {
      size_t comma = f[3].find(',', s);
      if (comma == std::string_view::npos) comma = f[3].size();
      if (comma > s) p.alternates.emplace_back(f[3].substr(s, comma - s));
      s = comma + 1;
    }
    char* end = nullptr;
    const std::string lat(f[4]), lon(f[5]);
    p.lat = std::strtod(lat.c_str(), &end);
    p.lon = std::strtod(lon.c_str(), &end);
    p.feature_class = cls;
    p.feature_code = f[7];
    p.country = f[8];
    p.admin1_code = f[10];
    p.admin2_code = f[11];
    p.population = ParseUint(f[14]);
    if (p.geonames_id == 0 || p.country.size() != 2) {
      ++bad;
      continue;
    }
    Add(std::move(p));
  }
  if (skipped) *skipped = bad;
  return OkStatus();
}

Status GazetteerWriter::ReadAlternateNames(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  std::string line;
  while (std::getline(in, line)) {
    const auto f = SplitTabs(line);
    if (f.size() < 4) continue;
    auto it = by_id_.find(ParseUint(f[1]));
    if (it == by_id_.end()) continue;
    PlaceInput& p = places_[it->second];
    const std::string_view lang = f[2], name = f[3];
    const bool preferred = f.size() > 4 && f[4] == "1";
    if (lang == "ja" && (p.ja.empty() || preferred)) p.ja = name;
    else if (lang == "ar" && (p.ar.empty() || preferred)) p.ar = name;
    if (lang == "link" || lang == "post" || lang == "iata" || lang == "icao" || lang == "faac" ||
        lang == "wkdt" || lang == "unlc") {
      continue;
    }
    if (lang != "ja" && lang != "ar") p.alternates.emplace_back(name);
  }
  return OkStatus();
}

Status GazetteerWriter::ReadGettextNames(const std::string& path, const std::string& lang) {
  auto contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  std::istringstream in(*contents);
  std::string line, id;
  auto unquote = [](std::string_view s) {
    const size_t a = s.find('"'), b = s.rfind('"');
    return (a == std::string_view::npos || b <= a) ? std::string() : std::string(s.substr(a + 1, b - a - 1));
  };
  while (std::getline(in, line)) {
    if (line.rfind("msgid ", 0) == 0) id = unquote(line);
    if (line.rfind("msgstr ", 0) != 0 || id.empty()) continue;
    auto it = by_id_.find(ParseUint(id));
    const std::string name = unquote(line);
    if (it == by_id_.end() || name.empty()) continue;
    PlaceInput& p = places_[it->second];
    if (lang == "ja") p.ja = name;
    else if (lang == "ar") p.ar = name;
    else p.alternates.push_back(name);
  }
  return OkStatus();
}

StatusOr<WriterStats> GazetteerWriter::Write(const std::string& path) const {
  // Admin1 names: the most populous seat (PPLA) of each (country, admin1 code),
  // or an ADM1 feature when the input has one.
  std::map<std::string, std::pair<uint32_t, const PlaceInput*>> admin1;
  for (const auto& p : places_) {
    const bool adm = p.feature_code == "ADM1";
    const bool seat = p.feature_code == "PPLA" || p.feature_code == "PPLC";
    if (!adm && !seat) continue;
    auto& slot = admin1[p.country + "." + p.admin1_code];
    const uint32_t rank = adm ? 0xFFFFFFFFu : p.population;
    if (!slot.second || rank > slot.first) slot = {rank, &p};
  }
  std::vector<const PlaceInput*> order;
  for (const auto& p : places_) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](const PlaceInput* a, const PlaceInput* b) {
    if (a->country != b->country) return a->country < b->country;
    if (a->population != b->population) return a->population > b->population;
    return a->geonames_id < b->geonames_id;
  });
  StringBlob blob;
  std::vector<format::PlaceRec> recs(order.size());
  std::vector<format::IndexRec> index;
  std::vector<uint32_t> dir(2 * format::kCountrySlots, 0);
  for (uint32_t i = 0; i < order.size(); ++i) {
    const PlaceInput& p = *order[i];
    format::PlaceRec& r = recs[i];
    std::memset(&r, 0, sizeof(r));
    r.geonames_id = p.geonames_id;
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = p.population;
    r.name = blob.Add(p.ascii_name.empty() ? p.name : p.ascii_name);
    auto a1 = admin1.find(p.country + "." + p.admin1_code);
    if (a1 != admin1.end()) r.admin1 = blob.Add(a1->second.second->ascii_name);
    r.ja = blob.Add(p.ja);
    r.ar = blob.Add(p.ar);
    std::memcpy(r.country, p.country.data(), 2);
    std::memcpy(r.feature, p.feature_code.data(), std::min<size_t>(6, p.feature_code.size()));
    if (const int slot = format::CountrySlot(r.country); slot >= 0) {
      if (dir[2 * slot + 1] == 0) dir[2 * slot] = i;
      dir[2 * slot + 1] = i + 1;
    }
    std::vector<std::string> keys;
    auto add = [&](std::string_view name, uint16_t kind) {
      std::string key = NameKey(name);
      if (key.size() < 2 || std::find(keys.begin(), keys.end(), key) != keys.end()) return;
      index.push_back({KeyHash(key), i, kind, 0});
      keys.push_back(std::move(key));
    };
    add(p.name, format::kPrimary);
    add(p.ascii_name, format::kAscii);
    if (!p.ja.empty()) add(p.ja, format::kJapanese);
    if (!p.ar.empty()) add(p.ar, format::kArabic);
    for (const auto& alt : p.alternates) {
      if (KeepAlternate(alt)) add(alt, format::kAlternate);
    }
  }
  std::sort(index.begin(), index.end(), [](const auto& a, const auto& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.place < b.place;
  });
  format::Header h;
  std::memcpy(h.magic, format::kMagic, 8);
  h.version = format::kVersion;
  h.n_places = static_cast<uint32_t>(recs.size());
  h.n_index = static_cast<uint32_t>(index.size());
  h.strings_size = static_cast<uint32_t>(blob.data().size());
  std::string out;
  out.append(reinterpret_cast<const char*>(&h), sizeof(h));
  out.append(reinterpret_cast<const char*>(dir.data()), dir.size() * sizeof(uint32_t));
  out.append(reinterpret_cast<const char*>(recs.data()), recs.size() * sizeof(format::PlaceRec));
  out.append(reinterpret_cast<const char*>(index.data()), index.size() * sizeof(format::IndexRec));
  out.append(blob.data());
  SITREP_RETURN_IF_ERROR(WriteFileAtomically(path, out));
  return WriterStats{recs.size(), index.size(), out.size()};
}

}  // namespace sitrep::kb
