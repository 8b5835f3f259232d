// Aho–Corasick: every occurrence of every pattern, overlapping and nested,
// agrees with a naive search.
#include "sitrep/entities/aho_corasick.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <tuple>

namespace sitrep::entities {
namespace {

using Hit = std::tuple<size_t, size_t, int32_t>;

std::set<Hit> Naive(const std::vector<std::string>& keys, const std::string& text) {
  std::set<Hit> out;
  for (size_t k = 0; k < keys.size(); ++k) {
    for (size_t p = text.find(keys[k]); p != std::string::npos; p = text.find(keys[k], p + 1)) {
      out.insert({p, p + keys[k].size(), static_cast<int32_t>(k)});
    }
  }
  return out;
}

std::set<Hit> Automaton(const std::vector<std::string>& keys, const std::string& text) {
  AhoCorasick ac;
  for (size_t k = 0; k < keys.size(); ++k) ac.Add(keys[k], static_cast<int32_t>(k));
  ac.Build();
  std::set<Hit> out;
  ac.Search(text, [&](size_t b, size_t e, int32_t p) { out.insert({b, e, p}); });
  return out;
}

TEST(AhoCorasickTest, FindsOverlappingAndNestedPatterns) {
  const std::vector<std::string> keys = {"he", "she", "his", "hers", "シリア", "シリア軍"};
  const std::string text = "ushers シリア軍 his";
  EXPECT_EQ(Automaton(keys, text), Naive(keys, text));
  EXPECT_EQ(Automaton(keys, text).size(), 6u);
}

TEST(AhoCorasickTest, AgreesWithNaiveSearchOnRandomText) {
  std::mt19937 rng(7);
  std::vector<std::string> keys;
  for (int i = 0; i < 200; ++i) {
    std::string k;
    for (int j = 0, n = 1 + rng() % 5; j < n; ++j) k.push_back("abc"[rng() % 3]);
    keys.push_back(k);
  }
  std::string text;
  for (int i = 0; i < 2000; ++i) text.push_back("abcd"[rng() % 4]);
  EXPECT_EQ(Automaton(keys, text), Naive(keys, text));
}

}  // namespace
}  // namespace sitrep::entities
