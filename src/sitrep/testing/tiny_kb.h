// Tiny knowledge base for tests: a dictionary linker that marks known
// names in a sentence as linked mentions, so trigger, role and claim rules are
// tested without the knowledge base (as PETRARCH's unit tests use their own
// small dictionaries).
#ifndef SITREP_TESTING_TINY_KB_H_
#define SITREP_TESTING_TINY_KB_H_

#include <string>
#include <vector>

#include "sitrep/document/document.h"

namespace sitrep::testing {

struct DictEntry {
  std::string surface;
  document::MentionKind kind;
  std::string name;
  int inter = 0;          // actors
  std::string feature;    // "PPL", "media", ...
  double lat = 0, lon = 0;
};

// The fixture dictionary: a few real and fictional places and actors in en, ja, ar and id.
const std::vector<DictEntry>& Dictionary();

// Returns a one-sentence-per-line Document in `lang` with dictionary mentions
// linked (longest match first) and the given publication date.
document::Document MakeDocument(const std::string& text, const std::string& lang,
                                const std::string& published = "2024-03-15");

}  // namespace sitrep::testing

#endif  // SITREP_TESTING_TINY_KB_H_
