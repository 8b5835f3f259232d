// Transliteration to plain lower-case ASCII Latin, for matching names across
// scripts: the entity linker compares ToLatin("ホムス") == "homusu" with
// romanized gazetteer names. Kana, Arabic, Cyrillic, Greek, Hebrew and other
// scripts go through ICU's script-to-Latin transforms; Han characters are left
// as they are (ICU would give Mandarin pinyin, wrong for Japanese kanji).
//
// Thread-safe: the ICU transform is compiled once per process and each thread
// uses its own clone (ICU transliterators are not safe to share).
#ifndef SITREP_TEXT_TRANSLITERATOR_H_
#define SITREP_TEXT_TRANSLITERATOR_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// Returns `s` romanized, folded to ASCII and lower-cased: "ホムス" -> "homusu",
// "ﾀﾞﾏｽｶｽ" -> "damasukasu", "حمص" -> "hms", "Ḥamāh" -> "hamah". The katakana
// middle dot becomes a space ("バッシャール・アル・アサド" -> "bassharu aru
// asado"). Returns `s` lower-cased unchanged if ICU's transform data is missing
// (ASCII '~' dropped all the same: ASCII never reaches ICU).
std::string ToLatin(std::string_view s);

// Precomputed answers (issue 13: compiling the ICU rules costs ~150M
// instructions, ~40 ms, at the first non-ASCII string of a process, and the
// entity linker romanizes the knowledge base's kana and Arabic names at its
// first document, in English too). A "latin forms" file holds ToLatin's
// answers for given strings, computed by ICU at build time, under a stamp of
// the ICU version and the rules; ToLatin answers a string found there from
// it, and any other string by ICU as before, so the output is the same either
// way. A file of another stamp (another ICU, edited rules) is not used.

// Writes ToLatin's ICU answer for each non-ASCII string of `inputs` (strings
// holding a tab or a line break are left out) to `path`, atomically.
bool WriteLatinForms(const std::vector<std::string>& inputs, const std::string& path);

// Makes ToLatin answer from the file at `path` when its stamp is this
// build's; returns whether it did (false: no file, another stamp, or bad
// lines). A path already read is not read again. Thread-safe.
bool UseLatinForms(const std::string& path);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TRANSLITERATOR_H_
