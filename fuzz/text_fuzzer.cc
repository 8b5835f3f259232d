// libFuzzer target: the text stage alone — the sentence splitter (ICU plus its
// rules on lines, brackets, quotes, abbreviations and length) and the pack's
// tokenizer (ICU words, MeCab). The first byte picks the language
// (fuzz_stages.h). Sentences must come in order, never overlap, never cross a
// line break and never exceed kMaxSentenceBytes; tokens must lie inside their
// sentences; every span must sit on UTF-8 boundaries.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"
#include "sitrep/text/sentence_splitter.h"

namespace {

const sitrep::text::SentenceSplitter& Splitter() {
  static const auto splitter = [] {
    auto s = sitrep::text::SentenceSplitter::Create(sitrep::fuzz::Packs());
    if (!s.ok()) sitrep::fuzz::Fail("splitter", s.status().ToString());
    return std::move(s).value();
  }();
  return *splitter;
}

void RequireSentences(const sitrep::document::Document& doc) {
  using sitrep::text::SentenceSplitter;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto& span = doc.sentences[i].span;
    if (span.empty()) sitrep::fuzz::Fail("empty sentence");
    if (span.size() > SentenceSplitter::kMaxSentenceBytes) sitrep::fuzz::Fail("sentence too long");
    if (doc.Surface(span).find('\n') != std::string_view::npos)
      sitrep::fuzz::Fail("sentence crosses a line break");
    if (i > 0 && span.begin < doc.sentences[i - 1].span.end)
      sitrep::fuzz::Fail("sentences overlap");
  }
  size_t s = 0;
  for (const auto& t : doc.tokens) {
    while (s < doc.sentences.size() && doc.sentences[s].span.end <= t.span.begin) ++s;
    if (s == doc.sentences.size() || !doc.sentences[s].span.Contains(t.span))
      sitrep::fuzz::Fail("token outside every sentence");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Splitter();
  sitrep::fuzz::Text();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc) return 0;
  // The splitter on its own, with the language given and with none.
  for (const char* lang : {doc->lang.c_str(), ""}) {
    auto sentences = Splitter().Split(doc->text(), lang);
    if (!sentences.ok()) continue;
    sitrep::document::Document split(doc->id(), doc->text());
    split.sentences = std::move(sentences).value();
    if (const auto s = split.CheckSpans(); !s.ok()) sitrep::fuzz::Fail("splitter", s.ToString());
    RequireSentences(split);
  }
  if (!sitrep::fuzz::Text().Annotate(*doc).ok()) return 0;
  sitrep::fuzz::RequireSound(*doc);
  RequireSentences(*doc);
  return 0;
}
