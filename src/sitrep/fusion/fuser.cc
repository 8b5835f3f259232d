// The pure fusion stage: prepare, cluster, build; control from the result.
#include "sitrep/fusion/fuser.h"

#include "sitrep/fusion/clustering.h"
#include "sitrep/fusion/control_timeline.h"
#include "sitrep/fusion/fused_builder.h"

namespace sitrep::fusion {

Fuser::Fuser(FusionOptions options)
    : actors_(std::move(options.affiliation)), evidence_(actors_, options.weights) {}

std::vector<document::FusedEvent> Fuser::Fuse(std::vector<Member>& members) const {
  for (auto& m : members) Prepare(m);
  std::vector<document::FusedEvent> out;
  for (const Cluster& c : ClusterMembers(members, evidence_)) {
    out.push_back(BuildFusedEvent(members, c, actors_));
  }
  return out;
}

std::vector<document::ControlInterval> Fuser::Control(
    const std::vector<document::FusedEvent>& fused) const {
  return ControlTimeline(fused, actors_);
}

}  // namespace sitrep::fusion
