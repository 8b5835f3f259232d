// Clustering on crowded blocks: many reports of the same days and towns in
// three wars, with rival actors, provinces instead of towns, territory
// transfers and differing tolls. The clusters must equal those of the plain
// definition (clustering.h), computed here the slow way — every cross pair
// scored again at each join — and every pair inside a cluster must be
// compatible; the result must not depend on the order of the reports.
#include "sitrep/fusion/clustering.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

struct War {
  std::vector<document::PlaceRef> places;
  std::vector<document::ActorRef> actors;
};

std::vector<Member> CrowdedReports(int n, unsigned seed) {
  const std::vector<War> wars = {
      {{kHama, kSalamiyah, kHamaProvince}, {kHts, kSyRebels, kSyArmy, kSyGov}},
      {{kBakhmut, kSoledar, kKramatorsk}, {kUaArmy, kRuArmy, kWagner}},
      {{kKhartoum, kOmdurman, kWadMadani}, {kRsf, kSdArmy}},
  };
  const char* kSubTypes[] = {"Armed clash", "Non-state actor overtakes territory",
                             "Government regains territory", "Non-violent transfer of territory"};
  std::mt19937 rng(seed);
  auto pick = [&](int k) { return static_cast<int>(rng() % k); };
  std::vector<Member> out;
  for (int i = 0; i < n; ++i) {
    const War& w = wars[pick(3)];
    Report r;
    r.doc = "doc-" + std::to_string(i / 2);  // some documents tell two events
    r.ordinal = 1 + i % 2;
    r.outlet = "outlet" + std::to_string(pick(7)) + ".example";
    r.lang = pick(3) == 0 ? "ja" : "en";
    r.published = "2024-12-0" + std::to_string(5 + pick(3));
    r.date = "2024-12-0" + std::to_string(4 + pick(3));
    if (pick(8) == 0) r.time_precision = 2;
    r.sub_event_type = kSubTypes[pick(4)];
    r.place = w.places[pick(static_cast<int>(w.places.size()))];
    if (pick(10) == 0) r.place = std::nullopt;
    if (pick(5)) r.actor1 = w.actors[pick(static_cast<int>(w.actors.size()))];
    if (pick(3)) r.actor2 = w.actors[pick(static_cast<int>(w.actors.size()))];
    if (pick(3) == 0) r.fatalities = 1 + pick(12);
    if (pick(12) == 0) {
      r.claim_source = r.actor2 ? *r.actor2 : kSohr;
      r.denies = true;
    }
    out.push_back(MakeMember(r));
  }
  return out;
}

// The strong edges, the slow way: every pair scored, no blocking.
std::vector<Edge> AllStrongEdges(const std::vector<Member>& members, const MergeEvidence& evidence) {
  std::vector<Edge> out;
  for (int a = 0; a < static_cast<int>(members.size()); ++a) {
    for (int b = a + 1; b < static_cast<int>(members.size()); ++b) {
      const PairVerdict v = evidence.Score(members[a], members[b], false);
      if (v.compatible && v.score >= evidence.weights().threshold) out.push_back({a, b, v.score});
    }
  }
  return out;
}

// The definition, the slow way.
std::vector<std::vector<int>> Reference(const std::vector<Member>& members,
                                        const MergeEvidence& evidence) {
  const int n = static_cast<int>(members.size());
  std::vector<int> order(n), rank(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    return CanonicalKey(members[x]) < CanonicalKey(members[y]);
  });
  for (int r = 0; r < n; ++r) rank[order[r]] = r;
  std::vector<Edge> edges = AllStrongEdges(members, evidence);
  for (auto& e : edges) {
    if (rank[e.a] > rank[e.b]) std::swap(e.a, e.b);
  }
  std::sort(edges.begin(), edges.end(), [&](const Edge& x, const Edge& y) {
    if (x.score != y.score) return x.score > y.score;
    if (rank[x.a] != rank[y.a]) return rank[x.a] < rank[y.a];
    return rank[x.b] < rank[y.b];
  });
  std::vector<int> cluster_of(n);
  std::iota(cluster_of.begin(), cluster_of.end(), 0);
  std::vector<std::vector<int>> clusters(n);
  for (int i = 0; i < n; ++i) clusters[i] = {i};
  for (const auto& e : edges) {
    const int ca = cluster_of[e.a], cb = cluster_of[e.b];
    if (ca == cb) continue;
    double sum = 0;
    bool ok = true;
    for (int x : clusters[ca]) {
      for (int y : clusters[cb]) {
        const PairVerdict v = evidence.Score(members[x], members[y], false);
        ok = ok && MayShareCluster(v, evidence.weights());
        sum += v.score;
      }
    }
    const double all = static_cast<double>(clusters[ca].size() * clusters[cb].size());
    if (!ok || sum / all < evidence.weights().min_mean) continue;
    for (int y : clusters[cb]) cluster_of[y] = ca;
    clusters[ca].insert(clusters[ca].end(), clusters[cb].begin(), clusters[cb].end());
    clusters[cb].clear();
  }
  std::vector<std::vector<int>> out;
  for (auto& c : clusters) {
    if (c.empty()) continue;
    std::sort(c.begin(), c.end(), [&](int x, int y) { return rank[x] < rank[y]; });
    out.push_back(c);
  }
  std::sort(out.begin(), out.end(), [&](const auto& x, const auto& y) { return rank[x[0]] < rank[y[0]]; });
  return out;
}

