// MecabTokenizer: Japanese morphological analysis with MeCab and IPAdic
// (UTF-8). Token.pos is IPAdic's 品詞 ("名詞"), pos_detail its 品詞細分類1-3
// joined by ',' without the "*" fillers ("固有名詞,地域,一般"; "一般" for an
// unknown katakana word such as ホムス), lemma the 原形 and reading the 読み
// (both empty when IPAdic does not know the word). White space, which MeCab
// skips or tags 記号,空白, never becomes a token.
//
// Following MeCab's own design, the Model and Tagger are built once in Create
// and shared; each Tokenize call owns its Lattice, so Tokenize is const and
// thread-safe. This file pair is the only place in sitrep that includes <mecab.h>.
#ifndef SITREP_TEXT_MECAB_TOKENIZER_H_
#define SITREP_TEXT_MECAB_TOKENIZER_H_

#include <memory>
#include <string>

#include "sitrep/text/tokenizer.h"

namespace sitrep::text {

// The Debian location of IPAdic in UTF-8.
inline constexpr const char* kDefaultMecabDicdir = "/var/lib/mecab/dic/ipadic-utf8";

class MecabTokenizer : public Tokenizer {
 public:
  // Returns a tokenizer over the dictionary in `dicdir` ("" = kDefaultMecabDicdir),
  // or kUnavailable when MeCab cannot load it.
  static StatusOr<std::unique_ptr<MecabTokenizer>> Create(const std::string& dicdir = "");
  ~MecabTokenizer() override;

  Status Tokenize(std::string_view text, const std::vector<document::Sentence>& sentences,
                  std::string_view lang, std::vector<document::Token>& out) const override;

 private:
  struct Impl;
  explicit MecabTokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_MECAB_TOKENIZER_H_
