// Pass "claims": the claims whose scope covers the trigger, and the
// attribution a sentence of its own lends the one before it ("…70人が死亡した。
// WHOのテドロス事務局長が明らかにした。").
#include <algorithm>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void AssignClaims(Candidate& c, const SentenceView& s, const LanguageTables&) {
  c.event.claims = ClaimsAt(s.claims, c.trigger.begin);
  for (const auto& cl : c.event.claims)
    c.trace.push_back("claim " + cl.source.name + " " + std::string(document::StanceName(cl.stance)) +
                      " ('" + cl.cue + "')");
}

namespace {

// True when `s` names a town other than `c`'s: it speaks of another event
// ("…, said an official" after a report from Kharkiv, about "the market in
// Goma"; "Al Shabaab claimed the bombing in Baidoa", whose bare "bombing" is
// no trigger, after a report from Mogadishu).
bool NamesAnotherTown(const SentenceView& s, const Candidate& c) {
  if (!c.event.place) return false;
  return std::any_of(s.participants.begin(), s.participants.end(), [&](const Participant& p) {
    return p.kind == document::MentionKind::kPlace && !p.nationality &&
           p.entity.feature.rfind("PPL", 0) == 0 && p.entity.id != c.event.place->id;
  });
}

}  // namespace

void LendClaimsBack(const SentenceView& s, std::vector<Candidate>& candidates) {
  if (s.claims.claims.empty()) return;
  for (auto& c : candidates) {
    if (c.sentence != s.index - 1 || NamesAnotherTown(s, c)) continue;
    for (const auto& cl : s.claims.claims) {
      const bool dup = std::any_of(c.event.claims.begin(), c.event.claims.end(), [&](const auto& o) {
        return o.source.id == cl.source.id && o.stance == cl.stance;
      });
      if (dup) continue;
      c.event.claims.push_back(cl);
      c.trace.push_back("claim " + cl.source.name + " from the next sentence ('" + cl.cue + "')");
    }
  }
}

}  // namespace sitrep::events
