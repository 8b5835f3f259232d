// Building a fused event from a cluster of members: the stable id, the
// representative fields, sources, claims, fatalities, contradictions and the
// merge record.
//
// Representative fields, each chosen by a rule that a wrong report cannot
// swing alone, among the reports that assert the event (all of them when every
// report denies it): the type pair and the actors are the ones most give
// (entity ids; ties go to the earliest report); the date is the day most
// day-precise reports give (ties: the earliest day), else the most precise
// report's date; the place is the most precise level any report gives, and at
// that level the one most reports give. Confidence is the noisy-or of the
// asserting outlets (each outlet counts once, at its most confident report),
// lowered by kDeniedFactor when some report denies the event. `negated` means
// every report denies it.
#ifndef SITREP_FUSION_FUSED_BUILDER_H_
#define SITREP_FUSION_FUSED_BUILDER_H_

#include <string>
#include <vector>

#include "sitrep/fusion/actor_relations.h"
#include "sitrep/fusion/clustering.h"

namespace sitrep::fusion {

// Confidence of a fused event some report denies is multiplied by this; of one
// every report denies, the most confident denial's times kAllDeniedFactor.
inline constexpr double kDeniedFactor = 0.85;
inline constexpr double kAllDeniedFactor = 0.5;
inline constexpr double kMaxConfidence = 0.99;

// Returns the stable id of the fused event whose first report (canonical
// order) is `anchor`: "fe:" and 16 hex digits of its document and event ids.
std::string FusedIdOf(const Member& anchor);

// Returns the fused event of `cluster` over `members`.
document::FusedEvent BuildFusedEvent(const std::vector<Member>& members, const Cluster& cluster,
                                     const ActorRelations& actors);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_FUSED_BUILDER_H_
