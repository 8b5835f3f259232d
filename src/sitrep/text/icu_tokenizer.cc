// ICU word-boundary tokenizer. One break iterator per call is pointed at each
// sentence in turn (a UTF-8 UText over the sentence's bytes), so boundaries
// come back as byte offsets relative to the sentence.
#include "sitrep/text/icu_tokenizer.h"

#include <unicode/uchar.h>

#include "sitrep/base/utf8.h"
#include "sitrep/text/icu_break_internal.h"
#include "sitrep/text/lines_internal.h"

namespace sitrep::text {
namespace {

// Returns the pos of a segment ICU classed as none of number/letter/kana/ideo.
const char* OtherClass(std::string_view piece) {
  for (size_t p = 0; p < piece.size();) {
    if (!u_ispunct(static_cast<UChar32>(utf8::Next(piece, p)))) return "SYM";
  }
  return "PUNCT";
}

}  // namespace

IcuTokenizer::IcuTokenizer()
    : prototypes_(std::make_unique<internal::BreakPrototypes>(internal::BreakKind::kWord)) {}
IcuTokenizer::~IcuTokenizer() = default;

Status IcuTokenizer::Tokenize(std::string_view text,
                              const std::vector<document::Sentence>& sentences,
                              std::string_view lang, std::vector<document::Token>& out) const {
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<icu::BreakIterator> bi, prototypes_->New(lang));
  for (const document::Sentence& s : sentences) {
    const std::string_view sentence = text.substr(s.span.begin, s.span.size());
    internal::Utf8UText utext(sentence);
    if (!utext.Attach(*bi)) return InternalError("ICU refused a sentence for word breaking");
    size_t prev = 0;
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      size_t begin = prev, end = static_cast<size_t>(b);
      prev = end;
      const int32_t rule = bi->getRuleStatus();
      internal::TrimSpaces(sentence, begin, end);
      if (begin == end) continue;
      document::Token t;
      t.span = {s.span.begin + begin, s.span.begin + end};
      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
        t.pos = "NUM";
      } else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT) {
        t.pos = "WORD";
      } else {
        t.pos = OtherClass(sentence.substr(begin, end - begin));
      }
      out.push_back(std::move(t));
    }
  }
  return OkStatus();
}

}  // namespace sitrep::text
