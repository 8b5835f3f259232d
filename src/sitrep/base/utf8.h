// UTF-8 helpers shared by every stage: validation with the byte offset of the
// first bad sequence, code-point iteration, and BOM handling. Offsets are always
// byte offsets into the verbatim text, the currency of the document IR.
#ifndef SITREP_BASE_UTF8_H_
#define SITREP_BASE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::utf8 {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt when
// `s` is valid (overlongs, surrogates and code points past U+10FFFF are invalid).
std::optional<size_t> FindInvalid(std::string_view s);

namespace internal {
// Next and Append past ASCII (utf8.cc).
char32_t NextMultibyte(std::string_view s, size_t& pos);
void AppendMultibyte(char32_t cp, std::string& out);
}  // namespace internal

// Decodes one code point at `pos` and advances `pos`. Returns U+FFFD and
// advances one byte on a malformed sequence. The ASCII case is inline: the
// stages call this once per character of every document.
inline char32_t Next(std::string_view s, size_t& pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  return internal::NextMultibyte(s, pos);
}

// Appends the UTF-8 encoding of `cp` to `out`.
inline void Append(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  internal::AppendMultibyte(cp, out);
}

// Returns `s` without a leading UTF-8 byte-order mark.
std::string_view StripBom(std::string_view s);

// Returns the number of code points in `s`.
size_t Length(std::string_view s);

// Returns true for katakana letters and the prolonged sound mark (U+30A0..U+30FF, U+31F0..).
bool IsKatakana(char32_t cp);
bool IsHiragana(char32_t cp);
bool IsKanji(char32_t cp);
bool IsArabic(char32_t cp);

}  // namespace sitrep::utf8

#endif  // SITREP_BASE_UTF8_H_
