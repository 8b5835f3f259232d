// Language names read as countries. A nationality word is also its language's
// name ("English", "Spanish", "Ukrainian"), and in "given in English", "speaks
// Spanish", "translated into French", "the Ukrainian version", "Kurdish
// speakers" it names the language: no place, no country, no actor.
// The words that make it so are the language pack's (names.tsv
// language_before: a lowercase word right before; language_after: a word right
// after, spaced or hyphenated). A word before counts only when no noun follows
// the name ("in Syrian territory" is still Syria's): the name ends the clause
// (punctuation, the end of the text) or a conjunction follows. Prepositions
// of place ("in", "from") are left out: a country's short name shaped like a
// nationality ("in Vatican") would read as a language.
#include <cctype>
#include <string>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

// Returns the folded letters-only word ending right before `begin` (one or more spaces between), or "".
std::string LanguageWordBefore(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == begin) return "";
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b < e ? kb::NameKey(text.substr(b, e - b)) : "";
}

// Returns the word starting after `end` past spaces or one hyphen, and sets
// `ends_clause` when punctuation or the end of the text comes first.
std::string LanguageWordAfter(std::string_view text, size_t end, bool& ends_clause) {
  size_t b = end;
  if (b < text.size() && text[b] == '-') ++b;
  while (b < text.size() && text[b] == ' ') ++b;
  ends_clause = b >= text.size() || !std::isalpha(static_cast<unsigned char>(text[b]));
  size_t e = b;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return kb::NameKey(text.substr(b, e - b));
}

}  // namespace

bool UsedAsLanguage(const State& s, size_t begin, size_t end) {
  const NameTables& t = s.impl.names;
  if (t.language_before.empty() && t.language_after.empty()) return false;
  bool ends_clause = false;
  const std::string after = LanguageWordAfter(s.text, end, ends_clause);
  if (!ends_clause && t.language_after.count(after)) return true;
  if (!t.language_before.count(LanguageWordBefore(s.text, begin))) return false;
  return ends_clause || t.list_joiners.count(after) > 0;
}

}  // namespace sitrep::entities
