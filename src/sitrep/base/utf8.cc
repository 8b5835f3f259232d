// UTF-8 validation and decoding, written against RFC 3629's well-formed table.
#include "sitrep/base/utf8.h"

namespace sitrep::utf8 {
namespace {

// Returns the length of the well-formed sequence at `pos`, or 0.
size_t SequenceLength(std::string_view s, size_t pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  const size_t left = s.size() - pos;
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  const auto cont = [&](size_t i) { return i < left && (b(i) & 0xC0) == 0x80; };
  if (c < 0xE0) return cont(1) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<size_t> FindInvalid(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t n = SequenceLength(s, pos);
    if (n == 0) return pos;
    pos += n;
  }
  return std::nullopt;
}

// The common well-formed shapes are decoded at once: an ASCII byte (inline,
// in utf8.h), a two-byte sequence (Latin accents, Arabic) and a three-byte one whose lead
// byte puts no constraint on the second (kana, kanji: E1-EC, EE-EF). Every
// other lead goes through SequenceLength's full table, so the results are
// those of the table for every input.
namespace internal {

// Next past an ASCII byte.
char32_t NextMultibyte(std::string_view s, size_t& pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  const size_t left = s.size() - pos;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (c >= 0xC2 && c < 0xE0 && left >= 2 && (p[1] & 0xC0) == 0x80) {
    pos += 2;
    return (static_cast<char32_t>(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && left >= 3 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80) {
    pos += 3;
    return (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) |
           (p[2] & 0x3F);
  }
  const size_t n = SequenceLength(s, pos);
  if (n == 0) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp;
  if (n == 1) cp = c;
  else if (n == 2) cp = c & 0x1F;
  else if (n == 3) cp = c & 0x0F;
  else cp = c & 0x07;
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += n;
  return cp;
}

// One append of the whole sequence (one capacity check, not one per byte).
void AppendMultibyte(char32_t cp, std::string& out) {
  char b[4];
  size_t n;
  if (cp < 0x800) {
    b[0] = static_cast<char>(0xC0 | (cp >> 6));
    b[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = static_cast<char>(0xE0 | (cp >> 12));
    b[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = static_cast<char>(0xF0 | (cp >> 18));
    b[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    b[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out.append(b, n);
}

}  // namespace internal

std::string_view StripBom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

size_t Length(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) Next(s, pos);
  return n;
}

bool IsKatakana(char32_t cp) {
  return (cp >= 0x30A1 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
         (cp >= 0xFF66 && cp <= 0xFF9F);
}
bool IsHiragana(char32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }
bool IsKanji(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == 0x3005;
}
bool IsArabic(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

}  // namespace sitrep::utf8
