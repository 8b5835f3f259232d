// Blocking completeness: over mixed reports of three wars — towns a few km to
// tens of km apart, "near" a town, provinces with and without coordinates,
// whole countries, no place, a place beyond the grids' latitude, the same
// tolls at towns apart, transfers a few days off, vague dates — every pair
// that is an edge or may share a cluster must be a candidate, under the
// default weights and under weights that need each kind of apart search. Many
// compatible pairs apart must be left out (the pruning does something), and
// the candidate relation must be symmetric.
#include "sitrep/fusion/blocking.h"

#include <random>
#include <set>

#include <gtest/gtest.h>

#include "sitrep/fusion/fusion_testutil.h"

namespace sitrep::fusion {
namespace {

using namespace testing;

document::PlaceRef Near(document::PlaceRef p) {
  p.id = "near:" + p.id;
  p.name = "near " + p.name;
  p.geo_precision = 2;
  *p.lat += 0.08;
  return p;
}

document::PlaceRef Country(const std::string& cc, double lat, double lon) {
  document::PlaceRef p;
  p.id = "country:" + cc;
  p.name = cc;
  p.country = cc;
  p.lat = lat;
  p.lon = lon;
  p.geo_precision = 3;
  return p;
}

document::PlaceRef Uncharted(document::PlaceRef p) {  // the gazetteer gave no coordinates
  p.lat.reset();
  p.lon.reset();
  return p;
}

std::vector<document::PlaceRef> Places() {
  std::vector<document::PlaceRef> out = {
      kHama, kSalamiyah, kHoms, kHamaProvince, kDamascus, kDarayya,
      kBakhmut, kSoledar, kKramatorsk, kKhartoum, kOmdurman, kWadMadani,
      Near(kBakhmut), Near(kHama), Near(kOmdurman),
      Town("Chasiv Yar", 48.5865, 37.8353, "UA", "Donetsk"),
      Town("Horlivka", 48.3336, 38.0925, "UA", "Donetsk"),
      Province("Donetsk", 48.0, 37.8, "UA"), Province("Khartoum", 15.6, 32.5, "SD"),
      Uncharted(Province("Gezira", 14.5, 33.3, "SD")), Uncharted(Town("Talbiseh", 34.84, 36.73, "SY", "Homs")),
      Country("SY", 35.0, 38.0), Country("UA", 49.0, 32.0), Uncharted(Country("SD", 15.0, 30.0)),
      Town("Dikson", 73.5069, 80.5464, "RU", "Krasnoyarsk"),
      Town("Karaul", 70.0731, 83.1997, "RU", "Krasnoyarsk"),
  };
  // A town without a country or province, as a bare geocoder gives it.
  document::PlaceRef bare = Town("Kupiansk", 49.7106, 37.6156, "", "");
  out.push_back(bare);
  return out;
}

std::vector<Member> Mixed(int n, unsigned seed) {
  const std::vector<document::PlaceRef> places = Places();
  const std::vector<document::ActorRef> actors = {kHts, kSyArmy, kUaArmy, kRuArmy, kWagner, kRsf, kSdArmy};
  const char* kSubTypes[] = {"Armed clash", "Non-state actor overtakes territory",
                             "Government regains territory", "Non-violent transfer of territory",
                             "Air/drone strike"};
  std::mt19937 rng(seed);
  auto pick = [&](int k) { return static_cast<int>(rng() % k); };
  std::vector<Member> out;
  for (int i = 0; i < n; ++i) {
    Report r;
    r.doc = "doc-" + std::to_string(i / 3);
    r.ordinal = 1 + i % 3;
    r.published = "2024-11-2" + std::to_string(pick(10));
    r.date = "2024-11-2" + std::to_string(pick(10));
    r.time_precision = pick(6) == 0 ? 2 + pick(2) : 1;
    if (pick(15) == 0) r.date_end = "2024-11-29";
    r.sub_event_type = kSubTypes[pick(5)];
    if (r.sub_event_type == std::string("Air/drone strike")) r.event_type = "Explosions/Remote violence";
    if (r.sub_event_type == std::string("Non-violent transfer of territory")) {
      r.event_type = "Strategic developments";
    }
    if (pick(12)) r.place = places[pick(static_cast<int>(places.size()))];
    if (pick(4)) r.actor1 = actors[pick(static_cast<int>(actors.size()))];
    if (pick(3)) r.actor2 = actors[pick(static_cast<int>(actors.size()))];
    if (pick(2) == 0) r.fatalities = pick(2) ? 12 : 1 + pick(9);  // the same specific toll is common
    if (pick(10) == 0) {
      r.claim_source = kSohr;
      r.denies = true;
    }
    out.push_back(MakeMember(r));
  }
  return out;
}

struct Counts {
  size_t matter = 0, pruned = 0;  // pairs that matter; compatible pairs left out
};

// Expects every pair that matters to be a candidate; returns the counts.
Counts ExpectComplete(const std::vector<Member>& members, const MergeWeights& w) {
  const ActorRelations actors(TestOptions().affiliation);
  const MergeEvidence evidence(actors, w);
  const auto pairs = CandidatePairs(members, w);
  const std::set<std::pair<int, int>> found(pairs.begin(), pairs.end());
  EXPECT_EQ(found.size(), pairs.size()) << "each pair once";
  Counts c;
  const int n = static_cast<int>(members.size());
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      const PairVerdict v = evidence.Score(members[i], members[j], false);
      if (!v.compatible) continue;
      if (!MayShareCluster(v, w) && v.score < w.threshold) {
        c.pruned += found.count({i, j}) ? 0 : 1;
        continue;
      }
      ++c.matter;
      EXPECT_TRUE(found.count({i, j}))
          << "missed " << CanonicalKey(members[i]) << " / " << CanonicalKey(members[j]) << " at "
          << (members[i].event.place ? members[i].event.place->name : "-") << " / "
          << (members[j].event.place ? members[j].event.place->name : "-") << " score " << v.score;
    }
  }
  return c;
}

