// Factories of the per-language rule plug-ins (internal to events/).
#ifndef SITREP_EVENTS_LANGUAGE_RULES_INTERNAL_H_
#define SITREP_EVENTS_LANGUAGE_RULES_INTERNAL_H_

#include <memory>

#include "sitrep/events/language_rules.h"

namespace sitrep::events {

StatusOr<std::unique_ptr<LanguageRules>> MakeJapaneseRules(const lang::LanguagePack& pack);
StatusOr<std::unique_ptr<LanguageRules>> MakeEnglishRules(const lang::LanguagePack& pack);
// Role rules read from the pack's word classes (language_rules_prepositional.cc).
StatusOr<std::unique_ptr<LanguageRules>> MakePrepositionalRules(const lang::LanguagePack& pack);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_LANGUAGE_RULES_INTERNAL_H_
