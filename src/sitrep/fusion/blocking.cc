// Blocking by (family, day) buckets, each holding its point members by cell
// and its wide members in a list. A member is filed under every day of its
// span and looks up partners under every day it may reach; a per-member mark
// keeps each pair once.
#include "sitrep/fusion/blocking.h"

#include <algorithm>
#include <unordered_map>

namespace sitrep::fusion {
namespace {

struct Bucket {
  std::unordered_map<long long, std::vector<int>> cells;  // CellKey -> members
  std::vector<int> points;                                // every point member
  std::vector<int> wide;
};

long long CellKey(long x, long y) { return (static_cast<long long>(y) << 32) ^ (x & 0xffffffffLL); }

struct BucketKey {
  int family;
  long day;
  bool operator==(const BucketKey&) const = default;
};

struct BucketKeyHash {
  size_t operator()(const BucketKey& k) const {
    return std::hash<long long>()((static_cast<long long>(k.family) << 40) ^ k.day);
  }
};

}  // namespace

std::vector<std::pair<int, int>> CandidatePairs(const std::vector<Member>& members) {
  std::unordered_map<std::string, int> family_ids;
  std::vector<int> family(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    family[i] = family_ids.emplace(members[i].family, static_cast<int>(family_ids.size())).first->second;
  }
  std::unordered_map<BucketKey, Bucket, BucketKeyHash> buckets;
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    if (!m.dated) continue;
    for (long d = m.first_day; d <= m.last_day; ++d) {
      Bucket& b = buckets[{family[i], d}];
      if (m.wide) {
        b.wide.push_back(static_cast<int>(i));
      } else {
        b.cells[CellKey(m.cell_x, m.cell_y)].push_back(static_cast<int>(i));
        b.points.push_back(static_cast<int>(i));
      }
    }
  }
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> seen(members.size(), -1);
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    if (!m.dated) continue;
    const int self = static_cast<int>(i);
    // A transfer of territory looks further than others do; it takes the
    // partners that could not see it (earlier indexes that are no transfer).
    auto take = [&](const std::vector<int>& partners) {
      for (int j : partners) {
        if (j == self || seen[j] == self) continue;
        if (j < self && !(m.territorial && !members[j].territorial)) continue;
        seen[j] = self;
        pairs.emplace_back(std::min(self, j), std::max(self, j));
      }
    };
    const long reach = m.territorial ? kTransferDateGapDays : 0;
    for (long d = m.first_day - reach; d <= m.last_day + reach; ++d) {
      auto it = buckets.find({family[i], d});
      if (it == buckets.end()) continue;
      const Bucket& b = it->second;
      take(b.wide);
      if (m.wide) {
        take(b.points);
        continue;
      }
      for (long dy = -1; dy <= 1; ++dy) {
        const long row = m.cell_y + dy;
        const double lon = *m.event.place->lon;
        const long column = CellColumn(lon, row);
        for (long dx = -1; dx <= 1; ++dx) {
          auto cell = b.cells.find(CellKey(column + dx, row));
          if (cell != b.cells.end()) take(cell->second);
        }
      }
    }
  }
  // A transfer and an earlier non-transfer may have found each other twice.
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace sitrep::fusion
