// Language identification for ingested documents, wrapping CLD2 (the only
// file that includes it). Returns ISO 639-1 codes ("en", "ja", "ar", "id");
// the readers call it when neither the command line nor the JSONL record
// names the language.
#ifndef SITREP_INGEST_LANGUAGE_ID_H_
#define SITREP_INGEST_LANGUAGE_ID_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ingest {

// At most this many bytes of a document are given to the detector: half from
// its start and half from its middle, cut on character boundaries. CLD2 reads
// about 15-25 MB/s, so this caps its cost at ~0.2 ms a document (a 50 MB
// document costs what a short one does); 2 KiB already gives reliable answers
// on news text, and the middle window keeps a boilerplate opening (an English
// byline on a Japanese article) from deciding alone.
inline constexpr size_t kLanguageSampleBytes = 4 * 1024;

// A language CLD2 names second or third in a text whose first language is
// none of `readable` is taken instead when it holds at least this share of the
// text (percent): the text fits both, and only one can be read. Mixed news
// (an English story quoting Tagalog, Taglish, an Indonesian report quoting
// Javanese) is read in the language it can be read in; a text CLD2 finds
// nearly all in the unreadable language keeps that answer.
inline constexpr int kReadableSharePercent = 30;

// Returns the ISO 639-1 code of the main language of `text` ("en", "ja", …; a
// three-letter code for the few languages without one), or "" when CLD2 is not
// confident (the pipeline then reads the text by its script). `hint` is an
// optional language code from metadata (e.g. HTML <html lang>); it nudges,
// never forces, the answer. `readable` lists the codes some language pack
// reads (lang::PackSet::ReadableCodes); when CLD2's first answer is not among
// them, a readable runner-up with kReadableSharePercent of the text wins.
// Thread-safe. REQUIRES: `text` is valid UTF-8.
std::string DetectLanguage(std::string_view text, std::string_view hint = {},
                           const std::vector<std::string>& readable = {});

// Returns `code` lower-cased with any region or script dropped ("en-US" → "en",
// "zh_Hant" → "zh"), or "" when it is not an ASCII language tag.
std::string NormalizeLanguageCode(std::string_view code);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_LANGUAGE_ID_H_
