// EventExtractor: the events stage. Finds event triggers, fills ACLED's fields
// (type, sub-type, actors, place, date, counts) and attaches claims (who asserts
// or denies). Immutable after Create.
#ifndef SITREP_EVENTS_EVENT_EXTRACTOR_H_
#define SITREP_EVENTS_EVENT_EXTRACTOR_H_

#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::events {

struct EventOptions {
  std::string data_dir;  // "" = DataDir()
};

class EventExtractor {
 public:
  // Loads the tables of every pack in `packs` that names role rules; a
  // document in another language gets no events.
  static StatusOr<std::unique_ptr<EventExtractor>> Create(const lang::PackSet& packs,
                                                          EventOptions options = {});
  // As above, with the packs found under the data directory (tools, tests).
  static StatusOr<std::unique_ptr<EventExtractor>> Create(EventOptions options = {});
  // Adds doc.events. REQUIRES: text, entities and time stages have run.
  Status Annotate(document::Document& doc) const;

 private:
  struct Resources;
  EventExtractor() = default;
  std::shared_ptr<const Resources> res_;
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_EXTRACTOR_H_
