// WordForms: how a pack's words are compared when tables are matched — the
// folds that make spelling variants one word (Arabic: diacritics and tatweel
// dropped, أ/إ/آ → ا, ى → ي, ة → ه) and the clitics that may be glued to the
// front of a word (Arabic و ف ب ل ك ال: "وبالمدينة" is also "المدينة" and
// "مدينة"). Both come from the pack's word classes:
//
//   fold            CHAR<TAB>REPLACEMENT   (a character read as another)
//   strip           CHAR                   (a character read as nothing)
//   clitic_prefix   PREFIX<TAB>REPLACEMENT (a prefix that may be cut; the
//                                           replacement is put back: "لل" → "ال")
//   clitic_article  PREFIX<TAB>REPLACEMENT (a cut that removes the definite
//                                           article: "وال" → ""; such forms are
//                                           "definite" — a verb never has them)
//
// A pack without these classes has one form per word, its lowercase text, and
// costs nothing. Immutable; thread-safe.
#ifndef SITREP_LANG_WORD_FORMS_H_
#define SITREP_LANG_WORD_FORMS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sitrep/lang/word_classes.h"

namespace sitrep::lang {

class WordForms {
 public:
  WordForms() = default;
  explicit WordForms(const WordClasses& classes);

  // True when the pack folds or cuts anything.
  bool active() const { return !folds_.empty() || !prefixes_.empty(); }
  // Returns `word` with the folds applied (characters stripped or replaced).
  std::string Fold(std::string_view word) const;
  // Returns the other forms a folded word may be matched as: the word with a
  // clitic prefix cut (and its replacement put back), each keeping at least
  // kMinStemLetters letters. Never contains `folded` itself. With
  // `definite`, only the forms that cut a definite article; without, the others.
  std::vector<std::string> Alternatives(std::string_view folded, bool definite) const;
  // Returns every alternative, definite or not.
  std::vector<std::string> Alternatives(std::string_view folded) const;

  static constexpr size_t kMinStemLetters = 2;

 private:
  std::unordered_map<char32_t, std::string> folds_;             // "" = strip
  struct Cut {
    std::string prefix, replacement;
    bool article = false;  // the cut removes the definite article
  };
  std::vector<Cut> prefixes_;
};

}  // namespace sitrep::lang

#endif  // SITREP_LANG_WORD_FORMS_H_
