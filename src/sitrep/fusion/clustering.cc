// Constrained agglomeration over strong edges. Every candidate pair is scored
// once; what a join needs to know about two clusters (how many of their cross
// pairs are compatible candidates, the sum of their scores, whether one is
// incompatible) is kept per pair of clusters and added up when clusters join,
// so a join costs the number of clusters next to the absorbed one, not the
// product of the two clusters' sizes. A cross pair is counted when its two
// reports may share a cluster (MayShareCluster); a pair that is no candidate
// never may (blocking.h), so two clusters may join only when all of their
// cross pairs were counted.
#include "sitrep/fusion/clustering.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "sitrep/fusion/blocking.h"

namespace sitrep::fusion {
namespace {

class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(int into, int from) { parent_[Find(from)] = Find(into); }
  // REQUIRES: `root` and `other` are roots.
  void JoinUnder(int root, int other) { parent_[other] = root; }

 private:
  std::vector<int> parent_;
};

// Returns each member's rank in canonical order.
std::vector<int> CanonicalRanks(const std::vector<Member>& members) {
  std::vector<std::string> keys;
  keys.reserve(members.size());
  for (const auto& m : members) keys.push_back(CanonicalKey(m));
  std::vector<int> order(members.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int x, int y) { return keys[x] < keys[y]; });
  std::vector<int> rank(members.size());
  for (size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
  return rank;
}

// What is known about the cross pairs of two clusters.
struct CrossPairs {
  long long counted = 0;  // pairs that may share a cluster
  double sum = 0;         // of their scores
  void Add(const CrossPairs& o) {
    counted += o.counted;
    sum += o.sum;
  }
};

// The cross-pair records between clusters, keyed by the clusters' ids (the
// union-find roots), each record held by both of its clusters.
class ClusterLinks {
 public:
  explicit ClusterLinks(int n) : links_(n) {}

  // A pair that may not share a cluster is not recorded: its clusters then
  // count fewer cross pairs than they have and never join, as with a pair
  // that is no candidate at all.
  void AddPair(int a, int b, const PairVerdict& v, const MergeWeights& w) {
    if (!MayShareCluster(v, w)) return;
    const CrossPairs p{1, v.score};
    links_[a][b].Add(p);
    links_[b][a].Add(p);
  }

  // Returns the record between clusters `a` and `b` (empty when none).
  CrossPairs Between(int a, int b) const {
    const auto it = links_[a].find(b);
    return it == links_[a].end() ? CrossPairs{} : it->second;
  }

  size_t Degree(int a) const { return links_[a].size(); }

  // Cluster `from` joins `into`: its records are added to `into`'s.
  void Absorb(int into, int from) {
    links_[into].erase(from);
    for (const auto& [other, p] : links_[from]) {
      if (other == into) continue;
      links_[into][other].Add(p);
      auto& back = links_[other];
      back.erase(from);
      back[into].Add(p);
    }
    links_[from].clear();
  }

 private:
  std::vector<std::unordered_map<int, CrossPairs>> links_;
};

// Returns true when clusters of `size_a` and `size_b` members whose cross
// pairs are `p` may be joined.
bool MayJoin(const CrossPairs& p, size_t size_a, size_t size_b, const MergeWeights& w) {
  const long long all = static_cast<long long>(size_a) * static_cast<long long>(size_b);
  return p.counted == all && p.sum / static_cast<double>(all) >= w.min_mean;
}

void AddReasons(Cluster& c, const std::vector<std::string>& reasons) {
  for (const auto& r : reasons) {
    if (std::find(c.reasons.begin(), c.reasons.end(), r) == c.reasons.end()) c.reasons.push_back(r);
  }
}

}  // namespace

std::vector<Edge> StrongEdges(const std::vector<Member>& members, const MergeEvidence& evidence) {
  std::vector<Edge> edges;
  for (const auto& [a, b] : CandidatePairs(members, evidence.weights())) {
    const PairVerdict v = evidence.Score(members[a], members[b], /*explain=*/false);
    if (v.compatible && v.score >= evidence.weights().threshold) edges.push_back({a, b, v.score});
  }
  return edges;
}

