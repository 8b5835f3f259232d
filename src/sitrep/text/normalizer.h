// Unicode normalization for matching, with an offset map back to the verbatim
// text (the sentencepiece design). Stages that match strings (gazetteer, trigger
// lexicons) compare NFKC text, where full-width "２０２４" is "2024" and
// half-width "ﾎﾑｽ" is "ホムス", yet every span they report must index the
// verbatim Document text: Normalized::norm_to_orig carries each normalized byte
// back to the verbatim byte where its source began.
//
// All functions are pure and thread-safe (ICU's Normalizer2 singletons are).
#ifndef SITREP_TEXT_NORMALIZER_H_
#define SITREP_TEXT_NORMALIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document/span.h"

namespace sitrep::text {

struct Normalized {
  std::string text;  // NFKC of the input
  // One entry per byte of `text` plus an end sentinel equal to the input size.
  // norm_to_orig[i] is the input offset where the piece that produced byte i
  // starts; the map is non-decreasing. Unchanged runs map byte for byte; a
  // changed piece (e.g. "ｶﾞ" -> "ガ", "㍻" -> "平成") maps all its output bytes
  // to the piece's first input byte.
  std::vector<size_t> norm_to_orig;

  // Returns the verbatim span covering normalized bytes [begin, end). An end
  // inside a changed piece widens to the end of that piece, so the result
  // always lies on UTF-8 boundaries of the input and never comes out empty for
  // a non-empty normalized span. REQUIRES: begin <= end <= text.size().
  document::Span ToOriginal(size_t begin, size_t end) const;
};

// Returns the NFKC normalization of `s` with its offset map. Invalid UTF-8
// sequences become U+FFFD (mapped to the offending byte).
Normalized NormalizeNfkc(std::string_view s);

// Returns the matching key of `s`: NFKC, case folded, diacritics removed
// (nonspacing marks such as Latin accents and Arabic harakat, and the Arabic
// tatweel; the kana voicing marks are kept, so ガ stays distinct from カ),
// whitespace runs collapsed to one space and trimmed. "Ḥamāh", "HAMAH" and
// "ｈａｍａｈ" share the key "hamah". The key has no offset map: use it to look
// things up, and NormalizeNfkc when spans are needed.
std::string MatchingKey(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_NORMALIZER_H_
