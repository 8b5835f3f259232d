// EventExtractor: the events stage. Finds event triggers, fills ACLED's fields
// (type, sub-type, actors, place, date, counts) and attaches claims (who asserts
// or denies). Immutable after Create.
#ifndef SITREP_EVENTS_EVENT_EXTRACTOR_H_
#define SITREP_EVENTS_EVENT_EXTRACTOR_H_

#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::events {

struct EventOptions {
  std::string data_dir;  // "" = DataDir()
};

class EventExtractor {
 public:
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