// Returns the clusters as canonical keys, for comparing across orders.
std::vector<std::vector<std::string>> Keys(const std::vector<Member>& members,
                                           const std::vector<std::vector<int>>& clusters) {
  std::vector<std::vector<std::string>> out;
  for (const auto& c : clusters) {
    out.emplace_back();
    for (int i : c) out.back().push_back(CanonicalKey(members[i]));
  }
  return out;
}

class ClusteringTest : public ::testing::Test {
 protected:
  ActorRelations actors_{TestOptions().affiliation};
  MergeEvidence evidence_{actors_};
};

TEST_F(ClusteringTest, CrowdedBlocksClusterAsTheDefinitionSays) {
  for (unsigned seed : {1u, 2u, 3u}) {
    SCOPED_TRACE(seed);
    const std::vector<Member> members = CrowdedReports(400, seed);
    std::vector<std::vector<int>> got;
    size_t merged = 0;
    for (const Cluster& c : ClusterMembers(members, evidence_)) {
      got.push_back(c.members);
      if (c.members.size() > 1) {
        ++merged;
        EXPECT_FALSE(c.reasons.empty());
        ASSERT_TRUE(c.score.has_value());
        EXPECT_GE(*c.score, evidence_.weights().threshold);
      }
      for (size_t x = 0; x < c.members.size(); ++x) {
        for (size_t y = x + 1; y < c.members.size(); ++y) {
          EXPECT_TRUE(MayShareCluster(
              evidence_.Score(members[c.members[x]], members[c.members[y]], false),
              evidence_.weights()));
        }
      }
    }
    EXPECT_EQ(Keys(members, got), Keys(members, Reference(members, evidence_)));
    // Crowded enough to mean something: many merges (400 reports of nine
    // towns and their provinces over three days end in a few dozen
    // clusters), and many refused (far more clusters than towns).
    EXPECT_GE(merged, 10u);
    EXPECT_GE(got.size(), 40u);
  }
}

// The components an incremental update re-clusters, found from a few seeds
// without scoring the rest, are those of the whole strong-edge graph.
TEST_F(ClusteringTest, ComponentsOfSeedsAreThoseOfTheWholeGraph) {
  const std::vector<Member> members = CrowdedReports(500, 21);
  const auto all = Components(static_cast<int>(members.size()), AllStrongEdges(members, evidence_));
  std::mt19937 rng(8);
  for (int round = 0; round < 5; ++round) {
    std::vector<int> seeds;
    for (int k = 0; k < 1 + round * 3; ++k) seeds.push_back(static_cast<int>(rng() % members.size()));
    std::vector<int> want;
    for (const auto& comp : all) {
      const bool touched = std::any_of(comp.begin(), comp.end(), [&](int i) {
        return std::find(seeds.begin(), seeds.end(), i) != seeds.end();
      });
      if (touched) want.insert(want.end(), comp.begin(), comp.end());
    }
    std::sort(want.begin(), want.end());
    EXPECT_EQ(ComponentsOf(members, evidence_, seeds), want);
  }
  size_t largest = 0;
  for (const auto& comp : all) largest = std::max(largest, comp.size());
  EXPECT_GE(largest, 5u) << "components worth finding";
  EXPECT_GE(all.size(), 20u);
}

TEST_F(ClusteringTest, TheOrderOfTheReportsDoesNotMatter) {
  std::vector<Member> members = CrowdedReports(300, 9);
  auto clusters = [&](const std::vector<Member>& ms) {
    std::vector<std::vector<int>> out;
    for (const Cluster& c : ClusterMembers(ms, evidence_)) out.push_back(c.members);
    return Keys(ms, out);
  };
  const auto first = clusters(members);
  std::mt19937 rng(4);
  std::shuffle(members.begin(), members.end(), rng);
  EXPECT_EQ(clusters(members), first);
}

// Two towns' fights on one day, with the same sides, and reports that name
// only their province: the province-level reports may join either fight, but
// never bridge the two towns into one event. In three wars.
TEST_F(ClusteringTest, ProvinceLevelReportsDoNotBridgeTwoTowns) {
  struct Case {
    document::PlaceRef a, b, province;
    document::ActorRef actor1, actor2;
    const char* date;
  };
  const std::vector<Case> cases = {
      {kHama, kSalamiyah, kHamaProvince, kHts, kSyArmy, "2024-12-05"},
      {kBakhmut, kSoledar, Province("Donetsk", 48.0, 37.8, "UA"), kRuArmy, kUaArmy, "2023-01-11"},
      {kKhartoum, kOmdurman, Province("Khartoum", 15.6, 32.5, "SD"), kRsf, kSdArmy, "2023-06-02"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.a.name + " / " + c.b.name);
    std::vector<Member> members;
    for (int i = 0; i < 9; ++i) {
      Report r;
      r.doc = "d" + std::to_string(i);
      r.date = c.date;
      r.place = i < 3 ? c.a : i < 6 ? c.b : c.province;
      r.actor1 = c.actor1;
      r.actor2 = c.actor2;
      members.push_back(MakeMember(r));
    }
    for (const auto& cluster : ClusterMembers(members, evidence_)) {
      std::set<std::string> towns;
      for (int i : cluster.members) {
        if (members[i].event.place->geo_precision == 1) towns.insert(members[i].event.place->name);
      }
      EXPECT_LE(towns.size(), 1u) << "one cluster holds reports of two towns";
    }
  }
}

}  // namespace
}  // namespace sitrep::fusion
