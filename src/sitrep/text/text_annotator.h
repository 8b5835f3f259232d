// TextAnnotator: the text stage. Adds sentences and tokens to a Document, with
// ICU for segmentation and the tokenizer the document's language pack names
// (tokenizer_registry.h: ICU word boundaries, MeCab). Every span indexes the
// verbatim text. Immutable after Create; Annotate is const and safe to call
// from several threads on different documents.
//
// A document whose language has no pack is tokenized by ICU. If a pack's
// tokenizer cannot be loaded (MeCab without its dictionary), Create still
// succeeds and that pack's documents fall back to ICU with a warning
// Diagnostic, so the rest of the pipeline keeps working.
#ifndef SITREP_TEXT_TEXT_ANNOTATOR_H_
#define SITREP_TEXT_TEXT_ANNOTATOR_H_

#include <map>
#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::text {

class SentenceSplitter;
class Tokenizer;

struct TextOptions {
  std::string mecab_dicdir;  // "" = the Debian IPAdic (UTF-8) location
  std::string data_dir;      // "" = sitrep's data directory (abbreviation lists)
};

class TextAnnotator {
 public:
  static StatusOr<std::unique_ptr<TextAnnotator>> Create(const lang::PackSet& packs,
                                                         TextOptions options = {});
  // As above, with the packs found under options.data_dir (tools, tests).
  static StatusOr<std::unique_ptr<TextAnnotator>> Create(TextOptions options = {});
  ~TextAnnotator();
  // Adds doc.sentences and doc.tokens (replacing any). An empty doc.lang is
  // read with the pack its script suggests.
  Status Annotate(document::Document& doc) const;

 private:
  TextAnnotator();
  struct PackTokenizer {
    std::shared_ptr<const Tokenizer> tokenizer;  // null: the plug-in failed to load
    std::string error;                           // why, for the Diagnostic
  };

  lang::PackSet packs_;
  std::unique_ptr<SentenceSplitter> splitter_;
  std::shared_ptr<const Tokenizer> icu_;               // languages without a pack, fallbacks
  std::map<std::string, PackTokenizer, std::less<>> by_pack_;  // pack code -> its tokenizer
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TEXT_ANNOTATOR_H_
