// ActorRelations: how two actors of two reports relate, by entity id and the
// actor dictionary's affiliations (an army belongs to its state, a front to
// its coalition), never by name: an Arabic and a Japanese report of one group
// carry the same id. Immutable after construction; safe to share.
#ifndef SITREP_FUSION_ACTOR_RELATIONS_H_
#define SITREP_FUSION_ACTOR_RELATIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/document/event.h"

namespace sitrep::fusion {

enum class ActorRelation {
  kUnknown,  // one side has no linked actor
  kSame,     // the same entity id
  kAllied,   // one belongs to the other, or both to one parent
  kOther,    // different entities of one ACLED inter category (or one uncategorised)
  kRival,    // different entities of different inter categories
};

class ActorRelations {
 public:
  // `affiliation` maps an actor id ("actor:sy-military") to the id of the
  // actor it belongs to ("actor:sy-government"); ids with or without the
  // "actor:" prefix are accepted.
  explicit ActorRelations(std::unordered_map<std::string, std::string> affiliation = {});

  // Returns how `a` and `b` relate.
  ActorRelation Relate(const std::optional<document::ActorRef>& a,
                       const std::optional<document::ActorRef>& b) const;
  // Returns true for kSame and kAllied.
  bool SameSide(const std::optional<document::ActorRef>& a,
                const std::optional<document::ActorRef>& b) const;

 private:
  // Returns the chain of ids from `id` up through its affiliations (itself first).
  std::vector<std::string> Chain(std::string_view id) const;

  std::unordered_map<std::string, std::string> parent_;  // by prefixed id
};

// Returns `id` with the "actor:" prefix.
std::string PrefixedActorId(std::string_view id);

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_ACTOR_RELATIONS_H_
