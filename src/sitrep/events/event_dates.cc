// Event dates: a thin adapter over the time stage's DateForEvent, which picks
// the governing timex of the sentence and applies ACLED's precision rules.
#include "sitrep/events/event_dates_internal.h"

#include "sitrep/time/event_date.h"

namespace sitrep::events {

bool AssignDate(const document::Document& doc, int sentence, size_t offset, document::Event& e) {
  const time::EventDate d = time::DateForEvent(doc, sentence, offset);
  e.date = d.date;
  e.date_end = d.date_end;
  e.time_precision = d.time_precision;
  return d.timex != nullptr;
}

}  // namespace sitrep::events
