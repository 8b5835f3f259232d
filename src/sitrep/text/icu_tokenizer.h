// IcuTokenizer: tokens from ICU's word BreakIterator (UAX #29 plus ICU's
// dictionaries for Thai, Chinese and the like), for English, Arabic and every
// language without its own plug-in. White space is skipped. Token.pos is the
// ICU rule class: "WORD" (letters, kana, ideographs), "NUM" (numbers such as
// "2,000" or "3.5"), "PUNCT" (punctuation) or "SYM" (anything else, e.g.
// emoji); pos_detail, lemma and reading stay empty.
//
// Immutable; Tokenize clones a per-locale break iterator per call, so it is
// const and thread-safe.
#ifndef SITREP_TEXT_ICU_TOKENIZER_H_
#define SITREP_TEXT_ICU_TOKENIZER_H_

#include <memory>

#include "sitrep/text/tokenizer.h"

namespace sitrep::text {

namespace internal {
class BreakPrototypes;
}  // namespace internal

class IcuTokenizer : public Tokenizer {
 public:
  IcuTokenizer();
  ~IcuTokenizer() override;

  Status Tokenize(std::string_view text, const std::vector<document::Sentence>& sentences,
                  std::string_view lang, std::vector<document::Token>& out) const override;

 private:
  std::unique_ptr<internal::BreakPrototypes> prototypes_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ICU_TOKENIZER_H_
