// WordClasses: a pack's small closed classes of words that engine code reads
// by class name instead of spelling them — the cue before or after a place
// that makes it "near" (near, قرب, 周辺), the conjunctions that join two names
// (and, و, と), the particle that joins a name to its head noun (の), the
// approximators around a number (about, نحو, 以上), range separators, number
// multipliers (万 = 10000, ألف = 1000), units that make a number a date (年).
// One TSV table per pack ("word_classes"): class<TAB>word[<TAB>value].
//
// Immutable after Load; thread-safe.
#ifndef SITREP_LANG_WORD_CLASSES_H_
#define SITREP_LANG_WORD_CLASSES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/language_pack.h"

namespace sitrep::lang {

struct ClassWord {
  std::string word;
  std::string value;  // "" when the row has none
};

class WordClasses {
 public:
  // Returns the pack's "word_classes" table, empty when it has none.
  static StatusOr<WordClasses> ForPack(const LanguagePack& pack);
  // Returns the rows of a TSV text (tests).
  static StatusOr<WordClasses> Parse(std::string_view tsv, std::string_view source);

  // Returns the words of class `name` in table order (empty when none).
  const std::vector<ClassWord>& Of(std::string_view name) const;
  // True when `word` is in class `name`.
  bool Has(std::string_view name, std::string_view word) const;
  // True when `gap`, without the spaces around it, is a word of class `name`
  // (" and ", "と", ", " between two names).
  bool JoinsWith(std::string_view name, std::string_view gap) const;

 private:
  std::map<std::string, std::vector<ClassWord>, std::less<>> classes_;
};

}  // namespace sitrep::lang

#endif  // SITREP_LANG_WORD_CLASSES_H_
