// Blocking: the candidate pairs the merge scores, so that cost grows about
// linearly with the events instead of with their square. Two members are
// candidates when they share a type family, some day of their spans (with a
// transfer of territory on one side, kTransferDateGapDays further), and their
// places could relate (place_relations.h) in a way that matters:
//   - one names no place (unplaced: a candidate of everyone of its days);
//   - the same place id; a province and a place inside it (by admin1); a
//     country and a place inside it;
//   - coordinates within the larger of the two precisions' radii (near, the
//     same spot), found in grids whose cells are at least that radius wide;
//   - coordinates apart (beyond the radii, within kApartKm) only when such a
//     pair could still reach the merge threshold: two places apart may share
//     a cluster only then (MayShareCluster), so a pair that cannot is as good
//     as no candidate. The bound on the best score an apart pair can reach is
//     taken from the weights; with the default weights it needs the same
//     specific toll, so only reports giving one toll are looked up apart.
// Every pair that is an edge (score >= threshold) or may share a cluster is
// a candidate; a pair that is no candidate may never share a cluster, which
// is what clustering assumes (clustering.cc). blocking_test.cc checks both
// against every pair of mixed reports.
#ifndef SITREP_FUSION_BLOCKING_H_
#define SITREP_FUSION_BLOCKING_H_

#include <memory>
#include <utility>
#include <vector>

#include "sitrep/fusion/member.h"
#include "sitrep/fusion/merge_evidence.h"

namespace sitrep::fusion {

// How far apart places are looked up, from the best score an apart pair can
// reach under the weights.
enum class ApartSearch {
  kNone,           // no apart pair can reach the threshold
  kSpecificToll,   // only with the same toll of kSpecificToll or more
  kAnyToll,        // only with the same positive toll
  kAll,            // without a toll: every apart pair is a candidate
};

// Returns the apart search the weights `w` need.
ApartSearch ApartSearchFor(const MergeWeights& w);

// The blocking index over a set of members. Immutable once built; holds a
// reference to `members`, which must outlive it and not change.
class CandidateIndex {
 public:
  // REQUIRES: every member Prepare()d.
  CandidateIndex(const std::vector<Member>& members, const MergeWeights& weights);
  ~CandidateIndex();
  CandidateIndex(const CandidateIndex&) = delete;
  CandidateIndex& operator=(const CandidateIndex&) = delete;

  // Returns the candidates of member `i` (never `i`), ascending, each once.
  // The relation is symmetric.
  std::vector<int> Partners(int i) const;

 private:
  struct Buckets;
  const std::vector<Member>& members_;
  std::unique_ptr<Buckets> buckets_;
};

// Returns the candidate pairs (i < j, indexes into `members`), each once,
// ascending. REQUIRES: every member Prepare()d.
std::vector<std::pair<int, int>> CandidatePairs(const std::vector<Member>& members,
                                                const MergeWeights& weights);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_BLOCKING_H_
