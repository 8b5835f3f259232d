// Tokenizer: the per-language plug-in point of the text stage. A tokenizer
// splits each sentence of a text into tokens whose spans index the verbatim
// text. Two implementations: IcuTokenizer (UAX #29 word boundaries, for
// English, Arabic and any language without a plug-in) and MecabTokenizer
// (Japanese, IPAdic). Both pass the contract suite in tokenizer_contract_test.cc.
//
// Contract, for every token t appended for sentence s:
//   s.span.Contains(t.span), t.span is non-empty and on UTF-8 boundaries,
//   tokens are in text order and never overlap, and no token is white space.
// Implementations are immutable after construction and Tokenize is const and
// thread-safe.
#ifndef SITREP_TEXT_TOKENIZER_H_
#define SITREP_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/annotations.h"

namespace sitrep::text {

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  // Appends the tokens of every sentence in `sentences` (in text order, spans
  // indexing `text`) to `out`. `lang` is the document's language code.
  virtual Status Tokenize(std::string_view text, const std::vector<document::Sentence>& sentences,
                          std::string_view lang, std::vector<document::Token>& out) const = 0;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENIZER_H_
