// The analyst's view of why each record of a document exists: per record,
// its type, place, date and actors, the sentence that gave it its type, the
// other sentences that report it, and the steps the events stage took
// (trigger, rule, roles, merges, guards); then each candidate the stage
// dropped and the guard that dropped it. Printed by `sitrep extract
// --explain`. Everything from the input goes through ForDisplay.
#ifndef SITREP_EVENTS_EXPLAIN_H_
#define SITREP_EVENTS_EXPLAIN_H_

#include <ostream>

#include "sitrep/document/document.h"

namespace sitrep::events {

// Writes the explanation of `doc`'s events (annotated by the events stage)
// to `out`, as indented plain text ending with a blank line.
void WriteExplanation(const document::Document& doc, std::ostream& out);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EXPLAIN_H_
