// Candidates: the participants of one sentence as the events stage sees them —
// linked mentions (actors, places, countries, persons) and generic actor nouns
// ("rebels", "政府軍") where the knowledge base linked nothing — each with the
// grammatical role its language marks. Internal to events/.
#ifndef SITREP_EVENTS_CANDIDATES_H_
#define SITREP_EVENTS_CANDIDATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/document/document.h"
#include "sitrep/events/language_rules.h"
#include "sitrep/events/lexicon.h"

namespace sitrep::events {

struct Participant {
  size_t begin = 0, end = 0;  // byte offsets relative to the sentence
  document::MentionKind kind = document::MentionKind::kActor;
  document::EntityRef entity;
  Role role = Role::kNone;
  bool generic = false;  // a generic reference ("rebels"): actor-noun table or KB context link
  bool source_only = false;  // media, monitors: sources of claims, never event actors
  bool civilian = false;
  // A nationality ("Syrian workers", "シリア人"): its country describes an
  // actor or a thing, never where the event happened.
  bool nationality = false;
  // An associate ("backed by X", "Xの支援を受けた"): it stood with the actor,
  // it did not act — never actor1 or actor2, at most assoc_actor1.
  bool associate = false;
  // Linked by sound or spelling alone (method fuzzy or translit), not by name.
  bool guessed = false;
  // The author of an attack noun ("Russian assaults"): the attacker even where
  // it stands as an object ("repelled 42 Russian assaults").
  bool attacker = false;
};

// Returns, for each sentence of `doc`, the indices (ascending) of the mentions
// that lie inside it: one pass over the mentions for the whole document.
std::vector<std::vector<uint32_t>> MentionsBySentence(const document::Document& doc);
// The same for the document's timexes.
std::vector<std::vector<uint32_t>> TimexesBySentence(const document::Document& doc);

// Returns the participants of sentence `index` in text order, from the
// mentions `in_sentence` (that sentence's row of MentionsBySentence).
std::vector<Participant> CollectParticipants(const document::Document& doc, int index,
                                             const std::vector<uint32_t>& in_sentence,
                                             const LanguageRules& rules,
                                             const Lexicon& actor_nouns);

// True for knowledge-base kinds that report rather than act (media, monitors).
bool IsSourceKind(const document::EntityRef& e);
// True for places below country level (towns, districts, bases, mountains).
bool IsSubNational(const document::EntityRef& e);
// Returns ACLED's geo_precision for a place entity (1 town, 2 district, 3 province/region).
int GeoPrecisionOf(const document::EntityRef& e);
// True for a populated place (a city, town or village: GeoNames PPL*).
bool IsPopulatedPlace(const document::EntityRef& e);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_CANDIDATES_H_
