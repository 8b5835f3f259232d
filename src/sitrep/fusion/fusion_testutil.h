// Hand-built members for the fusion tests: a few real places of several wars
// (gazetteer-like ids and coordinates), actors with the dictionary's
// affiliations, and a builder for one report's event.
#ifndef SITREP_FUSION_FUSION_TESTUTIL_H_
#define SITREP_FUSION_FUSION_TESTUTIL_H_

#include <string>
#include <unordered_map>

#include "sitrep/fusion/fuser.h"
#include "sitrep/fusion/member.h"

namespace sitrep::fusion::testing {

inline document::PlaceRef Town(const std::string& name, double lat, double lon,
                               const std::string& country, const std::string& admin1) {
  document::PlaceRef p;
  p.id = "geonames:" + name;
  p.name = name;
  p.lat = lat;
  p.lon = lon;
  p.country = country;
  p.admin1 = admin1;
  p.geo_precision = 1;
  return p;
}

inline document::PlaceRef Province(const std::string& name, double lat, double lon,
                                   const std::string& country) {
  document::PlaceRef p = Town(name + " Governorate", lat, lon, country, name);
  p.geo_precision = 3;
  return p;
}

// Syria.
inline const document::PlaceRef kHama = Town("Hama", 35.1318, 36.7578, "SY", "Hama");
inline const document::PlaceRef kHamaProvince = Province("Hama", 35.2, 37.0, "SY");
inline const document::PlaceRef kHoms = Town("Homs", 34.7308, 36.7094, "SY", "Homs");
inline const document::PlaceRef kDamascus = Town("Damascus", 33.5102, 36.2913, "SY", "Damascus");
inline const document::PlaceRef kDarayya = Town("Darayya", 33.4580, 36.2356, "SY", "Rif Dimashq");
inline const document::PlaceRef kSalamiyah = Town("Salamiyah", 35.0113, 37.0532, "SY", "Hama");
// Ukraine.
inline const document::PlaceRef kBakhmut = Town("Bakhmut", 48.5953, 38.0003, "UA", "Donetsk");
inline const document::PlaceRef kSoledar = Town("Soledar", 48.6833, 38.0667, "UA", "Donetsk");
inline const document::PlaceRef kKramatorsk = Town("Kramatorsk", 48.7230, 37.5563, "UA", "Donetsk");
// Sudan.
inline const document::PlaceRef kKhartoum = Town("Khartoum", 15.5007, 32.5599, "SD", "Khartoum");
inline const document::PlaceRef kOmdurman = Town("Omdurman", 15.6445, 32.4777, "SD", "Khartoum");
inline const document::PlaceRef kWadMadani = Town("Wad Madani", 14.4012, 33.5199, "SD", "Gezira");

inline document::ActorRef Actor(const std::string& id, const std::string& name, int inter) {
  return {"actor:" + id, name, inter};
}
inline const document::ActorRef kHts = Actor("hts", "Hayat Tahrir al-Sham", 2);
inline const document::ActorRef kSyRebels = Actor("sy-rebels", "Syrian rebels", 2);
inline const document::ActorRef kSyArmy = Actor("sy-military", "Military Forces of Syria", 1);
inline const document::ActorRef kSyGov = Actor("sy-government", "Government of Syria", 1);
inline const document::ActorRef kSohr = Actor("sohr", "Syrian Observatory for Human Rights", 0);
inline const document::ActorRef kUaArmy = Actor("ua-military", "Military Forces of Ukraine", 1);
inline const document::ActorRef kRuArmy = Actor("ru-military", "Military Forces of Russia", 1);
inline const document::ActorRef kWagner = Actor("wagner", "Wagner Group", 8);
inline const document::ActorRef kRsf = Actor("rsf", "Rapid Support Forces", 2);
inline const document::ActorRef kSdArmy = Actor("sd-military", "Military Forces of Sudan", 1);

inline FusionOptions TestOptions() {
  FusionOptions o;
  o.affiliation = {{"sy-military", "sy-government"}, {"wagner", "ru-government"},
                   {"ru-military", "ru-government"}, {"ua-military", "ua-government"},
                   {"sd-military", "sd-government"}};
  return o;
}

// One report's event. Fields left at their defaults are absent.
struct Report {
  std::string doc;
  std::string outlet;
  std::string published;
  std::string lang = "en";
  std::string event_type = "Battles";
  std::string sub_event_type = "Armed clash";
  std::string date;
  int time_precision = 1;
  std::string date_end = {};
  std::optional<document::PlaceRef> place = std::nullopt;
  std::optional<document::ActorRef> actor1 = std::nullopt;
  std::optional<document::ActorRef> actor2 = std::nullopt;
  std::optional<long> fatalities = std::nullopt;
  std::string toll_claimed_by = {};  // the claimant of the toll's count
  std::optional<document::ActorRef> claim_source = std::nullopt;
  bool denies = false;
  bool cumulative_toll = false;
  int ordinal = 1;
};

inline Member MakeMember(const Report& r) {
  Member m;
  document::Event& e = m.event;
  e.doc = r.doc;
  e.id = r.doc + "#e" + std::to_string(r.ordinal);
  e.lang = r.lang;
  e.event_type = r.event_type;
  e.sub_event_type = r.sub_event_type;
  if (!r.date.empty()) e.date = r.date;
  if (!r.date_end.empty()) e.date_end = r.date_end;
  e.time_precision = r.time_precision;
  e.place = r.place;
  e.actor1 = r.actor1;
  e.actor2 = r.actor2;
  if (r.fatalities) {
    document::Count c;
    c.what = "killed";
    c.value = r.fatalities;
    c.claimed_by = r.toll_claimed_by;
    c.cumulative = r.cumulative_toll;
    e.counts.push_back(c);
    if (!r.cumulative_toll) e.fatalities = r.fatalities;
  }
  if (r.claim_source) {
    document::Claim c;
    c.source = *r.claim_source;
    c.stance = r.denies ? document::Stance::kDenies : document::Stance::kAsserts;
    c.cue = r.denies ? "denied" : "said";
    e.claims.push_back(c);
  }
  e.negated = r.denies;
  e.confidence = 0.8;
  m.source = {r.doc, e.id, r.lang, r.outlet, r.published};
  Prepare(m);
  return m;
}

}  // namespace sitrep::fusion::testing

#endif  // SITREP_FUSION_FUSION_TESTUTIL_H_
