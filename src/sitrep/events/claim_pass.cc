// Pass "claims": the claims whose scope covers the trigger.
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void AssignClaims(Candidate& c, const SentenceView& s, const LanguageTables&) {
  c.event.claims = ClaimsAt(s.claims, c.trigger.begin);
  for (const auto& cl : c.event.claims)
    c.trace.push_back("claim " + cl.source.name + " " + std::string(document::StanceName(cl.stance)) +
                      " ('" + cl.cue + "')");
}

}  // namespace sitrep::events
