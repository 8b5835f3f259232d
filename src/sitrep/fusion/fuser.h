// Fuser: the fusion stage as a pure function over member events — clusters
// of reports that are one real event become fused events, and the fused
// transfers of territory become control intervals. Holds the immutable
// resources (actor affiliations, weights); safe to share across threads.
// The store runner (store_fusion.h) feeds it incrementally.
#ifndef SITREP_FUSION_FUSER_H_
#define SITREP_FUSION_FUSER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/document/fused.h"
#include "sitrep/fusion/actor_relations.h"
#include "sitrep/fusion/merge_evidence.h"

namespace sitrep::fusion {

struct FusionOptions {
  // Actor id -> the id of the actor it belongs to (the actor dictionary's
  // affiliation column), for "same side" tests.
  std::unordered_map<std::string, std::string> affiliation;
  MergeWeights weights;
};

class Fuser {
 public:
  explicit Fuser(FusionOptions options);
  Fuser(const Fuser&) = delete;
  Fuser& operator=(const Fuser&) = delete;

  // Returns the fused events of `members`, Prepare()ing each; ordered by
  // their first reports' canonical keys.
  std::vector<document::FusedEvent> Fuse(std::vector<Member>& members) const;
  // Returns the control intervals the transfers among `fused` give.
  std::vector<document::ControlInterval> Control(const std::vector<document::FusedEvent>& fused) const;

  const MergeEvidence& evidence() const { return evidence_; }
  const ActorRelations& actors() const { return actors_; }

 private:
  ActorRelations actors_;
  MergeEvidence evidence_;
};

}  // namespace sitrep::fusion

#endif  // SITREP_FUSION_FUSER_H_
