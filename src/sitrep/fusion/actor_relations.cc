// Actor relations by id and affiliation chains. Chains are short (an army, its
// government); a cycle in the data is cut at the first repeat.
#include "sitrep/fusion/actor_relations.h"

#include <algorithm>

namespace sitrep::fusion {

std::string PrefixedActorId(std::string_view id) {
  if (id.empty() || id.rfind("actor:", 0) == 0) return std::string(id);
  return "actor:" + std::string(id);
}

ActorRelations::ActorRelations(std::unordered_map<std::string, std::string> affiliation) {
  for (auto& [child, parent] : affiliation) {
    if (!parent.empty()) parent_[PrefixedActorId(child)] = PrefixedActorId(parent);
  }
}

std::vector<std::string> ActorRelations::Chain(std::string_view id) const {
  std::vector<std::string> chain = {std::string(id)};
  for (auto it = parent_.find(chain.back()); it != parent_.end(); it = parent_.find(chain.back())) {
    if (std::find(chain.begin(), chain.end(), it->second) != chain.end()) break;
    chain.push_back(it->second);
  }
  return chain;
}

ActorRelation ActorRelations::Relate(const std::optional<document::ActorRef>& a,
                                     const std::optional<document::ActorRef>& b) const {
  if (!a || !b || a->id.empty() || b->id.empty()) return ActorRelation::kUnknown;
  const std::string ia = PrefixedActorId(a->id), ib = PrefixedActorId(b->id);
  if (ia == ib) return ActorRelation::kSame;
  const auto ca = Chain(ia), cb = Chain(ib);
  // One inside the other's chain, or the two chains meeting: the same side.
  for (const auto& x : ca) {
    if (std::find(cb.begin(), cb.end(), x) != cb.end()) return ActorRelation::kAllied;
  }
  // A person or an uncategorised entity (inter 0) may stand for either side.
  if (a->inter == 0 || b->inter == 0 || a->inter == b->inter) return ActorRelation::kOther;
  return ActorRelation::kRival;
}

bool ActorRelations::SameSide(const std::optional<document::ActorRef>& a,
                              const std::optional<document::ActorRef>& b) const {
  const ActorRelation r = Relate(a, b);
  return r == ActorRelation::kSame || r == ActorRelation::kAllied;
}

}  // namespace sitrep::fusion
