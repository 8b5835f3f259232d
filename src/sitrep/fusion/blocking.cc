// Blocking by (family, day) buckets. A member is filed under every day of its
// span (a transfer of territory kTransferDateGapDays further on each side) and
// looks up partners under the same days, so two members meet when their spans
// come within the sum of their reaches. Inside a bucket members are filed by
// what their places could relate through: the place id, admin1 and country
// (for provinces and countries), grid cells of three sizes (a member of
// precision p is filed in the grids of p and coarser, and searches the grid
// of its own radius for members of its level or finer, and each coarser
// grid for members of that level), and an apart grid keyed by the toll when
// the weights need it. A found partner may still be incompatible: scoring
// decides; the index only never misses one that matters.
#include "sitrep/fusion/blocking.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "sitrep/fusion/place_relations.h"

namespace sitrep::fusion {
namespace {

constexpr double kKmPerDegree = 111.19;
// Grid cells are at least this wide, in km: the radius of each precision
// level (place_relations.h), with a margin for the curvature the cells
// ignore; the coarsest is the apart distance, which also covers 75 km.
constexpr std::array<double, 3> kLevelKm = {5.5, 27.5, kApartKm};
constexpr int kApartGrid = 2;
// Beyond this latitude cells would become too wide: such places are open.
constexpr double kMaxGridLatitude = 70.0;

int LevelOf(const document::PlaceRef& p) {
  return p.geo_precision <= 1 ? 0 : p.geo_precision == 2 ? 1 : 2;
}

bool IsRegion(const document::PlaceRef& p) { return p.geo_precision >= 3 && !IsCountryPlace(p); }

// Grid g has rows kLevelKm[g] high (the apart grid: one degree, as before)
// and, per row, columns at least kLevelKm[g] wide at the row's poleward edge,
// so the 3x3 cells around a place hold every place within kLevelKm[g].
long Row(double lat, int grid) {
  const double h = grid == kApartGrid ? 1.0 : kLevelKm[grid] / kKmPerDegree;
  return static_cast<long>(std::floor(lat / h));
}

double ColumnWidthDegrees(long row, int grid) {
  const double h = grid == kApartGrid ? 1.0 : kLevelKm[grid] / kKmPerDegree;
  const double edge = std::min(kMaxGridLatitude, std::max(std::abs(row * h), std::abs((row + 1) * h)));
  return std::max(h, kLevelKm[grid] / (kKmPerDegree * std::cos(edge * M_PI / 180.0)));
}

long Column(double lon, long row, int grid) {
  return static_cast<long>(std::floor(lon / ColumnWidthDegrees(row, grid)));
}

long long CellKey(long x, long y, long salt = 0) {
  return ((static_cast<long long>(y) << 32) ^ (x & 0xffffffffLL)) * 31 + salt;
}

bool Gridded(const Member& m) {
  const auto& p = m.event.place;
  return p && p->lat && p->lon && std::abs(*p->lat) < kMaxGridLatitude;
}

// Unplaced, or placed where no grid reaches: a candidate of everyone.
bool Open(const Member& m) {
  const auto& p = m.event.place;
  return !p || (p->lat && p->lon && !Gridded(m));
}

}  // namespace

ApartSearch ApartSearchFor(const MergeWeights& w) {
  const double date = std::max({w.same_day, w.day_apart, w.dates_overlap, w.transfer_gap});
  const double pair_actors = std::max({0.0, w.actor1_same, w.actor1_allied, w.actor1_other, w.actor1_rival}) +
                             std::max({0.0, w.actor2_same, w.actor2_allied, w.actor2_rival});
  const double actors = std::max({0.0, w.roles_swapped, w.withdrawal_of_loser, pair_actors});
  const double sub = std::max(w.same_sub_type, w.other_sub_type);
  const double bound = date + w.apart + actors + sub;
  if (bound >= w.threshold) return ApartSearch::kAll;
  if (bound + w.same_small_toll >= w.threshold) return ApartSearch::kAnyToll;
  if (bound + w.same_toll >= w.threshold) return ApartSearch::kSpecificToll;
  return ApartSearch::kNone;
}

struct CandidateIndex::Buckets {
  struct Bucket {
    std::vector<int> all, open;
    std::unordered_map<std::string, std::vector<int>> by_id, by_admin1, regions, by_country,
        countries;
    // Per grid, cell -> members by level.
    std::array<std::unordered_map<long long, std::array<std::vector<int>, 3>>, 3> grids;
    std::unordered_map<long long, std::vector<int>> apart;  // (cell, toll) -> members
  };
  struct Key {
    int family;
    long day;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<long long>()((static_cast<long long>(k.family) << 40) ^ k.day);
    }
  };
  ApartSearch apart_search = ApartSearch::kNone;
  std::vector<int> family;  // per member
  std::unordered_map<Key, Bucket, KeyHash> by_key;

  long Reach(const Member& m) const { return m.territorial ? kTransferDateGapDays : 0; }

  // Returns the toll under which `m` is filed apart, or 0 for none.
  long ApartToll(const Member& m) const {
    if (apart_search == ApartSearch::kNone || apart_search == ApartSearch::kAll) return 0;
    const long t = m.event.fatalities.value_or(0);
    if (t <= 0 || (apart_search == ApartSearch::kSpecificToll && t < kSpecificToll)) return 0;
    return t;
  }

