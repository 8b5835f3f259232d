// Loading of the knowledge base's data files and the id lookups. Data files
// are tab-separated, '#' starts a comment line, '|' separates aliases.
#include "sitrep/kb/knowledge_base.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"
#include "sitrep/base/paths.h"
#include "sitrep/kb/data_files_internal.h"

namespace sitrep::kb {
namespace {

constexpr std::string_view kKindNames[] = {
    "state", "government", "state_forces", "rebel_group", "political_militia",
    "identity_militia", "external_force", "media", "monitor", "person", "organization"};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

// Returns DIR/NAME.tsv followed by the .tsv files of DIR/NAME/ in name order
// (the per-region files of the actor dictionary and the place overlay).
std::vector<std::string> DataFiles(const std::string& dir, const std::string& name) {
  std::vector<std::string> out = {dir + "/" + name + ".tsv"};
  std::error_code ec;
  std::vector<std::string> more;
  for (const auto& e : std::filesystem::directory_iterator(dir + "/" + name, ec)) {
    if (e.path().extension() == ".tsv") more.push_back(e.path().string());
  }
  std::sort(more.begin(), more.end());
  out.insert(out.end(), more.begin(), more.end());
  return out;
}

std::string Bare(std::string_view id, std::string_view prefix) {
  return std::string(id.substr(0, prefix.size()) == prefix ? id.substr(prefix.size()) : id);
}

}  // namespace

std::vector<std::string> Aliases(const std::string& s) {
  std::vector<std::string> out;
  for (auto& a : Split(s, '|')) {
    if (!a.empty()) out.push_back(std::move(a));
  }
  return out;
}

Status ForEachRow(const std::string& path, size_t min_fields,
                  const std::function<Status(const std::vector<std::string>&)>& row) {
  return ForEachTsvRow(path, {.min_fields = min_fields},
                       [&](const TsvRow& r) { return row(r.fields); });
}

std::string_view ActorKindName(ActorKind k) { return kKindNames[static_cast<int>(k)]; }

std::optional<ActorKind> ParseActorKind(std::string_view s) {
  for (size_t i = 0; i < std::size(kKindNames); ++i) {
    if (kKindNames[i] == s) return static_cast<ActorKind>(i);
  }
  return std::nullopt;
}

bool IsMultinationalFeature(std::string_view f) {
  return f == "CONT" || f == "RGN" || f == "OCN" || f == "SEA" || f == "GULF" || f == "LK";
}

bool IsSourceKind(ActorKind k) { return k == ActorKind::kMedia || k == ActorKind::kMonitor; }

StatusOr<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(KbOptions options) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  const std::string dir = options.data_dir.empty() ? DataDir() + "/kb" : options.data_dir;
  for (const std::string& path : DataFiles(dir, "places")) SITREP_RETURN_IF_ERROR(kb->LoadPlaces(path));
  for (const std::string& path : DataFiles(dir, "actors")) SITREP_RETURN_IF_ERROR(kb->LoadActors(path));
  SITREP_RETURN_IF_ERROR(kb->LoadGeneric(dir + "/generic_actors.tsv"));
  const std::string langs = options.countries_dir.empty()
                                ? ProjectRoot() + "/node_modules/i18n-iso-countries/langs"
                                : options.countries_dir;
  SITREP_RETURN_IF_ERROR(kb->LoadCountries(dir + "/countries.tsv", langs));
  SITREP_RETURN_IF_ERROR(kb->GenerateStateActors(dir + "/state_actors.tsv", dir + "/country_forms.tsv"));
  kb->i18n_names_.clear();
  std::string gpath = options.gazetteer_path.empty() ? DefaultGazetteerPath() : options.gazetteer_path;
  if (gpath.empty() || gpath == "-") {
    if (gpath.empty()) {
      kb->warnings_.push_back("compiled gazetteer not found (run `make build`); linking places "
                              "from the curated overlay only");
    }
  } else {
    auto g = Gazetteer::Open(gpath);
    if (g.ok()) kb->gazetteer_ = std::move(g).value();
    else kb->warnings_.push_back(g.status().ToString() + "; linking places from the overlay only");
  }
  if (kb->gazetteer_) {  // countries without a centroid: the capital's coordinates
    for (auto& c : kb->countries_) {
      if (c.lat) continue;
      auto [b, e] = kb->gazetteer_->CountryRange(c.code);
      for (uint32_t i = b; i < e; ++i) {
        const PlaceView v = kb->gazetteer_->Place(i);
        if (v.feature != "PPLC") continue;
        c.lat = v.lat;
        c.lon = v.lon;
        break;
      }
    }
  }
  return kb;
}

