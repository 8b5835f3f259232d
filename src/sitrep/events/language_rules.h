// LanguageRules: the small per-language plug-in of the events stage (the
// "role_rules" a pack's manifest names, built by RoleRulesRegistry()). It reads
// the grammatical role of a mention from its neighbourhood — Japanese case
// particles (が/は agent, を patient, に対する target, で place, に/へ goal,
// から origin, の手に/によって agent of a passive), English prepositions and
// passives ("by X", "in X", "to X") — and knows the language's clause
// boundaries and pronouns; the pack's word-order and role-marking description
// (lang::Syntax) tells the neutral code how to read the roles. Everything else
// in the stage is language-neutral.
// Implementations are stateless and thread-safe.
#ifndef SITREP_EVENTS_LANGUAGE_RULES_H_
#define SITREP_EVENTS_LANGUAGE_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/lang/plugin_registry.h"
#include "sitrep/lang/syntax.h"
#include "sitrep/lang/word_classes.h"
#include "sitrep/lang/word_forms.h"

namespace sitrep::events {

enum class Role {
  kNone,          // no marker: English subject before the verb, object after
  kAgent,         // が / は / subject
  kPassiveAgent,  // によって / の手に / "by X"
  kPatient,       // を
  kTarget,        // に対する / "against X", "on X"
  kPlace,         // で / "in X", "at X", "near X"
  kGoal,          // に / へ / "to X", "into X"
  kOrigin,        // から / "from X"
  kModifier,      // の / possessive: part of a larger noun phrase
};

class LanguageRules {
 public:
  virtual ~LanguageRules() = default;
  // Returns the pack's word order and role marking.
  virtual const lang::Syntax& syntax() const = 0;
  // Returns the pack's closed word classes (near cues, conjunctions, links,
  // approximators, number multipliers...).
  virtual const lang::WordClasses& words() const = 0;
  // Returns how the pack's words are folded and cut for matching.
  virtual const lang::WordForms& forms() const = 0;
  // True when the actor at [actor_begin, actor_end) is the genitive agent of
  // the nominal trigger at [trigger_begin, trigger_end) ("政権軍の撤退": the
  // regime army's withdrawal).
  virtual bool IsGenitiveAgent(std::string_view sentence, size_t actor_begin, size_t actor_end,
                               size_t trigger_begin, size_t trigger_end) const = 0;
  // Returns the role marked around [begin, end) in `sentence` (byte offsets).
  virtual Role RoleOf(std::string_view sentence, size_t begin, size_t end) const = 0;
  // True when the trigger at [begin, end) is in a passive construction.
  virtual bool IsPassive(std::string_view sentence, size_t begin, size_t end) const = 0;
  // True when the verb ending at `trigger_end` takes an object or is causative
  // ("withdrew its ships", "撤退させた"), as opposed to intransitive use.
  virtual bool IsTransitiveUse(std::string_view sentence, size_t trigger_end) const = 0;
  // Returns the byte offset where the clause containing `pos` starts / ends.
  virtual size_t ClauseStart(std::string_view sentence, size_t pos) const = 0;
  virtual size_t ClauseEnd(std::string_view sentence, size_t pos) const = 0;
  // Returns spans of third-person plural/singular pronouns usable as agents.
  virtual std::vector<std::pair<size_t, size_t>> Pronouns(std::string_view sentence) const = 0;
  // True when the sentence opens by pointing back at the previous one
  // ("This was…", "これは…"), so its attribution applies to that sentence.
  virtual bool RefersBack(std::string_view sentence) const = 0;
};

// Returns the registry of role-rule plug-ins (language_rules_registry.cc).
const lang::PluginRegistry<std::unique_ptr<LanguageRules>>& RoleRulesRegistry();

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_LANGUAGE_RULES_H_
