// Script lookup through ICU's uscript API.
#include "sitrep/base/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "sitrep/base/utf8.h"

namespace sitrep {

std::string_view LetterScript(char32_t cp) {
  if (!u_isalpha(static_cast<UChar32>(cp))) return "";
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(static_cast<UChar32>(cp), &err);
  if (U_FAILURE(err) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED ||
      code == USCRIPT_UNKNOWN)
    return "";
  const char* name = uscript_getName(code);
  return name ? std::string_view(name) : std::string_view();
}

bool IsScriptName(std::string_view name) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode codes[4];
  const std::string n(name);
  const int found = uscript_getCode(n.c_str(), codes, 4, &err);
  return U_SUCCESS(err) && found > 0 && codes[0] != USCRIPT_INVALID_CODE &&
         uscript_getName(codes[0]) == n;
}

std::map<std::string, size_t, std::less<>> CountLetterScripts(std::string_view text,
                                                              size_t max_bytes) {
  std::map<std::string, size_t, std::less<>> counts;
  for (size_t pos = 0; pos < text.size() && pos < max_bytes;) {
    const std::string_view script = LetterScript(utf8::Next(text, pos));
    if (script.empty()) continue;
    auto it = counts.find(script);
    if (it == counts.end()) it = counts.emplace(std::string(script), 0).first;
    ++it->second;
  }
  return counts;
}

}  // namespace sitrep
