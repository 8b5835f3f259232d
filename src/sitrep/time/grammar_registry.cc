// The registry of the time stage's grammar plug-ins: the one list a pack's
// "time_grammar" name is looked up in. A grammar names token categories, never
// words; its words are the pack's "timex" table.
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {
namespace {

template <GrammarFn kGrammar>
StatusOr<GrammarFn> Grammar(const lang::LanguagePack&) {
  return kGrammar;
}

}  // namespace

const lang::PluginRegistry<GrammarFn>& GrammarRegistry() {
  static const lang::PluginRegistry<GrammarFn> registry(
      "time_grammar", {{"en", Grammar<&MatchEnglish>},
                       {"ja", Grammar<&MatchJapanese>},
                       {"head_first", Grammar<&MatchHeadFirst>}});
  return registry;
}

}  // namespace sitrep::time
