// Pass "counts": the figures of the trigger's sentence and the fatalities
// they give (the lowest credible killed figure, ACLED's rule).
#include "sitrep/events/counts.h"
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void AssignCounts(Candidate& c, const SentenceView& s) {
  c.event.counts = s.counts;
  c.event.fatalities = Fatalities(s.counts);
}

}  // namespace sitrep::events
