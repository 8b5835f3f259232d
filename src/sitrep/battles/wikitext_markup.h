// Wikitext to plain text for infobox values: HTML comments, <ref>…</ref> and
// note templates ({{efn}}, {{sfn}}) dropped; templates handled as the lexicon's
// [templates] section says (flag icons dropped, {{flag|Syria}} -> "Syria",
// {{plainlist}}/{{ubl}} -> one item a line, {{KIA}} -> " (KIA)", {{small|…}}
// -> its text); [[target|label]] -> label; <br /> -> newline; bold/italic
// quotes and other tags removed; common entities decoded.
//
// Hostile input stays linear: brackets are paired once per text (Brackets),
// every scan for a closing '>' or ']' is cached, and markup nested deeper than
// kMaxMarkupDepth is dropped rather than followed (no real infobox nests more
// than a few levels), so the work is at most kMaxMarkupDepth passes.
#ifndef SITREP_BATTLES_WIKITEXT_MARKUP_H_
#define SITREP_BATTLES_WIKITEXT_MARKUP_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"

namespace sitrep::battles {

// Templates and links nested deeper than this are dropped with their content.
inline constexpr int kMaxMarkupDepth = 16;

using Ranges = std::vector<std::pair<size_t, size_t>>;  // [begin, end) pairs

// The "{{…}}" and "[[…]]" pairs of a text, found in one left-to-right pass
// with a stack per bracket kind. Refers to nothing after building. Not
// thread-safe: look-ups move a cursor (each reader builds its own).
class Brackets {
 public:
  explicit Brackets(std::string_view s);
  // Returns the position of the "}}" or "]]" closing the opener at `open`, or
  // npos when `open` opens nothing or is never closed.
  size_t CloseOf(size_t open) const;

 private:
  std::vector<std::pair<size_t, size_t>> pairs_;  // (open, close or npos), sorted by open
  mutable size_t last_ = static_cast<size_t>(-1);  // index of the last opener looked up
};

// Cleans ranges of one wikitext (comments and references already blanked).
// Holds views of `text` and `lex`: both must outlive it.
class WikitextCleaner {
 public:
  WikitextCleaner(std::string_view text, const InfoboxLexicon& lex);
  // Returns the plain text of text[begin, end) (lines separated by '\n'; list
  // items keep their leading '*').
  std::string Clean(size_t begin, size_t end) const { return Clean(begin, end, 0); }
  // Returns text[begin, end) cut at top-level `sep` (outside {{…}}, [[…]]);
  // the pieces index `text`.
  Ranges SplitTopLevel(size_t begin, size_t end, char sep) const;
  const Brackets& brackets() const { return brackets_; }

 private:
  std::string Clean(size_t begin, size_t end, int depth) const;
  std::string ExpandTemplate(size_t begin, size_t end, int depth) const;
  std::string ExpandLink(size_t begin, size_t end, int depth) const;

  std::string_view text_;
  const InfoboxLexicon& lex_;
  Brackets brackets_;
};

// Returns the plain text of `wikitext`, comments and references removed first.
std::string CleanWikitext(std::string_view wikitext, const InfoboxLexicon& lex);

// Returns `s` cut at top-level separators `sep`; each piece is [begin, end) into `s`.
Ranges SplitTopLevel(std::string_view s, char sep);

// Returns `s` with HTML comments and references removed, each replaced by
// spaces of the same length so offsets into `s` stay valid.
std::string BlankCommentsAndRefs(std::string_view s);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_WIKITEXT_MARKUP_H_