TEST(Blocking, EveryPairThatMattersIsACandidateWithTheDefaultWeights) {
  const MergeWeights w;
  EXPECT_EQ(ApartSearchFor(w), ApartSearch::kSpecificToll);
  const Counts c = ExpectComplete(Mixed(900, 5), w);
  EXPECT_GT(c.matter, 2000u);
  EXPECT_GT(c.pruned, 1000u) << "compatible apart pairs that cannot merge are left out";
}

TEST(Blocking, EveryKindOfApartSearchTheWeightsNeed) {
  MergeWeights any_toll;
  any_toll.same_small_toll = 0.45;
  MergeWeights all;
  all.apart = -0.7;
  MergeWeights none;
  none.same_toll = 0.2;
  EXPECT_EQ(ApartSearchFor(any_toll), ApartSearch::kAnyToll);
  EXPECT_EQ(ApartSearchFor(all), ApartSearch::kAll);
  EXPECT_EQ(ApartSearchFor(none), ApartSearch::kNone);
  const auto members = Mixed(600, 9);
  for (const MergeWeights& w : {any_toll, all, none}) ExpectComplete(members, w);
}

TEST(Blocking, PartnersAreSymmetric) {
  const auto members = Mixed(400, 13);
  const MergeWeights w;
  const CandidateIndex index(members, w);
  for (int i = 0; i < static_cast<int>(members.size()); ++i) {
    for (int j : index.Partners(i)) {
      const auto back = index.Partners(j);
      EXPECT_TRUE(std::binary_search(back.begin(), back.end(), i)) << i << " / " << j;
    }
  }
}

TEST(Blocking, TownsApartOnOneDayAreNoCandidatesWithoutTheSameToll) {
  Report a{.doc = "kyiv-independent/1", .published = "2024-01-10", .date = "2024-01-10",
           .place = kBakhmut, .actor1 = kRuArmy, .actor2 = kUaArmy};
  Report b = a;
  b.doc = "ukrinform/7";
  b.place = kKramatorsk;  // about 35 km west
  const std::vector<Member> apart = {MakeMember(a), MakeMember(b)};
  EXPECT_TRUE(CandidatePairs(apart, MergeWeights{}).empty());
  a.fatalities = b.fatalities = 14;
  const std::vector<Member> same_toll = {MakeMember(a), MakeMember(b)};
  EXPECT_EQ(CandidatePairs(same_toll, MergeWeights{}).size(), 1u);
}

}  // namespace
}  // namespace sitrep::fusion
