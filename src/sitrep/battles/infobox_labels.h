// Label lines of an infobox flattened to text, in every style a copy of it
// takes: the label alone ("Belligerents", "Belligerents:"), followed by its
// value ("Date: 3 March 2015", "Date\t3 March 2015", "Date 3 March 2015"),
// glued to it ("Date3 March 2015", the seed's text dumps), as a list item
// ("- Date: 3 March 2015", "• Result: …"), numbered by side ("Combatant 2:",
// "strength1 = …", the wikitext parameter names), or as a markdown table row
// ("| Date | 3 March 2015 |"). Labels come from the language's vocabulary
// (data/lang/<code>/infobox.txt [labels] and [wiki_params]), never from where
// a line stands.
#ifndef SITREP_BATTLES_INFOBOX_LABELS_H_
#define SITREP_BATTLES_INFOBOX_LABELS_H_

#include <optional>
#include <string>
#include <string_view>

#include "sitrep/battles/infobox_lexicon.h"

namespace sitrep::battles {

struct LabelMatch {
  std::string field;       // the record field ("date", "belligerents", …)
  int side = -1;           // 0-based side of a numbered label ("Combatant 2" -> 1), else -1
  size_t value_begin = 0;  // offset of the value in the line (the line's size when alone)
};

// Returns the label `line` starts with, or nullopt. REQUIRES: `line` trimmed.
std::optional<LabelMatch> MatchLabel(std::string_view line, const InfoboxLexicon& lex);

// Returns true for a line that announces an infobox ("Infobox", "Infobox
// military conflict"): the next line is its caption.
bool IsInfoboxMarker(std::string_view line, const InfoboxLexicon& lex);

// Returns the text after a "Part of the" caption prefix of `line`, or nullopt.
std::optional<std::string_view> PartOfCaption(std::string_view line, const InfoboxLexicon& lex);

// Returns true for the fields each side of the infobox has its own value of.
bool IsSideField(std::string_view field);

// Returns the length of a list bullet ("•", "·", "*", "-", "–" and a space)
// at the start of `line`, or 0.
size_t BulletLength(std::string_view line);

// Returns `line` as tab-separated cells when it is a markdown table row
// ("| Date | 3 March 2015 |" -> "Date\t3 March 2015"; a "|---|" rule -> ""),
// `line` without its pipe when it is a wikitext parameter line ("| date = x"
// -> "date = x"), else `line` itself.
std::string UnpipeLine(std::string_view line);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_LABELS_H_
