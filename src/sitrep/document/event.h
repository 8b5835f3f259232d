// Event and Claim: the records sitrep exists to produce, in ACLED's ontology.
// An Event is what happened (type, actors, place, date, counts); a Claim is who
// says so (or denies it). A denied event is still an Event carrying the denial.
#ifndef SITREP_DOCUMENT_EVENT_H_
#define SITREP_DOCUMENT_EVENT_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/document/annotations.h"

namespace sitrep::document {

struct ActorRef {
  std::string id;
  std::string name;
  int inter = 0;
};

struct PlaceRef {
  std::string id;
  std::string name;
  std::optional<double> lat, lon;
  std::string country;
  std::string admin1;
  int geo_precision = 1;  // 1 town, 2 near it / district, 3 province or region
};

struct Count {
  std::string what;  // "killed", "injured", "captured", "troops", "displaced", free text
  std::optional<long> value;
  std::optional<long> low, high;
  bool approx = false;
  std::string text;          // the surface figure, e.g. "約2,000人"
  std::string claimed_by;    // source name, empty when the reporter states it
  // A cumulative toll ("since the war began, 28,000 have died") counts a
  // period, not the event: [since, until] (YYYY, YYYY-MM or YYYY-MM-DD; "" =
  // unknown). It never enters an event's fatalities.
  bool cumulative = false;
  std::string since, until;
};

enum class Stance { kAsserts, kDenies };

struct Claim {
  ActorRef source;
  Stance stance = Stance::kAsserts;
  std::string cue;  // "according to", "によると", "denied", ...
};

struct Evidence {
  std::string sentence;
  Span span;  // of the sentence in the document text
  std::string trigger;
};

struct Event {
  std::string id;
  std::string doc;
  std::string lang;
  std::string event_type;
  std::string sub_event_type;
  std::optional<std::string> date;  // YYYY-MM-DD
  std::optional<std::string> date_end;
  int time_precision = 3;
  std::optional<ActorRef> actor1;
  std::vector<ActorRef> assoc_actor1;
  std::optional<ActorRef> actor2;
  std::vector<ActorRef> assoc_actor2;
  std::optional<PlaceRef> place;
  std::optional<long> fatalities;
  std::vector<Count> counts;
  std::vector<Claim> claims;
  bool negated = false;
  double confidence = 0.8;
  Evidence evidence;  // the sentence that gave the record its type
  // The other sentences of the document that report the same event (a
  // headline, a lead and a later restatement are one record).
  std::vector<Evidence> restatements;
  // How the events stage arrived at this record, one step a line (trigger,
  // rule, roles, merges); printed by `extract --explain`, not stored.
  std::vector<std::string> rationale;
};

std::string_view StanceName(Stance s);

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_EVENT_H_