std::vector<std::vector<int>> Components(int n, const std::vector<Edge>& edges) {
  UnionFind uf(n);
  for (const auto& e : edges) uf.Join(e.a, e.b);
  std::vector<std::vector<int>> by_root(n);
  for (int i = 0; i < n; ++i) by_root[uf.Find(i)].push_back(i);
  std::vector<std::vector<int>> out;
  for (auto& c : by_root) {
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

std::vector<int> ComponentsOf(const std::vector<Member>& members, const MergeEvidence& evidence,
                              const std::vector<int>& seeds) {
  const CandidateIndex index(members, evidence.weights());
  std::vector<char> reached(members.size(), 0);
  std::vector<int> frontier, out;
  for (int s : seeds) {
    if (!reached[s]) frontier.push_back(s), reached[s] = 1;
  }
  while (!frontier.empty()) {
    const int i = frontier.back();
    frontier.pop_back();
    out.push_back(i);
    for (int j : index.Partners(i)) {
      if (reached[j]) continue;
      // Scored in the order StrongEdges scores the pair.
      const PairVerdict v =
          evidence.Score(members[std::min(i, j)], members[std::max(i, j)], /*explain=*/false);
      if (v.compatible && v.score >= evidence.weights().threshold) {
        reached[j] = 1;
        frontier.push_back(j);
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Cluster> ClusterMembers(const std::vector<Member>& members,
                                    const MergeEvidence& evidence) {
  const int n = static_cast<int>(members.size());
  const std::vector<int> rank = CanonicalRanks(members);
  ClusterLinks links(n);
  std::vector<Edge> edges;
  for (const auto& [a, b] : CandidatePairs(members, evidence.weights())) {
    const PairVerdict v = evidence.Score(members[a], members[b], /*explain=*/false);
    links.AddPair(a, b, v, evidence.weights());
    if (v.compatible && v.score >= evidence.weights().threshold) edges.push_back({a, b, v.score});
  }
  for (auto& e : edges) {
    if (rank[e.a] > rank[e.b]) std::swap(e.a, e.b);
  }
  std::sort(edges.begin(), edges.end(), [&](const Edge& x, const Edge& y) {
    if (x.score != y.score) return x.score > y.score;
    if (rank[x.a] != rank[y.a]) return rank[x.a] < rank[y.a];
    return rank[x.b] < rank[y.b];
  });
  UnionFind uf(n);
  std::vector<Cluster> clusters(n);
  for (int i = 0; i < n; ++i) clusters[i].members = {i};
  for (const auto& e : edges) {
    const int ra = uf.Find(e.a), rb = uf.Find(e.b);
    if (ra == rb || !MayJoin(links.Between(ra, rb), clusters[ra].members.size(),
                             clusters[rb].members.size(), evidence.weights())) {
      continue;
    }
    Cluster joined = std::move(clusters[ra]);
    Cluster& from = clusters[rb];
    joined.members.insert(joined.members.end(), from.members.begin(), from.members.end());
    AddReasons(joined, from.reasons);
    AddReasons(joined, evidence.Score(members[e.a], members[e.b]).reasons);
    joined.score = std::min({joined.score.value_or(e.score), from.score.value_or(e.score), e.score});
    // The cluster with fewer neighbours is absorbed, whichever side it was.
    const bool keep_a = links.Degree(ra) >= links.Degree(rb);
    const int root = keep_a ? ra : rb, gone = keep_a ? rb : ra;
    links.Absorb(root, gone);
    uf.JoinUnder(root, gone);
    clusters[gone] = Cluster{};
    clusters[root] = std::move(joined);
  }
  std::vector<Cluster> out;
  for (int i = 0; i < n; ++i) {
    if (uf.Find(i) != i) continue;
    Cluster& c = clusters[i];
    std::sort(c.members.begin(), c.members.end(), [&](int x, int y) { return rank[x] < rank[y]; });
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [&](const Cluster& x, const Cluster& y) {
    return rank[x.members[0]] < rank[y.members[0]];
  });
  return out;
}

}  // namespace sitrep::fusion
