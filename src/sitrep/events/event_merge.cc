// Within-document merge of repeated events.
#include <algorithm>

#include "sitrep/events/event_merge_internal.h"

namespace sitrep::events {
namespace {

using document::Event;

bool SamePlace(const Event& a, const Event& b) {
  if (!a.place || !b.place) return false;
  return a.place->id == b.place->id;
}

bool ClaimsCompatible(const Event& a, const Event& b) {
  if (a.claims.empty() || b.claims.empty()) return true;
  for (const auto& ca : a.claims) {
    for (const auto& cb : b.claims) {
      if (ca.source.id == cb.source.id && ca.stance != cb.stance) return false;
    }
  }
  auto stances = [](const Event& e) {
    bool denies = false;
    for (const auto& c : e.claims) denies |= c.stance == document::Stance::kDenies;
    return denies;
  };
  return stances(a) == stances(b);
}

void Absorb(Event& into, Event&& from) {
  for (auto& c : from.claims) {
    const bool dup = std::any_of(into.claims.begin(), into.claims.end(), [&](const auto& o) {
      return o.source.id == c.source.id && o.stance == c.stance;
    });
    if (!dup) into.claims.push_back(std::move(c));
  }
  if (!into.actor1 && from.actor1) into.actor1 = from.actor1;
  if (!into.actor2 && from.actor2) into.actor2 = from.actor2;
  for (auto& c : from.counts) into.counts.push_back(std::move(c));
  if (from.fatalities && (!into.fatalities || *from.fatalities < *into.fatalities))
    into.fatalities = from.fatalities;
  into.confidence = std::max(into.confidence, from.confidence);
  if (from.time_precision < into.time_precision) {
    into.date = from.date;
    into.date_end = from.date_end;
    into.time_precision = from.time_precision;
  }
}

}  // namespace

void MergeRepeats(std::vector<Event>& events) {
  std::vector<Event> out;
  for (auto& e : events) {
    auto same = std::find_if(out.begin(), out.end(), [&](const Event& o) {
      return o.sub_event_type == e.sub_event_type && SamePlace(o, e) && o.date == e.date &&
             o.negated == e.negated && ClaimsCompatible(o, e);
    });
    if (same == out.end()) out.push_back(std::move(e));
    else Absorb(*same, std::move(e));
  }
  events = std::move(out);
}

}  // namespace sitrep::events
