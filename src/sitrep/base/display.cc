// ForDisplay: one pass over the bytes, decoding UTF-8 strictly (the same rules
// as utf8::FindInvalid), copying printable runs and escaping the rest.
#include "sitrep/base/display.h"

#include <cstdio>

#include "sitrep/base/utf8.h"

namespace sitrep {
namespace {

// Returns true for code points that steer a terminal or reorder what it shows.
bool IsUnsafeCodePoint(char32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) return true;        // C1 controls (CSI, OSC, …)
  if (cp >= 0x202A && cp <= 0x202E) return true;    // bidi embeddings and overrides
  if (cp >= 0x2066 && cp <= 0x2069) return true;    // bidi isolates
  return cp == 0x2028 || cp == 0x2029 || cp == 0x061C || cp == 0x200E || cp == 0x200F;
}

bool IsUnsafeAscii(unsigned char c, DisplayLines lines) {
  if (c == 0x7F) return true;
  if (c >= 0x20) return false;
  return lines == DisplayLines::kOneLine || (c != '\n' && c != '\t');
}

// Returns the length of the valid UTF-8 sequence at `pos`, or 0.
size_t ValidSequenceLength(std::string_view s, size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (len == 0 || pos + len > s.size()) return 0;
  return utf8::FindInvalid(s.substr(pos, len)) ? 0 : len;
}

void AppendEscape(const char* format, unsigned value, std::string& out) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

}  // namespace

std::string ForDisplay(std::string_view s, DisplayLines lines) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      if (IsUnsafeAscii(c, lines)) AppendEscape("\\x%02X", c, out);
      else out += static_cast<char>(c);
      ++pos;
      continue;
    }
    const size_t len = ValidSequenceLength(s, pos);
    if (len == 0) {
      AppendEscape("\\x%02X", c, out);
      ++pos;
      continue;
    }
    size_t next = pos;
    const char32_t cp = utf8::Next(s, next);
    if (IsUnsafeCodePoint(cp)) AppendEscape("\\u%04X", static_cast<unsigned>(cp), out);
    else out.append(s.substr(pos, len));
    pos += len;
  }
  return out;
}

bool IsDisplaySafe(std::string_view s, DisplayLines lines) { return ForDisplay(s, lines) == s; }

}  // namespace sitrep
