// Merging repeats: the same event reported twice in one document (a headline
// and its lead, a later recap) becomes one record carrying both claims.
// Internal to events/.
#ifndef SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_
#define SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_

#include <vector>

#include "sitrep/document/event.h"

namespace sitrep::events {

// Merges events with the same sub-event type, place and date whose claims do
// not contradict (one side unattributed, or the same sources with the same
// stance). Contradicting reports stay separate records. Keeps first order.
void MergeRepeats(std::vector<document::Event>& events);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_
