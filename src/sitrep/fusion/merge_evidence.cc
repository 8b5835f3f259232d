// The merge evidence passes: document, family, dates, places, actors, type and
// toll, in that order; the first three can rule a pair out.
#include "sitrep/fusion/merge_evidence.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "sitrep/fusion/place_relations.h"

namespace sitrep::fusion {
namespace {

void Add(PairVerdict& v, double weight, bool explain, const std::string& reason) {
  v.score += weight;
  if (explain) v.reasons.push_back(reason);
}

std::string PlaceName(const std::optional<document::PlaceRef>& p) {
  return p ? p->name : std::string("?");
}

std::string ActorName(const std::optional<document::ActorRef>& a) {
  return a ? a->name : std::string("?");
}

bool Agree(ActorRelation r) { return r == ActorRelation::kSame || r == ActorRelation::kAllied; }


bool IsHandover(const Member& m) { return m.event.sub_event_type == "Non-violent transfer of territory"; }

}  // namespace

PairVerdict MergeEvidence::Score(const Member& a, const Member& b, bool explain) const {
  PairVerdict v;
  // The events stage merges within a document; what it leaves apart there is
  // apart, except an event and its denial, which this stage brings together,
  // and the same event told twice at one place (a headline and the body).
  if (a.source.doc == b.source.doc && Denied(a.event) == Denied(b.event) &&
      ComparePlaces(a.event.place, b.event.place).relation != PlaceRelation::kSame) {
    return v;
  }
  if (!SameKind(a, b)) return v;
  if (!ScoreDates(a, b, v, explain) || !ScorePlaces(a, b, v, explain)) {
    v.score = 0;
    v.reasons.clear();
    return v;
  }
  ScoreActors(a, b, v, explain);
  ScoreTypeAndToll(a, b, v, explain);
  v.compatible = true;
  return v;
}

bool MayShareCluster(const PairVerdict& v, const MergeWeights& w) {
  return v.compatible && (!v.places_apart || v.score >= w.threshold);
}

bool MergeEvidence::ScoreDates(const Member& a, const Member& b, PairVerdict& v,
                               bool explain) const {
  if (!a.dated || !b.dated) return false;
  const bool transfer = a.territorial || b.territorial;
  if (a.point_day && b.point_day) {
    const long gap = std::labs(a.day - b.day);
    if (gap == 0) {
      Add(v, w_.same_day, explain, "same day " + *a.event.date);
    } else if (gap <= kDaySlack) {
      Add(v, w_.day_apart, explain, fmt::format("a day apart ({} / {})", *a.event.date, *b.event.date));
    } else if (transfer && gap <= kTransferDateGapDays) {
      Add(v, w_.transfer_gap, explain,
          fmt::format("one transfer told {} days apart ({} / {})", gap, *a.event.date, *b.event.date));
    } else {
      return false;
    }
    return true;
  }
  const long gap = std::max(a.first_day, b.first_day) - std::min(a.last_day, b.last_day);
  if (gap <= 0) {
    Add(v, w_.dates_overlap, explain,
        fmt::format("dates overlap at precision {}/{}", a.event.time_precision,
                    b.event.time_precision));
  } else if (transfer && gap + 2 * kDaySlack <= kTransferDateGapDays) {
    Add(v, w_.transfer_gap, explain, "one transfer told with dates a few days apart");
  } else {
    return false;
  }
  return true;
}

bool MergeEvidence::ScorePlaces(const Member& a, const Member& b, PairVerdict& v,
                                bool explain) const {
  const auto& pa = a.event.place;
  const auto& pb = b.event.place;
  const PlaceComparison c = ComparePlaces(pa, pb);
  const double km = c.km.value_or(0);
  switch (c.relation) {
    case PlaceRelation::kUnplaced:
      Add(v, w_.unplaced, explain, "a report names no place");
      return true;
    case PlaceRelation::kSame:
      Add(v, w_.same_place, explain, "same place " + pa->name + " (" + pa->id + ")");
      return true;
    case PlaceRelation::kSameSpot:
      Add(v, w_.same_spot, explain,
          fmt::format("same spot: {} / {} ({:.1f} km)", pa->name, pb->name, km));
      return true;
    case PlaceRelation::kInside:
      Add(v, w_.inside, explain, PlaceName(pa) + " / " + PlaceName(pb) + ": one in the other's province");
      return true;
    case PlaceRelation::kInsideCountry:
      Add(v, w_.inside_country, explain, PlaceName(pa) + " / " + PlaceName(pb) + ": one in the other's country");
      return true;
    case PlaceRelation::kNear:
      Add(v, w_.near, explain, fmt::format("near: {} / {} ({:.0f} km)", pa->name, pb->name, km));
      return true;
    case PlaceRelation::kApart:
      v.places_apart = true;
      Add(v, w_.apart, explain, fmt::format("apart: {} / {} ({:.0f} km)", pa->name, pb->name, km));
      return true;
    case PlaceRelation::kFar:
      return false;
  }
  return false;
}

void MergeEvidence::ScoreActors(const Member& a, const Member& b, PairVerdict& v,
                                bool explain) const {
  const auto& ea = a.event;
  const auto& eb = b.event;
  const ActorRelation r1 = actors_.Relate(ea.actor1, eb.actor1);
  const ActorRelation r2 = actors_.Relate(ea.actor2, eb.actor2);
  // A handover or withdrawal against a take: the withdrawing side is the one
  // that lost the place, so a rival of the taker is what a withdrawal names.
  if (a.territorial && b.territorial && IsHandover(a) != IsHandover(b) && !Agree(r1)) {
    const Member& handover = IsHandover(a) ? a : b;
    const Member& take = IsHandover(a) ? b : a;
    if (Agree(actors_.Relate(handover.event.actor1, take.event.actor2))) {
      Add(v, w_.withdrawal_of_loser, explain,
          "withdrawal by the side that lost it: " + ActorName(handover.event.actor1));
    }
    return;
  }
  if (!Agree(r1) && Agree(actors_.Relate(ea.actor1, eb.actor2)) &&
      Agree(actors_.Relate(ea.actor2, eb.actor1))) {
    Add(v, w_.roles_swapped, explain,
        "one fight told from both sides: " + ActorName(ea.actor1) + " / " + ActorName(eb.actor1));
    return;
  }
  switch (r1) {
    case ActorRelation::kSame: Add(v, w_.actor1_same, explain, "same actor1 " + ea.actor1->name); break;
    case ActorRelation::kAllied:
      Add(v, w_.actor1_allied, explain, "allied actor1: " + ea.actor1->name + " / " + eb.actor1->name);
      break;
    case ActorRelation::kOther:
      Add(v, w_.actor1_other, explain, "other actor1: " + ea.actor1->name + " / " + eb.actor1->name);
      break;
    case ActorRelation::kRival:
      Add(v, w_.actor1_rival, explain, "rival actor1: " + ea.actor1->name + " / " + eb.actor1->name);
      break;
    case ActorRelation::kUnknown: break;
  }
  switch (r2) {
    case ActorRelation::kSame: Add(v, w_.actor2_same, explain, "same actor2 " + ea.actor2->name); break;
    case ActorRelation::kAllied:
      Add(v, w_.actor2_allied, explain, "allied actor2: " + ea.actor2->name + " / " + eb.actor2->name);
      break;
    case ActorRelation::kRival:
      Add(v, w_.actor2_rival, explain, "rival actor2: " + ea.actor2->name + " / " + eb.actor2->name);
      break;
    case ActorRelation::kOther:
    case ActorRelation::kUnknown: break;
  }
}

void MergeEvidence::ScoreTypeAndToll(const Member& a, const Member& b, PairVerdict& v,
                                     bool explain) const {
  const auto& ea = a.event;
  const auto& eb = b.event;
  if (ea.sub_event_type == eb.sub_event_type) {
    Add(v, w_.same_sub_type, explain, "same sub-event type");
  } else {
    Add(v, w_.other_sub_type, explain, "sub-event types differ: " + ea.sub_event_type + " / " + eb.sub_event_type);
  }
  if (ea.fatalities && eb.fatalities && *ea.fatalities == *eb.fatalities && *ea.fatalities > 0) {
    const bool specific = *ea.fatalities >= kSpecificToll;
    Add(v, specific ? w_.same_toll : w_.same_small_toll, explain,
        fmt::format("same toll {}", *ea.fatalities));
  }
}

}  // namespace sitrep::fusion
