// Writing systems of text, by Unicode script property (ICU's names: "Latin",
// "Arabic", "Han", "Hiragana", "Katakana", "Cyrillic"…). Language packs name the
// scripts their language is written in; a document whose language is unknown
// is matched to a pack by the letters it contains. Thread-safe.
#ifndef SITREP_BASE_SCRIPT_H_
#define SITREP_BASE_SCRIPT_H_

#include <map>
#include <string>
#include <string_view>

namespace sitrep {

// Returns the script name of a letter `cp` ("Latin", "Han"…), or "" for digits,
// punctuation, spaces and marks (Unicode's Common and Inherited scripts).
std::string_view LetterScript(char32_t cp);

// True when `name` is the full name of a Unicode script ("Arabic", "Han").
bool IsScriptName(std::string_view name);

// Returns the letters of each script in the first `max_bytes` of `text`.
// REQUIRES: `text` is valid UTF-8.
std::map<std::string, size_t, std::less<>> CountLetterScripts(std::string_view text,
                                                              size_t max_bytes);

}  // namespace sitrep

#endif  // SITREP_BASE_SCRIPT_H_
