// Constrained agglomeration over strong edges with a union-find of clusters.
// Joining A and B scores every cross pair, so the total cost is bounded by the
// square of the largest cluster (one event told by a thousand reports: half a
// million pair scores), not of the input.
#include "sitrep/fusion/clustering.h"

#include <algorithm>
#include <numeric>

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

// Returns true when clusters `a` and `b` may be joined.
bool MayJoin(const std::vector<int>& a, const std::vector<int>& b,
             const std::vector<Member>& members, const MergeEvidence& evidence) {
  double sum = 0;
  for (int x : a) {
    for (int y : b) {
      const PairVerdict v = evidence.Score(members[x], members[y], /*explain=*/false);
      if (!v.compatible) return false;
      sum += v.score;
    }
  }
  return sum / (static_cast<double>(a.size()) * b.size()) >= evidence.weights().min_mean;
}

void AddReasons(Cluster& c, const std::vector<std::string>& reasons) {
  for (const auto& r : reasons) {
    if (std::find(c.reasons.begin(), c.reasons.end(), r) == c.reasons.end()) c.reasons.push_back(r);
  }
}

}  // namespace

std::vector<Edge> StrongEdges(const std::vector<Member>& members, const MergeEvidence& evidence) {
  std::vector<Edge> edges;
  for (const auto& [a, b] : CandidatePairs(members)) {
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

std::vector<Cluster> ClusterMembers(const std::vector<Member>& members,
                                    const MergeEvidence& evidence) {
  const int n = static_cast<int>(members.size());
  const std::vector<int> rank = CanonicalRanks(members);
  std::vector<Edge> edges = StrongEdges(members, evidence);
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
    if (ra == rb || !MayJoin(clusters[ra].members, clusters[rb].members, members, evidence)) {
      continue;
    }
    Cluster& into = clusters[ra];
    Cluster& from = clusters[rb];
    into.members.insert(into.members.end(), from.members.begin(), from.members.end());
    AddReasons(into, from.reasons);
    AddReasons(into, evidence.Score(members[e.a], members[e.b]).reasons);
    into.score = std::min({into.score.value_or(e.score), from.score.value_or(e.score), e.score});
    from = Cluster{};
    uf.Join(ra, rb);
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
