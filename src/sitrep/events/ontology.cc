// Loads the ontology table; every sub-event type referenced by a trigger
// lexicon must be present here (checked by EventExtractor::Create).
#include "sitrep/events/ontology.h"

#include "sitrep/events/lexicon.h"

namespace sitrep::events {

StatusOr<Ontology> Ontology::Load(const std::string& path) {
  SITREP_ASSIGN_OR_RETURN(Lexicon table, Lexicon::Load(path, /*spaced=*/false, 5));
  Ontology o;
  for (const auto& row : table.entries()) {
    SubEventInfo info{row.pattern, row.fields[0], row.fields[1], row.fields[2], row.fields[3],
                      std::atoi(row.fields[4].c_str())};
    o.by_sub_[info.sub_event_type] = info;
  }
  if (o.by_sub_.empty()) return InvalidArgumentError(path + ": empty ontology");
  return o;
}

const SubEventInfo* Ontology::Find(const std::string& sub) const {
  auto it = by_sub_.find(sub);
  return it == by_sub_.end() ? nullptr : &it->second;
}

}  // namespace sitrep::events
