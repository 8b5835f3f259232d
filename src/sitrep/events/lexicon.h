// Lexicon: the pattern tables that drive the events stage (triggers, context
// rules, claim cues, count words, source nouns), loaded from TSV files under
// data/lang/<code>/ and matched against a sentence.
//
// Two matching modes, chosen by the language: for space-separated languages a
// pattern is a sequence of lowercase words where "w*" matches any word starting
// with w, "-w" matches w only without a definite article (a verb: "-تظاهر" is
// not "التظاهر"; packs with clitics, lang/word_forms.h) and "..." skips up to
// four words; for unspaced languages (Japanese) a
// pattern is a plain substring. Matches are byte ranges into the sentence text.
// Immutable after Load; Find is const and thread-safe.
#ifndef SITREP_EVENTS_LEXICON_H_
#define SITREP_EVENTS_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/word_forms.h"

namespace sitrep::events {

// One TSV row: the pattern and the remaining columns.
struct LexiconEntry {
  std::string pattern;
  std::vector<std::string> fields;
};

struct LexiconMatch {
  size_t begin = 0;  // byte offsets into the matched text
  size_t end = 0;
  size_t entry = 0;  // index into Lexicon::entries()
};

// A word of a space-separated sentence: lowercase (and folded) text, its byte
// range, and the other forms it may match as (clitics cut, lang/word_forms.h):
// `forms` keep the word's article, `definite_forms` are cut out of it.
struct Word {
  std::string lower;
  size_t begin = 0, end = 0;
  std::vector<std::string> forms, definite_forms;
};

// Splits `text` into words (letters, digits, apostrophes and inner hyphens),
// lowercased (ASCII); punctuation is dropped. With `forms`, words are folded
// and carry their clitic alternatives.
std::vector<Word> SplitWords(std::string_view text, const lang::WordForms* forms = nullptr);

// Returns the last `n` words of `text` (fewer when it has fewer), last first:
// the tail of SplitWords(text) reversed, read backwards from the end, so the
// cost is that of the words returned, not of the text.
std::vector<Word> LastWords(std::string_view text, size_t n);

class Lexicon {
 public:
  // Loads `path` (comment lines start with '#'); `spaced` selects the mode;
  // `forms` (may be null; must outlive the lexicon) folds patterns and words.
  // REQUIRES: every row has at least `min_fields` columns after the pattern.
  static StatusOr<Lexicon> Load(const std::string& path, bool spaced, size_t min_fields,
                                const lang::WordForms* forms = nullptr);
  // Builds from rows directly (tests, merged tables).
  static Lexicon FromEntries(std::vector<LexiconEntry> entries, bool spaced,
                             const lang::WordForms* forms = nullptr);

  // Returns every match in `text`, in order of position (longest first at a position).
  std::vector<LexiconMatch> Find(std::string_view text) const;
  // As Find, over words already split from `text`.
  std::vector<LexiconMatch> FindInWords(const std::vector<Word>& words) const;
  bool Contains(std::string_view text) const { return !Find(text).empty(); }

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  bool spaced() const { return spaced_; }
  const lang::WordForms* forms() const { return forms_; }

 private:
  void Index();
  // Matches pattern[from..] at words[start..]; sets end_word past the last.
  bool MatchAt(const std::vector<std::string>& pattern, size_t from, const std::vector<Word>& words,
               size_t start, size_t& end_word) const;

  std::vector<LexiconEntry> entries_;
  bool spaced_ = true;
  const lang::WordForms* forms_ = nullptr;
  std::vector<std::vector<std::string>> split_;               // pattern words (spaced mode)
  std::unordered_map<std::string, std::vector<size_t>> by_first_;  // exact first word
  std::vector<size_t> wildcard_first_;                        // first word ends in '*'
  std::vector<int> wildcard_head_;  // per wildcard_first_: its prefix's first byte, -1 for any
  // Unspaced mode: patterns by their first three bytes, and those shorter.
  static uint32_t Head3(std::string_view s, size_t pos);
  std::unordered_map<uint32_t, std::vector<size_t>> by_head3_;
  std::vector<size_t> short_patterns_;
  std::bitset<256> heads_;  // the first bytes of the patterns
  bool any_empty_ = false;  // an empty pattern occurs at every position
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_LEXICON_H_
