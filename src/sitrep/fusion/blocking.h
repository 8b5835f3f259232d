// Blocking: the candidate pairs the merge scores, so that cost grows about
// linearly with the events instead of with their square. Two members are
// candidates when they share a type family, some day of their spans (with a
// transfer of territory on one side, kTransferDateGapDays further), and neighbouring
// place cells; a member without a point place (no place, a province, a
// country) is a candidate of every member of its family and day. Every pair
// MergeEvidence could find compatible is a candidate (a superset).
#ifndef SITREP_FUSION_BLOCKING_H_
#define SITREP_FUSION_BLOCKING_H_

#include <utility>
#include <vector>

#include "sitrep/fusion/member.h"

namespace sitrep::fusion {

// Returns the candidate pairs (i < j, indexes into `members`), each once.
// REQUIRES: every member Prepare()d.
std::vector<std::pair<int, int>> CandidatePairs(const std::vector<Member>& members);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_BLOCKING_H_
