// Merge evidence: whether two reports' events can be one real event, and how
// strongly the reports say so. Each kind of evidence is a named pass adding a
// named weight (log-odds-like: positive for agreement, negative for
// disagreement) and a reason; a hard incompatibility (another type family,
// dates that cannot overlap, places in other countries or too far apart, two
// events the same document keeps apart — unless one is the other's denial)
// makes the pair incompatible whatever else agrees.
//
// How the weights were chosen: by hand, on the cases the merge must get right,
// which the tests pin (merge_evidence_test.cc): one event told with the same
// place and day merges on that alone (1.5 + 1.0 > threshold); each single kind
// of real noise — missing actors, a province-level place, a date a day off, a
// differing sub-type — still merges when place and date otherwise agree; two
// towns 8-50 km apart on one day with the same actors and sub-type stay apart
// (the apart penalty outweighs actor and sub-type agreement) unless the same
// specific toll also agrees; the same city two days apart is one transfer of
// territory only with agreeing actors, and never one clash; a report without a
// place (or naming only the country) joins an event of its day only when both
// actors and the sub-type agree.
#ifndef SITREP_FUSION_MERGE_EVIDENCE_H_
#define SITREP_FUSION_MERGE_EVIDENCE_H_

#include <string>
#include <vector>

#include "sitrep/fusion/actor_relations.h"
#include "sitrep/fusion/member.h"

namespace sitrep::fusion {

struct MergeWeights {
  // Date.
  double same_day = 1.0;        // both to the day, the same day
  double day_apart = 0.4;       // both to the day, one day apart (kDaySlack)
  double dates_overlap = 0.2;   // coarser dates whose spans overlap
  double transfer_gap = -0.8;   // a transfer told 2-3 days apart (kTransferDateGapDays)
  // Place.
  double same_place = 1.5;      // the same gazetteer id
  double same_spot = 1.2;       // different ids, within kSameSpotKm
  double inside = 0.6;          // a town in the province the other names
  double inside_country = -0.8; // anything in the country the other names: as vague as none
  double near = 0.3;            // within the coarser precision's radius
  double apart = -1.3;          // beyond it but within kApartKm
  double unplaced = -0.8;       // one or both reports name no place
  // Actors, by entity id.
  double actor1_same = 0.5;
  double actor1_allied = 0.2;
  double actor1_other = -0.1;   // another entity of the same category
  double actor1_rival = -0.6;   // an entity of another category
  double actor2_same = 0.3;
  double actor2_allied = 0.1;
  double actor2_rival = -0.3;
  double roles_swapped = 0.3;   // a1 = b2 and a2 = b1: one clash told from both sides
  double withdrawal_of_loser = 0.3;  // a withdrawal by the side a take names as the loser
  // Type.
  double same_sub_type = 0.3;
  double other_sub_type = -0.2;
  // Fatalities: the same specific figure is rare by chance.
  double same_toll = 0.5;       // the same figure, kSpecificToll or more
  double same_small_toll = 0.2; // the same figure below kSpecificToll
  // A pair merges at this score or above.
  double threshold = 1.2;
  // A cluster merges with another only when the mean score over all their
  // cross pairs is at least this (every cross pair compatible, too).
  double min_mean = 0.3;
};

inline constexpr long kSpecificToll = 5;

// The verdict on one pair.
struct PairVerdict {
  bool compatible = false;
  double score = 0.0;
  std::vector<std::string> reasons;  // one per pass that had something to say
  bool places_apart = false;  // two places beyond each other's radius (PlaceRelation::kApart)
};

// Returns true when the two reports of `v` may be in one cluster: they are
// compatible, and when they name places apart, their own evidence reaches
// the threshold. Two towns' reports that only province-level or vague
// reports bridge stay two events (no chaining through vague reports); two
// towns told with the same specific toll still merge.
bool MayShareCluster(const PairVerdict& v, const MergeWeights& w);

// Scores pairs of prepared members. Immutable; safe to share.
class MergeEvidence {
 public:
  MergeEvidence(const ActorRelations& actors, MergeWeights weights = {})
      : actors_(actors), w_(weights) {}

  // Returns the verdict on `a` and `b` (REQUIRES: both Prepare()d). With
  // `explain` false the reasons are left empty (the hot path).
  PairVerdict Score(const Member& a, const Member& b, bool explain = true) const;

  const MergeWeights& weights() const { return w_; }

 private:
  bool ScoreDates(const Member& a, const Member& b, PairVerdict& v, bool explain) const;
  bool ScorePlaces(const Member& a, const Member& b, PairVerdict& v, bool explain) const;
  void ScoreActors(const Member& a, const Member& b, PairVerdict& v, bool explain) const;
  void ScoreTypeAndToll(const Member& a, const Member& b, PairVerdict& v, bool explain) const;

  const ActorRelations& actors_;
  MergeWeights w_;
};

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_MERGE_EVIDENCE_H_
