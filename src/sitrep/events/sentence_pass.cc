// Pass "sentences": what one sentence offers the later passes — its
// participants (linked mentions and generic actor nouns, pronouns standing for
// the last agent), its claims and its counts. A sentence that opens by
// pointing back ("This was…", "これは…") lends its attribution to the
// sentence before it.
#include <algorithm>

#include "sitrep/events/counts.h"
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

// Adds a participant for each pronoun of `s` standing for `agent`.
void AddPronouns(std::string_view s, const document::EntityRef& agent, const LanguageRules& rules,
                 std::vector<Participant>& parts) {
  for (const auto& [pb, pe] : rules.Pronouns(s)) {
    Participant p;
    p.begin = pb;
    p.end = pe;
    p.entity = agent;
    p.role = rules.RoleOf(s, pb, pe);
    parts.push_back(p);
  }
  std::sort(parts.begin(), parts.end(),
            [](const Participant& a, const Participant& b) { return a.begin < b.begin; });
}

// Adds the attribution of sentence `next` when it refers back to this one.
void BorrowNextAttribution(const document::Document& doc, int next, const LanguageTables& t,
                           SentenceView& view) {
  if (next >= static_cast<int>(doc.sentences.size())) return;
  const std::string_view text = doc.Surface(doc.sentences[next].span);
  if (!t.rules->RefersBack(text)) return;
  const auto parts = CollectParticipants(doc, next, *t.rules, t.actor_nouns);
  auto more = FindClaims(text, parts, {&t.claims, &t.sources}, *t.rules);
  for (auto& c : more.claims) {
    view.claims.claims.push_back(c);
    view.claims.scopes.push_back({0, view.text.size()});
  }
  view.claims.hedged |= more.hedged;
}

}  // namespace

SentenceView ReadSentence(const document::Document& doc, int index, const LanguageTables& t,
                          ReadingState& state) {
  const LanguageRules& rules = *t.rules;
  SentenceView view;
  view.index = index;
  view.span = doc.sentences[index].span;
  view.text = doc.Surface(view.span);
  view.participants = CollectParticipants(doc, index, rules, t.actor_nouns);
  if (state.last_agent) AddPronouns(view.text, *state.last_agent, rules, view.participants);
  view.claims = FindClaims(view.text, view.participants, {&t.claims, &t.sources}, rules);
  BorrowNextAttribution(doc, index + 1, t, view);
  view.counts = FindCounts(view.text, {&t.counts, &t.vague, rules.syntax().words(), &rules.words()});
  for (const auto& p : view.participants) {
    if (p.role == Role::kAgent && !p.source_only && p.kind == document::MentionKind::kActor)
      state.last_agent = p.entity;
  }
  return view;
}

}  // namespace sitrep::events
