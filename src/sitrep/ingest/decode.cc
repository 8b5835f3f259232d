// Decoding of input bytes into document text: BOM and declared charsets, NUL
// detection, UTF-8 validation, newline normalization. One linear pass per
// check, in place; a conversion from another charset is one more pass.
#include "sitrep/ingest/decode.h"

#include <algorithm>
#include <cstring>

#include "sitrep/base/charset.h"
#include "sitrep/base/utf8.h"

namespace sitrep::ingest {
namespace {

bool IsSpaceCodePoint(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

// Returns `s` lower-cased (ASCII).
std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Returns the value of `key=` in `tag` (lower-cased markup) as written in
// `original` (the same bytes, case kept), or "".
std::string ValueIn(std::string_view tag, std::string_view original, std::string_view key) {
  for (size_t at = tag.find(key); at != std::string_view::npos; at = tag.find(key, at + 1)) {
    size_t p = at + key.size();
    while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t')) ++p;
    if (p >= tag.size() || tag[p] != '=') continue;
    ++p;
    while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t' || tag[p] == '"' || tag[p] == '\''))
      ++p;
    size_t e = p;
    while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' ' &&
           tag[e] != '>' && tag[e] != '/' && tag[e] != '\t')
      ++e;
    if (e > p) return std::string(original.substr(p, e - p));
  }
  return "";
}

// Checks, normalizes and returns decoded UTF-8 text.
StatusOr<std::string> Finish(std::string text, size_t base_offset) {
  SITREP_RETURN_IF_ERROR(CheckEncoding(text, base_offset));
  if (const size_t bom = BomLength(text)) text.erase(0, bom);
  NormalizeNewlines(text);
  if (IsBlank(text)) return InvalidArgumentError("empty document");
  return text;
}

}  // namespace

std::string DeclaredHtmlCharset(std::string_view html) {
  const std::string_view head = html.substr(0, 1024);
  const std::string lower = AsciiLower(head);
  if (lower.starts_with("<?xml")) {
    const size_t end = std::min(lower.find("?>"), lower.size());
    std::string value = ValueIn(std::string_view(lower).substr(0, end), head, "encoding");
    if (!value.empty()) return value;
  }
  for (size_t at = lower.find("<meta"); at != std::string::npos; at = lower.find("<meta", at + 5)) {
    const size_t end = std::min(lower.find('>', at), lower.size());
    std::string value =
        ValueIn(std::string_view(lower).substr(at, end - at), head.substr(at), "charset");
    if (!value.empty()) return value;
  }
  return "";
}

size_t BomLength(std::string_view bytes) { return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

Status CheckEncoding(std::string_view bytes, size_t base_offset) {
  if (const Bom bom = DetectBom(bytes); !bom.charset.empty() && bom.charset != "UTF-8") {
    return InvalidArgumentError(bom.charset + " text is not supported here (convert to UTF-8)");
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const size_t at = static_cast<const char*>(nul) - bytes.data();
    return InvalidArgumentError("binary file (NUL byte at " + std::to_string(base_offset + at) +
                                ")");
  }
  if (auto bad = utf8::FindInvalid(bytes)) {
    return InvalidArgumentError("invalid UTF-8 at byte " + std::to_string(base_offset + *bad));
  }
  return OkStatus();
}

void NormalizeNewlines(std::string& text) {
  size_t r = text.find('\r');
  if (r == std::string::npos) return;
  size_t w = r;
  const size_t n = text.size();
  while (r < n) {
    const char c = text[r++];
    if (c == '\r') {
      text[w++] = '\n';
      if (r < n && text[r] == '\n') ++r;
    } else {
      text[w++] = c;
    }
  }
  text.resize(w);
}

bool IsBlank(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (!IsSpaceCodePoint(c)) return false;
      ++pos;
      continue;
    }
    if (!IsSpaceCodePoint(utf8::Next(text, pos))) return false;
  }
  return true;
}

StatusOr<std::string> DecodeText(std::string bytes, size_t base_offset) {
  const Bom bom = DetectBom(bytes);
  if (bom.charset.empty() || bom.charset == "UTF-8") return Finish(std::move(bytes), base_offset);
  SITREP_ASSIGN_OR_RETURN(
      std::string text,
      ConvertToUtf8(std::string_view(bytes).substr(bom.length), bom.charset,
                    base_offset + bom.length));
  return Finish(std::move(text), base_offset);
}

StatusOr<std::string> DecodeHtml(std::string bytes) {
  const Bom bom = DetectBom(bytes);
  if (!bom.charset.empty()) return DecodeText(std::move(bytes));
  // No declaration, an unknown label or UTF-8: the bytes must be UTF-8. A page
  // saved as UTF-16 has a BOM; a UTF-16 label on ASCII-compatible bytes is a
  // mislabelled UTF-8 page (the HTML standard's rule).
  const std::string charset = CanonicalCharset(DeclaredHtmlCharset(bytes));
  if (charset.empty() || charset == "UTF-8" || charset.starts_with("utf-16") ||
      charset.starts_with("utf-32")) {
    return Finish(std::move(bytes), 0);
  }
  SITREP_ASSIGN_OR_RETURN(std::string text, ConvertToUtf8(bytes, charset));
  return Finish(std::move(text), 0);
}

}  // namespace sitrep::ingest
