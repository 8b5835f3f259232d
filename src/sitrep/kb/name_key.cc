// Name-key folding (see name_key.h). A small hand-written fold instead of ICU:
// kb/ may not link ICU (DESIGN §6 keeps ICU inside text/ and base/), and the
// fold must be byte-identical between the compiler and the linker.
#include "sitrep/kb/name_key.h"

#include <array>

#include "sitrep/base/utf8.h"

namespace sitrep::kb {
namespace {

// U+00C0..U+00FF, one entry per code point; '-' = dropped, '1' = "ae",
// '2' = "th", '3' = "ss".
constexpr std::string_view kLatin1 =
    "aaaaaa1ceeeeiiiidnooooo-ouuuuy23"
    "aaaaaa1ceeeeiiiidnooooo-ouuuuy2y";

// U+0100..U+017F folded to one ASCII letter ('1' = "ij", '2' = "oe").
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkklllllllll"
    "lnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// ASCII bytes folded alone (0 = a separator, dropped): the fast path of
// NameKey and FoldWithOffsets, the same as AppendFold on a code point < 0x80.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t[c] = static_cast<char>(c);
  }
  return t;
}();

void AppendFold(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp - 'A' + 'a'));
    else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) out.push_back(static_cast<char>(cp));
    return;  // other ASCII is a separator
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return AppendFold(cp - 0xFF01 + 0x21, out);  // full-width
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = kLatin1[cp - 0xC0];
    if (c == '-') return;
    if (c == '1') out += "ae";
    else if (c == '2') out += "th";
    else if (c == '3') out += "ss";
    else out.push_back(c);
    return;
  }
  if (cp >= 0x100 && cp < 0x100 + kLatinExtA.size()) {
    char c = kLatinExtA[cp - 0x100];
    if (c == '1') out += "ij";
    else if (c == '2') out += "oe";
    else out.push_back(c);
    return;
  }
  switch (cp) {  // Latin Extended Additional letters common in Arabic romanization
    case 0x1E0C: case 0x1E0D: case 0x1E0E: case 0x1E0F: out.push_back('d'); return;
    case 0x1E24: case 0x1E25: case 0x1E28: case 0x1E29: case 0x1E2A: case 0x1E2B: out.push_back('h'); return;
    case 0x1E62: case 0x1E63: out.push_back('s'); return;
    case 0x1E6C: case 0x1E6D: case 0x1E6E: case 0x1E6F: out.push_back('t'); return;
    case 0x1E92: case 0x1E93: case 0x1E94: case 0x1E95: out.push_back('z'); return;
    case 0x1E96: out.push_back('h'); return;
    case 0x01E7: case 0x01E6: out.push_back('g'); return;
    case 0x0259: out.push_back('e'); return;
    case 0x0131: out.push_back('i'); return;
    default: break;
  }
  // Arabic: drop vowel marks and tatweel, unify alef/yeh/teh-marbuta variants.
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) return;
  if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671) return utf8::Append(0x0627, out);
  if (cp == 0x0649) return utf8::Append(0x064A, out);
  if (cp == 0x0629) return utf8::Append(0x0647, out);
  if (cp == 0x0624) return utf8::Append(0x0648, out);
  if (cp == 0x0626) return utf8::Append(0x064A, out);
  if (IsFoldSeparator(cp)) return;
  utf8::Append(cp, out);
}

}  // namespace

bool IsFoldSeparator(char32_t cp) {
  if (cp < 0x80) return !((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'));
  switch (cp) {
    case 0x00A0: case 0x00B7: case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF: case 0x2010:
    case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201C:
    case 0x201D: case 0x3000: case 0x30FB: case 0x30A0: case 0xFF1D: case 0xFF0D: case 0xFF65:
    case 0x060C: case 0x061B: case 0x061F: case 0x066B: case 0x066C:
      return true;
    default:
      return false;
  }
}

FoldedText FoldWithOffsets(std::string_view text) {
  FoldedText f;
  f.key.reserve(text.size());
  f.orig.reserve(text.size());
  f.orig_end.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    if (const auto b = static_cast<unsigned char>(text[pos]); b < 0x80) {
      ++pos;
      if (const char c = kAsciiFold[b]) {
        f.key.push_back(c);
        f.orig.push_back(static_cast<uint32_t>(start));
        f.orig_end.push_back(static_cast<uint32_t>(pos));
      }
      continue;
    }
    const char32_t cp = utf8::Next(text, pos);
    const size_t before = f.key.size();
    AppendFold(cp, f.key);
    for (size_t i = before; i < f.key.size(); ++i) {
      f.orig.push_back(static_cast<uint32_t>(start));
      f.orig_end.push_back(static_cast<uint32_t>(pos));
    }
  }
  return f;
}

std::string NameKey(std::string_view name) {
  // An ASCII byte folds to at most one byte: the leading ASCII run is written
  // in place (no push_back per byte); from the first other byte on, appended.
  std::string out(name.size(), '\0');
  size_t n = 0;
  size_t pos = 0;
  for (; pos < name.size(); ++pos) {
    const auto b = static_cast<unsigned char>(name[pos]);
    if (b >= 0x80) break;
    if (const char c = kAsciiFold[b]) out[n++] = c;
  }
  out.resize(n);
  while (pos < name.size()) {
    if (const auto b = static_cast<unsigned char>(name[pos]); b < 0x80) {
      if (const char c = kAsciiFold[b]) out.push_back(c);
      ++pos;
      continue;
    }
    AppendFold(utf8::Next(name, pos), out);
  }
  return out;
}

uint64_t KeyHash(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace sitrep::kb
