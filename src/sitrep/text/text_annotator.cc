// The text stage: sentence segmentation, then the language's tokenizer.
#include "sitrep/text/text_annotator.h"

#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/mecab_tokenizer.h"
#include "sitrep/text/sentence_splitter.h"

namespace sitrep::text {

TextAnnotator::TextAnnotator() = default;
TextAnnotator::~TextAnnotator() = default;

StatusOr<std::unique_ptr<TextAnnotator>> TextAnnotator::Create(TextOptions options) {
  std::unique_ptr<TextAnnotator> a(new TextAnnotator());
  SITREP_ASSIGN_OR_RETURN(a->splitter_, SentenceSplitter::Create(options.data_dir));
  a->icu_ = std::make_unique<IcuTokenizer>();
  auto mecab = MecabTokenizer::Create(options.mecab_dicdir);
  if (mecab.ok()) {
    a->mecab_ = std::move(mecab).value();
  } else {
    a->mecab_error_ = mecab.status().ToString();
  }
  return a;
}

const Tokenizer& TextAnnotator::TokenizerFor(std::string_view lang) const {
  if (lang == "ja" && mecab_ != nullptr) return *mecab_;
  return *icu_;
}

Status TextAnnotator::Annotate(document::Document& doc) const {
  SITREP_ASSIGN_OR_RETURN(std::vector<document::Sentence> sentences,
                          splitter_->Split(doc.text(), doc.lang));
  std::vector<document::Token> tokens;
  if (doc.lang == "ja" && mecab_ == nullptr) {
    doc.AddDiagnostic("text", document::Severity::kWarning,
                      "MeCab unavailable, Japanese tokenized by ICU: " + mecab_error_);
  }
  SITREP_RETURN_IF_ERROR(TokenizerFor(doc.lang).Tokenize(doc.text(), sentences, doc.lang, tokens));
  doc.sentences = std::move(sentences);
  doc.tokens = std::move(tokens);
  return OkStatus();
}

}  // namespace sitrep::text
