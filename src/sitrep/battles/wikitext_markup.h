// Wikitext to plain text for infobox values: HTML comments, <ref>…</ref> and
// note templates ({{efn}}, {{sfn}}) dropped; templates handled as the lexicon's
// [templates] section says (flag icons dropped, {{flag|Syria}} -> "Syria",
// {{plainlist}}/{{ubl}} -> one item a line, {{KIA}} -> " (KIA)", {{small|…}}
// -> its text); [[target|label]] -> label; <br /> -> newline; bold/italic
// quotes and other tags removed; common entities decoded.
#ifndef SITREP_BATTLES_WIKITEXT_MARKUP_H_
#define SITREP_BATTLES_WIKITEXT_MARKUP_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"

namespace sitrep::battles {

// Returns the plain text of `wikitext` (lines separated by '\n'; list items
// keep their leading '*').
std::string CleanWikitext(std::string_view wikitext, const InfoboxLexicon& lex);

// Returns the position of the "}}" or "]]" closing the "{{" or "[[" at `open`,
// honouring nesting, or npos.
size_t MatchingClose(std::string_view s, size_t open);

// Returns `s` cut at top-level separators `sep` (outside {{…}}, [[…]] and
// <…>); each piece is [begin, end) into `s`.
std::vector<std::pair<size_t, size_t>> SplitTopLevel(std::string_view s, char sep);

// Returns `s` with HTML comments and references removed, each replaced by
// spaces of the same length so offsets into `s` stay valid.
std::string BlankCommentsAndRefs(std::string_view s);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_WIKITEXT_MARKUP_H_
