// InfoboxLexicon: the language-specific words the battles stage needs (labels,
// casualty phrases, claim cues, ranks, months, template actions), loaded from
// data/lang/<code>/infobox.txt. Immutable after Load; shared across threads.
#ifndef SITREP_BATTLES_INFOBOX_LEXICON_H_
#define SITREP_BATTLES_INFOBOX_LEXICON_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::battles {

using Pairs = std::vector<std::pair<std::string, std::string>>;
using Words = std::vector<std::string>;

struct InfoboxLexicon {
  Pairs labels;                                    // lowercase label -> field, longest first
  Words part_of;                                   // "Part of the", longest first
  std::map<std::string, std::string> wiki_params;  // param stem -> field
  Pairs figures;                                   // casualty phrase -> figure key, longest first
  Words claim_suffixes, claim_prefixes;
  Words approx;            // longest first
  Words vague_quantities;  // longest first
  Words durations, ongoing;
  std::map<std::string, int> months;
  Words ranks;                        // longest first
  Pairs person_marks;                 // "WIA" -> "WIA", "†" -> "KIA"
  Words state_cues, nonstate_cues;    // in belligerent names: the side's character
  Words state_roles, nonstate_roles;  // in strength/casualty/territory lines
  Words joint_cues, territory_cues, stopwords;
  Words side_words;  // before a side number opening an item ("Side 2: …", "Pihak 2: …"); longest first
  std::map<std::string, std::string> templates;  // lowercase template name -> action
  Words infobox_templates;                       // lowercase names of the infobox template itself
  // Words right after a number that multiply it ("2万" = 20000): the pack's
  // word class "multiplier" (set by the BattleParser), longest first.
  std::vector<std::pair<std::string, long>> multipliers;
  Words counters;  // counter words after a number, not a name ("2,000人"); longest first

  // Returns the lexicon in `path` (the format documented in the file itself).
  static StatusOr<InfoboxLexicon> Load(const std::string& path);
};

// Text helpers shared by the battles stage (ASCII case folding is enough for
// the cue words; names keep their case).
std::string Lower(std::string_view s);
std::string_view Trim(std::string_view s);
// Returns true when `word` occurs in `text` (both lowercase) at word boundaries
// (letters of scripts without spaces, Han and kana, are boundaries to each other).
bool HasWord(std::string_view text, std::string_view word);
// Returns true when `text` (lowercase) contains any of `words` as a word.
bool HasAnyWord(std::string_view text, const Words& words);
// Returns `s` with no-break and other Unicode spaces as plain spaces, and
// full-width forms as their ASCII ones ("（" " (", "２" "2", "、" ", "), and
// Arabic-Indic digits and the Arabic separators as theirs ("١٬٢٠٠" "1,200",
// "،" ", "): same meaning, different bytes (offsets into `s` do not survive).
std::string PlainSpaces(std::string_view s);
// True when the letter at byte `at` (or ending at byte `end`) of `s` is of a
// script written without spaces between words (Han, kana).
bool UnspacedAt(std::string_view s, size_t at);
bool UnspacedBefore(std::string_view s, size_t end);
// Returns the largest n' <= n that does not cut a UTF-8 sequence of `s`.
size_t Utf8Floor(std::string_view s, size_t n);
// Returns the lowercase alphanumeric words of `s`.
std::vector<std::string> WordsOf(std::string_view s);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_LEXICON_H_
