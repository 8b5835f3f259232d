// Byte-level decoding shared by every reader: what turns the bytes of a file
// (or one JSONL field) into a Document's text.
//
// The Document text is the *decoded, newline-normalized* text: a leading UTF-8
// byte-order mark is dropped, CRLF and lone CR become LF, and nothing else
// changes. Every span offset in the IR indexes that text, not the file bytes.
// Errors name byte offsets in the input as given (BOM included), since that is
// what a user can look up with a hex viewer.
//
// Bytes are UTF-8 unless they say otherwise: a UTF-16 or UTF-32 byte-order
// mark, or (HTML only) a charset declared in the first 1024 bytes — <meta
// charset=…>, <meta http-equiv=Content-Type content="…; charset=…">, or an
// XML declaration's encoding — decoded with ICU (base/charset.h). A BOM wins
// over a declaration, as in browsers. Nothing is guessed.
#ifndef SITREP_INGEST_DECODE_H_
#define SITREP_INGEST_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"

namespace sitrep::ingest {

// Returns `bytes` as document text, or kInvalidArgument / kDataLoss with a
// reason such as "binary file (NUL byte at 17)", "invalid UTF-8 at byte 1043",
// "invalid UTF-16LE at byte 9" or "empty document".
// `base_offset` is added to the byte offsets in error messages (for a line of a
// larger file). Works in place on the moved-in string: no copy when the text
// has no CR and no BOM.
StatusOr<std::string> DecodeText(std::string bytes, size_t base_offset = 0);

// As DecodeText, for an HTML page: its declared charset is honoured.
StatusOr<std::string> DecodeHtml(std::string bytes);

// Returns the charset an HTML page declares in its first 1024 bytes, as
// written ("Shift_JIS"), or "" when it declares none.
std::string DeclaredHtmlCharset(std::string_view html);

// Returns OK when `bytes` has no NUL, no UTF-16/UTF-32 BOM and is valid UTF-8;
// else the same errors as DecodeText (offsets shifted by `base_offset`), and
// for a BOM "UTF-32LE text is not supported here (convert to UTF-8)".
Status CheckEncoding(std::string_view bytes, size_t base_offset = 0);

// Replaces CRLF and lone CR with LF, in place (one pass, no reallocation).
void NormalizeNewlines(std::string& text);

// Returns true when `text` holds only whitespace (ASCII or Unicode spaces, BOM).
// REQUIRES: `text` is valid UTF-8.
bool IsBlank(std::string_view text);

// Returns the byte length of a leading UTF-8 BOM in `bytes` (0 or 3).
size_t BomLength(std::string_view bytes);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_DECODE_H_
