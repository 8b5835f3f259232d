// Pass "claims": the claims whose scope covers the trigger, and the
// attribution a sentence of its own lends the one before it ("…70人が死亡した。
// WHOのテドロス事務局長が明らかにした。"). A generic actor the speaker calls
// its own ("our fighters", "我が軍") is the speaking group.
#include <algorithm>

#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

namespace {

// True when a first-person possessive of the claims table ("our", "我が";
// rows "own-before" / "own-after": where the word stands beside the noun)
// marks the participant as the speaker's own ("our fighters").
bool SpeakersOwn(const Participant& p, const SentenceView& s, const LanguageTables& t) {
  for (const auto& m : s.matches.Of(t.claims, s.text)) {
    const std::string& where = t.claims.entries()[m.entry].fields[0];
    if (where != "own-before" && where != "own-after") continue;
    if (m.begin >= p.begin && m.end <= p.end) return true;  // "我が軍"
    if (where == "own-before" && m.end <= p.begin && p.begin - m.end <= 1) return true;
    if (where == "own-after" && m.begin >= p.end && m.begin - p.end <= 1) return true;
  }
  return false;
}

// True when `ref` is an armed actor that can have forces of its own (state
// forces, rebels, militias, external forces), not a spokesperson or outlet.
bool Armed(const document::ActorRef& ref) {
  const bool generic = ref.id.rfind("generic:", 0) == 0 || ref.id.rfind("source:", 0) == 0;
  return !generic && ((ref.inter >= 1 && ref.inter <= 4) || ref.inter == 8);
}

}  // namespace

void AssignClaims(Candidate& c, const SentenceView& s, const LanguageTables& t) {
  c.event.claims = ClaimsAt(s.claims, c.trigger.begin);
  for (const auto& cl : c.event.claims)
    c.trace.push_back("claim " + cl.source.name + " " + std::string(document::StanceName(cl.stance)) +
                      " ('" + cl.cue + "')");
  // "'Our fighters took Marib,' a Houthi spokesman said": the forces the
  // speaker calls its own are the speaker's group.
  const Participant* a1 = c.args.actor1;
  if (!a1 || !a1->generic || !SpeakersOwn(*a1, s, t)) return;
  for (const auto& cl : c.event.claims) {
    if (cl.stance != document::Stance::kAsserts || !Armed(cl.source)) continue;
    c.event.actor1 = cl.source;
    c.trace.push_back("actor1 " + cl.source.name + ": the speaker's own forces");
    return;
  }
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

void LendClaimsBack(const SentenceView& s, int told_in, std::vector<Candidate>& candidates) {
  if (s.claims.claims.empty() || told_in < 0) return;
  for (auto& c : candidates) {
    if (c.sentence != told_in || NamesAnotherTown(s, c)) continue;
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
