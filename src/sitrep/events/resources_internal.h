// The loaded tables of the events stage: the ontology and, per language pack, the
// trigger, context, claim, source, count, negation, irrealis, civilian and
// actor-noun lexicons plus the language's role rules. Built once by
// EventExtractor::Create; immutable and shared. Internal to events/.
#ifndef SITREP_EVENTS_RESOURCES_INTERNAL_H_
#define SITREP_EVENTS_RESOURCES_INTERNAL_H_

#include <map>
#include <memory>
#include <string>

#include "sitrep/events/event_extractor.h"
#include "sitrep/events/language_rules.h"
#include "sitrep/events/lexicon.h"
#include "sitrep/events/ontology.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::events {

struct LanguageTables {
  std::unique_ptr<LanguageRules> rules;
  Lexicon triggers, context, claims, sources, counts, negation, irrealis, civilians, actor_nouns,
      armed_targets;
  Lexicon national_forces;  // "army", "strikes", "軍" after a country: its forces
  Lexicon references;       // "condemned", "と非難": a trigger names a reported event
  Lexicon background;       // "since", "in recent months", "以降": a period, not a day
  Lexicon circumstances;    // "after", "following", "の末": a battle told as how another came about
  Lexicon accidents;        // "gas leak", "earthquake", "地震": no violence
  Lexicon captions;         // "photo", "写真": the caption cues of the timex table
  Lexicon place_anaphora;   // "the city", "同市": the town named before
  Lexicon separate;         // "In a separate incident", "これとは別に": another event follows
  Lexicon event_nouns;      // "attack", "الهجوم", "serangan", "攻撃": nouns naming an event
  Lexicon weapon_use;       // "shells" (weapon), "fired" (use): a weapon noun needs its use
  Lexicon associates;       // "backed by", "の支援を受けた": the actor named there is an associate
  Lexicon affiliations;     // "a commander of", "の司令官": the body a person stands for
  Lexicon appositions;      // "と呼ばれる": the name before it is the group the noun after names
  std::map<std::string, long> vague;
  std::map<std::string, long> number_words;  // "four" -> 4 (spaced scripts)
  // ACLED's name after "of" by country code ("US" -> "the United States").
  std::map<std::string, std::string> names_after_of;
};

struct EventExtractor::Resources {
  Ontology ontology;
  lang::PackSet packs;
  std::map<std::string, LanguageTables, std::less<>> langs;  // by pack code
  // Returns the tables for the document's pack, or nullptr when its language
  // has no pack with role rules.
  const LanguageTables* For(const document::Document& doc) const {
    const lang::LanguagePack* pack = packs.ForDocument(doc.lang, doc.text());
    if (!pack) return nullptr;
    auto it = langs.find(pack->code);
    return it != langs.end() ? &it->second : nullptr;
  }
};

// Loads the event tables `pack` names and builds its role rules.
// REQUIRES: the pack names role_rules.
StatusOr<LanguageTables> LoadLanguageTables(const lang::LanguagePack& pack,
                                           const std::string& data_dir);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_RESOURCES_INTERNAL_H_
