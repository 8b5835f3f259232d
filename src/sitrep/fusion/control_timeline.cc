// Control intervals per place: classify each transfer (who gains, who loses),
// then walk the days.
#include "sitrep/fusion/control_timeline.h"

#include <algorithm>
#include <map>

#include "sitrep/base/date.h"
#include "sitrep/fusion/member.h"

namespace sitrep::fusion {
namespace {

using document::ActorRef;
using document::ControlInterval;
using document::FusedEvent;

constexpr const char* kNonViolentTransfer = "Non-violent transfer of territory";

struct Transfer {
  const FusedEvent* event = nullptr;
  std::string sub_event_type;  // the territorial sub-type it is read as
  std::optional<ActorRef> gainer, loser;
  bool denied_only = false;  // every report denies it
  bool contested = false;
};

// Returns the territorial sub-type `f` is read as: its own, else the one most
// of its reports give.
std::string TerritorialSubType(const FusedEvent& f) {
  if (IsTerritorialSubType(f.event.sub_event_type)) return f.event.sub_event_type;
  for (const auto& c : f.contradictions) {
    if (c.field != "sub_event_type") continue;
    for (const auto& v : c.values) {
      if (IsTerritorialSubType(v.value)) return v.value;  // most given first
    }
  }
  return "";
}

bool Denied(const FusedEvent& f) {
  return std::any_of(f.claims.begin(), f.claims.end(),
                     [](const auto& c) { return c.stance == document::Stance::kDenies; });
}

// Returns true when every source of `v` reported a non-violent transfer, by
// the sub_event_type contradiction of `f` (a withdrawal in a take's record:
// its actor1 is the side that left, not a rival gainer).
bool OnlyWithdrawals(const FusedEvent& f, const document::ContradictionValue& v) {
  for (const auto& c : f.contradictions) {
    if (c.field != "sub_event_type") continue;
    for (const auto& source : v.sources) {
      const bool withdrew = std::any_of(c.values.begin(), c.values.end(), [&](const auto& sub) {
        return sub.value == kNonViolentTransfer &&
               std::any_of(sub.sources.begin(), sub.sources.end(), [&](const auto& s) {
                 return s.doc == source.doc && s.event == source.event;
               });
      });
      if (!withdrew) return false;
    }
    return !v.sources.empty();
  }
  return false;  // one sub-type for all: no member tells another kind of transfer
}

// Returns true when the reports of `f` name gainers that are not allies.
bool RivalActor1(const FusedEvent& f, const ActorRelations& actors) {
  return std::any_of(f.contradictions.begin(), f.contradictions.end(), [&](const auto& c) {
    if (c.field != "actor1") return false;
    std::vector<ActorRef> gainers;
    for (const auto& v : c.values) {
      if (!OnlyWithdrawals(f, v)) gainers.push_back({v.id, v.value, 0});
    }
    for (size_t i = 1; i < gainers.size(); ++i) {
      if (actors.Relate(gainers[0], gainers[i]) != ActorRelation::kAllied) return true;
    }
    return false;
  });
}

long DayOf(const std::string& date) { return Date::Parse(date)->DaysSinceEpoch(); }

bool Holds(const std::optional<ActorRef>& a, const std::optional<ActorRef>& b,
           const ActorRelations& actors) {
  if (!a && !b) return true;  // nobody known, still nobody known
  return actors.SameSide(a, b);
}

// Reads the non-violent transfer `t` (index i of `ts`) as a withdrawal or a
// take; `holder` is who held the place before it.
void ResolveNonViolent(std::vector<Transfer>& ts, size_t i, const std::optional<ActorRef>& holder,
                       const ActorRelations& actors) {
  Transfer& t = ts[i];
  const auto& a1 = t.event->event.actor1;
  bool withdrawal = holder && actors.SameSide(a1, holder);
  const long day = DayOf(*t.event->event.date);
  for (size_t j = i + 1; !withdrawal && !(holder && actors.SameSide(t.event->event.actor2, holder)) &&
                         j < ts.size(); ++j) {
    if (DayOf(*ts[j].event->event.date) - day > kWithdrawalTakeDays) break;
    const auto& other = ts[j].event->event;
    withdrawal = ts[j].sub_event_type != kNonViolentTransfer && other.actor1 &&
                 !actors.SameSide(other.actor1, a1);
  }
  if (withdrawal) {
    t.loser = a1;
    t.gainer = t.event->event.actor2;
    if (t.gainer && actors.SameSide(t.gainer, a1)) t.gainer.reset();
  } else {
    t.gainer = a1;
    t.loser = t.event->event.actor2;
  }
}

void AddBasis(ControlInterval& c, const Transfer& t) {
  c.basis.push_back(t.event->id);
  c.claims.insert(c.claims.end(), t.event->claims.begin(), t.event->claims.end());
  c.contested = c.contested || t.contested;
}

// Returns the intervals of one place from its transfers in date order.
std::vector<ControlInterval> PlaceTimeline(std::vector<Transfer> ts, const ActorRelations& actors) {
  std::vector<ControlInterval> out;
  std::optional<ControlInterval> current;
  std::vector<const Transfer*> pending_denials;  // denials before any interval
  auto attach_denials = [&](ControlInterval& c) {
    for (const Transfer* d : pending_denials) {
      AddBasis(c, *d);
      c.contested = true;
    }
    pending_denials.clear();
  };
  for (size_t i = 0; i < ts.size(); ++i) {
    Transfer& t = ts[i];
    const std::string& date = *t.event->event.date;
    if (t.denied_only) {
      if (!current) {
        pending_denials.push_back(&t);
        continue;
      }
      AddBasis(*current, t);
      current->contested = true;
      continue;
    }
    if (t.sub_event_type == kNonViolentTransfer) {
      ResolveNonViolent(ts, i, current ? current->controller : std::nullopt, actors);
    } else {
      t.gainer = t.event->event.actor1;
      t.loser = t.event->event.actor2;
    }
    if (current && Holds(current->controller, t.gainer, actors)) {
      AddBasis(*current, t);
      continue;
    }
    // A withdrawal to nobody known followed the same day by a named take: the
    // take names the new holder.
    if (current && !current->controller && current->from == date && t.gainer) {
      current->controller = t.gainer;
      AddBasis(*current, t);
      continue;
    }
    // Rival gainers on one day: the first stands, contested; the rival's
    // claims join it.
    if (current && current->from == date) {
      AddBasis(*current, t);
      current->contested = true;
      continue;
    }
    if (current) {
      current->until = date;
      out.push_back(std::move(*current));
    } else if (t.loser) {
      ControlInterval before;
      before.place = *t.event->event.place;
      before.controller = t.loser;
      before.until = date;
      before.basis = {t.event->id};
      attach_denials(before);
      out.push_back(std::move(before));
    }
    current = ControlInterval{};
    current->place = *t.event->event.place;
    current->controller = t.gainer;
    current->from = date;
    AddBasis(*current, t);
    attach_denials(*current);
  }
  if (current) out.push_back(std::move(*current));
  return out;
}

}  // namespace

bool IsTransfer(const FusedEvent& f) { return !TerritorialSubType(f).empty(); }

std::vector<ControlInterval> ControlTimeline(const std::vector<FusedEvent>& fused,
                                             const ActorRelations& actors) {
  std::map<std::string, std::vector<Transfer>> by_place;
  for (const auto& f : fused) {
    if (!f.event.date || !Date::Parse(*f.event.date) || !f.event.place || f.event.place->id.empty())
      continue;
    Transfer t;
    t.sub_event_type = TerritorialSubType(f);
    if (t.sub_event_type.empty()) continue;
    t.event = &f;
    t.denied_only = f.event.negated;
    t.contested = Denied(f) || RivalActor1(f, actors);
    by_place[f.event.place->id].push_back(t);
  }
  std::vector<ControlInterval> out;
  for (auto& [place, ts] : by_place) {
    // By day; within a day the best-reported transfer first.
    std::sort(ts.begin(), ts.end(), [](const Transfer& a, const Transfer& b) {
      const auto &ea = *a.event, &eb = *b.event;
      if (*ea.event.date != *eb.event.date) return *ea.event.date < *eb.event.date;
      if (ea.sources.size() != eb.sources.size()) return ea.sources.size() > eb.sources.size();
      return ea.id < eb.id;
    });
    for (auto& c : PlaceTimeline(std::move(ts), actors)) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace sitrep::fusion
