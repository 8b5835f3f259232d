// The text stage: sentence segmentation, then the tokenizer of the document's pack.
#include "sitrep/text/text_annotator.h"

#include "sitrep/base/paths.h"
#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/sentence_splitter.h"
#include "sitrep/text/tokenizer_registry.h"

namespace sitrep::text {

TextAnnotator::TextAnnotator() = default;
TextAnnotator::~TextAnnotator() = default;

StatusOr<std::unique_ptr<TextAnnotator>> TextAnnotator::Create(TextOptions options) {
  SITREP_ASSIGN_OR_RETURN(lang::PackSet packs,
                          lang::PackSet::Discover(options.data_dir.empty() ? DataDir() : options.data_dir));
  return Create(packs, std::move(options));
}

StatusOr<std::unique_ptr<TextAnnotator>> TextAnnotator::Create(const lang::PackSet& packs,
                                                               TextOptions options) {
  std::unique_ptr<TextAnnotator> a(new TextAnnotator());
  a->packs_ = packs;
  SITREP_ASSIGN_OR_RETURN(a->splitter_, SentenceSplitter::Create(packs));
  a->icu_ = std::make_shared<IcuTokenizer>();
  std::map<std::string, PackTokenizer, std::less<>> by_name;  // one instance per plug-in
  for (const lang::LanguagePack& pack : packs.packs()) {
    if (!Tokenizers().Wanted(pack)) continue;
    const std::string name(pack.Plugin("tokenizer"));
    auto it = by_name.find(name);
    if (it == by_name.end()) {
      auto t = Tokenizers().Create(pack, options);
      PackTokenizer entry;
      if (t.ok()) entry.tokenizer = *std::move(t);
      else if (t.status().code() == StatusCode::kInvalidArgument) return t.status();  // unknown name
      else entry.error = t.status().ToString();
      it = by_name.emplace(name, std::move(entry)).first;
    }
    a->by_pack_.emplace(pack.code, it->second);
  }
  return a;
}

Status TextAnnotator::Annotate(document::Document& doc) const {
  const lang::LanguagePack* pack = packs_.ForDocument(doc.lang, doc.text());
  const std::string_view code = pack ? std::string_view(pack->code) : std::string_view(doc.lang);
  size_t cut = 0;
  SITREP_ASSIGN_OR_RETURN(std::vector<document::Sentence> sentences,
                          splitter_->Split(doc.text(), code, &cut));
  if (cut > 0) {
    doc.AddDiagnostic("text", document::Severity::kWarning,
                      std::to_string(cut) + " sentence(s) longer than " +
                          std::to_string(SentenceSplitter::kMaxSentenceBytes) +
                          " bytes were cut into pieces");
  }
  const Tokenizer* tokenizer = icu_.get();
  if (auto it = by_pack_.find(code); it != by_pack_.end()) {
    if (it->second.tokenizer) {
      tokenizer = it->second.tokenizer.get();
    } else {
      doc.AddDiagnostic("text", document::Severity::kWarning,
                        "tokenizer '" + std::string(pack->Plugin("tokenizer")) +
                            "' unavailable, tokenized by ICU: " + it->second.error);
    }
  }
  std::vector<document::Token> tokens;
  SITREP_RETURN_IF_ERROR(tokenizer->Tokenize(doc.text(), sentences, doc.lang, tokens));
  doc.sentences = std::move(sentences);
  doc.tokens = std::move(tokens);
  return OkStatus();
}

}  // namespace sitrep::text
