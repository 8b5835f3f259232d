// TextAnnotator: the text stage. Adds sentences and tokens to a Document, with
// ICU for segmentation and word breaks and MeCab (IPAdic) for Japanese. Every
// span indexes the verbatim text. Immutable after Create; Annotate is const and
// safe to call from several threads on different documents.
#ifndef SITREP_TEXT_TEXT_ANNOTATOR_H_
#define SITREP_TEXT_TEXT_ANNOTATOR_H_

#include <memory>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::text {

struct TextOptions {
  std::string mecab_dicdir;  // "" = the Debian IPAdic (UTF-8) location
};

class TextAnnotator {
 public:
  static StatusOr<std::unique_ptr<TextAnnotator>> Create(TextOptions options = {});
  // Adds doc.sentences and doc.tokens (replacing any). REQUIRES: doc.lang set
  // ("" is treated as a space-separated language).
  Status Annotate(document::Document& doc) const;

 private:
  TextAnnotator() = default;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TEXT_ANNOTATOR_H_