Status KnowledgeBase::LoadPlaces(const std::string& path) {
  return ForEachRow(path, 9, [&](const std::vector<std::string>& f) -> Status {
    Place p;
    p.id = f[0];
    p.name = f[1];
    p.feature = f[2];
    p.country = f[3];
    p.admin1 = f[4];
    p.lat = std::atof(f[5].c_str());
    p.lon = std::atof(f[6].c_str());
    p.population = static_cast<uint32_t>(std::atol(f[7].c_str()));
    p.aliases = Aliases(f[8]);
    p.curated = true;
    // Continents and world regions (CONT, RGN, oceans and seas without a country) span countries.
    const bool multinational = p.country.empty() && IsMultinationalFeature(p.feature);
    if (p.id.empty() || (p.country.size() != 2 && !multinational) || (p.lat == 0 && p.lon == 0)) {
      return InvalidArgumentError("place needs an id, a country code (none only for continents, regions and seas) and coordinates");
    }
    if (place_by_id_.count(p.id)) return InvalidArgumentError("duplicate place id " + p.id);
    if (p.id.rfind("geonames:", 0) == 0) {
      curated_by_geonames_[static_cast<uint32_t>(std::atol(p.id.c_str() + 9))] = places_.size();
    }
    place_by_id_[p.id] = places_.size();
    places_.push_back(std::move(p));
    return OkStatus();
  });
}

Status KnowledgeBase::LoadActors(const std::string& path) {
  return ForEachRow(path, 7, [&](const std::vector<std::string>& f) -> Status {
    Actor a;
    a.id = f[0];
    a.name = f[1];
    auto kind = ParseActorKind(f[2]);
    if (!kind) return InvalidArgumentError("unknown actor kind '" + f[2] + "'");
    a.kind = *kind;
    a.inter = std::atoi(f[3].c_str());
    a.country = f[4];
    a.affiliation = f[5];
    a.aliases = Aliases(f[6]);
    if (actor_by_id_.count(a.id)) return InvalidArgumentError("duplicate actor id " + a.id);
    actor_by_id_[a.id] = actors_.size();
    actors_.push_back(std::move(a));
    return OkStatus();
  });
}

Status KnowledgeBase::LoadGeneric(const std::string& path) {
  return ForEachRow(path, 3, [&](const std::vector<std::string>& f) -> Status {
    if (f[0] == "term") {
      generic_terms_.push_back({f[1], f[2]});
    } else if (f[0] == "actor" && f.size() >= 4) {
      generic_actor_[f[1] + "/" + f[2]] = f[3];
    } else {
      return InvalidArgumentError("expected 'term TERM ROLE' or 'actor ROLE CC ACTOR_ID'");
    }
    return OkStatus();
  });
}

