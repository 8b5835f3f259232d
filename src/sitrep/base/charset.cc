// ICU conversion to UTF-8: a converter opened per call (they are not
// thread-safe to share), set to stop at the first undecodable sequence so
// a wrong declaration is reported instead of turning text into U+FFFD; the
// output is produced through UTF-16 in chunks, so memory stays ~3x the input.
#include "sitrep/base/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace sitrep {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"' ||
                        s.front() == '\'' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' ||
                        s.back() == '\'' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Appends the UTF-16 in [begin, end) to `out` as UTF-8.
void AppendUtf16(const UChar* begin, const UChar* end, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  const auto units = static_cast<int32_t>(end - begin);
  u_strToUTF8(nullptr, 0, &needed, begin, units, &status);
  status = U_ZERO_ERROR;
  const size_t old = out.size();
  out.resize(old + static_cast<size_t>(needed));
  u_strToUTF8(out.data() + old, needed, nullptr, begin, units, &status);
}

}  // namespace

Bom DetectBom(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return {"UTF-32LE", 4};
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return {"UTF-32BE", 4};
  if (bytes.starts_with("\xEF\xBB\xBF")) return {"UTF-8", 3};
  if (bytes.starts_with("\xFF\xFE")) return {"UTF-16LE", 2};
  if (bytes.starts_with("\xFE\xFF")) return {"UTF-16BE", 2};
  return {};
}

std::string CanonicalCharset(std::string_view label) {
  const std::string l = Lower(Trim(label));
  if (l.empty() || l.size() > 40) return "";
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252")
    return "windows-1252";
  // Only label characters: ICU reads a name with a path separator as a file.
  for (char c : l) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
          c == ':'))
      return "";
  }
  UErrorCode status = U_ZERO_ERROR;
  Converter probe(ucnv_open(l.c_str(), &status));
  if (U_FAILURE(status) || !probe) return "";
  return l;
}

StatusOr<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                    size_t base_offset) {
  const std::string name(charset);
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !cnv) return InvalidArgumentError("unknown charset '" + name + "'");
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::vector<UChar> chunk(1 << 15);
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  for (;;) {
    UChar* target = chunk.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, chunk.data() + chunk.size(), &source, source_end, nullptr,
                   /*flush=*/true, &status);
    AppendUtf16(chunk.data(), target, out);
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char bad[8];
      int8_t bad_len = sizeof bad;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
      const size_t at = static_cast<size_t>(source - bytes.data()) -
                        static_cast<size_t>(std::max<int8_t>(bad_len, 0));
      return InvalidArgumentError("invalid " + name + " at byte " +
                                  std::to_string(base_offset + at));
    }
    return out;
  }
}

}  // namespace sitrep
