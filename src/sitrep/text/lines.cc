// Line splitting and paragraph numbering for the sentence splitter.
#include <unicode/uchar.h>

#include "sitrep/base/utf8.h"
#include "sitrep/text/lines_internal.h"

namespace sitrep::text::internal {
namespace {

// Returns true when the line [begin, end) ends so that a lower-case next line
// reads as its continuation: a letter, digit, comma or hyphen.
bool EndsOpen(std::string_view s, size_t begin, size_t end) {
  if (end <= begin) return false;
  size_t pos = end;
  const char32_t c = Prev(s, pos);
  return u_isalnum(static_cast<UChar32>(c)) || c == ',' || c == '-' || c == 0x2010;
}

bool StartsLower(std::string_view s, size_t begin) {
  return u_islower(static_cast<UChar32>(At(s, begin)));
}

}  // namespace

char32_t Prev(std::string_view s, size_t& pos) {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
  size_t q = p;
  const char32_t c = utf8::Next(s, q);
  if (q != pos) {  // malformed: step back one byte only
    pos -= 1;
    return 0xFFFD;
  }
  pos = p;
  return c;
}

char32_t At(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  return utf8::Next(s, pos);
}

bool IsSpace(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (c < 0x80) return c == '\v' || c == '\f';
  return c == 0xFEFF || c == 0x200B || u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

void TrimSpaces(std::string_view s, size_t& begin, size_t& end) {
  while (begin < end) {
    size_t p = begin;
    if (!IsSpace(utf8::Next(s, p))) break;
    begin = p;
  }
  while (end > begin) {
    size_t p = end;
    if (!IsSpace(Prev(s, p))) break;
    end = p;
  }
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    Line line{pos, text.size(), -1};
    size_t next = text.size() + 1;
    for (size_t p = pos; p < text.size();) {
      const unsigned char b = static_cast<unsigned char>(text[p]);
      if (b != '\n' && b != '\r' && b != 0xC2 && b != 0xE2) {  // fast path
        ++p;
        continue;
      }
      size_t q = p;
      const char32_t c = utf8::Next(text, q);
      if (IsLineBreak(c)) {
        line.end = p;
        if (c == '\r' && q < text.size() && text[q] == '\n') ++q;
        next = q;
        break;
      }
      p = q;
    }
    lines.push_back(line);
    pos = next;
  }
  int paragraph = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t b = lines[i].begin, e = lines[i].end;
    TrimSpaces(text, b, e);
    if (b == e) continue;
    bool soft = false;
    if (i > 0 && lines[i - 1].paragraph >= 0) {
      size_t pb = lines[i - 1].begin, pe = lines[i - 1].end;
      TrimSpaces(text, pb, pe);
      soft = EndsOpen(text, pb, pe) && StartsLower(text, b);
    }
    lines[i].paragraph = soft ? paragraph : ++paragraph;
  }
  return lines;
}

}  // namespace sitrep::text::internal
