// Ontology: ACLED's event types and sub-event types, loaded from
// data/events/ontology.tsv with their CASE 2021, CAMEO and PLOVER crosswalks and
// the severity order of ACLED's hierarchy rule.
#ifndef SITREP_EVENTS_ONTOLOGY_H_
#define SITREP_EVENTS_ONTOLOGY_H_

#include <map>
#include <string>

#include "sitrep/base/status.h"

namespace sitrep::events {

struct SubEventInfo {
  std::string sub_event_type;
  std::string event_type;
  std::string case_label;
  std::string cameo;
  std::string plover;
  int severity = 100;  // lower = more severe; ACLED codes the most severe
};

class Ontology {
 public:
  static StatusOr<Ontology> Load(const std::string& path);
  // Returns the entry for a sub-event type, or nullptr when unknown.
  const SubEventInfo* Find(const std::string& sub_event_type) const;
  const std::map<std::string, SubEventInfo>& all() const { return by_sub_; }

 private:
  std::map<std::string, SubEventInfo> by_sub_;
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_ONTOLOGY_H_
