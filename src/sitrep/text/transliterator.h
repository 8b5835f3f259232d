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

namespace sitrep::text {

// Returns `s` romanized, folded to ASCII and lower-cased: "ホムス" -> "homusu",
// "ﾀﾞﾏｽｶｽ" -> "damasukasu", "حمص" -> "hms", "Ḥamāh" -> "hamah". The katakana
// middle dot becomes a space ("バッシャール・アル・アサド" -> "bassharu aru
// asado"). Returns `s` lower-cased unchanged if ICU's transform data is missing
// (ASCII '~' dropped all the same: ASCII never reaches ICU).
std::string ToLatin(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TRANSLITERATOR_H_
