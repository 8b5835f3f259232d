// PackSet: the language packs found under data/lang/ at start. The pipeline
// discovers them once and hands the set to every stage's Create; a stage keeps
// what it loads for each pack and, per document, looks up the document's pack
// here. No stage names a language: which languages exist is this folder list.
//
// ForDocument settles a document whose language is unknown by its letters:
// each pack scores the letters of its scripts (ideographic and syllabic
// letters count three times, one of them carrying about what a word of an
// alphabet does), the best score wins, ties go to the pack with the higher
// prior. A plain value type; immutable and thread-safe once built.
#ifndef SITREP_LANG_PACK_SET_H_
#define SITREP_LANG_PACK_SET_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/language_pack.h"

namespace sitrep::lang {

class PackSet {
 public:
  PackSet() = default;
  // Returns the packs of every <data_dir>/lang/<code>/ holding a manifest.tsv,
  // ordered by code. A folder without a manifest is not a pack; a bad manifest
  // is an error naming its file and line.
  static StatusOr<PackSet> Discover(const std::string& data_dir);
  // Returns a set of the given packs (tests, tools).
  static PackSet FromPacks(std::vector<LanguagePack> packs);

  // Returns the pack of language `code`, or nullptr.
  const LanguagePack* Find(std::string_view code) const;
  // Returns the pack to read a document with: the pack of `lang` (or the one
  // that lists `lang` as detected_as: Malay read as Indonesian), or when
  // `lang` is empty the pack whose scripts cover `text` best; nullptr when the
  // language has no pack.
  const LanguagePack* ForDocument(std::string_view lang, std::string_view text) const;
  // Returns the pack whose scripts cover `text` best, or nullptr without packs.
  const LanguagePack* GuessByScript(std::string_view text) const;

  const std::vector<LanguagePack>& packs() const { return packs_; }
  // Returns the codes, comma-separated ("ar, en, id, ja").
  std::string CodeList() const;
  // Returns every code a pack reads: the packs' own and their detected_as
  // codes ("ar", "en", "id", "ms", "ja"), for the language detector to prefer.
  std::vector<std::string> ReadableCodes() const;

 private:
  std::vector<LanguagePack> packs_;  // by code
};

}  // namespace sitrep::lang

#endif  // SITREP_LANG_PACK_SET_H_
