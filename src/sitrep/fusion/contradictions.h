// Contradictions: the fields on which the members of a fused event disagree,
// each value with the reports that gave it. Fields: date (among reports dated
// to the day that assert the event: a denial is dated when it was made), place
// (among town-level places; a province containing the town refines rather
// than contradicts), actor1 and actor2 (by entity id; allied entities — an
// army and its government — do not contradict, and in a take, a withdrawal's
// actor1 is the side that left, not a rival taker), sub_event_type, and
// fatalities (the tolls that count, see fatalities.h).
#ifndef SITREP_FUSION_CONTRADICTIONS_H_
#define SITREP_FUSION_CONTRADICTIONS_H_

#include <vector>

#include "sitrep/fusion/actor_relations.h"
#include "sitrep/fusion/member.h"

namespace sitrep::fusion {

// Returns the contradictions among `members` (canonical order) of the fused
// event represented by `event`, whose toll figures are `figures`. Values are
// listed most given first, then in order.
std::vector<document::Contradiction> FindContradictions(
    const std::vector<const Member*>& members, const document::Event& event,
    const std::vector<document::FatalityFigure>& figures, const ActorRelations& actors);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_CONTRADICTIONS_H_
