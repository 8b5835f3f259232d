// Name keys: the folded form under which every gazetteer, overlay, country and
// actor name is indexed, and into which document text is folded before the
// entities stage matches it. Folding lowercases Latin, strips diacritics and
// Arabic vowel marks, unifies Arabic letter variants, maps full-width ASCII to
// ASCII and drops separators (spaces, hyphens, apostrophes, the katakana middle
// dot), so "Deir ez-Zor", "DEIR EZZOR" and "Deir-ez-Zōr" share one key. The
// offline compiler (kb/build) and the run-time linker must fold identically,
// which is why this lives in kb/ (text/ is a sibling module, not a dependency).
#ifndef SITREP_KB_NAME_KEY_H_
#define SITREP_KB_NAME_KEY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::kb {

// Folded text plus, for every output byte, the byte offset in the input of the
// code point it came from (so a match [i, j) in `key` maps back to
// [orig[i], orig_end[j-1]) in the input).
struct FoldedText {
  std::string key;
  std::vector<uint32_t> orig;      // input offset of the code point each byte came from
  std::vector<uint32_t> orig_end;  // input offset just past that code point
};

// Returns the folded form of `text` with its offset map. Thread-safe.
FoldedText FoldWithOffsets(std::string_view text);

// Returns the folded key of a name (FoldWithOffsets without the maps).
std::string NameKey(std::string_view name);

// Returns true when `cp` is a separator that folding drops (space, punctuation,
// hyphen, apostrophe, middle dot).
bool IsFoldSeparator(char32_t cp);

// Returns a stable 64-bit hash (FNV-1a) of a key; the compiled gazetteer indexes
// names by it.
uint64_t KeyHash(std::string_view key);

}  // namespace sitrep::kb

#endif  // SITREP_KB_NAME_KEY_H_
