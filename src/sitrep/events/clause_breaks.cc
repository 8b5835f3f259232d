// ClauseBreaks (see clause_breaks.h): a small per-thread cache of the breaks
// of the last sentences asked about. Two entries, since a plug-in may start
// clauses and end them at different words (Japanese opens at 「 and closes
// at 」) and its questions alternate between the two.
#include "sitrep/events/clause_breaks.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace sitrep::events {
namespace {

struct BreakIndex {
  std::string sentence;
  std::vector<std::string> words;                   // the break words it was built with
  std::vector<std::pair<size_t, size_t>> breaks;    // [begin, end), by begin
  size_t longest = 0;                               // the longest break word
};

bool Matches(const BreakIndex& index, std::string_view s, const std::vector<std::string_view>& words) {
  return index.words.size() == words.size() && s == index.sentence &&
         std::equal(index.words.begin(), index.words.end(), words.begin());
}

void Build(BreakIndex& index, std::string_view s, const std::vector<std::string_view>& words) {
  index.sentence.assign(s);
  index.words.assign(words.begin(), words.end());
  index.breaks.clear();
  index.longest = 0;
  for (const auto w : words) index.longest = std::max(index.longest, w.size());
  for (size_t i = 0; i < s.size(); ++i) {
    for (const auto w : words) {
      if (!w.empty() && s[i] == w[0] && s.compare(i, w.size(), w) == 0) index.breaks.push_back({i, i + w.size()});
    }
  }
}

const BreakIndex& IndexOf(std::string_view s, const std::vector<std::string_view>& words) {
  thread_local std::array<BreakIndex, 2> cache;
  thread_local size_t newest = 0;
  for (size_t k = 0; k < cache.size(); ++k) {
    if (Matches(cache[k], s, words)) return cache[k];
  }
  newest = (newest + 1) % cache.size();
  Build(cache[newest], s, words);
  return cache[newest];
}

// The first break starting at or after `pos`.
auto FirstFrom(const std::vector<std::pair<size_t, size_t>>& breaks, size_t pos) {
  return std::lower_bound(breaks.begin(), breaks.end(), pos,
                          [](const std::pair<size_t, size_t>& b, size_t p) { return b.first < p; });
}

}  // namespace

size_t ClauseBreakEndBefore(std::string_view s, size_t pos, const std::vector<std::string_view>& words) {
  const BreakIndex& index = IndexOf(s, words);
  // Breaks that start before pos are those before `it`; when break words
  // overlap, a longer one starting earlier may end later, so look back while
  // one could.
  auto it = FirstFrom(index.breaks, pos);
  size_t best = 0;
  while (it != index.breaks.begin()) {
    --it;
    if (it->first + index.longest <= best) break;
    best = std::max(best, it->second);
  }
  return best;
}

size_t ClauseBreakAtOrAfter(std::string_view s, size_t pos, const std::vector<std::string_view>& words) {
  const BreakIndex& index = IndexOf(s, words);
  const auto it = FirstFrom(index.breaks, pos);
  return it == index.breaks.end() ? s.size() : it->first;
}

}  // namespace sitrep::events
