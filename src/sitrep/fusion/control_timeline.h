// Control timeline: who held each place, as intervals, from the fused
// transfers of territory at that very place (overtakes, regains, non-violent
// transfers and withdrawals, "entered", infobox territorial changes — the
// events and battles stages give them these sub-event types). A larger
// place's control comes only from its own events: a suburb's fall says
// nothing about the city, so nothing is propagated up or down.
//
// Per place, transfers are taken in date order, those of one day together.
// A take's actor1 gains the place and its actor2, when named, held it before
// (which opens the timeline with an interval of unknown start). A non-violent
// transfer is a withdrawal of actor1 — the place passes to actor2, or to
// nobody known — when actor1 held the place, or when another actor takes it
// within kWithdrawalTakeDays; otherwise actor1 gains it (a take without a
// fight). A gain by the holder or its side continues the interval. An
// interval is `contested` when its transfer is denied by some report, when
// reports name rival gainers, or when a report denying a transfer falls
// inside it; every basis event's claims are kept. An event every report
// denies changes nothing.
#ifndef SITREP_FUSION_CONTROL_TIMELINE_H_
#define SITREP_FUSION_CONTROL_TIMELINE_H_

#include <vector>

#include "sitrep/document/fused.h"
#include "sitrep/fusion/actor_relations.h"

namespace sitrep::fusion {

inline constexpr long kWithdrawalTakeDays = 2;

// Returns true when `f` transfers territory: its sub-event type does, or some
// of its reports say it did (a sub_event_type contradiction).
bool IsTransfer(const document::FusedEvent& f);

// Returns the control intervals of every place the transfers among `fused`
// happen at, ordered by place id, then time. Events without a place id or a
// date are left out.
std::vector<document::ControlInterval> ControlTimeline(const std::vector<document::FusedEvent>& fused,
                                                       const ActorRelations& actors);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_CONTROL_TIMELINE_H_
