// Pass "guards": the general precision guards. Before roles are read, a
// trigger is ruled out when an irrealis cue governs it ("would capture"),
// when it is a killing in a sentence about a strike (the strike's
// fatalities), or a withdrawal in a sentence about a take (its circumstance).
// After the arguments: an event needs a place, except a specific violent
// event with a known actor and an explicit date; a territory change needs a
// sub-national place; every event needs a date (ACLED codes none without).
#include <algorithm>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {

bool CueInScope(const Lexicon& lex, std::string_view s, size_t begin, size_t end,
                const LanguageRules& rules) {
  const size_t cs = rules.ClauseStart(s, begin);
  const size_t ce = rules.ClauseEnd(s, end);
  for (const auto& m : lex.Find(s)) {
    const std::string& scope = lex.entries()[m.entry].fields[0];
    if (scope == "before" && m.end <= begin && m.begin >= cs && begin - m.end <= 40) return true;
    if (scope == "after" && m.begin >= end && m.begin <= std::max(ce, end + 24)) return true;
  }
  return false;
}

std::string EarlyGuard(const TriggerHit& hit, const SentenceView& s,
                       const SentenceTriggers& triggers, const LanguageTables& t) {
  if (CueInScope(t.irrealis, s.text, hit.begin, hit.end, *t.rules)) return "irrealis";
  if (hit.role_class == "@kill" && triggers.in_strike) return "killing-in-strike";
  if (hit.role_class == "@withdraw" && triggers.has_take) return "withdrawal-in-take";
  return "";
}

void ApplyGuards(Candidate& c) {
  const document::Event& e = c.event;
  const bool territorial = c.trigger.role_class == "@take" || c.trigger.role_class == "@retake";
  const bool violent = e.event_type == "Battles" || e.event_type == "Explosions/Remote violence" ||
                       e.event_type == "Violence against civilians";
  if (territorial) {
    if (!e.place) c.failed_guards.push_back("no-place");
    else if (!c.subnational_place) c.failed_guards.push_back("country-level-take");
  } else if (!e.place) {
    const bool specific = violent && c.trigger.weight >= kUnplacedMinWeight && e.actor1 && c.has_timex;
    if (!specific) c.failed_guards.push_back("no-place");
  }
  if (!e.date) c.failed_guards.push_back("no-date");
}

}  // namespace sitrep::events
