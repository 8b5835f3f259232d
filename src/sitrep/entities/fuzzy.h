// Fuzzy name matching for names the dictionary does not know verbatim:
// misspellings, transliterations and machine-translation garbles (ハムス for
// Homs, ラルトゥス for Tartus, An-Nabek for An-Nabk). Katakana is romanized
// with a table (data/kb/kana_latin.tsv); every name is then reduced to a
// phonetic form (lowercase letters, digraphs merged, l=r, v=b) and a
// consonant skeleton (vowels and glides dropped, doubles collapsed) — the
// part of a name that survives transliteration between Arabic, Latin and
// Japanese, where vowels are added (homusu), dropped (Hms) or changed.
// Similarity is the mean of normalized Levenshtein similarity on both forms.
// Immutable after Load; thread-safe.
#ifndef SITREP_ENTITIES_FUZZY_H_
#define SITREP_ENTITIES_FUZZY_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sitrep/base/status.h"

namespace sitrep::entities {

class Romanizer {
 public:
  // Loads a "kana<TAB>latin" table (longest kana sequences win).
  static StatusOr<Romanizer> Load(const std::string& path);
  // Returns the Latin form of a katakana string; other characters pass
  // through folded to lowercase ASCII or dropped. ッ and ー are dropped (vowel
  // length and gemination are the least stable parts of a transliteration).
  std::string Romanize(std::string_view text) const;
  bool empty() const { return table_.empty(); }

 private:
  std::unordered_map<std::string, std::string> table_;
  size_t max_len_ = 0;  // longest key in bytes
};

// Returns the phonetic form of a Latin-script name: lowercase ASCII letters,
// kh/gh/sh/th/dh/ph/ch merged to one letter, l->r, v->b, c/q->k, doubles collapsed.
std::string PhoneticForm(std::string_view latin);
// Returns the consonant skeleton of a phonetic form (vowels, y, w dropped;
// doubles collapsed).
std::string Skeleton(std::string_view phonetic);
// Returns the Levenshtein distance between byte strings.
int Levenshtein(std::string_view a, std::string_view b);
// As Levenshtein, but any value above `limit` may come back (limit + 1) as
// soon as the distance is known to exceed it: O(|a|·|b|) at worst, far less
// for strings that differ early.
int LevenshteinBounded(std::string_view a, std::string_view b, int limit);
// Returns 1 - distance / longer length (1 = equal, 0 = nothing shared).
double LevenshteinSimilarity(std::string_view a, std::string_view b);

// Returns the similarity in [0, 1] of two phonetic forms: the mean of the
// similarity of the forms and of their skeletons. Short skeletons (< 2
// consonants) must be equal, else 0.
double PhoneticSimilarity(std::string_view a, std::string_view b);
// As above with both skeletons precomputed; returns 0 early when the lengths
// alone rule out a similarity of `floor` or more.
double PhoneticSimilarity(std::string_view a, std::string_view skeleton_a, std::string_view b,
                          std::string_view skeleton_b, double floor = 0.0);

// Returns the set of letters a-z in `s` as bits 0-25 (other bytes: bit 26).
uint32_t LetterMask(std::string_view s);

// A query compared with many names: its form and skeleton are compiled once
// into bit vectors (Myers/Hyyrö bit-parallel edit distance, one machine word
// per column for strings of up to 64 bytes), so each comparison costs O(|b|).
// Similarity() returns exactly PhoneticSimilarity(form, Skeleton(form), b,
// skeleton_b, floor). Immutable after construction; thread-safe.
class PhoneticQuery {
 public:
  explicit PhoneticQuery(std::string form);
  const std::string& form() const { return form_.text; }
  const std::string& skeleton() const { return skeleton_.text; }
  double Similarity(std::string_view b, std::string_view skeleton_b, double floor) const;
  // Returns false when letter sets alone bound Similarity(b, ...) below
  // `floor`: each letter one string has and the other lacks costs an edit.
  // The masks are LetterMask(b) and LetterMask(skeleton_b).
  bool MayReach(size_t b_size, uint32_t b_mask, size_t skeleton_b_size, uint32_t skeleton_b_mask,
                double floor) const;

 private:
  struct Pattern {
    explicit Pattern(std::string s);
    int Distance(std::string_view b) const;  // Levenshtein(text, b)
    std::string text;
    uint32_t mask = 0;  // LetterMask(text)
    std::array<uint64_t, 256> peq{};  // bit i set where text[i] == c (text.size() <= 64)
  };
  Pattern form_, skeleton_;
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_FUZZY_H_
