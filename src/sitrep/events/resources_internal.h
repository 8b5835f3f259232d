// The loaded tables of the events stage: the ontology and, per language, the
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

namespace sitrep::events {

struct LanguageTables {
  std::unique_ptr<LanguageRules> rules;
  Lexicon triggers, context, claims, sources, counts, negation, irrealis, civilians, actor_nouns,
      armed_targets;
  std::map<std::string, long> vague;
};

struct EventExtractor::Resources {
  Ontology ontology;
  std::map<std::string, LanguageTables> langs;  // "en", "ja"
  // Returns the tables for `lang`, falling back to English.
  const LanguageTables& For(const std::string& lang) const {
    auto it = langs.find(lang);
    return it != langs.end() ? it->second : langs.at("en");
  }
};

// Loads data/lang/<lang>/ tables. REQUIRES: the folder holds event_triggers.tsv.
StatusOr<LanguageTables> LoadLanguageTables(const std::string& data_dir, const std::string& lang);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_RESOURCES_INTERNAL_H_
