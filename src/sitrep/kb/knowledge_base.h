// KnowledgeBase: everything the entities and events stages know about the
// world — the compiled GeoNames gazetteer (optional at run time), the curated
// place overlay (data/kb/places.tsv), countries (ISO codes, names in en/ar/ja
// from npm i18n-iso-countries plus data/kb/countries.tsv), the actor
// dictionary (data/kb/actors.tsv and data/kb/actors/*.tsv, plus every state's
// military, police and government generated from the country table by the
// templates of data/kb/state_actors.tsv) and the generic references that
// resolve by document context (data/kb/generic_actors.tsv). Built once by Load,
// immutable afterwards, safe to share across threads.
#ifndef SITREP_KB_KNOWLEDGE_BASE_H_
#define SITREP_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/annotations.h"
#include "sitrep/kb/gazetteer.h"

namespace sitrep::kb {

// What an actor is; the events stage tells sources (media, monitors) from
// actors by it.
enum class ActorKind {
  kState, kGovernment, kStateForces, kRebelGroup, kPoliticalMilitia, kIdentityMilitia,
  kExternalForce, kMedia, kMonitor, kPerson, kOrganization
};
std::string_view ActorKindName(ActorKind k);
std::optional<ActorKind> ParseActorKind(std::string_view s);
// Returns true for kinds that report rather than act (media, monitors).
bool IsSourceKind(ActorKind k);
// Returns true for the features a curated place may have without a country:
// continents, world regions, oceans, seas, gulfs, inland seas (CONT RGN OCN SEA GULF LK).
bool IsMultinationalFeature(std::string_view feature);

struct Actor {
  std::string id;    // "hts", "sy-military" (EntityRef ids prefix "actor:")
  std::string name;  // canonical English name
  ActorKind kind = ActorKind::kOrganization;
  int inter = 0;     // ACLED inter code (0 for media, monitors, persons)
  std::string country;      // ISO alpha-2 of the actor's home ("" if transnational)
  std::string affiliation;  // id of the actor it belongs to ("" if none)
  std::vector<std::string> aliases;  // all scripts, incl. abbreviations
};

// A curated place (data/kb/places.tsv) or one materialised from the gazetteer.
struct Place {
  std::string id;  // "geonames:170017" or "kb:khmeimim-air-base"
  std::string name;
  std::string feature;  // GeoNames feature code: PPL, PPLA, PPLC, ADM1, ADM2, MT, MTS, AIRB...
  std::string country, admin1;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  std::vector<std::string> aliases;
  bool curated = false;
};

struct Country {
  std::string code;  // ISO alpha-2
  std::string name;  // short English name
  std::vector<std::string> names;  // every name in every language (demonyms included)
  std::vector<std::string> demonyms;  // English adjectival forms ("Sudanese"), also in names
  std::optional<double> lat, lon;  // GeoNames' point for the country (its PCLI feature)
  std::vector<std::string> arabic_adjectives;  // nisba forms (إسرائيلية، الروسي، سوريون), also in names
};

// One generic reference ("rebels", "政府軍") and the role it plays.
struct GenericTerm {
  std::string term;
  std::string role;  // "rebels", "government_forces", "state_media"...
};

// Returns ACLED's inter code for an actor in an event placed in `event_country`
// (ISO alpha-2, "" if unknown): a state's forces and government (inter 1)
// acting outside their own country are external forces (8); every other actor
// keeps its own code. The dictionary stores the home code; this is where the
// event's country turns it into ACLED's.
int AcledInter(const document::EntityRef& actor, std::string_view event_country);

struct KbOptions {
  std::string data_dir;        // "" = DataDir()/kb
  std::string gazetteer_path;  // "" = DefaultGazetteerPath(); "-" = none
  std::string countries_dir;   // "" = ProjectRoot()/node_modules/i18n-iso-countries/langs
};

class KnowledgeBase {
 public:
  // Loads the data files. A missing gazetteer is not an error: the KB works
  // from the overlay and warnings() says so. Malformed data files are errors.
  static StatusOr<std::unique_ptr<KnowledgeBase>> Load(KbOptions options = {});

  const Gazetteer* gazetteer() const { return gazetteer_.get(); }
  const std::vector<Place>& places() const { return places_; }
  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<GenericTerm>& generic_terms() const { return generic_terms_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  const Actor* LookupActor(std::string_view id) const;     // "hts" or "actor:hts"
  std::optional<Place> LookupPlace(std::string_view id) const;  // overlay or "geonames:N"
  const Country* LookupCountry(std::string_view code) const;
  // Returns the actor playing `role` for `country` (e.g. government_forces/SY ->
  // sy-military), or nullptr.
  const Actor* GenericActor(std::string_view role, std::string_view country) const;
  // Returns the generated (or curated) state actor of `country` for `role`
  // ("military", "police", "government"), e.g. ("SD", "military") ->
  // Military Forces of Sudan, or nullptr.
  const Actor* StateActor(std::string_view country, std::string_view role) const;
  // Returns the curated place with this GeoNames id, or nullptr.
  const Place* CuratedByGeonamesId(uint32_t id) const;

  // Conversions to the IR's EntityRef.
  document::EntityRef PlaceRef(const Place& p) const;
  document::EntityRef PlaceRef(const PlaceView& p) const;
  document::EntityRef ActorRef(const Actor& a) const;
  document::EntityRef CountryRef(const Country& c) const;
  // Returns a gazetteer place as a Place (curated fields win when overlaid).
  Place FromGazetteer(const PlaceView& v) const;

 private:
  KnowledgeBase() = default;
  Status LoadPlaces(const std::string& path);
  Status LoadActors(const std::string& path);
  Status LoadCountries(const std::string& extra_path, const std::string& langs_dir);
  Status LoadGeneric(const std::string& path);
  // Adds every state's military, police and government (state_actors.cc).
  Status GenerateStateActors(const std::string& templates_path, const std::string& forms_path);

  std::unique_ptr<Gazetteer> gazetteer_;
  std::vector<Place> places_;
  std::vector<Actor> actors_;
  std::vector<Country> countries_;
  std::vector<GenericTerm> generic_terms_;
  std::unordered_map<std::string, std::string> generic_actor_;  // "role/CC" -> actor id
  std::unordered_map<std::string, size_t> actor_by_id_, country_by_code_, place_by_id_;
  std::unordered_map<uint32_t, size_t> curated_by_geonames_;
  // npm i18n-iso-countries names by "lang/CC", kept only while Load runs.
  std::unordered_map<std::string, std::vector<std::string>> i18n_names_;
  std::vector<std::string> warnings_;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_KNOWLEDGE_BASE_H_
