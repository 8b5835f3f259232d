// AhoCorasick: one multi-pattern automaton over bytes of folded text (see
// kb/name_key.h), so every dictionary name — places, countries, actors,
// generic references — is found in one pass over a document, whatever the
// dictionary size (the alternative, a search per name per sentence, is what
// sitrep_kb_bench compares it with).
//
// Design: a trie whose root has a dense 256-way table and whose other nodes
// keep sorted (byte, child) edges; failure links and "dictionary suffix" links
// are computed breadth-first by Build(), so Search() reports every pattern
// ending at each position in O(text + matches). Immutable after Build();
// Search is const and thread-safe.
#ifndef SITREP_ENTITIES_AHO_CORASICK_H_
#define SITREP_ENTITIES_AHO_CORASICK_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace sitrep::entities {

class AhoCorasick {
 public:
  AhoCorasick();
  // Adds a pattern with a caller-defined payload. REQUIRES: !built(), !key.empty().
  void Add(std::string_view key, int32_t payload);
  // Computes failure links; no Add afterwards.
  void Build();
  bool built() const { return built_; }
  size_t num_states() const { return nodes_.size(); }
  size_t num_patterns() const { return num_patterns_; }

  // Calls on_match(begin, end, payload) for every occurrence of every pattern
  // in `text` ([begin, end) byte offsets), in order of `end`. REQUIRES: built().
  void Search(std::string_view text,
              const std::function<void(size_t, size_t, int32_t)>& on_match) const;

 private:
  friend class NameIndexFile;  // writes and reads the compiled automaton
  // After Build() a node's edges are edges_[edge_begin, edge_end), sorted by
  // byte, one array for all nodes (no allocation per node, so a compiled
  // automaton loads with a few copies); Add() grows building_ instead.
  struct Node {
    uint32_t edge_begin = 0, edge_end = 0;
    int32_t fail = 0;
    int32_t dict = -1;   // nearest node on the failure chain with outputs
    int32_t first_out = -1;  // head of this node's output list in outputs_
    uint32_t depth = 0;
  };
  struct Output {
    int32_t payload;
    int32_t next;
  };
  using Edge = std::pair<uint8_t, int32_t>;  // (byte, child)
  int32_t Child(int32_t node, uint8_t c) const;
  int32_t Step(int32_t node, uint8_t c) const;

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<std::vector<Edge>> building_;  // per node, sorted by byte; empty after Build
  std::vector<Output> outputs_;
  std::array<int32_t, 256> root_{};
  size_t num_patterns_ = 0;
  bool built_ = false;
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_AHO_CORASICK_H_
