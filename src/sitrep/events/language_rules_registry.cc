// The registry of the events stage's role-rule plug-ins: the one list a pack's
// "role_rules" name is looked up in. Adding a language's rules is one line here
// and its plug-in file.
#include "sitrep/events/language_rules.h"
#include "sitrep/events/language_rules_internal.h"

namespace sitrep::events {

const lang::PluginRegistry<std::unique_ptr<LanguageRules>>& RoleRulesRegistry() {
  static const lang::PluginRegistry<std::unique_ptr<LanguageRules>> registry(
      "role_rules", {{"en", MakeEnglishRules},
                     {"ja", MakeJapaneseRules},
                     {"prepositions", MakePrepositionalRules}});
  return registry;
}

}  // namespace sitrep::events
