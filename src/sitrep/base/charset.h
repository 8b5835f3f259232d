// Character sets other than UTF-8, decoded with ICU's converters (ICU stays
// inside base/ and text/). The readers use this for files that say what they
// are: a byte-order mark (UTF-16, UTF-32) or an HTML charset declaration
// (Shift_JIS, EUC-JP, windows-1252, …). Nothing is guessed: bytes with no
// declaration must be UTF-8.
#ifndef SITREP_BASE_CHARSET_H_
#define SITREP_BASE_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"

namespace sitrep {

struct Bom {
  std::string charset;  // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"; "" for none
  size_t length = 0;    // bytes of the mark
};

// Returns the byte-order mark `bytes` starts with (UTF-32 before UTF-16, whose
// little-endian mark is a prefix of UTF-32LE's).
Bom DetectBom(std::string_view bytes);

// Returns the WHATWG-style canonical form of a declared charset label, or ""
// when ICU has no converter for it: labels are case-insensitive and trimmed,
// and the Latin-1 labels (iso-8859-1, latin1, us-ascii, ascii) mean
// windows-1252, as in every browser. "UTF-8" for any UTF-8 label.
std::string CanonicalCharset(std::string_view label);

// Returns `bytes` (without any byte-order mark) converted from `charset` to
// UTF-8. An undecodable sequence is an error naming the charset and its byte
// offset plus `base_offset`: "invalid Shift_JIS at byte 17".
// REQUIRES: CanonicalCharset(charset) is not "".
StatusOr<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                    size_t base_offset = 0);

}  // namespace sitrep

#endif  // SITREP_BASE_CHARSET_H_
