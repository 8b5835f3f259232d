// NameGuards: the ordinary words of a language that are never a name on their
// own, so the entities stage does not link them ("إلى" is not Ely, "مدينة" is
// not Medina, "Senin" is not a place). A pack asks for them with
// "name_guards<TAB>words" and a "name_guards" table (one word a line); words
// are compared by kb::NameKey, also after the pack's clitics are cut
// ("والمدينة" is guarded by "مدينة"). A pack naming no guards has none here
// (English and Japanese guard through data/kb/cues.tsv and MeCab's tags).
//
// Immutable after ForPacks; thread-safe.
#ifndef SITREP_ENTITIES_NAME_GUARDS_H_
#define SITREP_ENTITIES_NAME_GUARDS_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/lang/word_forms.h"

namespace sitrep::entities {

// One pack's guards.
struct GuardSet {
  std::unordered_set<std::string> keys;  // kb::NameKey of each guarded word
  lang::WordForms forms;                 // the pack's clitics
  // True when `surface` is a guarded word, with or without its clitics.
  bool Blocks(std::string_view surface) const;
};

class NameGuards {
 public:
  NameGuards() = default;
  // Loads the guards of every pack in `packs` that names them.
  static StatusOr<NameGuards> ForPacks(const lang::PackSet& packs);
  // Returns the guards for a document, or nullptr when its pack has none.
  const GuardSet* ForDocument(std::string_view lang, std::string_view text) const;
  // Returns the codes of the packs whose guards block `surface`, in code order.
  std::vector<std::string> PacksBlocking(std::string_view surface) const;

 private:
  lang::PackSet packs_;
  std::map<std::string, GuardSet, std::less<>> by_pack_;
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_NAME_GUARDS_H_
