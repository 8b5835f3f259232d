// Decoding of input bytes into document text: BOM, NUL detection, UTF-8
// validation, newline normalization. One linear pass per check, in place.
#include "sitrep/ingest/decode.h"

#include <cstring>

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

}  // namespace

size_t BomLength(std::string_view bytes) { return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

Status CheckEncoding(std::string_view bytes, size_t base_offset) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    return InvalidArgumentError("UTF-16 text is not supported (convert to UTF-8)");
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
  SITREP_RETURN_IF_ERROR(CheckEncoding(bytes, base_offset));
  if (const size_t bom = BomLength(bytes)) bytes.erase(0, bom);
  NormalizeNewlines(bytes);
  if (IsBlank(bytes)) return InvalidArgumentError("empty document");
  return bytes;
}

}  // namespace sitrep::ingest