Status KnowledgeBase::LoadCountries(const std::string& extra_path, const std::string& langs_dir) {
  for (const char* lang : {"en", "ar", "ja", "id"}) {
    auto contents = ReadFile(langs_dir + "/" + lang + ".json");
    if (!contents.ok()) {
      warnings_.push_back("country names: " + contents.status().ToString());
      continue;
    }
    auto j = nlohmann::json::parse(*contents, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.contains("countries")) {
      return DataLossError(langs_dir + "/" + lang + ".json: not a country-names file");
    }
    for (const auto& [code, v] : j["countries"].items()) {
      auto it = country_by_code_.find(code);
      if (it == country_by_code_.end()) {
        it = country_by_code_.emplace(code, countries_.size()).first;
        countries_.push_back({code, "", {}, {}, std::nullopt, std::nullopt, {}});
      }
      Country& c = countries_[it->second];
      std::vector<std::string> names;
      if (v.is_string()) names.push_back(v.get<std::string>());
      else for (const auto& n : v) if (n.is_string()) names.push_back(n.get<std::string>());
      if (std::string(lang) == "en" && !names.empty()) c.name = names.size() > 1 ? names[1] : names[0];
      i18n_names_[std::string(lang) + "/" + code] = names;
      for (auto& n : names) c.names.push_back(std::move(n));
    }
  }
  return ForEachRow(extra_path, 5, [&](const std::vector<std::string>& f) -> Status {
    auto it = country_by_code_.find(f[0]);
    if (it == country_by_code_.end()) {
      it = country_by_code_.emplace(f[0], countries_.size()).first;
      countries_.push_back({f[0], f[1], {f[1]}, {}, std::nullopt, std::nullopt, {}});
    }
    Country& c = countries_[it->second];
    if (!f[1].empty()) c.name = f[1];
    if (!f[2].empty()) c.lat = std::atof(f[2].c_str());
    if (!f[3].empty()) c.lon = std::atof(f[3].c_str());
    for (auto& a : Aliases(f[4])) c.names.push_back(std::move(a));
    if (f.size() > 5) {  // demonyms: adjectival forms, which also name the country
      for (auto& d : Aliases(f[5])) {
        c.names.push_back(d);
        c.demonyms.push_back(std::move(d));
      }
    }
    return OkStatus();
  });
}

const Actor* KnowledgeBase::LookupActor(std::string_view id) const {
  auto it = actor_by_id_.find(Bare(id, "actor:"));
  return it == actor_by_id_.end() ? nullptr : &actors_[it->second];
}

const Country* KnowledgeBase::LookupCountry(std::string_view code) const {
  auto it = country_by_code_.find(Bare(code, "country:"));
  return it == country_by_code_.end() ? nullptr : &countries_[it->second];
}

const Place* KnowledgeBase::CuratedByGeonamesId(uint32_t id) const {
  auto it = curated_by_geonames_.find(id);
  return it == curated_by_geonames_.end() ? nullptr : &places_[it->second];
}

std::optional<Place> KnowledgeBase::LookupPlace(std::string_view id) const {
  auto it = place_by_id_.find(std::string(id));
  if (it != place_by_id_.end()) return places_[it->second];
  if (const uint32_t record = GazetteerRecordId(id); gazetteer_ && record) {
    const int64_t i = gazetteer_->FindById(record);
    if (i >= 0) return FromGazetteer(gazetteer_->Place(static_cast<uint32_t>(i)));
  }
  return std::nullopt;
}

const Actor* KnowledgeBase::GenericActor(std::string_view role, std::string_view country) const {
  auto it = generic_actor_.find(std::string(role) + "/" + std::string(country));
  return it == generic_actor_.end() ? nullptr : LookupActor(it->second);
}

Place KnowledgeBase::FromGazetteer(const PlaceView& v) const {
  if (const Place* c = CuratedByGeonamesId(v.geonames_id)) return *c;
  Place p;
  p.id = GazetteerPlaceId(v.geonames_id);
  p.name = std::string(v.name);
  p.feature = std::string(v.feature);
  p.country = std::string(v.country);
  p.admin1 = std::string(v.admin1);
  p.lat = v.lat;
  p.lon = v.lon;
  p.population = v.population;
  return p;
}

document::EntityRef KnowledgeBase::PlaceRef(const Place& p) const {
  document::EntityRef r;
  r.id = p.id;
  r.name = p.name;
  r.lat = p.lat;
  r.lon = p.lon;
  r.country = p.country;
  r.admin1 = p.admin1;
  r.feature = p.feature;
  return r;
}

document::EntityRef KnowledgeBase::PlaceRef(const PlaceView& v) const { return PlaceRef(FromGazetteer(v)); }

document::EntityRef KnowledgeBase::ActorRef(const Actor& a) const {
  document::EntityRef r;
  r.id = "actor:" + a.id;
  r.name = a.name;
  r.country = a.country;
  r.feature = std::string(ActorKindName(a.kind));
  r.inter = a.inter;
  r.affiliation = a.affiliation;
  return r;
}

document::EntityRef KnowledgeBase::CountryRef(const Country& c) const {
  document::EntityRef r;
  r.id = "country:" + c.code;
  r.name = c.name;
  r.lat = c.lat;
  r.lon = c.lon;
  r.country = c.code;
  r.feature = "PCLI";
  return r;
}

}  // namespace sitrep::kb
