// Pass "guards", rule "weapon-unused": a trigger that only names a weapon
// ("shells", "a drone", "قذائف", "طائرة بدون طيار", "mortir") is an event only
// when its clause tells the weapon was used — fired, dropped, exploded,
// struck, killed, or seized and shot down (ACLED's "Disrupted weapons use").
// A weapon named in an inventory, a purchase, a factory, a display or a
// comparison ("the militia handed over 120 mortars", "Iran can now build
// drones") is no event; a trigger weight does not say so, a rule must.
//
// The pack's "weapon_use" table holds both halves (columns: pattern, kind):
// rows of kind "weapon" are the weapon nouns, rows of kind "use" the words of
// their use. Any other violent trigger of the clause that is not itself a
// weapon noun ("killed", "the explosion") is a use too; a withdrawal or an
// arrest is not ("handed over 40 shells"). A pack without the table keeps
// every weapon trigger.
//
// Rule "weapon-carried": rows of kind "carried" ("armed with", "carrying")
// open the list of what the attackers held. A strike trigger in that list
// ("militants armed with rifles and rocket-propelled grenades ambushed a
// patrol") names equipment, not how the event was done: it is dropped, and
// the clause's own verb ("ambushed") makes the event.
#include <algorithm>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

bool KindIs(const Lexicon& lex, const LexiconMatch& m, std::string_view kind) {
  const auto& fields = lex.entries()[m.entry].fields;
  return !fields.empty() && fields[0] == kind;
}

// Returns the weapon match of `matches` that holds [begin, end), or nullptr.
const LexiconMatch* WeaponHolding(const Lexicon& lex, const std::vector<LexiconMatch>& matches,
                                  size_t begin, size_t end) {
  for (const auto& m : matches) {
    if (KindIs(lex, m, "weapon") && m.begin <= begin && end <= m.end) return &m;
  }
  return nullptr;
}

// True when [b, e) of `text` only joins items of a list: no clause mark, no
// use word, at most kCarriedListGap bytes ("rifles and ").
bool ListGap(std::string_view text, size_t b, size_t e, const Lexicon& lex,
             const std::vector<LexiconMatch>& found) {
  if (e < b || e - b > kCarriedListGap) return false;
  if (text.substr(b, e - b).find_first_of(".;:()\"") != std::string_view::npos) return false;
  return std::none_of(found.begin(), found.end(), [&](const LexiconMatch& m) {
    return KindIs(lex, m, "use") && m.begin < e && m.end > b;
  });
}

}  // namespace

bool CarriedWeapon(const TriggerHit& hit, const SentenceView& s, const SentenceTriggers& triggers,
                   const LanguageTables& t) {
  if (!hit.strike || t.weapon_use.entries().empty()) return false;
  const auto& found = s.matches.Of(t.weapon_use, s.text);
  for (const auto& cue : found) {
    if (!KindIs(t.weapon_use, cue, "carried") || cue.end > hit.begin) continue;
    // Walk the list from the cue: each item a strike trigger, each gap a
    // list gap; `hit` must be reached before anything else.
    size_t at = cue.end;
    for (const auto& o : triggers.hits) {
      if (o.end <= cue.end) continue;
      if (!o.strike || !ListGap(s.text, at, o.begin, t.weapon_use, found)) break;
      if (&o == &hit || (o.begin == hit.begin && o.end == hit.end)) return true;
      at = o.end;
    }
  }
  return false;
}

bool UnusedWeapon(const TriggerHit& hit, const SentenceView& s, const SentenceTriggers& triggers,
                  const LanguageTables& t) {
  if (t.weapon_use.entries().empty()) return false;
  const auto& found = s.matches.Of(t.weapon_use, s.text);
  const LexiconMatch* weapon = WeaponHolding(t.weapon_use, found, hit.begin, hit.end);
  if (!weapon) return false;
  const size_t cs = t.rules->ClauseStart(s.text, hit.begin);
  const size_t ce = t.rules->ClauseEnd(s.text, hit.end);
  const auto in_clause = [&](size_t b, size_t e) { return e > cs && b < ce; };
  const auto outside_weapon = [&](size_t b, size_t e) { return e <= weapon->begin || b >= weapon->end; };
  const bool used = std::any_of(found.begin(), found.end(), [&](const LexiconMatch& m) {
    return KindIs(t.weapon_use, m, "use") && in_clause(m.begin, m.end) && outside_weapon(m.begin, m.end);
  });
  if (used) return false;
  return std::none_of(triggers.hits.begin(), triggers.hits.end(), [&](const TriggerHit& o) {
    return o.violent && in_clause(o.begin, o.end) && outside_weapon(o.begin, o.end) &&
           !WeaponHolding(t.weapon_use, found, o.begin, o.end);
  });
}

}  // namespace sitrep::events
