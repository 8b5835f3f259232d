// Merging within a document: the candidates that report one real event — a
// headline, its lead, a toll in the next sentence, a quote, a later recap —
// become one record with every sentence as evidence (event_merge.cc).
// Internal to events/.
#ifndef SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_
#define SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_

#include <vector>

#include "sitrep/events/ontology.h"
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

// True when `a` and `b` may report the same event (no merge criterion vetoes).
bool SameEvent(const Candidate& a, const Candidate& b);

// True when `a` and `b` are both placed, at places neither of which holds
// the other (two towns, not a town and its province).
bool PlacesApart(const Candidate& a, const Candidate& b);

// Merges the candidates that report one event, headlines into the body's
// records; the result is in the order of each record's first sentence.
// REQUIRES: `candidates` in text order (by sentence), as the extractor reads them.
void MergeRepeats(std::vector<Candidate>& candidates, const Ontology& ontology);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_MERGE_INTERNAL_H_