  void File(const Member& m, int i, Bucket& b) const {
    b.all.push_back(i);
    if (Open(m)) {
      b.open.push_back(i);
      return;
    }
    const auto& p = *m.event.place;
    if (!p.id.empty()) b.by_id[p.id].push_back(i);
    if (!p.admin1.empty()) b.by_admin1[p.admin1].push_back(i);
    if (IsRegion(p)) {
      b.regions[p.admin1].push_back(i);
      if (p.name != p.admin1) b.regions[p.name].push_back(i);
    }
    if (!p.country.empty()) {
      b.by_country[p.country].push_back(i);
      if (IsCountryPlace(p)) b.countries[p.country].push_back(i);
    }
    if (!Gridded(m)) return;
    const int level = LevelOf(p);
    for (int g = level; g < 3; ++g) {
      const long row = Row(*p.lat, g);
      b.grids[g][CellKey(Column(*p.lon, row, g), row)][level].push_back(i);
    }
    const long toll = ApartToll(m);
    if (toll > 0 || apart_search == ApartSearch::kAll) {
      const long row = Row(*p.lat, kApartGrid);
      b.apart[CellKey(Column(*p.lon, row, kApartGrid), row, toll)].push_back(i);
    }
  }

  // Appends to `out` the members of `b` that may matter to `m`.
  void Search(const Member& m, const Bucket& b, std::vector<int>& out) const {
    auto take = [&](const std::vector<int>& v) { out.insert(out.end(), v.begin(), v.end()); };
    auto take_key = [&](const std::unordered_map<std::string, std::vector<int>>& map,
                        const std::string& key) {
      if (key.empty()) return;
      if (auto it = map.find(key); it != map.end()) take(it->second);
    };
    if (Open(m)) {
      take(b.all);
      return;
    }
    take(b.open);
    const auto& p = *m.event.place;
    take_key(b.by_id, p.id);
    take_key(b.regions, p.admin1);
    if (IsRegion(p)) {
      take_key(b.by_admin1, p.admin1);
      if (p.name != p.admin1) take_key(b.by_admin1, p.name);
    }
    take_key(b.countries, p.country);
    if (IsCountryPlace(p)) take_key(b.by_country, p.country);
    if (!Gridded(m)) return;
    const int level = LevelOf(p);
    for (int g = level; g < 3; ++g) {
      ForNeighbours(*p.lat, *p.lon, g, 0, [&](long long key) {
        auto it = b.grids[g].find(key);
        if (it == b.grids[g].end()) return;
        if (g == level) {
          for (int l = 0; l <= level; ++l) take(it->second[l]);
        } else {
          take(it->second[g]);
        }
      });
    }
    const long toll = ApartToll(m);
    if (toll > 0 || apart_search == ApartSearch::kAll) {
      ForNeighbours(*p.lat, *p.lon, kApartGrid, toll, [&](long long key) {
        if (auto it = b.apart.find(key); it != b.apart.end()) take(it->second);
      });
    }
  }

  // Calls f with the keys of the 3x3 cells of grid `g` around (lat, lon).
  template <typename F>
  static void ForNeighbours(double lat, double lon, int g, long salt, F f) {
    const long row0 = Row(lat, g);
    for (long row = row0 - 1; row <= row0 + 1; ++row) {
      const long column = Column(lon, row, g);
      for (long dx = -1; dx <= 1; ++dx) f(CellKey(column + dx, row, salt));
    }
  }
};

CandidateIndex::CandidateIndex(const std::vector<Member>& members, const MergeWeights& weights)
    : members_(members), buckets_(std::make_unique<Buckets>()) {
  Buckets& bs = *buckets_;
  bs.apart_search = ApartSearchFor(weights);
  std::unordered_map<std::string, int> family_ids;
  bs.family.resize(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    bs.family[i] =
        family_ids.emplace(members[i].family, static_cast<int>(family_ids.size())).first->second;
  }
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    if (!m.dated) continue;
    const long reach = bs.Reach(m);
    for (long d = m.first_day - reach; d <= m.last_day + reach; ++d) {
      bs.File(m, static_cast<int>(i), bs.by_key[{bs.family[i], d}]);
    }
  }
}

CandidateIndex::~CandidateIndex() = default;

std::vector<int> CandidateIndex::Partners(int i) const {
  const Buckets& bs = *buckets_;
  const Member& m = members_[i];
  std::vector<int> out;
  if (!m.dated) return out;
  const long reach = bs.Reach(m);
  for (long d = m.first_day - reach; d <= m.last_day + reach; ++d) {
    auto it = bs.by_key.find({bs.family[i], d});
    if (it != bs.by_key.end()) bs.Search(m, it->second, out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), i), out.end());
  return out;
}

std::vector<std::pair<int, int>> CandidatePairs(const std::vector<Member>& members,
                                                const MergeWeights& weights) {
  const CandidateIndex index(members, weights);
  std::vector<std::pair<int, int>> pairs;
  for (int i = 0; i < static_cast<int>(members.size()); ++i) {
    for (int j : index.Partners(i)) {
      if (j > i) pairs.emplace_back(i, j);
    }
  }
  return pairs;
}

}  // namespace sitrep::fusion
