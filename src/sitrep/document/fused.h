// FusedEvent and ControlInterval: the records of the fusion stage (DESIGN §3).
// A FusedEvent is one real event as several documents, outlets and languages
// report it: a representative Event, the fatality figures every source gave
// (low/best/high), every member's claims, the fields on which the members
// disagree and why they were merged. A ControlInterval says who held a place
// from when until when, on the basis of which fused events.
#ifndef SITREP_DOCUMENT_FUSED_H_
#define SITREP_DOCUMENT_FUSED_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/document/event.h"

namespace sitrep::document {

// One report a fused event draws on: a member event and its document.
struct FusedSource {
  std::string doc;
  std::string event;      // the member event's id
  std::string lang;
  std::string outlet;     // the publisher (URL host without "www."), "" when unknown
  std::string published;  // YYYY-MM-DD or ""
};

// A member's claim, with the report it was made in.
struct FusedClaim {
  ActorRef source;
  Stance stance = Stance::kAsserts;
  std::string cue;
  std::string doc;
  std::string event;
  std::string outlet;
  std::string lang;
};

// One figure of the dead as one source gave it.
struct FatalityFigure {
  long value = 0;
  bool approx = false;
  std::string source;       // who gives it: the claimant, else the outlet, else the document
  std::string doc;
  std::string event;
  bool partisan = false;    // claimed by a party to the fighting (or its side)
  bool cumulative = false;  // a running total over a period, not this event's toll
  bool denied = false;      // given in a report that denies the event
};

// The fatalities of a fused event. low = the lowest figure a source gives
// (ACLED's rule), high = the highest, best = the figure most independent
// sources give, else their median. Only non-partisan, non-cumulative figures
// of asserting reports count; when every figure is partisan, the range is
// theirs and `partisan` says so.
struct FatalityRange {
  long low = 0;
  long best = 0;
  long high = 0;
  bool partisan = false;
};

// One value a field takes among the members, and who gave it.
struct ContradictionValue {
  std::string value;  // the value as text: a name, a date, a number
  std::string id;     // the entity id for actors and places, else ""
  std::vector<FusedSource> sources;
};

// A field on which the members disagree: fatalities, actor1, actor2, date,
// sub_event_type or place.
struct Contradiction {
  std::string field;
  std::vector<ContradictionValue> values;  // most given first
};

// Why the members were merged.
struct MergeInfo {
  int members = 1;
  std::vector<std::string> reasons;  // distinct, in the order the merges were made
  std::optional<double> score;       // the weakest merge's score; none for one member
};

struct FusedEvent {
  std::string id;  // stable: derived from the first report of the event
  // The representative record: type, sub-type, dates and precision, actors,
  // place, negated (every member denies), confidence. event.id == id,
  // event.doc is "", event.fatalities is fatalities->low.
  Event event;
  std::optional<FatalityRange> fatalities;
  std::vector<FatalityFigure> fatality_figures;
  std::vector<FusedSource> sources;  // one per member event, in canonical order
  std::vector<FusedClaim> claims;
  std::vector<Contradiction> contradictions;
  MergeInfo merge;
};

// Who held a place from `from` until `until`.
struct ControlInterval {
  PlaceRef place;
  std::optional<ActorRef> controller;  // nullopt: nobody known (e.g. after a withdrawal)
  std::string from;                    // YYYY-MM-DD; "" = held before the first report
  std::string until;                   // YYYY-MM-DD (exclusive); "" = still held
  bool contested = false;              // sources disagree (denials, rival claimants)
  std::vector<std::string> basis;      // fused event ids
  std::vector<FusedClaim> claims;
};

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_FUSED_H_
