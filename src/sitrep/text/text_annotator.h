// TextAnnotator: the text stage. Adds sentences and tokens to a Document, with
// ICU for segmentation and word breaks and MeCab (IPAdic) for Japanese. Every
// span indexes the verbatim text. Immutable after Create; Annotate is const and
// safe to call from several threads on different documents.
//
// The tokenizer is chosen by Document::lang: "ja" uses MeCab, every other
// language (English, Arabic, "") ICU word boundaries. If MeCab's dictionary
// cannot be loaded, Create still succeeds and Japanese documents fall back to
// ICU with a warning Diagnostic, so the rest of the pipeline keeps working.
#ifndef SITREP_TEXT_TEXT_ANNOTATOR_H_
#define SITREP_TEXT_TEXT_ANNOTATOR_H_

#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::text {

class SentenceSplitter;
class Tokenizer;

struct TextOptions {
  std::string mecab_dicdir;  // "" = the Debian IPAdic (UTF-8) location
  std::string data_dir;      // "" = sitrep's data directory (abbreviation lists)
};

class TextAnnotator {
 public:
  static StatusOr<std::unique_ptr<TextAnnotator>> Create(TextOptions options = {});
  ~TextAnnotator();
  // Adds doc.sentences and doc.tokens (replacing any). REQUIRES: doc.lang set
  // ("" is treated as a space-separated language).
  Status Annotate(document::Document& doc) const;

 private:
  TextAnnotator();
  // Returns the tokenizer for `lang`.
  const Tokenizer& TokenizerFor(std::string_view lang) const;

  std::unique_ptr<SentenceSplitter> splitter_;
  std::unique_ptr<Tokenizer> icu_;
  std::unique_ptr<Tokenizer> mecab_;  // null when MeCab is unavailable
  std::string mecab_error_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TEXT_ANNOTATOR_H_
