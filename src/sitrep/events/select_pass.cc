// Pass "select": one event per event type per sentence — a sentence that
// reports "an air strike killed five" is one event, not two strikes — except
// the places one trigger coordinates: "strikes on A and B" are two. A candidate that passes the
// guards beats one that fails; then the more specific trigger (higher
// weight) wins.
#include <algorithm>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void KeepOnePerType(std::vector<Candidate>& sentence_candidates, std::vector<Candidate>& kept,
                    std::vector<Candidate>& dropped) {
  for (auto& c : sentence_candidates) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Candidate& o) {
      const bool apart = (o.coordinated || c.coordinated) && o.event.place && c.event.place &&
                         o.event.place->id != c.event.place->id;
      return o.sentence == c.sentence && o.event.event_type == c.event.event_type && !apart;
    });
    if (same == kept.end()) {
      kept.push_back(std::move(c));
      continue;
    }
    const bool better = (c.passes() && !same->passes()) ||
                        (c.passes() == same->passes() && c.trigger.weight > same->trigger.weight);
    if (better) std::swap(*same, c);
    c.failed_guards.push_back("less-specific");
    dropped.push_back(std::move(c));
  }
  sentence_candidates.clear();
}

}  // namespace sitrep::events
