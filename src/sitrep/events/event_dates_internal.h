// Event dates: the governing time expression of the trigger's sentence turned
// into ACLED's date, date_end and time_precision. Internal to events/.
#ifndef SITREP_EVENTS_EVENT_DATES_INTERNAL_H_
#define SITREP_EVENTS_EVENT_DATES_INTERNAL_H_

#include "sitrep/document/document.h"

namespace sitrep::events {

// Sets e.date, e.date_end and e.time_precision for an event whose trigger is
// at byte `offset` in sentence `sentence`. Returns true when the sentence gave
// the date; false when it fell back to the publication date (precision 2) or
// to nothing (date unset, precision 3).
bool AssignDate(const document::Document& doc, int sentence, size_t offset, document::Event& e);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_EVENT_DATES_INTERNAL_H_
