// Fatalities of a fused event: every figure a member report gives, who gives
// it, whether it is partisan (the claimant is a party to the fight, or on one
// party's side: its claims about the enemy's losses are kept but not counted),
// cumulative (a running total, never this event's toll) or from a report that
// denies the event; and the low/best/high range of the figures that count
// (document::FatalityRange states the rule).
#ifndef SITREP_FUSION_FATALITIES_H_
#define SITREP_FUSION_FATALITIES_H_

#include <optional>
#include <vector>

#include "sitrep/fusion/actor_relations.h"
#include "sitrep/fusion/member.h"

namespace sitrep::fusion {

// Returns the figures of `members` (in their order): each member's toll (the
// events stage's `fatalities`) and its cumulative killed counts. `parties` are
// the actors of the fight (the fused event's and the members' actor1/actor2).
std::vector<document::FatalityFigure> CollectFigures(
    const std::vector<const Member*>& members,
    const std::vector<std::optional<document::ActorRef>>& parties, const ActorRelations& actors);

// Returns the range of `figures`, or nullopt when none counts.
std::optional<document::FatalityRange> RangeOf(const std::vector<document::FatalityFigure>& figures);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_FATALITIES_H_
