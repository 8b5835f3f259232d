// Pass "generic actor by sentence": a generic state actor ("government troops",
// "the army", 政府軍) is first resolved to the document's dominant country's
// forces; a report that covers several countries names the one a sentence is
// about in that sentence ("In Yemen, government troops advanced"). When the
// term's sentence names countries (by a country or a place; a nationality
// describes someone, not where) and the dominant one is not among them, the
// term becomes that country's state actor if the sentence names exactly one,
// and an unlinked actor if it names several: a wrong state is worse than none.
// Only state actors (ACLED inter 1) move: rebels near a border stay the
// document's rebels.
#include <map>
#include <set>
#include <string>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

constexpr int kStateInter = 1;  // ACLED's inter code of state forces and governments

// Returns, per sentence, the countries its places and countries name (once per document).
std::map<int, std::set<std::string>> CountriesBySentence(const State& s) {
  std::map<int, std::set<std::string>> out;
  for (const Found& f : s.found) {
    if (!f.r || f.r->entity.country.empty() || f.r->nationality) continue;
    if (f.r->kind == MentionKind::kPlace || f.r->kind == MentionKind::kCountry) {
      out[s.doc.SentenceAt(f.begin)].insert(f.r->entity.country);
    }
  }
  return out;
}

}  // namespace

void GenericActorCountryPass(State& s) {
  if (s.doc.sentences.empty()) return;
  std::map<int, std::set<std::string>> by_sentence;
  bool indexed = false;
  for (Found& f : s.found) {
    if (!f.r || f.r->generic_role.empty() || f.r->entity.inter != kStateInter) continue;
    if (!indexed) {
      by_sentence = CountriesBySentence(s);
      indexed = true;
    }
    const auto it = by_sentence.find(s.doc.SentenceAt(f.begin));
    if (it == by_sentence.end() || it->second.count(f.r->entity.country)) continue;
    const std::set<std::string>& named = it->second;
    const kb::Actor* a = named.size() == 1 ? s.impl.kb->GenericActor(f.r->generic_role, *named.begin()) : nullptr;
    if (!a && named.size() == 1) continue;  // that country has no such actor: the document's stays
    if (!a) {
      f.r.reset();
      f.unlinked_kind = MentionKind::kActor;
      f.score = 0.5;
      f.keep_unlinked = true;
      continue;
    }
    f.r->entity = s.impl.kb->ActorRef(*a);
    f.r->reason = "generic '" + f.r->generic_role + "' in a sentence about " + *named.begin();
  }
}

}  // namespace sitrep::entities
