// Pass "confidence": the trigger's weight, lowered for later sentences, for
// hedged reports and for negated triggers (weights_internal.h).
#include <algorithm>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {

void ScoreConfidence(Candidate& c, const SentenceView& s, const LanguageTables& t) {
  document::Event& e = c.event;
  e.negated = CueInScope(t.negation, s, c.trigger.begin, c.trigger.end, *t.rules, s.masked);
  const double position =
      std::max(kMinPositionFactor, 1.0 - kPositionDecayPerSentence * s.index);
  e.confidence = c.trigger.weight * position * (s.claims.hedged ? kHedgedFactor : 1.0) *
                 (e.negated ? kNegatedFactor : 1.0);
}

}  // namespace sitrep::events
