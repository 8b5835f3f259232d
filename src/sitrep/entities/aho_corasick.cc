// Aho–Corasick construction and search (see aho_corasick.h for the design).
#include "sitrep/entities/aho_corasick.h"

#include <algorithm>
#include <deque>
#include <span>

#include "sitrep/base/status.h"

namespace sitrep::entities {

AhoCorasick::AhoCorasick() {
  nodes_.emplace_back();
  building_.emplace_back();
}

int32_t AhoCorasick::Child(int32_t node, uint8_t c) const {
  if (node == 0 && built_) return root_[c];
  const Edge* begin;
  const Edge* end;
  if (built_) {
    begin = edges_.data() + nodes_[node].edge_begin;
    end = edges_.data() + nodes_[node].edge_end;
  } else {
    begin = building_[node].data();
    end = begin + building_[node].size();
  }
  const Edge* it = std::lower_bound(begin, end, Edge{c, int32_t{-1}});
  return (it != end && it->first == c) ? it->second : -1;
}

void AhoCorasick::Add(std::string_view key, int32_t payload) {
  SITREP_CHECK(!built_ && !key.empty());
  int32_t node = 0;
  for (unsigned char c : key) {
    int32_t child = Child(node, c);
    if (child < 0) {
      child = static_cast<int32_t>(nodes_.size());
      nodes_.emplace_back();
      building_.emplace_back();
      nodes_.back().depth = nodes_[node].depth + 1;
      auto& next = building_[node];
      next.insert(std::lower_bound(next.begin(), next.end(), Edge{c, int32_t{-1}}), {c, child});
    }
    node = child;
  }
  outputs_.push_back({payload, nodes_[node].first_out});
  nodes_[node].first_out = static_cast<int32_t>(outputs_.size() - 1);
  ++num_patterns_;
}

int32_t AhoCorasick::Step(int32_t node, uint8_t c) const {
  while (true) {
    if (node == 0) return root_[c];
    const int32_t child = Child(node, c);
    if (child >= 0) return child;
    node = nodes_[node].fail;
  }
}

void AhoCorasick::Build() {
  for (size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].edge_begin = static_cast<uint32_t>(edges_.size());
    edges_.insert(edges_.end(), building_[n].begin(), building_[n].end());
    nodes_[n].edge_end = static_cast<uint32_t>(edges_.size());
  }
  building_ = {};
  root_.fill(0);
  const auto edges_of = [&](int32_t n) {
    return std::span<const Edge>(edges_.data() + nodes_[n].edge_begin,
                                 nodes_[n].edge_end - nodes_[n].edge_begin);
  };
  for (const auto& [c, child] : edges_of(0)) root_[c] = child;
  std::deque<int32_t> queue;
  for (const auto& [c, child] : edges_of(0)) {
    nodes_[child].fail = 0;
    queue.push_back(child);
  }
  built_ = true;  // Step() on the root now uses root_
  while (!queue.empty()) {
    const int32_t n = queue.front();
    queue.pop_front();
    for (const auto& [c, child] : edges_of(n)) {
      const int32_t f = Step(nodes_[n].fail, c);
      nodes_[child].fail = f;
      nodes_[child].dict = nodes_[f].first_out >= 0 ? f : nodes_[f].dict;
      queue.push_back(child);
    }
  }
}

void AhoCorasick::Search(std::string_view text,
                         const std::function<void(size_t, size_t, int32_t)>& on_match) const {
  SITREP_CHECK(built_);
  int32_t node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    node = Step(node, static_cast<uint8_t>(text[i]));
    for (int32_t n = nodes_[node].first_out >= 0 ? node : nodes_[node].dict; n >= 0;
         n = nodes_[n].dict) {
      for (int32_t o = nodes_[n].first_out; o >= 0; o = outputs_[o].next) {
        on_match(i + 1 - nodes_[n].depth, i + 1, outputs_[o].payload);
      }
    }
  }
}

}  // namespace sitrep::entities
