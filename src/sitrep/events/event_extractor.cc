// PLACEHOLDER until the events stage lands.
#include "sitrep/events/event_extractor.h"
namespace sitrep::events {
StatusOr<std::unique_ptr<EventExtractor>> EventExtractor::Create(EventOptions) {
  return std::unique_ptr<EventExtractor>(new EventExtractor());
}
Status EventExtractor::Annotate(document::Document&) const { return OkStatus(); }
}  // namespace sitrep::events
