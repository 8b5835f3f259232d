// Clustering: which members are one real event. Candidate pairs (blocking.h)
// scoring at least the threshold are the edges; edges are taken strongest
// first (ties broken by the members' canonical keys, so the result depends
// only on the events, never on the order they were loaded in), and an edge
// joins its two clusters only when every cross pair may share a cluster
// (MayShareCluster: compatible, and strong on its own when its places are
// apart) and the cross pairs' mean score reaches weights().min_mean. These
// vetoes guard against chaining: a report a day after the event may join it,
// but cannot pull in an event two days later, and a province-level report
// may join one town's fight, but cannot pull in the next town's.
//
// A cluster lies inside one connected component of the edge graph, and
// clustering a component does not depend on the rest: incremental fusion
// recomputes only the components a change touches (store_fusion.h).
#ifndef SITREP_FUSION_CLUSTERING_H_
#define SITREP_FUSION_CLUSTERING_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/fusion/merge_evidence.h"

namespace sitrep::fusion {

struct Cluster {
  std::vector<int> members;          // indexes into the members, canonical order
  std::vector<std::string> reasons;  // of the joining edges, distinct, in join order
  std::optional<double> score;       // the weakest joining edge's score
};

// A strong edge of the merge graph.
struct Edge {
  int a = 0, b = 0;
  double score = 0;
};

// Returns the strong edges among `members` (score >= threshold).
std::vector<Edge> StrongEdges(const std::vector<Member>& members, const MergeEvidence& evidence);

// Returns the connected components of `edges` over `n` members, each as
// sorted member indexes; members without edges are components of their own.
std::vector<std::vector<int>> Components(int n, const std::vector<Edge>& edges);

// Returns the members of the connected components of the strong-edge graph
// that hold a member of `seeds`, as sorted indexes. Scores only the pairs of
// those components' members, not of all `members`: what an incremental update
// needs inside a wide window. REQUIRES: every member Prepare()d.
std::vector<int> ComponentsOf(const std::vector<Member>& members, const MergeEvidence& evidence,
                              const std::vector<int>& seeds);

// Returns the clusters of `members`, ordered by their first member's
// canonical key. REQUIRES: every member Prepare()d.
std::vector<Cluster> ClusterMembers(const std::vector<Member>& members,
                                    const MergeEvidence& evidence);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_CLUSTERING_H_
