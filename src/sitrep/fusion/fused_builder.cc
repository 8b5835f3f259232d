// Fused event assembly: one pass per output field, over the members in
// canonical order (so "the earliest report" breaks every tie).
#include "sitrep/fusion/fused_builder.h"

#include <algorithm>
#include <map>

#include "sitrep/fusion/contradictions.h"
#include "sitrep/fusion/fatalities.h"
#include "sitrep/store/store.h"

namespace sitrep::fusion {
namespace {

using Members = std::vector<const Member*>;

// Returns the index (into `members`) of the first member whose key is the most
// frequent; keys "" do not count. -1 when no member has a key.
template <typename KeyOf>
int MostGiven(const Members& members, KeyOf key_of) {
  std::map<std::string, int> count;
  for (const Member* m : members) {
    const std::string k = key_of(*m);
    if (!k.empty()) ++count[k];
  }
  int best = -1, best_count = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    const std::string k = key_of(*members[i]);
    if (!k.empty() && count[k] > best_count) {
      best = static_cast<int>(i);
      best_count = count[k];
    }
  }
  return best;
}

void ChooseType(const Members& members, document::Event& out) {
  const int i = MostGiven(members, [](const Member& m) {
    return m.event.event_type + "\x1f" + m.event.sub_event_type;
  });
  out.event_type = members[i]->event.event_type;
  out.sub_event_type = members[i]->event.sub_event_type;
}

void ChooseDate(const Members& members, document::Event& out) {
  std::map<std::string, int> days;
  for (const Member* m : members) {
    if (m->point_day) ++days[*m->event.date];
  }
  if (!days.empty()) {
    // The day most reports give; among equals the earliest (map order).
    auto best = days.begin();
    for (auto it = days.begin(); it != days.end(); ++it) {
      if (it->second > best->second) best = it;
    }
    out.date = best->first;
    out.date_end.reset();
    out.time_precision = 1;
    return;
  }
  const Member* chosen = nullptr;
  for (const Member* m : members) {
    if (!m->event.date) continue;
    const long span = m->last_day - m->first_day;
    if (!chosen || m->event.time_precision < chosen->event.time_precision ||
        (m->event.time_precision == chosen->event.time_precision &&
         span < chosen->last_day - chosen->first_day)) {
      chosen = m;
    }
  }
  if (!chosen) return;
  out.date = chosen->event.date;
  out.date_end = chosen->event.date_end;
  out.time_precision = chosen->event.time_precision;
}

void ChoosePlace(const Members& members, document::Event& out) {
  int finest = 4;
  for (const Member* m : members) {
    if (m->event.place) finest = std::min(finest, m->event.place->geo_precision);
  }
  const int i = MostGiven(members, [finest](const Member& m) {
    const auto& p = m.event.place;
    return p && p->geo_precision == finest ? (p->id.empty() ? "name:" + p->name : p->id) : "";
  });
  if (i >= 0) out.place = members[i]->event.place;
}

std::optional<document::ActorRef> ChooseActor(const Members& members, bool first) {
  auto actor = [first](const Member& m) -> const std::optional<document::ActorRef>& {
    return first ? m.event.actor1 : m.event.actor2;
  };
  int i = MostGiven(members, [&](const Member& m) { return actor(m) ? actor(m)->id : ""; });
  if (i < 0) i = MostGiven(members, [&](const Member& m) { return actor(m) ? actor(m)->name : ""; });
  return i < 0 ? std::nullopt : actor(*members[i]);
}

std::vector<document::ActorRef> AssociatedActors(const Members& members, bool first,
                                                 const std::optional<document::ActorRef>& main) {
  std::vector<document::ActorRef> out;
  for (const Member* m : members) {
    for (const auto& a : first ? m->event.assoc_actor1 : m->event.assoc_actor2) {
      const bool known = std::any_of(out.begin(), out.end(), [&](const auto& b) {
        return b.id == a.id && b.name == a.name;
      });
      if (!known && !(main && main->id == a.id && main->name == a.name)) out.push_back(a);
    }
  }
  return out;
}

double Confidence(const Members& members) {
  std::map<std::string, double> per_outlet;
  double best_denial = 0;
  bool denied = false;
  for (const Member* m : members) {
    const std::string outlet = m->source.outlet.empty() ? m->source.doc : m->source.outlet;
    const bool denies = Denied(m->event);
    denied = denied || denies;
    if (denies) {
      best_denial = std::max(best_denial, m->event.confidence);
    } else {
      per_outlet[outlet] = std::max(per_outlet[outlet], m->event.confidence);
    }
  }
  if (per_outlet.empty()) return best_denial * kAllDeniedFactor;
  double doubt = 1.0;
  for (const auto& [outlet, c] : per_outlet) doubt *= 1.0 - std::clamp(c, 0.0, 1.0);
  const double c = std::min(kMaxConfidence, 1.0 - doubt);
  return denied ? c * kDeniedFactor : c;
}

std::vector<document::FusedClaim> Claims(const Members& members) {
  std::vector<document::FusedClaim> out;
  for (const Member* m : members) {
    for (const auto& c : m->event.claims) {
      out.push_back({c.source, c.stance, c.cue, m->source.doc, m->source.event, m->source.outlet,
                     m->source.lang});
    }
  }
  return out;
}

}  // namespace

std::string FusedIdOf(const Member& anchor) {
  const std::string hash = store::ContentHash(anchor.source.doc + '\x1f' + anchor.source.event);
  return "fe:" + hash.substr(hash.find(':') + 1);
}

document::FusedEvent BuildFusedEvent(const std::vector<Member>& all, const Cluster& cluster,
                                     const ActorRelations& actors) {
  Members members;
  for (int i : cluster.members) members.push_back(&all[i]);
  document::FusedEvent f;
  f.id = FusedIdOf(*members[0]);
  document::Event& e = f.event;
  e.id = f.id;
  e.evidence = members[0]->event.evidence;
  // What happened, when and by whom is what the asserting reports say; the
  // denials (dated when they were made) only when every report denies.
  Members asserting;
  for (const Member* m : members) {
    if (!Denied(m->event)) asserting.push_back(m);
  }
  const Members& basis = asserting.empty() ? members : asserting;
  ChooseType(basis, e);
  ChooseDate(basis, e);
  ChoosePlace(members, e);
  e.actor1 = ChooseActor(basis, true);
  e.actor2 = ChooseActor(basis, false);
  e.assoc_actor1 = AssociatedActors(members, true, e.actor1);
  e.assoc_actor2 = AssociatedActors(members, false, e.actor2);
  e.negated = std::all_of(members.begin(), members.end(), [](const Member* m) { return Denied(m->event); });
  e.confidence = Confidence(members);
  std::vector<std::optional<document::ActorRef>> parties = {e.actor1, e.actor2};
  for (const Member* m : members) {
    parties.push_back(m->event.actor1);
    parties.push_back(m->event.actor2);
  }
  f.fatality_figures = CollectFigures(members, parties, actors);
  f.fatalities = RangeOf(f.fatality_figures);
  if (f.fatalities) e.fatalities = f.fatalities->low;
  for (const Member* m : members) f.sources.push_back(m->source);
  f.claims = Claims(members);
  f.contradictions = FindContradictions(members, e, f.fatality_figures, actors);
  f.merge.members = static_cast<int>(members.size());
  f.merge.reasons = cluster.reasons;
  f.merge.score = cluster.score;
  return f;
}

}  // namespace sitrep::fusion
